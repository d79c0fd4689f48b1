/**
 * The one chart axis, shared by the pay chart (SVG at build time) and the
 * calculator's bar: a round maximum and whole ticks, so labels read cleanly.
 */
export interface Axis {
  max: number;
  ticks: number[];
  /** A value's position along the axis, 0–100. */
  percent: (value: number) => number;
}

export function chartAxis(values: readonly number[], step = 100_000): Axis {
  const top = Math.max(step, ...values.filter(Number.isFinite));
  const max = Math.ceil(top / step) * step;
  return {
    max,
    ticks: Array.from({ length: max / step + 1 }, (_, i) => i * step),
    percent: (value) => (Math.min(max, Math.max(0, value)) / max) * 100,
  };
}
