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
import { parseParams, withDefaults, type Unused } from '../lib/salary/params';
import type { AssumptionOverrides, Estimate, SalaryInput } from '../lib/salary/types';
import { CalculatorForm } from './calculator-form';
import { showSummary } from './calculator-view';
import { drawing, loadDetails as loadDetailsOnce, loadDrawing, type Drawing } from './lazy';
import { PANEL_SUMMARY, findRefs, guideLink, type Refs } from './refs';
import { readUrlState } from './url-state';
import type { UrlWriter } from './url-writer';

let defaultGuideUrl = '/';

/** Where links to the guide point when an element has no `guide-url` (the standalone script sets it). */
export function setDefaultGuideUrl(url: string): void {
  defaultGuideUrl = url;
}

/** The parts below the headline and what only a reader's action needs, loaded once, after the first result. */
let details: ReturnType<typeof loadDetailsOnce> | undefined;
const loadDetails = () => (details ??= loadDetailsOnce());

interface Parts {
  root: HTMLElement;
  refs: Refs;
  form: CalculatorForm;
}

export class AiSalaryCalculator extends HTMLElement {
  static observedAttributes = [...PARAM_NAMES, 'theme', 'guide-url'];

  readonly #shadow: ShadowRoot;
  /** The drawn calculator; missing only while an element the build did not draw loads its drawing. */
  #parts: Parts | undefined;
  #url: UrlWriter | undefined;

  /** Layers, later ones winning: attributes, the page address, what the reader set. */
  #fromAttributes: Partial<SalaryInput> = {};
  #fromUrl: Partial<SalaryInput> = {};
  #fromReader: Partial<SalaryInput> = {};
  /** Values not used, and why (worded by notice.ts, loaded with the details). */
  #attrIgnored: Unused[] = [];
  #urlIgnored: Unused[] = [];
  #formErrors: Unused[] = [];
  #input: SalaryInput = withDefaults();
  #estimate: Estimate = estimateSalary(this.#input);
  #pending = false;
  #readerChanged = false;
  #detailsPending = false;

  constructor() {
    super();
    const declared = this.shadowRoot; // what the build drew, on the guide's pages
    this.#shadow = declared ?? this.attachShadow({ mode: 'open' });
    const drawn = declared?.querySelector<HTMLElement>('.root');
    // Where the page has not drawn it: the drawing (lazy.ts) is built in in the standalone
    // script, and loads for an element on a guide page that the build did not draw.
    const draw = (d: Drawing) =>
      this.#take(d.draw(this.#shadow, d.css, this.#input, this.#estimate, defaultGuideUrl), false);
    if (drawn) this.#take(drawn, true);
    else if (drawing) draw(drawing);
    else {
      void loadDrawing().then((d) => {
        draw(d);
        if (this.isConnected) this.#render();
      });
    }
  }

  /** Wires a drawn calculator; `byBuild`: drawn into the page, where a reader may have used it already. */
  #take(root: HTMLElement, byBuild: boolean): void {
    const refs = findRefs(root);
    const form = new CalculatorForm(refs.form, (given, errors) => {
      this.#fromReader = { ...this.#fromReader, ...given };
      this.#formErrors = errors;
      // A field the reader is fixing no longer needs the notice about the address or attribute value.
      this.#urlIgnored = [];
      this.#attrIgnored = [];
      this.#schedule(true);
    });
    refs.copy.addEventListener('click', () => {
      void loadDetails().then((d) => d.copyLink(this.#shareTarget(), this.#input, refs.copyStatus));
    });
    this.#parts = { root, refs, form };
    this.#applyTheme();
    if (byBuild) {
      // Settings a reader changed before the script arrived are theirs: kept, not reset.
      const [given, errors] = form.read();
      const drawnWith = withDefaults() as unknown as Record<string, unknown>;
      this.#fromReader = Object.fromEntries(
        Object.entries(given).filter(([k, v]) => String(v ?? '') !== String(drawnWith[k] ?? '')),
      );
      this.#formErrors = errors;
      this.#readerChanged = Object.keys(this.#fromReader).length > 0;
    }
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
      this.#urlIgnored = parsed.unused;
    }
    this.#flush(); // the first result at once, not a microtask later
  }

  disconnectedCallback(): void {
    this.#url?.flush();
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
    const parsed = parseParams(entries);
    this.#fromAttributes = parsed.given;
    this.#attrIgnored = parsed.unused;
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
    if (this.#readerChanged && this.hasAttribute('sync-url')) {
      const input = this.#input;
      void loadDetails().then((m) => (this.#url ??= new m.UrlWriter()).write(input));
    }
    this.#readerChanged = false;
    this.#render();
    this.dispatchEvent(new CustomEvent('estimate-change', { detail: this.#estimate, bubbles: true, composed: true }));
  }

  #render(): void {
    const parts = this.#parts;
    if (!parts) return;
    const { refs, form } = parts;
    refs.home.setAttribute('href', this.#guideUrl(''));
    refs.method.setAttribute('href', this.#guideUrl('reference/method/'));
    form.show(this.#input, this.#formErrors);
    const changed = ADJUSTABLE_ASSUMPTIONS.filter((a) => {
      const v = this.#input.assumptions?.[a.id as keyof AssumptionOverrides];
      return v !== undefined && v !== a.value;
    }).length;
    refs.panelSummary.textContent = `${PANEL_SUMMARY}${changed ? `: ${changed} changed by you` : ''}`;
    // A notice no longer needed goes at once; one to show follows with the details' code.
    if (this.#attrIgnored.length + this.#urlIgnored.length === 0) refs.notice.hidden = true;
    showSummary(refs, this.#estimate, this.#input);
    // The breakdown, chart, panel and the words for values not used (the notice, a field's
    // message) follow once their code is in, coalesced: typing stays quick.
    if (this.#detailsPending) return;
    this.#detailsPending = true;
    void loadDetails().then((m) => {
      this.#detailsPending = false;
      m.showUnused(refs, [...this.#attrIgnored, ...this.#urlIgnored], this.#formErrors);
      m.renderDetails(refs, this.#estimate, this.#input, (path) => this.#guideUrl(path));
      m.showPanel(refs.panel, this.#input.assumptions, (assumptions) => {
        this.#fromReader = { ...this.#fromReader, assumptions };
        this.#schedule(true);
      });
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
    return guideLink(base, path);
  }

  /** Where "Copy link" points: the guide's calculator page, or this page when the host asks (`share-url="page"`). */
  #shareTarget(): string {
    return this.getAttribute('share-url') === 'page'
      ? window.location.href
      : new URL(this.#guideUrl('tools/salary-calculator/'), window.location.href).href;
  }

  #applyTheme(): void {
    const theme = this.getAttribute('theme');
    if (this.#parts) this.#parts.root.className = `root ${theme === 'light' || theme === 'dark' ? theme : 'auto'}`;
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
