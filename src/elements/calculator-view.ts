/**
 * The result: a summary (sticky on phones) rendered at once, and the parts a reader
 * opens or scrolls to (the sources for this profile, the chart, the breakdown)
 * rendered after it, so the first result never waits on them.
 */
import { chartAxis } from '../lib/chart';
import { formatCitation, formatRange, formatUsd } from '../lib/format';
import { countryName, optionLabel, type Estimate, type SalaryInput, type Step } from '../lib/salary';
import { fact, rangeFact, source } from '../lib/salary/evidence';
import { h } from './dom';

type Link = (path: string) => string;

const BAR_BANDS = ['pay-us-range', 'pay-gpu-top-firms'] as const;

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
  #link: Link;

  constructor(link: Link) {
    this.#link = link;
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

  set link(link: Link) {
    this.#link = link;
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

  /** Everything below the headline. */
  rest(e: Estimate, input: SalaryInput): void {
    const figures = (e.salaried ?? e).sourceFigures;
    this.sources.replaceChildren(
      ...(figures.length > 0
        ? figures.map((f) =>
            h(
              'li',
              { 'data-fact': f.factId },
              `${formatRange(f.low, f.high)} a year: ${f.label} `,
              this.#cite(f.factId),
            ),
          )
        : [
            h(
              'li',
              {},
              `The sources give no figure for ${optionLabel('level', input.level).toLowerCase()} engineers in ${countryName(input.country)}.`,
            ),
          ]),
    );
    this.steps.replaceChildren(...e.steps.map((s) => this.#step(s)));
    this.notes.replaceChildren(...e.notes.map((n) => h('li', {}, n)));
    this.#bar(e);
  }

  #cite(factId: string): HTMLElement {
    const s = source(fact(factId)?.source ?? '');
    return h(
      'span',
      { class: 'basis' },
      h('span', { class: 'tag' }, 'cited'),
      h(
        'a',
        { href: this.#link(`reference/sources/#${s?.id ?? ''}`), target: '_top' },
        s ? formatCitation(s) : 'source',
      ),
    );
  }

  #step(step: Step): HTMLElement {
    let basis: HTMLElement;
    if (step.basis.kind === 'figure') basis = this.#cite(step.basis.id);
    else if (step.basis.kind === 'assumption') {
      basis = h(
        'span',
        { class: 'basis' },
        h('span', { class: 'tag' }, 'assumption'),
        h('a', { href: this.#link(`reference/method/#${step.basis.id}`), target: '_top' }, 'why this number'),
      );
    } else basis = h('span', { class: 'basis' }, h('span', { class: 'tag' }, 'your entry'));
    const range = step.range ? ` → ${formatRange(Math.round(step.range.low), Math.round(step.range.high))}` : '';
    return h(
      'li',
      { 'data-basis': `${step.basis.kind}:${step.basis.id}` },
      `${step.factor}: ${step.effect}${range} `,
      basis,
    );
  }

  #bar(e: Estimate): void {
    const bands = BAR_BANDS.map((id) => rangeFact(id));
    const axis = chartAxis([e.high, e.salaried?.high ?? 0, ...bands.map((b) => b.high)].map((v) => v * 1.05));
    const pos = (v: number) => `${axis.percent(v).toFixed(2)}%`;
    const width = (lo: number, hi: number) => `${Math.max(0.6, axis.percent(hi) - axis.percent(lo)).toFixed(2)}%`;
    const place = (el: HTMLElement, lo: number, hi?: number) => {
      el.style.left = pos(lo);
      if (hi !== undefined) el.style.width = width(lo, hi);
      return el;
    };
    const names = bands.map((b) => (b.id === 'pay-us-range' ? 'US range' : 'GPU, top firms'));
    this.bar.setAttribute(
      'aria-label',
      `Your estimate, ${formatRange(e.low, e.high)}, drawn against the cited bands: ${bands
        .map((b, i) => `${names[i]} ${formatRange(b.low, b.high)}`)
        .join(' and ')}.`,
    );
    this.bar.replaceChildren(
      ...bands.flatMap((b, i) => [
        place(h('span', { class: 'band', title: b.id }), b.low, b.high),
        // Labels sit under their band, never clipped by its width.
        place(h('span', { class: 'band-label' }, names[i]), b.low),
      ]),
      place(h('span', { class: 'est' }), e.low, e.high),
    );
    this.axis.replaceChildren(
      ...axis.ticks.map((t) =>
        place(h('span', { class: 'tick' }, t === 0 ? '$0' : `$${t / 1000}k`), t),
      ),
    );
  }
}
