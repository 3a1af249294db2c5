"use client";

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
import type { SalaryChartData, SalaryEventKind, SalaryRow } from "@/lib/applicant/salary-series";
import { formatDate, formatMXN, formatMXNWhole } from "@/lib/format";
import { fromDay } from "@/lib/dates";

const COLORS = 6;
const color = (index: number) => `var(--chart-${(index % COLORS) + 1})`;

const EVENT_LABELS: Record<SalaryEventKind, string> = {
  hire: "Hired",
  exit: "Left",
  change: "Salary change",
};

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
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-medium text-slate-900">{formatDate(row.date)}</p>
      <ul className="mt-1 space-y-0.5">
        {data.series.map((series) => {
          const amount = row.salaries[series.index];
          if (amount === null || amount === undefined) return null;
          const event = row.events[series.index];
          return (
            <li key={series.index} className="flex gap-2">
              <span style={{ color: color(series.index) }} aria-hidden>
                ●
              </span>
              <span>
                {employerLabel(series.employer)}: <strong>{formatMXN(amount)}</strong> a day
                {event ? ` · ${EVENT_LABELS[event]}` : ""}
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
  const lastCeiling = data.ceilings.at(-1);
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
        tickFormatter={(value: number) => formatMXNWhole(value)}
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
          label={
            ceiling === lastCeiling
              ? {
                  value: `25-UMA ceiling ${formatMXN(ceiling.cap)}`,
                  position: "insideBottomRight",
                  fontSize: 11,
                  fill: "var(--chart-ceiling)",
                }
              : undefined
          }
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
