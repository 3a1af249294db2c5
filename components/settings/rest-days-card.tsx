import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/server";
import type { RestDayView } from "@/lib/privacy/rest-days";
import { RestDayForm } from "./rest-day-form";
import { SettingsPanel } from "./settings-panel";
import type { SettingsAction } from "./use-settings-form";

/** Settings → Privacy: the upcoming rest days, and for admins a form to add one. */
export async function RestDaysCard({
  restDays,
  today,
  action,
}: {
  restDays: readonly RestDayView[];
  today: string;
  /** Given to admins only. */
  action?: SettingsAction;
}) {
  const [t, f] = await Promise.all([getTranslations("privacy.settings.restDays"), getFormat()]);
  // A statutory day's name is a catalog key; a day an admin added keeps their words.
  const nameOf = (restDay: RestDayView) =>
    restDay.statutoryName ? t(`names.${restDay.statutoryName}`) : (restDay.customName ?? "");
  return (
    <SettingsPanel id="rest-days" title={t("title")} description={t("description")}>
      <h4 className="text-xs font-medium text-slate-500">{t("upcoming")}</h4>
      {restDays.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="rest-day-list">
          {restDays.map((restDay) => (
            <li
              key={restDay.day}
              className="grid grid-cols-3 gap-4 py-1.5"
              data-testid="rest-day-row"
              data-day={restDay.day}
            >
              <span className="tabular-nums text-slate-700">{f.date(restDay.day)}</span>
              <span className="col-span-2 text-slate-900">{nameOf(restDay)}</span>
            </li>
          ))}
        </ul>
      )}
      {action ? (
        <RestDayForm today={today} action={action} />
      ) : (
        <p className="text-xs text-slate-500">{t("adminsAdd")}</p>
      )}
    </SettingsPanel>
  );
}
