import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ALERT_STATUS_FILTERS, type AlertFilters } from "@/lib/alerts/inbox";
import { ALERT_KINDS, ALERT_SEVERITIES } from "@/lib/alerts/rules";

const CONTROL = "h-9 rounded-md border border-slate-300 bg-white px-2 text-sm";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
      {label}
      {children}
    </label>
  );
}

/** The Alerts page's filters: a plain form whose values live in the address bar. */
export async function AlertFiltersForm({
  filters,
  users,
}: {
  filters: AlertFilters;
  users: readonly { id: string; name: string }[];
}) {
  const t = await getTranslations("alerts");
  return (
    <form
      method="get"
      aria-label={t("filters.label")}
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
      data-testid="alert-filters"
    >
      {filters.applicantId ? (
        <input type="hidden" name="applicant" value={filters.applicantId} />
      ) : null}
      <Field label={t("filters.status")}>
        <select name="status" defaultValue={filters.status} className={CONTROL}>
          {ALERT_STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("filters.kind")}>
        <select
          name="kind"
          defaultValue={filters.kind ?? ""}
          className={CONTROL}
          data-testid="alert-filter-kind"
        >
          <option value="">{t("filters.anyKind")}</option>
          {ALERT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("filters.severity")}>
        <select name="severity" defaultValue={filters.severity ?? ""} className={CONTROL}>
          <option value="">{t("filters.anySeverity")}</option>
          {ALERT_SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {t(`severities.${severity}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("filters.recipient")}>
        <select name="recipient" defaultValue={filters.recipient ?? ""} className={CONTROL}>
          <option value="">{t("filters.anyone")}</option>
          <option value="mine">{t("filters.mine")}</option>
          <option value="leads">{t("filters.leads")}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("filters.from")}>
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={CONTROL} />
      </Field>
      <Field label={t("filters.to")}>
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={CONTROL} />
      </Field>
      <button
        type="submit"
        className="h-9 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("filters.apply")}
      </button>
      <Link href="/alerts" className="h-9 px-2 py-2 text-sm text-brand-700 hover:underline">
        {t("filters.clear")}
      </Link>
    </form>
  );
}
