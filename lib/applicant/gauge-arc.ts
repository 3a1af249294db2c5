/** A half-circle gauge's geometry: fraction 0 is the left end (300), 1 the right end (900). */
export interface GaugeCircle {
  cx: number;
  cy: number;
  r: number;
}

function point(fraction: number, { cx, cy, r }: GaugeCircle) {
  const angle = Math.PI * (1 - fraction);
  return { x: cx + r * Math.cos(angle), y: cy - r * Math.sin(angle) };
}

/** The SVG path of the upper arc between two fractions (the page's gauges and the PDF's). */
export function gaugeArc(from: number, to: number, circle: GaugeCircle): string {
  const a = point(from, circle);
  const b = point(to, circle);
  const { r } = circle;
  return `M ${a.x.toFixed(2)} ${a.y.toFixed(2)} A ${r} ${r} 0 0 1 ${b.x.toFixed(2)} ${b.y.toFixed(2)}`;
}
