/**
 * <ai-planner>: the readiness planner. The class keeps the lifecycle and the state; the
 * form, the view, the tools and storage each live in their own file. Reads its items from
 * the JSON the page embeds; without JavaScript the page's static checklists remain.
 * Nothing is requested, no cookie is set: the plan stays in this browser's localStorage.
 */
import { checklistFor } from '../lib/plan/select';
import { reconcile, withStatus } from '../lib/plan/storage';
import { decodeShare, encodeShare, exportPlanFile, mergePlans, parsePlanFile } from '../lib/plan/transfer';
import { BACKGROUND_LABELS, emptyPlan, type PlanState, type Status } from '../lib/plan/types';
import { h } from './dom';
import { buildForm, syncForm, type FormParts, type Settings } from './planner-form';
import { readPlannerData, type PlannerData } from './planner-items';
import {
  clearPlan,
  loadPlan,
  remembered,
  savePlan,
  unreadableBackups,
  watchPlan,
  deleteBackups,
} from './planner-store';
import { buildTools, download, offer, type ToolParts } from './planner-tools';
import { buildView, renderView, type ViewParts } from './planner-view';
import css from './planner.css?raw';

const SHARE_PREFIX = '#plan=';
let uid = 0;

export class AiPlanner extends HTMLElement {
  #root = this.attachShadow({ mode: 'open' });
  #id = `plan${++uid}`;
  #data: PlannerData | null = null;
  #known = new Set<string>();
  #state: PlanState = emptyPlan();
  #form: FormParts;
  #view: ViewParts = buildView();
  #tools: ToolParts;
  #notices = h('div', { class: 'notices' });
  #offer = h('div', { class: 'offer', hidden: true, role: 'region', 'aria-label': 'A plan to load' });
  #prompt = h('p', { class: 'prompt' }, 'Choose your starting background to see your checklist.');
  #unwatch: (() => void) | null = null;

  constructor() {
    super();
    this.#form = buildForm(this.#id, (s) => this.#onSettings(s));
    this.#tools = buildTools(this.#id);
    this.#wireTools();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    this.#root.adoptedStyleSheets = [sheet];
    this.#root.append(
      h(
        'div',
        { class: 'root' },
        h('h2', {}, 'Your plan'),
        this.#notices,
        this.#offer,
        this.#form.form,
        h('p', { class: 'print-only print-settings' }),
        this.#prompt,
        this.#view.root,
        this.#tools.root,
      ),
    );
  }

  connectedCallback(): void {
    this.#data = readPlannerData(this);
    if (!this.#data) return; // The static lists stay: nothing to upgrade with.
    this.#known = new Set(this.#data.items.map((i) => i.id));
    this.#reload();
    this.#offerSharedPlan();
    this.#unwatch = watchPlan(() => this.#reload());
    this.setAttribute('data-ready', '');
  }

  disconnectedCallback(): void {
    this.#unwatch?.();
    this.#unwatch = null;
  }

  #reload(): void {
    const loaded = loadPlan();
    this.#state = reconcile(loaded.state, this.#known);
    this.#renderNotices(loaded.unreadable?.reason ?? null);
    this.#render();
  }

  #commit(next: PlanState): void {
    this.#state = reconcile(next, this.#known);
    savePlan(this.#state); // Fires the page event, which re-renders through #reload.
    this.#render();
  }

  #onSettings(s: Settings): void {
    this.#commit({
      ...this.#state,
      background: s.background,
      direction: s.direction,
      hours: s.hours ?? this.#state.hours,
    });
  }

  #onStatus = (id: string, status: Status): void => {
    this.#commit(withStatus(this.#state, id, status));
  };

  #render(): void {
    const data = this.#data;
    if (!data) return;
    syncForm(this.#form, this.#state);
    const bg = this.#state.background;
    this.#prompt.hidden = bg !== null;
    this.#view.root.hidden = bg === null;
    const settings = this.#root.querySelector('.print-settings');
    if (settings) {
      settings.textContent = bg
        ? `${BACKGROUND_LABELS[bg]}, ${this.#form.direction.selectedOptions[0]?.textContent ?? ''}, ${this.#state.hours} hours a week.`
        : '';
    }
    if (bg === null) return;
    const items = checklistFor(data.items, bg, this.#state.direction);
    renderView(this.#view, items, this.#state, data.calculator, this.#onStatus);
  }

  #renderNotices(unreadable: string | null): void {
    const notices: HTMLElement[] = [];
    if (!remembered()) {
      notices.push(
        h(
          'p',
          { class: 'notice', role: 'status' },
          'This browser is not letting the guide store anything (private mode, blocked or full storage). ' +
            'The planner works for this visit but will not remember your plan: export it before you leave.',
        ),
      );
    }
    const backups = unreadableBackups();
    if (unreadable !== null || backups.length > 0) {
      const save = h('button', { type: 'button' }, 'Download the unreadable data');
      save.addEventListener('click', () => {
        const loaded = loadPlan();
        const texts = [...new Set([...(loaded.unreadable ? [loaded.unreadable.raw] : []), ...unreadableBackups()])];
        download('ai-infra-plan-unreadable.txt', texts.join('\n\n'), 'text/plain');
      });
      const forget = h('button', { type: 'button', class: 'secondary' }, 'Delete the kept copy');
      forget.hidden = unreadable !== null;
      forget.addEventListener('click', () => {
        deleteBackups();
        this.#reload();
      });
      notices.push(
        h(
          'div',
          { class: 'notice warn', role: 'alert' },
          h(
            'p',
            {},
            unreadable !== null
              ? `Your saved plan could not be read (${unreadable}). It has not been deleted: it is kept on this device, and you can download it. You can start a new plan meanwhile.`
              : 'An earlier saved plan could not be read. A copy is kept on this device until you delete it.',
          ),
          h('div', { class: 'row' }, save, forget),
        ),
      );
    }
    this.#notices.replaceChildren(...notices);
  }

  #offerSharedPlan(): void {
    const hash = window.location.hash;
    if (!hash.startsWith(SHARE_PREFIX)) return;
    const clearHash = () => history.replaceState(history.state, '', window.location.pathname + window.location.search);
    const result = decodeShare(hash.slice(SHARE_PREFIX.length));
    if (!result.ok) {
      this.#message(`${result.reason} Your plan is unchanged.`);
      clearHash();
      return;
    }
    this.#offerPlan(
      'This link carries a shared plan. Your own plan stays as it is unless you choose:',
      result.state,
      clearHash,
    );
  }

  #offerPlan(text: string, incoming: PlanState, done: () => void): void {
    offer(this.#offer, text, {
      replace: () => {
        this.#commit({ ...incoming, removed: { ...this.#state.removed, ...incoming.removed } });
        this.#message('The plan was loaded.');
        done();
      },
      merge: () => {
        this.#commit(mergePlans(this.#state, incoming));
        this.#message('The plan was merged into yours: each item keeps the further of its two statuses.');
        done();
      },
      dismiss: () => {
        this.#message('Nothing was changed.');
        done();
      },
    });
    this.#offer.querySelector('button')?.focus();
  }

  #message(text: string): void {
    this.#tools.message.textContent = text;
  }

  #wireTools(): void {
    const t = this.#tools;
    t.exportButton.addEventListener('click', () => {
      const day = new Date().toISOString().slice(0, 10);
      download(`ai-infra-plan-${day}.json`, exportPlanFile(this.#state, day));
      this.#message('Your plan was saved as a file.');
    });
    t.importInput.addEventListener('change', () => void this.#import());
    t.shareButton.addEventListener('click', () => void this.#share());
    t.printButton.addEventListener('click', () => window.print());
    t.resetButton.addEventListener('click', () => {
      t.resetConfirm.hidden = false;
      t.resetNo.focus();
    });
    t.resetNo.addEventListener('click', () => {
      t.resetConfirm.hidden = true;
      t.resetButton.focus();
    });
    t.resetYes.addEventListener('click', () => {
      t.resetConfirm.hidden = true;
      clearPlan();
      this.#reload();
      this.#message('Your plan was reset.');
      t.resetButton.focus();
    });
  }

  async #import(): Promise<void> {
    const input = this.#tools.importInput;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parsePlanFile(await file.text());
    if (!result.ok) {
      this.#message(`${result.reason} Your plan is unchanged.`);
      return;
    }
    this.#offerPlan(
      `“${file.name}” holds a plan. Your own plan stays as it is unless you choose:`,
      result.state,
      () => {},
    );
  }

  async #share(): Promise<void> {
    const url = new URL(window.location.href);
    url.hash = SHARE_PREFIX.slice(1) + encodeShare(this.#state);
    const t = this.#tools;
    t.shareOutput.value = url.href;
    t.shareRow.hidden = false;
    try {
      await navigator.clipboard.writeText(url.href);
      this.#message('Share link copied. It carries your statuses and settings; anyone with it can see them.');
    } catch {
      t.shareOutput.select();
      this.#message('Copy the share link from the box above.');
    }
  }
}

export function definePlanner(name = 'ai-planner'): void {
  if (!customElements.get(name)) customElements.define(name, AiPlanner);
}

definePlanner();
