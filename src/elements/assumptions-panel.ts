/**
 * The assumptions panel: each adjustable assumption of the model with its reason,
 * editable, with a reset. Loaded with the details, after the first result; built when first opened.
 */
import { formatAssumptionValue } from '../lib/format-citation';
import { ADJUSTABLE_ASSUMPTIONS, fromDisplay, toDisplay } from '../lib/salary/fields';
import type { AssumptionOverrides } from '../lib/salary/types';
import { h } from './dom';
import { ID } from './refs';

const UNIT = { percent: ' (%)', hours: ' (hours)', fraction: ' (share of band)' } as const;

/** The panel's inputs, added to its details element when it is first opened (calculator-details.ts). */
export class AssumptionsPanel {
  readonly #inputs = new Map<string, HTMLInputElement>();
  readonly #onChange: (values: AssumptionOverrides) => void;

  constructor(container: HTMLElement, onChange: (values: AssumptionOverrides) => void) {
    this.#onChange = onChange;
    for (const a of ADJUSTABLE_ASSUMPTIONS) {
      const inputId = `${ID}-a-${a.id}`;
      const input = h('input', {
        id: inputId,
        type: 'number',
        min: String(toDisplay(a.unit, a.min)),
        max: String(toDisplay(a.unit, a.max)),
        step: 'any',
        'data-assumption': a.id,
        'aria-describedby': `${inputId}-why`,
      }) as HTMLInputElement;
      input.value = String(toDisplay(a.unit, a.value));
      input.addEventListener('input', () => this.#changed());
      const reset = h('button', { type: 'button', class: 'secondary', 'aria-label': `Reset: ${a.label}` }, 'Reset');
      reset.addEventListener('click', () => {
        input.value = String(toDisplay(a.unit, a.value));
        this.#changed();
      });
      this.#inputs.set(a.id, input);
      container.append(
        h(
          'div',
          { class: 'assumption' },
          h('label', { for: inputId }, a.label + UNIT[a.unit]),
          h('div', { class: 'row' }, input, reset),
          h('p', { id: `${inputId}-why` }, `Default ${formatAssumptionValue(a)}. ${a.rationale}`),
        ),
      );
    }
  }

  #changed(): void {
    const values: Record<string, number> = {};
    for (const a of ADJUSTABLE_ASSUMPTIONS) {
      const input = this.#inputs.get(a.id);
      if (!input) continue;
      const shown = Number(input.value);
      const valid = input.value.trim() !== '' && Number.isFinite(shown) && input.checkValidity();
      input.setAttribute('aria-invalid', String(!valid));
      if (valid && fromDisplay(a.unit, shown) !== a.value) values[a.id] = fromDisplay(a.unit, shown);
    }
    this.#onChange(values);
  }

  /** Shows values set from outside (a preset address), leaving an entry being fixed alone. */
  show(values: AssumptionOverrides | undefined): void {
    for (const a of ADJUSTABLE_ASSUMPTIONS) {
      const input = this.#inputs.get(a.id);
      if (!input) continue;
      const v = values?.[a.id as keyof AssumptionOverrides] ?? a.value;
      if (input.getAttribute('aria-invalid') !== 'true' && Number(input.value) !== toDisplay(a.unit, v)) {
        input.value = String(toDisplay(a.unit, v));
      }
    }
  }
}
