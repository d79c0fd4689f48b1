/** The planner's controls: who you are, where you are heading, hours a week, and the plan's file and link tools. */
import {
  BACKGROUNDS,
  BACKGROUND_LABELS,
  DIRECTIONS,
  DIRECTION_LABELS,
  HOURS_MAX,
  HOURS_MIN,
  isBackground,
  isDirection,
  type PlanState,
} from '../lib/plan/types';
import { h } from './dom';

export interface FormParts {
  form: HTMLFormElement;
  background: HTMLSelectElement;
  direction: HTMLSelectElement;
  hours: HTMLInputElement;
  hoursError: HTMLElement;
}

export interface Settings {
  background: PlanState['background'];
  direction: PlanState['direction'];
  /** null while the field holds no usable number (the plan keeps its last good value). */
  hours: number | null;
}

export function buildForm(id: string, onChange: (settings: Settings) => void): FormParts {
  const select = (name: string, label: string, options: [string, string][]) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: `${id}-${name}` }, label),
      h('select', { id: `${id}-${name}`, name }, ...options.map(([v, text]) => h('option', { value: v }, text))),
    );
  const hoursError = h('span', { class: 'field-error', id: `${id}-hours-err`, 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'settings' },
    select('background', 'Your starting background', [
      ['', 'Choose…'],
      ...BACKGROUNDS.map((b) => [b, BACKGROUND_LABELS[b]] as [string, string]),
    ]),
    select(
      'direction',
      'Where you are heading',
      DIRECTIONS.map((d) => [d, DIRECTION_LABELS[d]]),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: `${id}-hours` }, 'Hours a week'),
      h('input', {
        id: `${id}-hours`,
        name: 'hours',
        type: 'number',
        inputmode: 'numeric',
        min: String(HOURS_MIN),
        max: String(HOURS_MAX),
        step: '1',
        'aria-describedby': `${id}-hours-err`,
      }),
      hoursError,
    ),
  ) as HTMLFormElement;
  const parts: FormParts = {
    form,
    background: form.elements.namedItem('background') as HTMLSelectElement,
    direction: form.elements.namedItem('direction') as HTMLSelectElement,
    hours: form.elements.namedItem('hours') as HTMLInputElement,
    hoursError,
  };
  const read = () => {
    const n = Number(parts.hours.value);
    const hours = Number.isInteger(n) && n >= HOURS_MIN && n <= HOURS_MAX ? n : null;
    parts.hours.setAttribute('aria-invalid', String(hours === null));
    hoursError.textContent = hours === null ? `Enter a whole number from ${HOURS_MIN} to ${HOURS_MAX}.` : '';
    onChange({
      background: isBackground(parts.background.value) ? parts.background.value : null,
      direction: isDirection(parts.direction.value) ? parts.direction.value : 'general',
      hours,
    });
  };
  form.addEventListener('change', read);
  form.addEventListener('input', (e) => {
    if (e.target === parts.hours) read();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  return parts;
}

/** Puts the plan's settings into the controls (without firing change events). */
export function syncForm(parts: FormParts, state: PlanState): void {
  parts.background.value = state.background ?? '';
  parts.direction.value = state.direction;
  // A value the reader is still fixing stays in the field; the plan keeps its last good one.
  const fixing = parts.hours.getAttribute('aria-invalid') === 'true';
  if (!fixing && Number(parts.hours.value) !== state.hours) parts.hours.value = String(state.hours);
}
