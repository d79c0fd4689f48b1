/**
 * One contract for URL parameters and element attributes: parsing (strict, with a
 * notice for each value it ignores) and serialising (only what differs from the
 * defaults, in a fixed order). Values are only ever compared and parsed here,
 * never echoed into HTML; notices quote them for display as text.
 */
import { COMPANIES, DEFAULT_INPUT, LEVELS, LOCATIONS, MODES, SKILLS, type SalaryInput, type Skill } from './types';

export const PARAM_NAMES = [
  'level',
  'location',
  'skills',
  'company',
  'mode',
  'rate',
  'hours',
  'overhead',
  'equity',
] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

export const NUMBER_BOUNDS = {
  rate: { min: 1, max: 10_000, label: 'an hourly rate from 1 to 10,000 (USD)' },
  hours: { min: 1, max: 4_000, label: 'billable hours from 1 to 4,000 a year' },
  overhead: { min: 0, max: 90, label: 'a percentage from 0 to 90' },
  equity: { min: 0, max: 10_000_000, label: 'an amount from 0 to 10,000,000 (USD)' },
} as const;
type NumberParam = keyof typeof NUMBER_BOUNDS;

export interface IgnoredParam {
  name: ParamName;
  /** The offending value, shortened, for display as text. */
  value: string;
  /** Why it was ignored, in words. */
  reason: string;
}

export interface ParsedParams {
  input: SalaryInput;
  ignored: IgnoredParam[];
}

/** Anything that yields name/value pairs: URLSearchParams, or attributes as entries. */
export type ParamSource = URLSearchParams | Iterable<readonly [string, string]>;

const MAX_LENGTH = 200;
const NUMBER_PATTERN = /^\d{1,12}(?:\.\d{1,4})?$/;

function shorten(value: string): string {
  // Printable text only, and not much of it: the notice names the value, it does not replay it.
  const printable = Array.from(value.replace(/[\p{C}]/gu, '�'));
  return printable.length > 40 ? `${printable.slice(0, 40).join('')}…` : printable.join('');
}

function collect(source: ParamSource): Map<ParamName, string[]> {
  const values = new Map<ParamName, string[]>();
  for (const [rawName, value] of source) {
    const name = rawName.toLowerCase() as ParamName;
    if (!(PARAM_NAMES as readonly string[]).includes(name)) continue;
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return values;
}

function oneOf<T extends string>(value: string, options: readonly T[]): T | undefined {
  const normalised = value.trim().toLowerCase();
  return (options as readonly string[]).includes(normalised) ? (normalised as T) : undefined;
}

function parseNumber(value: string, name: NumberParam): number | undefined {
  const trimmed = value.trim().replace(/,/g, '');
  if (!NUMBER_PATTERN.test(trimmed)) return undefined;
  const n = Number(trimmed);
  const { min, max } = NUMBER_BOUNDS[name];
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

/** Parses URL parameters or attributes. Unknown names are not ours and are left alone. */
export function parseCalculatorParams(source: ParamSource): ParsedParams {
  const input: SalaryInput = { ...DEFAULT_INPUT, skills: [] };
  const ignored: IgnoredParam[] = [];
  const values = collect(source);

  for (const [name, all] of values) {
    const distinct = [...new Set(all)];
    const value = distinct[0] ?? '';
    const ignore = (reason: string) => ignored.push({ name, value: shorten(distinct.join(' | ')), reason });
    if (distinct.length > 1) {
      ignore('given more than once with different values');
      continue;
    }
    if (value.length > MAX_LENGTH) {
      ignore('too long');
      continue;
    }
    switch (name) {
      case 'level':
      case 'location':
      case 'company':
      case 'mode': {
        const options = { level: LEVELS, location: LOCATIONS, company: COMPANIES, mode: MODES }[name];
        const parsed = oneOf(value, options);
        if (parsed === undefined) ignore(`not one of ${options.join(', ')}`);
        else (input as unknown as Record<string, string>)[name] = parsed;
        break;
      }
      case 'skills': {
        const parts = value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        const skills = new Set<Skill>();
        const unknown: string[] = [];
        for (const part of parts) {
          const skill = oneOf(part, SKILLS);
          if (skill) skills.add(skill);
          else unknown.push(part);
        }
        if (unknown.length > 0) {
          ignored.push({ name, value: shorten(unknown.join(',')), reason: `not among ${SKILLS.join(', ')}` });
        }
        input.skills = SKILLS.filter((s) => skills.has(s));
        break;
      }
      case 'rate':
      case 'hours':
      case 'overhead':
      case 'equity': {
        if (value.trim() === '') break;
        const parsed = parseNumber(value, name);
        if (parsed === undefined) ignore(`needs ${NUMBER_BOUNDS[name].label}`);
        else input[name] = parsed;
        break;
      }
    }
  }
  return { input, ignored };
}

/** The parameters that reproduce `input`: only values that differ from the defaults. */
export function serializeCalculatorParams(input: SalaryInput): URLSearchParams {
  const params = new URLSearchParams();
  if (input.level !== DEFAULT_INPUT.level) params.set('level', input.level);
  if (input.location !== DEFAULT_INPUT.location) params.set('location', input.location);
  const skills = SKILLS.filter((s) => input.skills.includes(s));
  if (skills.length > 0) params.set('skills', skills.join(','));
  if (input.company !== DEFAULT_INPUT.company) params.set('company', input.company);
  if (input.mode !== DEFAULT_INPUT.mode) params.set('mode', input.mode);
  for (const name of ['rate', 'hours', 'overhead', 'equity'] as const) {
    const value = input[name];
    if (value !== undefined) params.set(name, String(value));
  }
  return params;
}

/** A notice line for an ignored parameter, as plain text. */
export function describeIgnored(p: IgnoredParam): string {
  return `Ignored ${p.name}="${p.value}": ${p.reason}. The default is used instead.`;
}
