// The table's 7-day sparkline: an SVG polyline's `points` for uses per day, and the words a screen
// reader hears instead ("12 uses in the last 7 days").
import { count, num } from "./words";

const oneDecimal = (n: number): string => String(Math.round(n * 10) / 10);

/** "x,y x,y …": x spread evenly, y scaled to the largest day; all zero is a flat line along the bottom. */
export function sparklinePoints(perDay: readonly number[], { width = 56, height = 16, pad = 1.5 } = {}): string {
  if (perDay.length === 0) return "";
  const values = perDay.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const max = Math.max(...values);
  const y = (v: number) => height - pad - (max > 0 ? (v / max) * (height - 2 * pad) : 0);
  // One day still draws a line: across the whole width.
  const xs = values.length === 1 ? [pad, width - pad] : values.map((_, i) => pad + (i * (width - 2 * pad)) / (values.length - 1));
  return xs.map((x, i) => `${oneDecimal(x)},${oneDecimal(y(values[Math.min(i, values.length - 1)]!))}`).join(" ");
}

/** "12 uses in the last 7 days", "1 use in the last 7 days", "No uses in the last 7 days". */
export function sparklineLabel(perDay: readonly number[]): string {
  const total = perDay.reduce((sum, v) => sum + v, 0);
  const days = perDay.length === 1 ? "the last day" : `the last ${num(perDay.length)} days`;
  return total === 0 ? `No uses in ${days}` : `${count(total, "use")} in ${days}`;
}
