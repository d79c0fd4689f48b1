/**
 * The result: the headline (sticky on phones), rendered at once, and the empty
 * places of the parts below it (chart, sources for this profile, breakdown), which
 * calculator-details.ts fills a task later, loaded on its own, so the first result
 * never waits on them and their space is taken from the start.
 */
import { formatRange, formatUsd } from '../lib/format';
import { countryName } from '../lib/salary/fields';
import type { Estimate, SalaryInput } from '../lib/salary/types';
import { h } from './dom';

export class CalculatorView {
  readonly result = h('div', { class: 'result', 'aria-live': 'polite', 'aria-atomic': 'true' });
  readonly comparison = h('p', { class: 'comparison', hidden: true });
  readonly bar = h('div', { class: 'bar', role: 'img' });
  readonly axis = h('div', { class: 'axis', 'aria-hidden': 'true' });
  readonly sources = h('ul');
  readonly steps = h('ol');
  readonly notes = h('ul');
  readonly details: HTMLElement;
  readonly profile: HTMLElement;

  constructor() {
    this.profile = h(
      'details',
      { class: 'profile' },
      h('summary', {}, 'What the sources say for this profile'),
      this.sources,
    );
    this.details = h(
      'details',
      {},
      h('summary', {}, 'How we got there'),
      this.steps,
      h('p', { class: 'basis' }, 'What the sources do not cover:'),
      this.notes,
    );
  }

  /** The headline: base pay (or consulting income), and total compensation apart where given. */
  summary(e: Estimate, input: SalaryInput): void {
    const consulting = e.mode === 'consulting';
    const what = consulting
      ? 'Estimated consulting income, after business costs, before tax'
      : e.band.payType === 'base'
        ? 'Estimated base salary'
        : 'Estimated salary, without bonus or equity';
    const single = e.low === e.high;
    this.result.replaceChildren(
      h('span', {}, `${what}:`),
      h('span', { class: 'figure', 'data-result': '' }, `${formatRange(e.low, e.high)} a year`),
      h(
        'span',
        {},
        single
          ? `One figure: your own rate, hours and costs give a single value. ${countryName(input.country)}.`
          : `Middle of the range: ${formatUsd(e.mid)}. ${countryName(input.country)}.`,
      ),
      e.total
        ? h(
            'span',
            { class: 'total', 'data-total': '' },
            `Total compensation the sources give for this profile (base, bonus and equity): ${formatRange(e.total.low, e.total.high)} a year.`,
          )
        : '',
    );
    this.comparison.hidden = !e.salaried;
    this.comparison.textContent = e.salaried
      ? `For comparison, a salaried job at this level: ${formatRange(e.salaried.low, e.salaried.high)} a year (base salary).`
      : '';
  }
}
