/**
 * One contract for URL parameters and element attributes, read from the field
 * table: parsing returns only what was given (callers merge the defaults) and, for
 * every value not used, why, as a code (serialising is in serialize.ts, loaded by the
 * element only once a reader acts). The words for the codes, and the parser that
 * returns them in words, are in notice.ts: the element loads them with the details,
 * after the first result, since only a wrong value needs them. Values are only
 * compared and parsed here, never echoed into HTML; notices quote them as text.
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

/**
 * Why a value was not used: given twice differently, too long, an unknown or
 * out-of-bounds assumption, not an option, an unknown skill, not a number in range
 * (`comma`: with a decimal comma), or (`address`) the query cut at MAX_QUERY_LENGTH.
 */
export type Why = 'repeated' | 'long' | 'assume' | 'option' | 'skill' | 'number' | 'comma' | 'address';

export interface Unused {
  /** The parameter's name, or "address" for the query as a whole. */
  name: ParamName | 'address';
  /** The offending value as given, whole (for "address", the query's length). */
  value: string;
  why: Why;
}

export interface ReadParams {
  /** Only the settings that were given and valid. */
  given: Partial<SalaryInput>;
  unused: Unused[];
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

/** The query of an address, cut at MAX_QUERY_LENGTH on a parameter boundary, with a code if cut. */
export function splitQuery(search: string): { params: URLSearchParams; unused: Unused[] } {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length <= MAX_QUERY_LENGTH) return { params: new URLSearchParams(query), unused: [] };
  const cut = query.lastIndexOf('&', MAX_QUERY_LENGTH);
  return {
    params: new URLSearchParams(query.slice(0, Math.max(0, cut))),
    unused: [{ name: 'address', value: String(query.length), why: 'address' }],
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
export function parseNumber(value: string, field: NumberField): number | 'number' | 'comma' {
  let text = value.trim().replace(/^\$/, '').replace(/%$/, '').trim();
  let scale = 1;
  if (/^[\d.,]+k$/i.test(text) && field.name !== 'overhead') {
    scale = 1000;
    text = text.slice(0, -1);
  }
  if (text.includes(',') && !GROUPED.test(text)) return 'comma';
  text = text.replace(/,/g, '');
  if (!PLAIN.test(text)) return 'number';
  const n = Math.round(Number(text) * scale * 10_000) / 10_000;
  return Number.isFinite(n) && n >= field.min && n <= field.max ? n : 'number';
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

type Problem = { why: Why; shown?: string } | undefined;

function parseField(field: Field, value: string, given: Partial<SalaryInput>): Problem {
  if (field.kind === 'choice') {
    const parsed = matchOption(value, field.options);
    if (parsed === undefined) return { why: 'option' };
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
    return unknown.length > 0 ? { why: 'skill', shown: unknown.join(',') } : undefined;
  }
  if (value.trim() === '') return undefined;
  const parsed = parseNumber(value, field);
  if (typeof parsed === 'string') return { why: parsed };
  given[field.name as NumberName] = parsed;
  return undefined;
}

/** Parses URL parameters or attributes. Unknown names are not ours and are left alone. */
export function parseParams(source: ParamSource): ReadParams {
  const given: Partial<SalaryInput> = {};
  const unused: Unused[] = [];
  for (const [name, all] of collect(source)) {
    const distinct = [...new Set(all)];
    const value = distinct[0] ?? '';
    const ignore = (why: Why, shown = distinct.join(' | ')) => unused.push({ name, value: shown, why });
    if (distinct.length > 1) ignore('repeated');
    else if (value.length > (name === 'assume' ? MAX_ASSUME_LENGTH : MAX_LENGTH)) ignore('long');
    else if (name === 'assume') {
      const { values, unknown } = parseAssume(value);
      if (Object.keys(values).length > 0) given.assumptions = values as AssumptionOverrides;
      if (unknown.length > 0) ignore('assume', unknown.join(','));
    } else {
      const field = fieldByName.get(name);
      const problem = field && parseField(field, value, given);
      if (problem) ignore(problem.why, problem.shown);
    }
  }
  return { given, unused };
}

/** The defaults with what was given on top. */
export function withDefaults(...layers: Partial<SalaryInput>[]): SalaryInput {
  return Object.assign({ ...DEFAULT_INPUT, skills: [] }, ...layers);
}
