import { G, Line, Path, Svg, Text, View } from "@react-pdf/renderer";
import { fromDay } from "@/lib/dates";
import type { ReportModel } from "../present";
import { chartGeometry } from "./chart-geometry";
import { FAINT, INK, MUTED, styles } from "./styles";

const WIDTH = 532;
const HEIGHT = 190;

// Each employer's stroke differs in darkness and in dash, so lines stay apart in grey-scale print.
const STROKES = [
  { color: "#111111", dash: undefined, width: 1.4 },
  { color: "#2563eb", dash: "4 2", width: 1.4 },
  { color: "#b45309", dash: "1.2 1.6", width: 1.6 },
  { color: "#4b5563", dash: "6 2 1.5 2", width: 1.4 },
  { color: "#15803d", dash: "2.5 1.5", width: 2 },
  { color: "#7c3aed", dash: "8 3", width: 1 },
] as const;

export const strokeOf = (index: number) => STROKES[index % STROKES.length] ?? STROKES[0];

type Stroke = { color: string; dash: string | undefined; width: number };

/** The 25-UMA ceiling: the thickest dashes, in black. */
const CEILING: Stroke = { color: INK, dash: "5 2.5", width: 1.6 };

const dashOf = (stroke: Stroke) => (stroke.dash ? { strokeDasharray: stroke.dash } : {});

/** A legend entry: a short sample of the line, then its name. */
function LegendItem({ label, stroke }: { label: string; stroke: Stroke }) {
  return (
    <View style={{ flexDirection: "row", alignItems: "center", marginRight: 10, marginBottom: 2 }}>
      <Svg width={22} height={6}>
        <Line
          x1={0}
          x2={22}
          y1={3}
          y2={3}
          stroke={stroke.color}
          strokeWidth={stroke.width}
          {...dashOf(stroke)}
        />
      </Svg>
      <Text style={{ fontSize: 7, marginLeft: 3 }}>{label}</Text>
    </View>
  );
}

/** The page's daily-salary chart as vectors: the same series, the same ceiling lines. */
export function SalaryChartBlock({ chart }: { chart: ReportModel["chart"] }) {
  const { data, words } = chart;
  if (data.series.length === 0) return <Text style={styles.note}>{words.empty}</Text>;
  const box = { width: WIDTH, height: HEIGHT, left: 56, right: 8, top: 8, bottom: 16 };
  const g = chartGeometry(data, box);
  return (
    <View wrap={false}>
      <Svg width={WIDTH} height={HEIGHT}>
        {g.yTicks.map((tick) => (
          <G key={`y${tick.value}`}>
            <Line
              x1={g.plot.x1}
              x2={g.plot.x2}
              y1={tick.y}
              y2={tick.y}
              stroke={FAINT}
              strokeWidth={0.5}
            />
            <Text
              x={g.plot.x1 - 4}
              y={tick.y + 2.5}
              textAnchor="end"
              style={{ fontSize: 6.5 }}
              fill={MUTED}
            >
              {words.money(tick.value)}
            </Text>
          </G>
        ))}
        {g.xTicks.map((tick) => (
          <G key={`x${tick.day}`}>
            <Line
              x1={tick.x}
              x2={tick.x}
              y1={g.plot.y1}
              y2={g.plot.y2}
              stroke={FAINT}
              strokeWidth={0.5}
            />
            <Text
              x={tick.x}
              y={g.plot.y2 + 10}
              textAnchor="middle"
              style={{ fontSize: 6.5 }}
              fill={MUTED}
            >
              {fromDay(tick.day).slice(0, 4)}
            </Text>
          </G>
        ))}
        {/* The axes: up the left side, along the bottom. */}
        <Path
          d={`M ${g.plot.x1} ${g.plot.y1} V ${g.plot.y2} H ${g.plot.x2}`}
          fill="none"
          stroke={INK}
          strokeWidth={0.7}
        />
        {g.ceilings.map((c) => (
          <Line
            key={`c${c.x1}`}
            x1={c.x1}
            x2={c.x2}
            y1={c.y}
            y2={c.y}
            stroke={CEILING.color}
            strokeWidth={CEILING.width}
            {...dashOf(CEILING)}
          />
        ))}
        {g.series.map((line) => {
          const stroke = strokeOf(line.index);
          return (
            <G key={`s${line.index}`}>
              <Path
                d={line.path}
                fill="none"
                stroke={stroke.color}
                strokeWidth={stroke.width}
                {...dashOf(stroke)}
              />
              {line.markers.hire ? <Path d={line.markers.hire} fill={stroke.color} /> : null}
              {line.markers.change ? <Path d={line.markers.change} fill={stroke.color} /> : null}
              {line.markers.exit ? (
                <Path d={line.markers.exit} fill="#ffffff" stroke={stroke.color} strokeWidth={1} />
              ) : null}
            </G>
          );
        })}
      </Svg>
      <View style={{ flexDirection: "row", flexWrap: "wrap", marginTop: 3 }}>
        {words.legend.map((name, index) => (
          <LegendItem key={`l${index}`} label={name} stroke={strokeOf(index)} />
        ))}
        {words.ceiling ? <LegendItem label={words.ceiling} stroke={CEILING} /> : null}
      </View>
      <Text style={styles.note}>
        {words.caption}
        {words.withoutSalary ? ` ${words.withoutSalary}` : ""}
      </Text>
    </View>
  );
}
