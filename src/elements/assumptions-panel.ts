/**
 * The assumptions panel: each adjustable assumption of the model with its reason,
 * editable, with a reset. Its summary says how many were changed, so a collapsed
 * panel still shows that the estimate rests on the reader's own numbers.
 */
import { formatAssumptionValue } from '../lib/format';
import { ADJUSTABLE_ASSUMPTIONS, fromDisplay, toDisplay, type AssumptionOverrides } from '../lib/salary';
import { h } from './dom';

const UNIT = { percent: ' (%)', hours: ' (hours)', fraction: ' (share of band)' } as const;

export class AssumptionsPanel {
  readonly element: HTMLDetailsElement;
  readonly #summary = h('summary', {}, 'Assumptions (change them)');
  readonly #inputs = new Map<string, HTMLInputElement>();
  readonly #id: string;
  readonly #onChange: (values: AssumptionOverrides) => void;
  #built = false;

  constructor(id: string, onChange: (values: AssumptionOverrides) => void) {
    this.#id = id;
    this.#onChange = onChange;
    this.element = h(
      'details',
      { class: 'assumptions' },
      this.#summary,
      h(
        'p',
        { class: 'basis' },
        'Numbers the sources do not give. Each is the guide’s own, with its reason; change any to see its effect. Hours and business costs are set in the consulting fields.',
      ),
    ) as HTMLDetailsElement;
    this.element.addEventListener('toggle', () => this.build());
  }

  /** Builds the inputs (deferred: a closed panel need not cost the first render anything). */
  build(): void {
    if (this.#built) return;
    this.#built = true;
    for (const a of ADJUSTABLE_ASSUMPTIONS) {
      const inputId = `${this.#id}-a-${a.id}`;
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
      this.element.append(
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
      const input = this.#inputs.get(a.id)!;
      const shown = Number(input.value);
      const valid = input.value.trim() !== '' && Number.isFinite(shown) && input.checkValidity();
      input.setAttribute('aria-invalid', String(!valid));
      if (valid && fromDisplay(a.unit, shown) !== a.value) values[a.id] = fromDisplay(a.unit, shown);
    }
    this.#onChange(values);
  }

  /** Shows values set from outside (a preset address) and how many differ from the defaults. */
  show(values: AssumptionOverrides | undefined): void {
    const changed = ADJUSTABLE_ASSUMPTIONS.filter((a) => {
      const v = values?.[a.id as keyof AssumptionOverrides];
      return v !== undefined && v !== a.value;
    });
    if (changed.length > 0) this.build();
    for (const a of ADJUSTABLE_ASSUMPTIONS) {
      const input = this.#inputs.get(a.id);
      const v = values?.[a.id as keyof AssumptionOverrides] ?? a.value;
      if (input && input.getAttribute('aria-invalid') !== 'true' && Number(input.value) !== toDisplay(a.unit, v)) {
        input.value = String(toDisplay(a.unit, v));
      }
    }
    this.#summary.textContent =
      changed.length === 0
        ? 'Assumptions (change them)'
        : `Assumptions (change them): ${changed.length} changed by you`;
  }
}
