/**
 * The parts below the headline, loaded after the first result: the source figures
 * for this profile, the chart against the cited bands, and the step-by-step
 * breakdown, each step linked to its source or to the method page; and the notice
 * about settings that were not used, which only a wrong setting needs.
 */
import { chartAxis } from '../lib/chart';
import { formatRange } from '../lib/format';
import { currencyOf, formatMoney } from '../lib/format-figure';
import { formatCitation } from '../lib/format-citation';
import { fact, rangeFact, source } from '../lib/salary/evidence';
import { countryName, optionLabel } from '../lib/salary/fields';
import { describeIgnored, ignoredParam, reasonOf } from '../lib/salary/notice';
import type { Unused } from '../lib/salary/params';
import type { AssumptionOverrides, Estimate, SalaryInput, Step } from '../lib/salary/types';
import { AssumptionsPanel } from './assumptions-panel';
import { h } from './dom';
import { ID, type Refs } from './refs';

export { UrlWriter, copyLink } from './url-writer';

type Link = (path: string) => string;

/**
 * The values that were not used, in words: the notice listing those of the attributes
 * and the address (hidden when there are none), and the message of each wrong field
 * of the form (`errors`; calculator-form.ts clears the others at once).
 */
export function showUnused(refs: Refs, unused: readonly Unused[], errors: readonly Unused[]): void {
  for (const e of errors) {
    const err = refs.form.querySelector(`#${ID}-${e.name}-err`);
    if (err) err.textContent = `Not used: ${reasonOf(e)}.`;
  }
  refs.notice.hidden = unused.length === 0;
  refs.notice.replaceChildren(
    ...(unused.length > 0
      ? [
          h('strong', {}, 'Some settings were not used:'),
          h('ul', {}, ...unused.map((u) => h('li', {}, describeIgnored(ignoredParam(u))))),
        ]
      : []),
  );
}

const BAR_BANDS = ['pay-us-range', 'pay-gpu-top-firms'] as const;

export function renderDetails(refs: Refs, e: Estimate, input: SalaryInput, link: Link): void {
  const cite = (factId: string): HTMLElement => {
    const s = source(fact(factId)?.source ?? '');
    return h(
      'span',
      { class: 'basis' },
      h('span', { class: 'tag' }, 'cited'),
      h('a', { href: link(`reference/sources/#${s?.id ?? ''}`), target: '_top' }, s ? formatCitation(s) : 'source'),
    );
  };
  const step = (st: Step): HTMLElement => {
    let basis: HTMLElement;
    if (st.basis.kind === 'figure') basis = cite(st.basis.id);
    else if (st.basis.kind === 'assumption') {
      basis = h(
        'span',
        { class: 'basis' },
        h('span', { class: 'tag' }, 'assumption'),
        h('a', { href: link(`reference/method/#${st.basis.id}`), target: '_top' }, 'why this number'),
      );
    } else basis = h('span', { class: 'basis' }, h('span', { class: 'tag' }, 'your entry'));
    const range = st.range ? ` → ${formatRange(Math.round(st.range.low), Math.round(st.range.high))}` : '';
    return h('li', { 'data-basis': `${st.basis.kind}:${st.basis.id}` }, `${st.factor}: ${st.effect}${range} `, basis);
  };
  const figures = (e.salaried ?? e).sourceFigures;
  refs.sources.replaceChildren(
    ...(figures.length > 0
      ? figures.map((f) =>
          h(
            'li',
            { 'data-fact': f.factId, 'data-pay': f.payType },
            // Each figure in its own currency, never converted (pay figures a year all have one).
            `${formatRange(f.low, f.high, (v) => formatMoney(v, currencyOf(f.unit) ?? 'USD'))} a year: ${f.label} `,
            cite(f.factId),
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
  refs.steps.replaceChildren(...e.steps.map(step));
  refs.notes.replaceChildren(...e.notes.map((n) => h('li', {}, n)));
  renderBar(refs, e);
}

function renderBar(refs: Refs, e: Estimate): void {
  const bands = BAR_BANDS.map((id) => rangeFact(id));
  const axis = chartAxis([e.high, e.salaried?.high ?? 0, ...bands.map((b) => b.high)].map((v) => v * 1.05));
  const place = (el: HTMLElement, lo: number, hi?: number) => {
    el.style.left = `${axis.percent(lo).toFixed(2)}%`;
    if (hi !== undefined) el.style.width = `${Math.max(0.6, axis.percent(hi) - axis.percent(lo)).toFixed(2)}%`;
    return el;
  };
  const names = bands.map((b) => (b.id === 'pay-us-range' ? 'US range' : 'GPU, top firms'));
  refs.bar.setAttribute(
    'aria-label',
    `Your estimate, ${formatRange(e.low, e.high)}, drawn against the cited bands: ${bands
      .map((b, i) => `${names[i]} ${formatRange(b.low, b.high)}`)
      .join(' and ')}.`,
  );
  refs.bar.replaceChildren(
    ...bands.flatMap((b, i) => [
      place(h('span', { class: 'band', title: b.id }), b.low, b.high),
      // Labels sit under their band, never clipped by its width.
      place(h('span', { class: 'band-label' }, names[i]), b.low),
    ]),
    place(h('span', { class: 'est' }), e.low, e.high),
  );
  refs.axis.replaceChildren(
    ...axis.ticks.map((t) => place(h('span', { class: 'tick' }, t === 0 ? '$0' : `$${t / 1000}k`), t)),
  );
}

interface PanelState {
  panel?: AssumptionsPanel;
  values: AssumptionOverrides | undefined;
}
const panels = new WeakMap<HTMLElement, PanelState>();

/**
 * Shows the assumptions' values in the panel (`container`, a details element). Its fields
 * are built when it is first opened, not with the first result: closed, its summary
 * already says how many were changed, and the fields of every assumption with its reason
 * were the largest part of the work after a first result.
 */
export function showPanel(
  container: HTMLElement,
  values: AssumptionOverrides | undefined,
  onChange: (values: AssumptionOverrides) => void,
): void {
  const known = panels.get(container);
  if (known) {
    known.values = values;
    known.panel?.show(values);
    return;
  }
  const state: PanelState = { values };
  panels.set(container, state);
  const build = (): void => {
    state.panel ??= new AssumptionsPanel(container, onChange);
    state.panel.show(state.values);
  };
  if ((container as HTMLDetailsElement).open) build();
  else container.addEventListener('toggle', build, { once: true });
}
