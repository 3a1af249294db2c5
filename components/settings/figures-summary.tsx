import { formatNumber, formatPercent } from "@/lib/format";
import type { OrganizationSettings } from "@/lib/settings/organization";
import { FIGURE_HELP, FIGURE_LABELS } from "./settings-copy";

/** The figures' settings for those who may not change them, with what each one changes. */
export function FiguresSummary({ settings }: { settings: OrganizationSettings }) {
  const rows = [
    ["timeZone", settings.timeZone],
    ["flagWindowMonths", `${formatNumber(settings.flagWindowMonths)} months`],
    ["declaredIncomeTolerancePct", formatPercent(settings.declaredIncomeTolerancePct / 100)],
  ] as const;
  return (
    <div data-testid="figures-readonly">
      <dl className="divide-y divide-slate-100 text-sm">
        {rows.map(([key, value]) => (
          <div key={key} className="grid grid-cols-3 gap-4 py-3">
            <dt className="font-medium text-slate-700">{FIGURE_LABELS[key]}</dt>
            <dd className="col-span-2">
              <span className="text-slate-900" data-testid={`figure-${key}`}>
                {value}
              </span>
              <span className="mt-1 block text-xs text-slate-500">{FIGURE_HELP[key]}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-500">Team leads and admins can change these.</p>
    </div>
  );
}
