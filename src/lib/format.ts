/**
 * Formatting of estimates in US dollars; shared by components, the model and the
 * element. A figure in its own currency or unit is format-figure.ts's, apart, so the
 * calculator's startup code carries only what its estimate needs.
 */

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const plain = /* @__PURE__ */ new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatUsd(value: number): string {
  return usd.format(value);
}

/** "$140,000–$164,000", or one figure when both ends are the same: the one range formatter. */
export function formatRange(low: number, high: number, format: (v: number) => string = formatUsd): string {
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}

/** "$120k" style, for chart labels where space is short. */
export function formatUsdShort(value: number): string {
  if (Math.abs(value) >= 1000) return `$${plain.format(Math.round(value / 1000))}k`;
  return usd.format(value);
}
