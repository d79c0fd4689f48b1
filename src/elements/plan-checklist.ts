/**
 * <plan-checklist>: upgrades a built list of planner items (li[data-plan-item]) on a chapter
 * page with a "done" checkbox each, reading and writing the same stored plan as the planner,
 * so ticking an item here updates the planner in every tab. Kept tiny: storage only.
 */
import { withStatus } from '../lib/plan/storage';
import { loadPlan, savePlan, watchPlan } from './planner-store';

const OTHER: Record<string, string> = { learning: ' (learning)', skipped: ' (skipped)' };

class PlanChecklist extends HTMLElement {
  #unwatch: (() => void) | null = null;
  #boxes = new Map<string, { box: HTMLInputElement; note: HTMLElement }>();

  connectedCallback(): void {
    for (const li of this.querySelectorAll<HTMLElement>('li[data-plan-item]')) {
      const id = li.dataset['planItem'] ?? '';
      const title = li.querySelector('[data-plan-title]');
      if (!title) continue;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = `plan-check-${id}`;
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.append(...title.childNodes);
      const note = document.createElement('span');
      note.className = 'plan-note';
      title.replaceChildren(box, ' ', label, note);
      box.addEventListener('change', () =>
        savePlan(withStatus(loadPlan().state, id, box.checked ? 'done' : 'not-started')),
      );
      this.#boxes.set(id, { box, note });
    }
    this.#render();
    this.#unwatch = watchPlan(() => this.#render());
    this.setAttribute('data-ready', '');
  }

  disconnectedCallback(): void {
    this.#unwatch?.();
  }

  #render(): void {
    const { statuses } = loadPlan().state;
    for (const [id, { box, note }] of this.#boxes) {
      const status = statuses[id];
      box.checked = status === 'done';
      note.textContent = (status && OTHER[status]) ?? '';
    }
  }
}

if (!customElements.get('plan-checklist')) customElements.define('plan-checklist', PlanChecklist);
