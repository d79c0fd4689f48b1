/**
 * The result: the headline (sticky on phones), rendered at once, and the places of
 * the parts below it (chart, sources for this profile, breakdown), drawn empty by
 * calculator-markup.ts and filled a task later by calculator-details.ts, loaded after
 * the first result (lazy.ts), so the first result never waits on them and their space
 * is taken from the start.
 */
import { formatRange, formatUsd } from '../lib/format';
import { countryName } from '../lib/salary/fields';
import type { Estimate, SalaryInput } from '../lib/salary/types';
import { h, type Child, type Make } from './dom';
import type { Refs } from './refs';

/** The headline's lines for an estimate: base pay (or consulting income), total compensation apart. */
export function summaryMarkup<N>(make: Make<N>, e: Estimate, input: SalaryInput): Child<N>[] {
  const what =
    e.mode === 'consulting'
      ? 'Estimated consulting income, after business costs, before tax'
      : e.band.payType === 'base'
        ? 'Estimated base salary'
        : 'Estimated salary, without bonus or equity';
  const where =
    input.country === 'US' || e.mode === 'consulting'
      ? countryName(input.country)
      : `US band: the sources give none for ${countryName(input.country)}; its own figures are below`;
  return [
    make('span', {}, `${what}:`),
    make('span', { class: 'figure', 'data-result': '' }, `${formatRange(e.low, e.high)} a year`),
    make(
      'span',
      {},
      e.low === e.high
        ? `One figure: your own rate, hours and costs give a single value. ${where}.`
        : `Middle of the range: ${formatUsd(e.mid)}. ${where}.`,
    ),
    e.total &&
      make(
        'span',
        { class: 'total', 'data-total': '' },
        `Total compensation the sources give for this profile (base, bonus and equity): ${formatRange(e.total.low, e.total.high)} a year.`,
      ),
  ];
}

/** The salaried comparison line of consulting mode, or '' (hidden) in salaried mode. */
export const comparisonText = (e: Estimate): string =>
  e.salaried
    ? `For comparison, a salaried job at this level: ${formatRange(e.salaried.low, e.salaried.high)} a year (base salary).`
    : '';

/** The headline for `e`, in the drawn calculator's parts. */
export function showSummary(refs: Refs, e: Estimate, input: SalaryInput): void {
  refs.result.replaceChildren(...(summaryMarkup(h, e, input).filter(Boolean) as (Node | string)[]));
  const comparison = comparisonText(e);
  refs.comparison.hidden = !comparison;
  refs.comparison.textContent = comparison;
}
