import { getTranslations } from "next-intl/server";
import type { AuditEntry } from "@/lib/applicant/audit-view";
import { getFormat } from "@/lib/i18n/server";

/** Who viewed, exported, assigned or decided on this applicant, newest first. */
export async function AuditTrail({ entries }: { entries: readonly AuditEntry[] }) {
  const [t, ta, f] = await Promise.all([
    getTranslations("applicant.auditTrail"),
    getTranslations("audit"),
    getFormat(),
  ]);
  const reasonText = (reason: string) => ta("reason", { reason });
  const folioText = (folio: string) => ta("folio", { folio });
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="max-h-72 space-y-1 overflow-y-auto text-sm" data-testid="audit-trail">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-wrap gap-x-2">
          <span className="text-slate-600">{f.dateTime(entry.at)}</span>
          <span>
            <span className="font-medium">{entry.actor ?? t("system")}</span> ·{" "}
            {entry.labelKey ? ta(`actions.${entry.labelKey}`) : entry.action}
            {entry.count > 1 ? ` ${t("times", { count: entry.count })}` : ""}
            {entry.folio ? ` · ${folioText(entry.folio)}` : ""}
          </span>
          {entry.reason ? (
            <span className="text-slate-600" data-testid="audit-reason">
              {reasonText(entry.reason)}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
