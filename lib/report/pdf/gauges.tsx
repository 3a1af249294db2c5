import { Path, Svg, Text, View } from "@react-pdf/renderer";
import { gaugeArc } from "@/lib/applicant/gauge-arc";
import { SCORE_MAX, SCORE_MIN } from "@/lib/metrics/score-bands";
import type { ReportModel } from "../present";
import { FAINT, INK, MUTED, styles } from "./styles";

const CIRCLE = { cx: 50, cy: 50, r: 40 };

/** The three employment scores as half-circle gauges, each with its band in words. */
export function ScoreGaugesBlock({ scores }: { scores: ReportModel["scores"] }) {
  return (
    <View wrap={false}>
      {scores.gauges ? (
        <View style={{ flexDirection: "row" }}>
          {scores.gauges.map((gauge) => (
            <View key={gauge.period} style={{ width: 120, alignItems: "center", marginRight: 20 }}>
              <Svg width={100} height={60} viewBox="0 0 100 60">
                <Path d={gaugeArc(0, 1, CIRCLE)} fill="none" stroke={FAINT} strokeWidth={10} />
                {gauge.fraction !== null ? (
                  <Path
                    d={gaugeArc(0, Math.max(gauge.fraction, 0.005), CIRCLE)}
                    fill="none"
                    stroke={INK}
                    strokeWidth={10}
                  />
                ) : null}
                <Text x={50} y={48} textAnchor="middle" style={{ fontSize: 16 }} fill={INK}>
                  {gauge.score === null ? "—" : String(gauge.score)}
                </Text>
                <Text x={10} y={59} textAnchor="middle" style={{ fontSize: 7 }} fill={MUTED}>
                  {String(SCORE_MIN)}
                </Text>
                <Text x={90} y={59} textAnchor="middle" style={{ fontSize: 7 }} fill={MUTED}>
                  {String(SCORE_MAX)}
                </Text>
              </Svg>
              <Text style={styles.value}>{gauge.period}</Text>
              <Text style={styles.label}>{gauge.band}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {scores.none ? <Text>{scores.none}</Text> : null}
      <Text style={styles.note}>{scores.note}</Text>
    </View>
  );
}
