import { getTranslations } from "next-intl/server";
import type { ApplicantRights } from "@/lib/privacy/applicant-rights";
import { getFormat } from "@/lib/i18n/server";

type Revocation = NonNullable<ApplicantRights["revocation"]>;

/** The applicant revoked their consent: said first and plainly, with what Cotiza did about it. */
export async function RevocationNotice({ revocation }: { revocation: Revocation }) {
  const [t, f] = await Promise.all([getTranslations("privacy.rights"), getFormat()]);
  return (
    <div
      role="status"
      className="space-y-1 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-900"
      data-testid="consent-revoked"
    >
      <p className="font-semibold">
        {t("revocation.revoked", { date: f.date(revocation.revokedOn) })}
      </p>
      <p>
        {t("revocation.detail", {
          channel: t(`revocation.channels.${revocation.channel}`),
          name: revocation.recordedBy ?? t("someone"),
          when: f.dateTime(revocation.recordedAt),
        })}
      </p>
      {revocation.note ? <p>{t("revocation.note", { note: revocation.note })}</p> : null}
      <p>{t("revocation.effects")}</p>
    </div>
  );
}
