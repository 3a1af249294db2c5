import { getTranslations } from "next-intl/server";
import type { ApplicantRights } from "@/lib/privacy/applicant-rights";
import { getFormat } from "@/lib/i18n/server";

/** The data the applicant disputes, newest first, with why: Cotiza notes them, it does not edit. */
export async function DisputeList({ disputes }: { disputes: ApplicantRights["disputes"] }) {
  const [t, f] = await Promise.all([getTranslations("privacy.rights"), getFormat()]);
  return (
    <>
      <p className="text-xs text-slate-600">{t("disputes.hint")}</p>
      {disputes.length === 0 ? (
        <p className="text-slate-600">{t("disputes.none")}</p>
      ) : (
        <ul className="space-y-2">
          {disputes.map((dispute) => (
            <li key={dispute.id} data-testid="privacy-dispute">
              <span className="font-medium text-slate-900">{dispute.subject}</span>
              <span className="block text-slate-700">{dispute.reason}</span>
              <span className="block text-xs text-slate-500">
                {t("disputes.recorded", {
                  name: dispute.recordedBy ?? t("someone"),
                  when: f.dateTime(dispute.recordedAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
