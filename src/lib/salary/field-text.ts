/**
 * The words for each setting of the field table (fields.ts): its label, the note
 * said when the current mode does not use it, and, for numbers, what a valid value
 * is, what an empty field stands for and its placeholder. Only the drawn form
 * (calculator-markup.ts, at build time and in the element's later-loaded drawing),
 * the notice (notice.ts, loaded with the details) and the embed page's settings table
 * read them: the element's startup code takes them from the drawn form.
 */
import { assumptions } from './evidence';
import type { FieldName, NumberName } from './fields';

export interface FieldText {
  label: string;
  /** Said next to the field when the current mode does not use it. */
  unusedNote?: string;
}

export interface NumberFieldText extends FieldText {
  /** "an hourly rate from 1 to 10,000 (USD)": what a valid value is, for notices and docs. */
  accepts: string;
  /** What an empty field stands for (the form shows it as a placeholder). */
  empty: string;
  /** Shown as the field's placeholder when empty. */
  placeholder: string;
}

const defaultOf = (id: string) => assumptions().find((a) => a.id === id)?.value ?? 0;
const SALARIED_ONLY = 'Used only for the salaried comparison.';

export const FIELD_TEXT: Record<Exclude<FieldName, NumberName>, FieldText> & Record<NumberName, NumberFieldText> = {
  mode: { label: 'How you work' },
  level: { label: 'Level' },
  country: { label: 'Country', unusedNote: SALARIED_ONLY },
  location: { label: 'Location', unusedNote: SALARIED_ONLY },
  company: { label: 'Company', unusedNote: SALARIED_ONLY },
  skills: { label: 'Skills you can show', unusedNote: SALARIED_ONLY },
  equity: {
    label: 'Yearly equity and bonus (optional, USD)',
    accepts: 'an amount from 0 to 10,000,000 (USD)',
    unusedNote: SALARIED_ONLY,
    empty: 'none: the sources give no figure, so nothing is added',
    placeholder: '0',
  },
  rate: {
    label: 'Hourly rate (USD)',
    accepts: 'an hourly rate from 1 to 10,000 (USD)',
    empty: 'the cited band',
    placeholder: '300–500',
  },
  hours: {
    label: 'Billable hours a year',
    accepts: 'billable hours from 1 to 4,000 a year',
    empty: 'the guide’s assumption',
    placeholder: String(defaultOf('consulting-hours')),
  },
  overhead: {
    label: 'Business costs (% of revenue)',
    accepts: 'a percentage from 0 to 90',
    empty: 'the guide’s assumption',
    placeholder: String(Math.round(defaultOf('consulting-overhead') * 100)),
  },
};
