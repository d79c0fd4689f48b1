/**
 * One contract for URL parameters and element attributes, read from the field
 * table: parsing returns only what was given (callers merge the defaults) and a
 * reason for every ignored value (serialising is in serialize.ts, loaded by the
 * element only once a reader acts; the notice's wording is in notice.ts, loaded with
 * the details). Values are only compared and parsed here, never echoed into HTML;
 * notices quote them for display as text.
 */
import {
  ADJUSTABLE_ASSUMPTIONS,
  PARAM_NAMES,
  fieldByName,
  fromDisplay,
  type Field,
  type NumberField,
  type NumberName,
  type Option,
  type ParamName,
} from './fields';
import { DEFAULT_INPUT, SKILLS, type AssumptionOverrides, type SalaryInput } from './types';

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

/** Anything that yields name/value pairs: URLSearchParams, or attributes as entries. */
export type ParamSource = Iterable<readonly [string, string]>;

/** Beyond these, values are not read: a crafted link cannot make parsing slow. */
export const MAX_VALUES_PER_NAME = 32;
export const MAX_QUERY_LENGTH = 4_096;
const MAX_LENGTH = 200;
/** Every adjustable assumption changed at once still fits. */
const MAX_ASSUME_LENGTH = 1_000;

const names = new Set<string>(PARAM_NAMES);
export const isParamName = (name: string): name is ParamName => names.has(name);

function shorten(value: string): string {
  // Printable text only, and not much of it: the notice names the value, it does not replay it.
  const printable = Array.from(value.replace(/[\p{C}]/gu, '�'));
  return printable.length > 40 ? `${printable.slice(0, 40).join('')}…` : printable.join('');
}

/** The query of an address, cut at MAX_QUERY_LENGTH on a parameter boundary, with a notice if cut. */
export function readQuery(search: string): { params: URLSearchParams; ignored: IgnoredParam[] } {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length <= MAX_QUERY_LENGTH) return { params: new URLSearchParams(query), ignored: [] };
  const cut = query.lastIndexOf('&', MAX_QUERY_LENGTH);
  return {
    params: new URLSearchParams(query.slice(0, Math.max(0, cut))),
    ignored: [
      {
        name: 'address',
        value: `${query.length.toLocaleString('en-US')} characters`,
        reason: `only the first ${MAX_QUERY_LENGTH.toLocaleString('en-US')} characters are read`,
      },
    ],
  };
}

/** Groups values by lower-cased name in one pass, keeping at most MAX_VALUES_PER_NAME of each. */
function collect(source: ParamSource): Map<ParamName, string[]> {
  const values = new Map<ParamName, string[]>();
  for (const [rawName, value] of source) {
    const name = rawName.toLowerCase();
    if (!isParamName(name)) continue;
    const list = values.get(name);
    if (!list) values.set(name, [value]);
    else if (list.length < MAX_VALUES_PER_NAME) list.push(value);
  }
  return values;
}

function matchOption(value: string, options: readonly Option[]): string | undefined {
  const v = value.trim().toLowerCase();
  return options.find((o) => o.value.toLowerCase() === v || o.aliases?.some((a) => a.toLowerCase() === v))?.value;
}

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,4})?$/;
const PLAIN = /^\d{1,12}(?:\.\d{1,4})?$/;

/**
 * A number as readers type it: "1500", "1,500", "50k", "$350", "25%". A comma is
 * only ever a thousands separator, so "1,5" is refused rather than read as 15.
 */
export function parseNumber(value: string, field: NumberField): number | string {
  let text = value.trim().replace(/^\$/, '').replace(/%$/, '').trim();
  let scale = 1;
  if (/^[\d.,]+k$/i.test(text) && field.name !== 'overhead') {
    scale = 1000;
    text = text.slice(0, -1);
  }
  if (text.includes(',') && !GROUPED.test(text)) {
    return `needs ${field.accepts}; a comma separates thousands (1,500), use a point for decimals (1.5)`;
  }
  text = text.replace(/,/g, '');
  if (!PLAIN.test(text)) return `needs ${field.accepts}`;
  const n = Math.round(Number(text) * scale * 10_000) / 10_000;
  return Number.isFinite(n) && n >= field.min && n <= field.max ? n : `needs ${field.accepts}`;
}

const adjustable = new Map(ADJUSTABLE_ASSUMPTIONS.map((a) => [a.id, a]));

/** `assume=premium-cloud:20,band-spread:0.2`: assumption values in the units the reader sees. */
function parseAssume(value: string): { values: Record<string, number>; unknown: string[] } {
  const values: Record<string, number> = {};
  const unknown: string[] = [];
  for (const part of value.split(/[;,]/).slice(0, MAX_VALUES_PER_NAME)) {
    const [rawId = '', rawValue = ''] = part.split(':');
    const id = rawId.trim().toLowerCase();
    if (id === '') continue;
    const a = adjustable.get(id);
    const shown = Number(rawValue.trim());
    if (!a || rawValue.trim() === '' || !/^-?\d{1,6}(?:\.\d{1,4})?$/.test(rawValue.trim())) {
      unknown.push(part.trim());
      continue;
    }
    const v = fromDisplay(a.unit, shown);
    if (v < a.min || v > a.max) unknown.push(part.trim());
    else values[a.id] = v;
  }
  return { values, unknown };
}

type Problem = { reason: string; shown?: string } | undefined;

function parseField(field: Field, value: string, given: Partial<SalaryInput>): Problem {
  if (field.kind === 'choice') {
    const parsed = matchOption(value, field.options);
    if (parsed === undefined) {
      if (field.name === 'country') {
        return {
          reason: `the sources give no pay figures for this country; covered: ${field.options.map((o) => o.value).join(', ')}`,
        };
      }
      return { reason: `not one of ${field.options.map((o) => o.value).join(', ')}` };
    }
    Object.assign(given, { [field.name]: parsed });
    return undefined;
  }
  if (field.kind === 'set') {
    // Skills are the only set; keep what is known, name only what is not.
    const found = new Set<string>();
    const unknown: string[] = [];
    for (const part of value.split(',').slice(0, MAX_VALUES_PER_NAME)) {
      if (part.trim() === '') continue;
      const option = matchOption(part, field.options);
      if (option) found.add(option);
      else unknown.push(part.trim());
    }
    given.skills = SKILLS.filter((s) => found.has(s));
    return unknown.length > 0 ? { reason: `not among ${SKILLS.join(', ')}`, shown: unknown.join(',') } : undefined;
  }
  if (value.trim() === '') return undefined;
  const parsed = parseNumber(value, field);
  if (typeof parsed === 'string') return { reason: parsed };
  given[field.name as NumberName] = parsed;
  return undefined;
}

/** Parses URL parameters or attributes. Unknown names are not ours and are left alone. */
export function parseCalculatorParams(source: ParamSource): ParsedParams {
  const given: Partial<SalaryInput> = {};
  const ignored: IgnoredParam[] = [];
  for (const [name, all] of collect(source)) {
    const distinct = [...new Set(all)];
    const value = distinct[0] ?? '';
    const ignore = (reason: string, shown = distinct.join(' | ')) =>
      ignored.push({ name, value: shorten(shown), reason });
    if (distinct.length > 1) ignore('given more than once with different values');
    else if (value.length > (name === 'assume' ? MAX_ASSUME_LENGTH : MAX_LENGTH)) ignore('too long');
    else if (name === 'assume') {
      const { values, unknown } = parseAssume(value);
      if (Object.keys(values).length > 0) given.assumptions = values as AssumptionOverrides;
      if (unknown.length > 0) {
        ignore(`not an adjustable assumption within its bounds (id:value, e.g. premium-cloud:10)`, unknown.join(','));
      }
    } else {
      const field = fieldByName.get(name);
      const problem = field && parseField(field, value, given);
      if (problem) ignore(problem.reason, problem.shown);
    }
  }
  return { given, ignored };
}

/** The defaults with what was given on top. */
export function withDefaults(...layers: Partial<SalaryInput>[]): SalaryInput {
  return Object.assign({ ...DEFAULT_INPUT, skills: [] }, ...layers);
}
