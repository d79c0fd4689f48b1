/**
 * <ai-salary-calculator>: the salary model as a framework-free custom element.
 *
 * Attributes (the same contract as the URL parameters): level, location, skills,
 * company, mode, rate, hours, overhead, equity; plus `theme` (light | dark | auto),
 * `guide-url` (where links to sources and method point; default: this site's base)
 * and `sync-url` (read presets from, and keep state in, the page's URL).
 * Public API: the read-only `estimate` property and the `estimate-change` event.
 *
 * All text is set with textContent or attributes: input never becomes HTML.
 */
import { assumptionEntries } from '../data/assumptions';
import { factEntries } from '../data/facts';
import { sourceEntries } from '../data/sources';
import { formatAssumptionValue, formatCitation, formatUsd } from '../lib/format';
import {
  COMPANIES,
  LEVELS,
  LEVEL_LABELS,
  LOCATIONS,
  NUMBER_BOUNDS,
  PARAM_NAMES,
  SKILLS,
  describeIgnored,
  estimateSalary,
  parseCalculatorParams,
  serializeCalculatorParams,
  type Estimate,
  type IgnoredParam,
  type SalaryInput,
  type Step,
} from '../lib/salary';
import { calculatorCss } from './salary-calculator.css';

/** What each option is called in the form, field by field. */
const OPTION_LABELS: Record<'level' | 'location' | 'company' | 'skills' | 'mode', Record<string, string>> = {
  level: LEVEL_LABELS,
  location: { hub: 'Major US tech hub', metro: 'Other large US metro', other: 'Elsewhere in the US' },
  company: { top: 'A top company', other: 'Any other company' },
  skills: {
    kubernetes: 'Kubernetes-focused MLOps',
    cloud: 'Cloud fluency (AWS, Azure or GCP)',
    gpu: 'GPU optimisation and distributed training',
    automation: 'Infrastructure automation and ML pipelines',
  },
  mode: { salary: 'Salaried job', consulting: 'Independent consulting' },
};

interface Ui {
  root: HTMLElement;
  form: HTMLFormElement;
  consulting: HTMLElement;
  notice: HTMLElement;
  result: HTMLElement;
  bar: HTMLElement;
  comparison: HTMLElement;
  steps: HTMLElement;
  notes: HTMLElement;
  assumptions: HTMLElement;
  copyStatus: HTMLElement;
  home: HTMLElement;
  method: HTMLElement;
}

type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | string | false | null | undefined;

/** Creates an element; attribute values and string children are set as text, never parsed. */
function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, '');
    else if (typeof v === 'string') el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

let uid = 0;
let defaultGuideUrl = '/';

/** Where links to the guide point when an element has no `guide-url` (the standalone script sets it). */
export function setDefaultGuideUrl(url: string): void {
  defaultGuideUrl = url;
}

function rangeText(low: number, high: number): string {
  return low === high ? formatUsd(low) : `${formatUsd(low)} – ${formatUsd(high)}`;
}

export class AiSalaryCalculator extends HTMLElement {
  static observedAttributes = [...PARAM_NAMES, 'theme', 'guide-url'];

  #root: ShadowRoot;
  #input: SalaryInput = parseCalculatorParams([]).input;
  #assumptions = new Map<string, number>();
  #attrIgnored: IgnoredParam[] = [];
  #urlIgnored: IgnoredParam[] = [];
  #fieldErrors = new Map<string, string>();
  #estimate: Estimate = estimateSalary(this.#input);
  #id = `aisc${++uid}`;
  #els: Ui;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#els = this.#build();
    this.#applyTheme();
  }

  /** The current estimate (the model's output). Read-only. */
  get estimate(): Estimate {
    return this.#estimate;
  }

  connectedCallback(): void {
    this.#applyTheme(); // a theme set before the element was connected
    this.#readAttributes();
    if (this.hasAttribute('sync-url')) {
      const parsed = parseCalculatorParams(new URL(window.location.href).searchParams);
      this.#urlIgnored = parsed.ignored;
      const present = new Set([...new URL(window.location.href).searchParams.keys()].map((k) => k.toLowerCase()));
      for (const name of PARAM_NAMES) {
        if (present.has(name) && !parsed.ignored.some((p) => p.name === name)) {
          (this.#input as unknown as Record<string, unknown>)[name] = parsed.input[name];
        }
      }
    }
    this.#syncForm();
    this.#update(false);
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (!this.isConnected || oldValue === newValue) return;
    if (name === 'theme') return this.#applyTheme();
    if (name === 'guide-url') return this.#render();
    this.#readAttributes();
    this.#syncForm();
    this.#update(true);
  }

  #readAttributes(): void {
    const entries = PARAM_NAMES.filter((n) => this.hasAttribute(n)).map(
      (n) => [n, this.getAttribute(n) ?? ''] as const,
    );
    const parsed = parseCalculatorParams(entries);
    this.#input = parsed.input;
    this.#attrIgnored = parsed.ignored;
  }

  /** A link into the guide. Only http(s) bases are used: a hostile `guide-url` cannot make a javascript: link. */
  #guideUrl(path: string): string {
    let base = defaultGuideUrl;
    const attr = this.getAttribute('guide-url');
    if (attr) {
      try {
        const url = new URL(attr, window.location.href);
        if (url.protocol === 'https:' || url.protocol === 'http:') base = attr;
      } catch {
        // Not a URL: keep the default.
      }
    }
    return base.replace(/\/?$/, '/') + path.replace(/^\//, '');
  }

  #applyTheme(): void {
    const theme = this.getAttribute('theme');
    this.#els.root.className = `root ${theme === 'light' || theme === 'dark' ? theme : 'auto'}`;
  }

  #build(): Ui {
    const id = this.#id;
    const select = (name: 'level' | 'location' | 'company', options: readonly string[], label: string) =>
      h(
        'div',
        { class: 'field' },
        h('label', { for: `${id}-${name}` }, label),
        h(
          'select',
          { name, id: `${id}-${name}` },
          ...options.map((o) => h('option', { value: o }, OPTION_LABELS[name][o])),
        ),
      );
    const number = (name: keyof typeof NUMBER_BOUNDS, label: string, hint: string) =>
      h(
        'div',
        { class: name === 'equity' ? 'field wide' : 'field' },
        h('label', { for: `${id}-${name}` }, label),
        h('input', {
          name,
          id: `${id}-${name}`,
          type: 'text',
          inputmode: 'decimal',
          autocomplete: 'off',
          'aria-describedby': `${id}-${name}-hint ${id}-${name}-err`,
        }),
        h('span', { class: 'hint', id: `${id}-${name}-hint` }, hint),
        h('span', { class: 'field-error', id: `${id}-${name}-err`, 'aria-live': 'polite' }),
      );
    const consulting = h(
      'fieldset',
      { class: 'wide' },
      h('legend', {}, 'Consulting'),
      number('rate', 'Hourly rate (USD)', 'Empty: the cited band.'),
      number('hours', 'Billable hours a year', 'Empty: the model’s assumption.'),
      number('overhead', 'Business costs (% of revenue)', 'Empty: the model’s assumption.'),
    );
    const form = h(
      'form',
      {},
      h(
        'fieldset',
        { class: 'wide' },
        h('legend', {}, 'How you work'),
        ...['salary', 'consulting'].map((m) =>
          h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'mode', value: m }), OPTION_LABELS.mode[m]),
        ),
      ),
      select('level', LEVELS, 'Level'),
      select('location', LOCATIONS, 'Location'),
      select('company', COMPANIES, 'Company'),
      h(
        'fieldset',
        { class: 'wide' },
        h('legend', {}, 'Skills you can show'),
        ...SKILLS.map((s) =>
          h(
            'label',
            { class: 'choice' },
            h('input', { type: 'checkbox', name: 'skills', value: s }),
            OPTION_LABELS.skills[s],
          ),
        ),
      ),
      number(
        'equity',
        'Yearly equity and bonus (optional, USD)',
        'Only what you enter is added: the sources give no figure.',
      ),
      consulting,
    );
    form.addEventListener('input', () => this.#onForm());
    form.addEventListener('change', () => this.#onForm());
    form.addEventListener('submit', (e) => e.preventDefault());
    const ui: Ui = {
      form: form as HTMLFormElement,
      consulting,
      notice: h('div', { class: 'notice', role: 'status', hidden: true }),
      result: h('div', { class: 'result', 'aria-live': 'polite', 'aria-atomic': 'true' }),
      bar: h('div', { class: 'bar', role: 'img' }),
      comparison: h('div', { class: 'comparison', hidden: true }),
      steps: h('ol'),
      notes: h('ul'),
      assumptions: h('div'),
      copyStatus: h('span', { role: 'status' }),
      home: h('a', { target: '_top' }, 'AI Infrastructure Engineer Guide'),
      method: h('a', { target: '_top' }, 'how the estimate works'),
      root: h('div'),
    };
    const copy = h('button', { type: 'button' }, 'Copy link to this estimate');
    copy.addEventListener('click', () => void this.#copyLink());

    ui.root = h(
      'div',
      { class: 'root auto' },
      h('h2', { id: `${id}-title` }, 'Estimate your pay'),
      form,
      ui.notice,
      ui.result,
      ui.bar,
      ui.comparison,
      h(
        'details',
        {},
        h('summary', {}, 'How we got there'),
        ui.steps,
        h('p', { class: 'basis' }, 'What the sources do not cover:'),
        ui.notes,
      ),
      h(
        'details',
        { class: 'assumptions' },
        h('summary', {}, 'Assumptions (change them)'),
        h(
          'p',
          { class: 'basis' },
          'Numbers the sources do not give. Each is the guide’s own, with its reason; change any to see its effect.',
        ),
        ui.assumptions,
      ),
      h('div', { class: 'row' }, copy, ui.copyStatus),
      h('p', { class: 'footer' }, 'From the ', ui.home, ' · See ', ui.method, '.'),
    );
    // A constructed stylesheet needs no 'unsafe-inline' in a host's Content-Security-Policy.
    if (
      'adoptedStyleSheets' in this.#root &&
      typeof CSSStyleSheet === 'function' &&
      'replaceSync' in CSSStyleSheet.prototype
    ) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(calculatorCss);
      this.#root.adoptedStyleSheets = [sheet];
    } else {
      const style = h('style');
      style.textContent = calculatorCss;
      this.#root.append(style);
    }
    this.#root.append(ui.root);
    this.#buildAssumptions(ui.assumptions);
    return ui;
  }

  #buildAssumptions(container: HTMLElement): void {
    for (const a of assumptionEntries) {
      const inputId = `${this.#id}-a-${a.id}`;
      const input = h('input', {
        id: inputId,
        type: 'number',
        min: String(a.unit === 'percent' ? a.min * 100 : a.min),
        max: String(a.unit === 'percent' ? a.max * 100 : a.max),
        step: a.unit === 'hours' ? '10' : a.unit === 'percent' ? '0.5' : '0.05',
        'data-assumption': a.id,
        'aria-describedby': `${inputId}-why`,
      }) as HTMLInputElement;
      const show = (v: number) => String(a.unit === 'percent' ? Math.round(v * 1000) / 10 : v);
      input.value = show(a.value);
      input.addEventListener('input', () => {
        const raw = Number(input.value);
        const valid = input.value.trim() !== '' && Number.isFinite(raw) && input.checkValidity();
        input.setAttribute('aria-invalid', String(!valid));
        if (valid) this.#assumptions.set(a.id, a.unit === 'percent' ? raw / 100 : raw);
        else this.#assumptions.delete(a.id);
        this.#update(false);
      });
      const reset = h('button', { type: 'button', class: 'secondary' }, 'Reset');
      reset.setAttribute('aria-label', `Reset: ${a.label}`);
      reset.addEventListener('click', () => {
        input.value = show(a.value);
        input.removeAttribute('aria-invalid');
        this.#assumptions.delete(a.id);
        this.#update(false);
      });
      const unit = a.unit === 'percent' ? ' (%)' : a.unit === 'hours' ? ' (hours)' : ' (share of band)';
      container.append(
        h(
          'div',
          { class: 'assumption' },
          h('label', { for: inputId }, a.label + unit),
          h('div', { class: 'row' }, input, reset),
          h('p', { id: `${inputId}-why` }, `Default ${formatAssumptionValue(a)}. ${a.rationale}`),
        ),
      );
    }
  }

  /** Puts the current input into the form controls. */
  #syncForm(): void {
    const form = this.#els.form;
    for (const el of Array.from(form.elements) as HTMLInputElement[]) {
      const name = el.name as keyof SalaryInput;
      if (!name) continue;
      if (el.type === 'radio') el.checked = this.#input.mode === el.value;
      else if (el.type === 'checkbox') el.checked = this.#input.skills.includes(el.value as never);
      else if (name === 'rate' || name === 'hours' || name === 'overhead' || name === 'equity') {
        const v = this.#input[name];
        el.value = v === undefined ? '' : String(v);
        el.removeAttribute('aria-invalid');
      } else el.value = String(this.#input[name]);
    }
    this.#fieldErrors.clear();
  }

  #onForm(): void {
    const data = new FormData(this.#els.form);
    const entries: [string, string][] = [];
    for (const name of PARAM_NAMES) {
      if (name === 'skills') entries.push(['skills', data.getAll('skills').join(',')]);
      else entries.push([name, String(data.get(name) ?? '')]);
    }
    const parsed = parseCalculatorParams(entries);
    this.#input = parsed.input;
    this.#fieldErrors = new Map(parsed.ignored.map((p) => [p.name, p.reason]));
    // A field the reader is fixing no longer needs the notice about the URL or attribute value.
    this.#urlIgnored = [];
    this.#attrIgnored = [];
    this.#update(true);
  }

  #update(fromReader: boolean): void {
    this.#estimate = estimateSalary(this.#input, Object.fromEntries(this.#assumptions));
    if (fromReader && this.hasAttribute('sync-url')) this.#writeUrl();
    this.#render();
    this.dispatchEvent(new CustomEvent('estimate-change', { detail: this.#estimate, bubbles: true, composed: true }));
  }

  #shareUrl(): string {
    const url = new URL(window.location.href);
    for (const name of PARAM_NAMES) url.searchParams.delete(name);
    for (const [k, v] of serializeCalculatorParams(this.#input)) url.searchParams.set(k, v);
    return url.href;
  }

  #writeUrl(): void {
    try {
      history.replaceState(history.state, '', this.#shareUrl());
    } catch {
      // A sandboxed frame may refuse; the copy-link button still works.
    }
  }

  async #copyLink(): Promise<void> {
    const url = this.#shareUrl();
    const status = this.#els.copyStatus;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = 'Link copied.';
    } catch {
      status.textContent = `Copy this link: ${url}`;
    }
  }

  #render(): void {
    const e = this.#estimate;
    const els = this.#els;
    els.home.setAttribute('href', this.#guideUrl('/'));
    els.method.setAttribute('href', this.#guideUrl('/reference/method/'));
    els.consulting.hidden = this.#input.mode !== 'consulting';

    for (const name of ['rate', 'hours', 'overhead', 'equity']) {
      const err = this.#root.getElementById(`${this.#id}-${name}-err`);
      const field = (els['form'] as HTMLFormElement).elements.namedItem(name) as HTMLInputElement | null;
      const reason = this.#fieldErrors.get(name);
      if (err) err.textContent = reason ? `Not used: ${reason}.` : '';
      field?.setAttribute('aria-invalid', String(Boolean(reason)));
    }

    const ignored = [...this.#attrIgnored, ...this.#urlIgnored];
    const notice = els.notice;
    notice.hidden = ignored.length === 0;
    notice.replaceChildren();
    if (ignored.length > 0) {
      notice.append(
        h('strong', {}, 'Some settings were not used:'),
        h('ul', {}, ...ignored.map((p) => h('li', {}, describeIgnored(p)))),
      );
    }

    const what = e.mode === 'consulting' ? 'Estimated consulting income, after business costs' : 'Estimated pay';
    els.result.replaceChildren(
      h('span', {}, `${what}:`),
      h('span', { class: 'figure', 'data-result': '' }, `${rangeText(e.low, e.high)} a year`),
      h('span', {}, `Middle of the range: ${formatUsd(e.mid)}. US only.`),
    );
    this.#renderBar(e);

    const comparison = els.comparison;
    comparison.hidden = !e.salaried;
    comparison.textContent = e.salaried
      ? `For comparison, a salaried job at this level: ${rangeText(e.salaried.low, e.salaried.high)} a year.`
      : '';

    els.steps.replaceChildren(...e.steps.map((s) => this.#stepItem(s)));
    els.notes.replaceChildren(...e.notes.map((n) => h('li', {}, n)));
  }

  #stepItem(step: Step): HTMLElement {
    const basis = h('span', { class: 'basis' });
    if (step.basis.kind === 'figure') {
      const fact = factEntries.find((f) => f.id === step.basis.id);
      const source = sourceEntries.find((s) => s.id === fact?.source);
      basis.append(
        h('span', { class: 'tag' }, 'cited'),
        h(
          'a',
          { href: this.#guideUrl(`/reference/sources/#${source?.id ?? ''}`), target: '_top' },
          source ? formatCitation(source) : 'source',
        ),
      );
    } else if (step.basis.kind === 'assumption') {
      basis.append(
        h('span', { class: 'tag' }, 'assumption'),
        h('a', { href: this.#guideUrl(`/reference/method/#${step.basis.id}`), target: '_top' }, 'why this number'),
      );
    } else {
      basis.append(h('span', { class: 'tag' }, 'your entry'));
    }
    const range = step.range ? ` → ${rangeText(Math.round(step.range.low), Math.round(step.range.high))}` : '';
    return h(
      'li',
      { 'data-basis': `${step.basis.kind}:${step.basis.id}` },
      `${step.factor}: ${step.effect}${range} `,
      basis,
    );
  }

  #renderBar(e: Estimate): void {
    const bands = factEntries.filter((f) => f.kind === 'range' && f.unit === 'usd-per-year') as {
      id: string;
      low: number;
      high: number;
    }[];
    // A round axis (whole $100k steps) so the tick labels read cleanly.
    const max =
      Math.ceil((Math.max(e.high, ...bands.map((b) => b.high), e.salaried?.high ?? 0) * 1.05) / 100_000) * 100_000;
    const pct = (v: number) => `${((v / max) * 100).toFixed(2)}%`;
    const bar = this.#els.bar;
    bar.setAttribute(
      'aria-label',
      `Your estimate, ${rangeText(e.low, e.high)}, drawn against the cited bands: ${bands.map((b) => rangeText(b.low, b.high)).join(' and ')}.`,
    );
    const width = (lo: number, hi: number) => `${Math.max(0.6, ((hi - lo) / max) * 100).toFixed(2)}%`;
    bar.replaceChildren(
      ...bands.map((b) => {
        const el = h('span', { class: 'band', title: b.id }, b.id === 'pay-us-range' ? 'US range' : 'GPU, top firms');
        el.style.left = pct(b.low);
        el.style.width = width(b.low, b.high);
        return el;
      }),
      (() => {
        const el = h('span', { class: 'est' });
        el.style.left = pct(e.low);
        el.style.width = width(e.low, e.high);
        return el;
      })(),
      ...Array.from({ length: max / 100_000 }, (_, i) => {
        const el = h('span', { class: 'tick', 'aria-hidden': 'true' }, i === 0 ? '$0' : `$${i * 100}k`);
        el.style.left = pct(i * 100_000);
        return el;
      }),
    );
  }
}

export function defineSalaryCalculator(name = 'ai-salary-calculator'): void {
  if (!customElements.get(name)) customElements.define(name, AiSalaryCalculator);
}
