/**
 * The words for values that were not used: params.ts says which and why, as a code;
 * this module words the reason, shortens the value for display, and writes the
 * notice's lines. `parseCalculatorParams` and `readQuery` are params.ts's parser with
 * the reasons in words (the library's API). Only needed when something is wrong, so
 * the element loads this with the details, after the first result.
 */
import { formatWhole } from '../format';
import { FIELD_TEXT } from './field-text';
import { fieldByName, type NumberName, type ParamName } from './fields';
import { MAX_QUERY_LENGTH, parseParams, splitQuery, type ParamSource, type Unused } from './params';
import { SKILLS, type SalaryInput } from './types';

export interface IgnoredParam {
  /** The parameter's name, or "address" for the query as a whole. */
  name: ParamName | 'address';
  /** The offending value, shortened, for display as text. */
  value: string;
  /** Why it was ignored, in words. */
  reason: string;
}

export interface ParsedParams {
  /** Only the settings that were given and valid. */
  given: Partial<SalaryInput>;
  ignored: IgnoredParam[];
}

function shorten(value: string): string {
  // Printable text only, and not much of it: the notice names the value, it does not replay it.
  const printable = Array.from(value.replace(/[\p{C}]/gu, '�'));
  return printable.length > 40 ? `${printable.slice(0, 40).join('')}…` : printable.join('');
}

/** Why a value was not used, in words. */
export function reasonOf({ name, why }: Unused): string {
  if (why === 'option') {
    const field = fieldByName.get(name);
    const values = field && field.kind !== 'number' ? field.options.map((o) => o.value).join(', ') : '';
    return name === 'country'
      ? `the sources give no pay figures for this country; covered: ${values}`
      : `not one of ${values}`;
  }
  if (why === 'number' || why === 'comma') {
    const needs = `needs ${FIELD_TEXT[name as NumberName].accepts}`;
    return why === 'comma' ? `${needs}; a comma separates thousands (1,500), use a point for decimals (1.5)` : needs;
  }
  const words: Record<typeof why, string> = {
    repeated: 'given more than once with different values',
    long: 'too long',
    assume: 'not an adjustable assumption within its bounds (id:value, e.g. premium-cloud:10)',
    skill: `not among ${SKILLS.join(', ')}`,
    address: `only the first ${formatWhole(MAX_QUERY_LENGTH)} characters are read`,
  };
  return words[why];
}

/** A value not used, as the notice shows it: shortened, with its reason in words. */
export const ignoredParam = (u: Unused): IgnoredParam => ({
  name: u.name,
  value: u.why === 'address' ? `${formatWhole(Number(u.value))} characters` : shorten(u.value),
  reason: reasonOf(u),
});

/** Parses URL parameters or attributes (params.ts), with the reasons in words. */
export function parseCalculatorParams(source: ParamSource): ParsedParams {
  const { given, unused } = parseParams(source);
  return { given, ignored: unused.map(ignoredParam) };
}

/** The query of an address, cut at MAX_QUERY_LENGTH on a parameter boundary, with a notice if cut. */
export function readQuery(search: string): { params: URLSearchParams; ignored: IgnoredParam[] } {
  const { params, unused } = splitQuery(search);
  return { params, ignored: unused.map(ignoredParam) };
}

/** A notice line for an ignored parameter, as plain text. */
export function describeIgnored(p: IgnoredParam): string {
  if (p.name === 'address') return `The address is long (${p.value}): ${p.reason}.`;
  return `Ignored ${p.name}="${p.value}": ${p.reason}. The default is used instead.`;
}
