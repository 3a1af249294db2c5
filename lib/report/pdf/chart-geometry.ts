import type { SalaryChartData, SalaryEventKind } from "@/lib/applicant/salary-series";

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartGeometry {
  series: {
    index: number;
    path: string;
    /** Each kind's markers as one path: circles for hires, squares for exits, diamonds for changes. */
    markers: Record<SalaryEventKind, string>;
  }[];
  ceilings: { x1: number; x2: number; y: number }[];
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; day: number }[];
  plot: { x1: number; x2: number; y1: number; y2: number };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** One marker's outline, centred on (x, y): drawn as part of its series' path of that kind. */
function marker(kind: SalaryEventKind, x: number, y: number): string {
  if (kind === "hire")
    return `M ${round(x - 2.2)} ${y} a 2.2 2.2 0 1 0 4.4 0 a 2.2 2.2 0 1 0 -4.4 0 Z`;
  if (kind === "exit") return `M ${round(x - 2)} ${round(y - 2)} h 4 v 4 h -4 Z`;
  return `M ${x} ${round(y - 2.5)} l 2.5 2.5 l -2.5 2.5 l -2.5 -2.5 Z`;
}

/**
 * Where the page's salary chart (`buildSalaryChart`) lands in a box: step-after lines (a salary
 * holds until the next movement), a logarithmic axis, and the ceiling segments. Pure numbers, so
 * the PDF draws exactly the series the page draws.
 */
export function chartGeometry(data: SalaryChartData, box: ChartBox): ChartGeometry {
  const x1 = box.left;
  const x2 = box.width - box.right;
  const y1 = box.top;
  const y2 = box.height - box.bottom;
  const first = data.rows[0]?.day ?? 0;
  const last = data.rows.at(-1)?.day ?? first;
  const [min, max] = data.domain;
  const x = (day: number) =>
    round(last === first ? (x1 + x2) / 2 : x1 + ((x2 - x1) * (day - first)) / (last - first));
  const y = (value: number) => {
    const clamped = Math.min(Math.max(value, min), max);
    const share = (Math.log(clamped) - Math.log(min)) / (Math.log(max) - Math.log(min) || 1);
    return round(y2 - (y2 - y1) * share);
  };
  const series = data.series.map(({ index }) => {
    const parts: string[] = [];
    const markers: Record<SalaryEventKind, string[]> = { hire: [], exit: [], change: [] };
    let drawing = false;
    for (const row of data.rows) {
      const amount = row.salaries[index];
      if (amount === null || amount === undefined) {
        drawing = false;
        continue;
      }
      parts.push(drawing ? `H ${x(row.day)} V ${y(amount)}` : `M ${x(row.day)} ${y(amount)}`);
      drawing = true;
      const kind = row.events[index];
      if (kind) markers[kind].push(marker(kind, x(row.day), y(amount)));
    }
    return {
      index,
      path: parts.join(" "),
      markers: {
        hire: markers.hire.join(" "),
        exit: markers.exit.join(" "),
        change: markers.change.join(" "),
      },
    };
  });
  return {
    series,
    ceilings: data.ceilings.map((c) => ({ x1: x(c.fromDay), x2: x(c.toDay), y: y(c.cap) })),
    yTicks: data.yTicks.map((value) => ({ y: y(value), value })),
    xTicks: data.xTicks.map((day) => ({ x: x(day), day })),
    plot: { x1, x2, y1, y2 },
  };
}
