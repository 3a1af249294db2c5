import { getTranslations } from "next-intl/server";
import type { ApplicantRights } from "@/lib/privacy/applicant-rights";
import { getFormat } from "@/lib/i18n/server";
import { ObjectionWithdraw } from "./objection-withdraw";

/** The oppositions in force, each with its reason, who recorded it and when. */
export async function ObjectionList({
  applicantId,
  objections,
  canWithdraw,
}: {
  applicantId: string;
  objections: ApplicantRights["objections"];
  canWithdraw: boolean;
}) {
  const [t, f] = await Promise.all([getTranslations("privacy.rights"), getFormat()]);
  if (objections.length === 0) return <p className="text-slate-600">{t("objections.none")}</p>;
  return (
    <ul className="space-y-2">
      {objections.map((objection) => (
        <li
          key={objection.purpose}
          data-testid="privacy-objection"
          data-purpose={objection.purpose}
        >
          <span className="font-medium text-slate-900">
            {t("objections.item", { purpose: t(`objections.purposes.${objection.purpose}`) })}
          </span>
          {objection.note ? (
            <span className="block text-slate-700">
              {t("objections.note", { note: objection.note })}
            </span>
          ) : null}
          <span className="block text-xs text-slate-500">
            {t("objections.recorded", {
              name: objection.recordedBy ?? t("someone"),
              when: f.dateTime(objection.recordedAt),
            })}
          </span>
          {canWithdraw ? (
            <ObjectionWithdraw applicantId={applicantId} purpose={objection.purpose} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
