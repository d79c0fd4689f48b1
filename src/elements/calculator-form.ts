/**
 * The calculator's settings form, built from the field table: one control per
 * field, mode-aware (settings a mode does not use say so), numbers kept as the
 * reader typed them. Reports what the reader set; never decides the estimate.
 * calculator-markup.ts draws it; this wires the drawn form, whose words (labels,
 * notes) it reads from the drawing rather than carrying them.
 */
import { FIELDS, type Field, type NumberName } from '../lib/salary/fields';
import { parseCalculatorParams, type IgnoredParam } from '../lib/salary/params';
import type { Mode, SalaryInput } from '../lib/salary/types';
import { ID } from './refs';

export const fields: readonly Field[] = FIELDS;
export const consultingOnly = (f: Field): boolean => f.moves.every((m) => m === 'consulting');
/** Whether a field's "not used in this mode" note (`note`, its text; some fields have none) shows. */
export const noteShown = (f: Field, mode: Mode, note: string | null | undefined): boolean =>
  !f.moves.includes(mode) && Boolean(note);

export type FormChange = (given: Partial<SalaryInput>, errors: IgnoredParam[]) => void;

export class CalculatorForm {
  readonly element: HTMLFormElement;

  constructor(element: HTMLElement, onChange: FormChange) {
    this.element = element as HTMLFormElement;
    // `input` alone: a select or checkbox also fires `change`, and one action must count once.
    this.element.addEventListener('input', () => onChange(...this.read()));
    this.element.addEventListener('submit', (e) => e.preventDefault());
  }

  /** What the form says now: every field, empty numbers as "not given". */
  read(): [Partial<SalaryInput>, IgnoredParam[]] {
    const data = new FormData(this.element);
    const entries: [string, string][] = FIELDS.map((f) => [
      f.name,
      f.kind === 'set' ? data.getAll(f.name).join(',') : String(data.get(f.name) ?? ''),
    ]);
    const { given, ignored } = parseCalculatorParams(entries);
    for (const f of FIELDS) if (f.kind === 'number' && !(f.name in given)) given[f.name] = undefined;
    return [given, ignored];
  }

  /** Shows `input` in the controls, keeping text the reader typed that means the same or is being fixed. */
  show(input: SalaryInput, errors: readonly IgnoredParam[]): void {
    const bad = new Map(errors.map((e) => [e.name, e.reason]));
    const byId = (suffix: string) => this.element.querySelector<HTMLElement>(`#${ID}-${suffix}`);
    for (const control of Array.from(this.element.elements) as HTMLInputElement[]) {
      const name = control.name as NumberName;
      if (!name) continue;
      if (control.type === 'radio') control.checked = input.mode === control.value;
      else if (control.type === 'checkbox') control.checked = input.skills.includes(control.value as never);
      else if (control.tagName === 'SELECT') control.value = String(input[name]);
      else {
        const reason = bad.get(name);
        const value = input[name];
        const typed = parseCalculatorParams([[name, control.value]]).given[name];
        if (!reason && typed !== value) control.value = value === undefined ? '' : String(value);
        control.setAttribute('aria-invalid', String(Boolean(reason)));
        const err = byId(`${name}-err`);
        if (err) err.textContent = reason ? `Not used: ${reason}.` : '';
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
