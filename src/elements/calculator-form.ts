/**
 * The calculator's settings form, built from the field table: one control per
 * field, mode-aware (settings a mode does not use say so), numbers kept as the
 * reader typed them. Reports what the reader set; never decides the estimate.
 */
import { FIELDS, type Field, type NumberField, type NumberName } from '../lib/salary/fields';
import { parseCalculatorParams, type IgnoredParam } from '../lib/salary/params';
import type { SalaryInput } from '../lib/salary/types';
import { h } from './dom';

const fields: readonly Field[] = FIELDS;

export type FormChange = (given: Partial<SalaryInput>, errors: IgnoredParam[]) => void;

export class CalculatorForm {
  readonly element: HTMLFormElement;
  readonly #id: string;
  readonly #notes = new Map<string, HTMLElement>();

  constructor(id: string, onChange: FormChange) {
    this.#id = id;
    const salaried = fields.filter((f) => !f.moves.every((m) => m === 'consulting'));
    const consulting = fields.filter((f) => f.moves.every((m) => m === 'consulting'));
    this.element = h(
      'form',
      { 'aria-labelledby': `${id}-title` },
      ...salaried.map((f) => this.#field(f)),
      h(
        'fieldset',
        { class: 'wide', 'data-consulting': '' },
        h('legend', {}, 'Consulting'),
        ...consulting.map((f) => this.#field(f)),
      ),
    ) as HTMLFormElement;
    // `input` alone: a select or checkbox also fires `change`, and one action must count once.
    this.element.addEventListener('input', () => onChange(...this.read()));
    this.element.addEventListener('submit', (e) => e.preventDefault());
  }

  #field(f: Field): HTMLElement {
    const id = `${this.#id}-${f.name}`;
    const note = h('span', { class: 'hint', id: `${id}-note`, hidden: true }, f.unusedNote ?? '');
    this.#notes.set(f.name, note);
    if (f.kind === 'number') return this.#number(f, id, note);
    if (f.kind === 'set' || f.name === 'mode') {
      const type = f.kind === 'set' ? 'checkbox' : 'radio';
      return h(
        'fieldset',
        { class: 'wide', 'aria-describedby': `${id}-note` },
        h('legend', {}, f.label),
        ...f.options.map((o) =>
          h('label', { class: 'choice' }, h('input', { type, name: f.name, value: o.value }), o.label),
        ),
        note,
      );
    }
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, f.label),
      h(
        'select',
        { name: f.name, id, 'aria-describedby': `${id}-note` },
        ...f.options.map((o) => h('option', { value: o.value }, o.label)),
      ),
      note,
    );
  }

  #number(f: NumberField, id: string, note: HTMLElement): HTMLElement {
    return h(
      'div',
      { class: f.name === 'equity' ? 'field wide' : 'field' },
      h('label', { for: id }, f.label),
      h('input', {
        name: f.name,
        id,
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        placeholder: f.placeholder,
        'aria-describedby': `${id}-hint ${id}-err ${id}-note`,
      }),
      h('span', { class: 'hint', id: `${id}-hint` }, `Empty: ${f.empty} (${f.placeholder}).`),
      h('span', { class: 'field-error', id: `${id}-err`, 'aria-live': 'polite' }),
      note,
    );
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
        const err = this.element.querySelector(`#${this.#id}-${name}-err`);
        if (err) err.textContent = reason ? `Not used: ${reason}.` : '';
      }
    }
    const consulting = input.mode === 'consulting';
    (this.element.querySelector('[data-consulting]') as HTMLElement).hidden = !consulting;
    for (const f of fields) {
      const unused = !f.moves.includes(input.mode);
      const note = this.#notes.get(f.name);
      if (note) note.hidden = !unused || !f.unusedNote;
      note?.parentElement?.classList.toggle('unused', unused);
    }
  }
}
