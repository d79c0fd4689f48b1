/**
 * The calculator's settings form, built from the field table: one control per
 * field, mode-aware (settings a mode does not use say so), numbers kept as the
 * reader typed them. Reports what the reader set; never decides the estimate.
 * calculator-markup.ts draws it; this wires the drawn form, whose words (labels,
 * notes) it reads from the drawing rather than carrying them.
 */
import { FIELDS, type Field, type NumberName } from '../lib/salary/fields';
import { parseParams, type Unused } from '../lib/salary/params';
import type { Mode, SalaryInput } from '../lib/salary/types';
import { ID } from './refs';

export const fields: readonly Field[] = FIELDS;
export const consultingOnly = (f: Field): boolean => f.moves.every((m) => m === 'consulting');
/** Whether a field's "not used in this mode" note (`note`, its text; some fields have none) shows. */
export const noteShown = (f: Field, mode: Mode, note: string | null | undefined): boolean =>
  !f.moves.includes(mode) && Boolean(note);

export type FormChange = (given: Partial<SalaryInput>, errors: Unused[]) => void;

export class CalculatorForm {
  readonly element: HTMLFormElement;

  constructor(element: HTMLElement, onChange: FormChange) {
    this.element = element as HTMLFormElement;
    // `input` alone: a select or checkbox also fires `change`, and one action must count once.
    this.element.addEventListener('input', () => onChange(...this.read()));
    this.element.addEventListener('submit', (e) => e.preventDefault());
  }

  /** What the form says now: every field, empty numbers as "not given". */
  read(): [Partial<SalaryInput>, Unused[]] {
    const data = new FormData(this.element);
    const entries: [string, string][] = FIELDS.map((f) => [
      f.name,
      f.kind === 'set' ? data.getAll(f.name).join(',') : String(data.get(f.name) ?? ''),
    ]);
    const { given, unused } = parseParams(entries);
    for (const f of FIELDS) if (f.kind === 'number' && !(f.name in given)) given[f.name] = undefined;
    return [given, unused];
  }

  /**
   * Shows `input` in the controls, keeping text the reader typed that means the same or
   * is being fixed. A field's error message is cleared here at once, and worded by
   * calculator-details.ts's `showUnused` once loaded (after the first result).
   */
  show(input: SalaryInput, errors: readonly Unused[]): void {
    const bad = new Set(errors.map((e) => e.name));
    const byId = (suffix: string) => this.element.querySelector<HTMLElement>(`#${ID}-${suffix}`);
    for (const control of Array.from(this.element.elements) as HTMLInputElement[]) {
      const name = control.name as NumberName;
      if (!name) continue;
      if (control.type === 'radio') control.checked = input.mode === control.value;
      else if (control.type === 'checkbox') control.checked = input.skills.includes(control.value as never);
      else if (control.tagName === 'SELECT') control.value = String(input[name]);
      else {
        const wrong = bad.has(name);
        const value = input[name];
        const typed = parseParams([[name, control.value]]).given[name];
        if (!wrong && typed !== value) control.value = value === undefined ? '' : String(value);
        control.setAttribute('aria-invalid', String(wrong));
        const err = byId(`${name}-err`);
        if (err && !wrong) err.textContent = '';
      }
    }
    (this.element.querySelector('[data-consulting]') as HTMLElement).hidden = input.mode !== 'consulting';
    for (const f of fields) {
      const note = byId(`${f.name}-note`);
      if (note) note.hidden = !noteShown(f, input.mode, note.textContent);
      note?.parentElement?.classList.toggle('unused', !f.moves.includes(input.mode));
    }
  }
}
