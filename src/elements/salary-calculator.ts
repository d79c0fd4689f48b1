/**
 * <ai-salary-calculator>: the salary model as a framework-free custom element.
 * This class keeps the lifecycle only; the form, the result view and the address
 * state are their own modules.
 *
 * Attributes (the same contract as the URL parameters, see src/lib/salary/fields.ts),
 * plus `theme` (light | dark | auto), `guide-url` (where links into the guide point),
 * `sync-url` (read presets from, and keep state in, the page's address) and
 * `share-url="page"` (copy links to this page instead of the guide's calculator).
 * Public API: the read-only `estimate` property and the `estimate-change` event,
 * fired once per task however many attributes or controls changed in it.
 *
 * All text is set with textContent or attributes: input never becomes HTML.
 */
import { estimateSalary } from '../lib/salary/estimate';
import { ADJUSTABLE_ASSUMPTIONS, PARAM_NAMES } from '../lib/salary/fields';
import {
  describeIgnored,
  parseCalculatorParams,
  rewriteUrl,
  withDefaults,
  type IgnoredParam,
} from '../lib/salary/params';
import type { AssumptionOverrides, Estimate, SalaryInput } from '../lib/salary/types';
import type { AssumptionsPanel } from './assumptions-panel';
import { CalculatorForm } from './calculator-form';
import { CalculatorView } from './calculator-view';
import { h } from './dom';
import css from './salary-calculator.css?inline';
import { UrlWriter, readUrlState } from './url-state';

let uid = 0;
let defaultGuideUrl = '/';

/** Where links to the guide point when an element has no `guide-url` (the standalone script sets it). */
export function setDefaultGuideUrl(url: string): void {
  defaultGuideUrl = url;
}

/** The parts below the headline, loaded once, after the first result. */
let details: Promise<typeof import('./calculator-details')> | undefined;
const loadDetails = () => (details ??= import('./calculator-details'));

export class AiSalaryCalculator extends HTMLElement {
  static observedAttributes = [...PARAM_NAMES, 'theme', 'guide-url'];

  readonly #shadow: ShadowRoot;
  readonly #id = `aisc${++uid}`;
  readonly #rootEl: HTMLElement;
  readonly #form: CalculatorForm;
  readonly #view: CalculatorView;
  #panel: AssumptionsPanel | undefined;
  readonly #panelBox: HTMLElement;
  readonly #panelSummary = h('summary', {}, 'Assumptions (change them)');
  readonly #notice = h('div', { class: 'notice', role: 'status', hidden: true });
  readonly #copyStatus = h('span', { role: 'status' });
  readonly #home = h('a', { target: '_top' }, 'AI Infrastructure Engineer Guide');
  readonly #method = h('a', { target: '_top' }, 'how the estimate works');
  readonly #url = new UrlWriter();

  /** Layers, later ones winning: attributes, the page address, what the reader set. */
  #fromAttributes: Partial<SalaryInput> = {};
  #fromUrl: Partial<SalaryInput> = {};
  #fromReader: Partial<SalaryInput> = {};
  #attrIgnored: IgnoredParam[] = [];
  #urlIgnored: IgnoredParam[] = [];
  #formErrors: IgnoredParam[] = [];
  #input: SalaryInput = withDefaults();
  #estimate: Estimate = estimateSalary(this.#input);
  #pending = false;
  #readerChanged = false;
  #detailsPending = false;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#form = new CalculatorForm(this.#id, (given, errors) => {
      this.#fromReader = { ...this.#fromReader, ...given };
      this.#formErrors = errors;
      // A field the reader is fixing no longer needs the notice about the address or attribute value.
      this.#urlIgnored = [];
      this.#attrIgnored = [];
      this.#schedule(true);
    });
    this.#view = new CalculatorView();
    this.#panelBox = h(
      'details',
      { class: 'assumptions' },
      this.#panelSummary,
      h(
        'p',
        { class: 'basis' },
        'Numbers the sources do not give. Each is the guide’s own, with its reason; change any to see its effect. Hours and business costs are set in the consulting fields.',
      ),
    );
    const copy = h('button', { type: 'button' }, 'Copy link to this estimate');
    copy.addEventListener('click', () => void this.#copyLink());
    this.#rootEl = h(
      'div',
      { class: 'root auto' },
      h('h2', { id: `${this.#id}-title` }, 'Estimate your pay'),
      this.#form.element,
      this.#notice,
      this.#view.result,
      this.#view.comparison,
      this.#view.bar,
      this.#view.axis,
      this.#view.profile,
      this.#view.details,
      this.#panelBox,
      h('div', { class: 'row' }, copy, this.#copyStatus),
      h('p', { class: 'footer' }, 'From the ', this.#home, ' · See ', this.#method, '.'),
    );
    this.#adoptStyles();
    this.#shadow.append(this.#rootEl);
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
      const parsed = readUrlState();
      this.#fromUrl = parsed.given;
      this.#urlIgnored = parsed.ignored;
    }
    this.#flush(); // the first result at once, not a microtask later
  }

  disconnectedCallback(): void {
    this.#url.flush();
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (!this.isConnected || oldValue === newValue) return;
    if (name === 'theme') return this.#applyTheme();
    if (name === 'guide-url') return this.#schedule(false);
    // The host's newer value wins for this setting only; what the reader typed elsewhere stays.
    this.#fromReader = Object.fromEntries(
      Object.entries(this.#fromReader).filter(([key]) => key !== name),
    ) as Partial<SalaryInput>;
    this.#formErrors = this.#formErrors.filter((e) => e.name !== name);
    this.#readAttributes();
    this.#schedule(false);
  }

  #readAttributes(): void {
    const entries = PARAM_NAMES.filter((n) => this.hasAttribute(n)).map(
      (n) => [n, this.getAttribute(n) ?? ''] as const,
    );
    const parsed = parseCalculatorParams(entries);
    this.#fromAttributes = parsed.given;
    this.#attrIgnored = parsed.ignored;
  }

  /** Any number of changes in one task: one render and one `estimate-change`, in a microtask. */
  #schedule(fromReader: boolean): void {
    this.#readerChanged ||= fromReader;
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => this.#flush());
  }

  #flush(): void {
    this.#pending = false;
    this.#input = withDefaults(this.#fromAttributes, this.#fromUrl, this.#fromReader);
    this.#estimate = estimateSalary(this.#input);
    if (this.#readerChanged && this.hasAttribute('sync-url')) this.#url.write(this.#input);
    this.#readerChanged = false;
    this.#render();
    this.dispatchEvent(new CustomEvent('estimate-change', { detail: this.#estimate, bubbles: true, composed: true }));
  }

  #render(): void {
    this.#home.setAttribute('href', this.#guideUrl(''));
    this.#method.setAttribute('href', this.#guideUrl('reference/method/'));
    this.#form.show(this.#input, this.#formErrors);
    const changed = ADJUSTABLE_ASSUMPTIONS.filter((a) => {
      const v = this.#input.assumptions?.[a.id as keyof AssumptionOverrides];
      return v !== undefined && v !== a.value;
    }).length;
    this.#panelSummary.textContent = `Assumptions (change them)${changed ? `: ${changed} changed by you` : ''}`;
    const ignored = [...this.#attrIgnored, ...this.#urlIgnored];
    this.#notice.hidden = ignored.length === 0;
    this.#notice.replaceChildren(
      ...(ignored.length > 0
        ? [
            h('strong', {}, 'Some settings were not used:'),
            h('ul', {}, ...ignored.map((p) => h('li', {}, describeIgnored(p)))),
          ]
        : []),
    );
    this.#view.summary(this.#estimate, this.#input);
    // The breakdown, chart and panel follow once their code is in, coalesced: typing stays quick.
    if (this.#detailsPending) return;
    this.#detailsPending = true;
    void loadDetails().then((m) => {
      this.#detailsPending = false;
      m.renderDetails(this.#view, this.#estimate, this.#input, (path) => this.#guideUrl(path));
      this.#panel ??= new m.AssumptionsPanel(this.#panelBox, this.#id, (assumptions) => {
        this.#fromReader = { ...this.#fromReader, assumptions };
        this.#schedule(true);
      });
      this.#panel.show(this.#input.assumptions);
    });
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

  /** The guide's calculator page with this estimate, or this page when the host asks (`share-url="page"`). */
  #shareUrl(): string {
    const page = this.getAttribute('share-url') === 'page';
    const target = page
      ? window.location.href
      : new URL(this.#guideUrl('tools/salary-calculator/'), window.location.href).href;
    return rewriteUrl(target, this.#input);
  }

  async #copyLink(): Promise<void> {
    const url = this.#shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      this.#copyStatus.textContent = 'Link copied.';
    } catch {
      this.#copyStatus.textContent = `Copy this link: ${url}`;
    }
  }

  #applyTheme(): void {
    const theme = this.getAttribute('theme');
    this.#rootEl.className = `root ${theme === 'light' || theme === 'dark' ? theme : 'auto'}`;
  }

  /** A constructed stylesheet needs no 'unsafe-inline' in a host's Content-Security-Policy. */
  #adoptStyles(): void {
    if ('adoptedStyleSheets' in this.#shadow && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      this.#shadow.adoptedStyleSheets = [sheet];
    } else {
      this.#shadow.append(h('style', {}, css));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-salary-calculator': AiSalaryCalculator;
  }
  interface HTMLElementEventMap {
    'estimate-change': CustomEvent<Estimate>;
  }
}

export function defineSalaryCalculator(name = 'ai-salary-calculator'): void {
  if (!customElements.get(name)) customElements.define(name, AiSalaryCalculator);
}
