/**
 * Formatting of estimates in US dollars; shared by components, the model and the
 * element. A figure in its own currency or unit is format-figure.ts's, apart, so the
 * calculator's startup code carries only what its estimate needs.
 */

/**
 * A finite number rounded to whole units as en-US writes it ("140,000", "-5"), with
 * `prefix` after the sign ("-$5"). Written out rather than with Intl: a page's first Intl
 * formatter costs 50–90 ms here (Chromium loading its ICU data, measured unthrottled),
 * which the calculator's first render paid. Unit tests hold the output to Intl's.
 */
export function formatWhole(value: number, prefix = ''): string {
  const digits = String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${value < 0 || Object.is(value, -0) ? '-' : ''}${prefix}${digits}`;
}

export function formatUsd(value: number): string {
  return formatWhole(value, '$');
}

/** "$140,000–$164,000", or one figure when both ends are the same: the one range formatter. */
export function formatRange(low: number, high: number, format: (v: number) => string = formatUsd): string {
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}

/** "$120k" style, for chart labels where space is short. */
export function formatUsdShort(value: number): string {
  if (Math.abs(value) >= 1000) return `${formatWhole(Math.round(value / 1000), '$')}k`;
  return formatUsd(value);
}
