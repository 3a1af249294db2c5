import { getTranslations } from "next-intl/server";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import { getFormat } from "@/lib/i18n/server";

const PURPOSES = ["VERIFICATION", "MONITORING"] as const;
const CHANNELS = ["DIRECT", "INVITE"] as const;

const known = <T extends string>(list: readonly T[], value: string): value is T =>
  list.some((item) => item === value);

/** Every consent on record, newest first: the notice version, purpose, channel, when and who. */
export async function ConsentList({ consents }: { consents: ApplicantDetail["consents"] }) {
  const [t, f] = await Promise.all([getTranslations("privacy.rights"), getFormat()]);
  if (consents.length === 0) return <p className="text-slate-600">{t("consents.none")}</p>;
  return (
    <ul className="space-y-2">
      {consents.map((consent) => (
        <li key={`${consent.purpose}-${consent.acceptedAt}`} data-testid="privacy-consent">
          <span className="font-medium text-slate-900">
            {t("consents.item", {
              version: consent.privacyNoticeVersion,
              purpose: known(PURPOSES, consent.purpose)
                ? t(`consents.purposes.${consent.purpose}`)
                : consent.purpose,
            })}
          </span>
          <span className="block text-slate-600">
            {t("consents.detail", {
              channel: known(CHANNELS, consent.channel)
                ? t(`consents.channels.${consent.channel}`)
                : consent.channel,
              when: f.dateTime(consent.acceptedAt),
            })}
            {consent.channel === "DIRECT"
              ? ` ${t("consents.capturedBy", { name: consent.capturedBy ?? t("someone") })}`
              : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
