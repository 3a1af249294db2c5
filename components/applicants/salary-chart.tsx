"use client";

import { useTranslations } from "next-intl";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { employerLabel } from "@/lib/applicant/employer-label";
import type { SalaryChartData, SalaryRow } from "@/lib/applicant/salary-series";
import { useFormat } from "@/components/shell/use-format";
import { fromDay } from "@/lib/dates";

const COLORS = 6;
const color = (index: number) => `var(--chart-${(index % COLORS) + 1})`;

type DotProps = { cx?: number; cy?: number; payload?: SalaryRow; index?: number };

function EventDot({ cx, cy, payload, series }: DotProps & { series: number }) {
  const event = payload?.events[series] ?? null;
  if (event === null || cx === undefined || cy === undefined) return <g />;
  const fill = color(series);
  if (event === "hire") return <circle cx={cx} cy={cy} r={5} fill={fill} stroke="#fff" />;
  if (event === "exit")
    return (
      <rect
        x={cx - 4.5}
        y={cy - 4.5}
        width={9}
        height={9}
        fill="#fff"
        stroke={fill}
        strokeWidth={2}
      />
    );
  return (
    <path d={`M${cx},${cy - 5}L${cx + 5},${cy}L${cx},${cy + 5}L${cx - 5},${cy}Z`} fill={fill} />
  );
}

type TooltipProps = { active?: boolean; payload?: readonly { payload?: SalaryRow }[] };

function ChartTooltip({ active, payload, data }: TooltipProps & { data: SalaryChartData }) {
  const t = useTranslations("applicant.salaryChart");
  const f = useFormat();
  const daily = (employer: string, amount: number) =>
    t.rich("tooltipDaily", {
      employer: employerLabel(employer),
      amount: f.money(amount),
      strong: (chunks) => <strong>{chunks}</strong>,
    });
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-medium text-slate-900">{f.date(row.date)}</p>
      <ul className="mt-1 space-y-0.5">
        {data.series.map((series) => {
          const amount = row.salaries[series.index];
          if (amount === null || amount === undefined) return null;
          const event = row.events[series.index];
          return (
            <li key={series.index} className="flex items-baseline gap-2">
              <span
                className="inline-block size-2 shrink-0 rounded-full"
                style={{ background: color(series.index) }}
                aria-hidden
              />
              <span>
                {daily(series.employer, amount)}
                {event ? ` · ${t(`events.${event}`)}` : ""}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Draws a prepared step series; every number it shows comes from `buildSalaryChart`. */
export function SalaryChart({ data }: { data: SalaryChartData }) {
  const t = useTranslations("applicant.salaryChart");
  const f = useFormat();
  const lastCeiling = data.ceilings.at(-1);
  // Only the latest year's ceiling carries its amount, so the lines do not crowd each other.
  const ceilingLabel = lastCeiling
    ? {
        value: t("ceiling", { amount: f.money(lastCeiling.cap) }),
        position: "insideBottomRight" as const,
        fontSize: 11,
        fill: "var(--chart-ceiling)",
      }
    : undefined;
  return (
    <LineChart
      responsive
      data={data.rows}
      style={{ width: "100%", height: 340 }}
      margin={{ top: 16, right: 24, bottom: 8, left: 16 }}
      // The figure is aria-hidden (its table is the text alternative), so nothing in it may take focus.
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
      <XAxis
        dataKey="day"
        type="number"
        domain={["dataMin", "dataMax"]}
        ticks={data.xTicks}
        tickFormatter={(day: number) => fromDay(day).slice(0, 4)}
        stroke="var(--chart-axis)"
        fontSize={12}
      />
      <YAxis
        type="number"
        scale="log"
        domain={data.domain}
        ticks={data.yTicks}
        allowDataOverflow
        tickFormatter={(value: number) => f.moneyWhole(value)}
        stroke="var(--chart-axis)"
        fontSize={12}
        width={64}
      />
      <Tooltip content={(props) => <ChartTooltip {...props} data={data} />} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {data.ceilings.map((ceiling) => (
        <ReferenceLine
          key={ceiling.from}
          segment={[
            { x: ceiling.fromDay, y: ceiling.cap },
            { x: ceiling.toDay, y: ceiling.cap },
          ]}
          stroke="var(--chart-ceiling)"
          strokeDasharray="6 3"
          label={ceiling === lastCeiling ? ceilingLabel : undefined}
        />
      ))}
      {data.series.map((series) => (
        <Line
          key={series.index}
          name={employerLabel(series.employer)}
          type="stepAfter"
          dataKey={(row: SalaryRow) => row.salaries[series.index] ?? null}
          stroke={color(series.index)}
          strokeWidth={2}
          connectNulls={false}
          isAnimationActive={false}
          dot={(props: DotProps) => (
            <EventDot key={`${series.index}-${props.index}`} {...props} series={series.index} />
          )}
          activeDot={{ r: 4 }}
        />
      ))}
    </LineChart>
  );
}
