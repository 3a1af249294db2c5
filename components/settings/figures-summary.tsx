import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/server";
import type { OrganizationSettings } from "@/lib/settings/organization";

/** The figures' settings for those who may not change them, with what each one changes. */
export async function FiguresSummary({ settings }: { settings: OrganizationSettings }) {
  const [t, f] = await Promise.all([getTranslations("settings.figures"), getFormat()]);
  const rows = [
    ["timeZone", settings.timeZone],
    ["flagWindowMonths", t("months", { count: settings.flagWindowMonths })],
    ["declaredIncomeTolerancePct", f.percent(settings.declaredIncomeTolerancePct / 100)],
  ] as const;
  return (
    <div data-testid="figures-readonly">
      <dl className="divide-y divide-slate-100 text-sm">
        {rows.map(([key, value]) => (
          <div key={key} className="grid grid-cols-3 gap-4 py-3">
            <dt className="font-medium text-slate-700">{t(`labels.${key}`)}</dt>
            <dd className="col-span-2">
              <span className="text-slate-900" data-testid={`figure-${key}`}>
                {value}
              </span>
              <span className="mt-1 block text-xs text-slate-500">{t(`help.${key}`)}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-500">{t("readOnly")}</p>
    </div>
  );
}
