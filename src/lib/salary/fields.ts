/**
 * The calculator's settings, once: name, kind, options and their labels, accepted
 * aliases, bounds, units and conversions. The parser, the serialiser, the model's
 * step text, the form, the embed page's settings table and the chart read this
 * table; adding a setting is one entry here, its words in field-text.ts (the label,
 * hints, placeholder and what a valid number is, which only the drawn form, the
 * notice and the settings table read, so the element's startup code carries none
 * of them) plus its effect in the model.
 */
import { assumptions, payCountries, type AssumptionView } from './evidence';
import { COMPANIES, FIELD_ASSUMPTIONS, LEVELS, LOCATIONS, MODES, SKILLS, type Mode } from './types';

export interface Option<T extends string = string> {
  value: T;
  label: string;
  /** Other spellings readers type, each meaning this option and no other. */
  aliases?: readonly string[];
}

interface FieldBase {
  /** The URL parameter and attribute name. */
  name: string;
  /** The modes whose figure this setting moves (the form disables it in the others). */
  moves: readonly Mode[];
}

export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: readonly Option[];
  default: string;
}

export interface SetField extends FieldBase {
  kind: 'set';
  options: readonly Option[];
}

export interface NumberField extends FieldBase {
  kind: 'number';
  min: number;
  max: number;
  /** The assumption that supplies the value when the field is empty. */
  assumption?: string;
}

export type Field = ChoiceField | SetField | NumberField;

/**
 * The English names of the countries the evidence base has pay figures for, written out
 * rather than from `Intl.DisplayNames`: a page's first Intl object costs 50–90 ms here
 * (Chromium loading its ICU data, measured unthrottled), all of it in the calculator's first
 * render. A unit test checks that every country of the data is here, named as Intl names it.
 */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  US: 'United States',
  CA: 'Canada',
  DE: 'Germany',
  GB: 'United Kingdom',
  IN: 'India',
};
/** A country's name; "country not stated" or "worldwide" for figures without one. */
export const countryName = (code: string): string =>
  /^[A-Z]{2}$/.test(code) ? (COUNTRY_NAMES[code] ?? code) : code === 'GLOBAL' ? 'worldwide' : 'country not stated';

export const LEVEL_FIELD = {
  name: 'level',
  kind: 'choice',
  moves: ['salary', 'consulting'],
  default: 'mid',
  options: [
    { value: 'entry', label: 'Entry level', aliases: ['junior'] },
    { value: 'mid', label: 'Mid level', aliases: ['intermediate'] },
    { value: 'senior', label: 'Senior', aliases: ['sr'] },
    { value: 'staff', label: 'Staff or principal', aliases: ['principal'] },
  ] satisfies Option<(typeof LEVELS)[number]>[],
} as const satisfies ChoiceField;

export const FIELDS = [
  {
    name: 'mode',
    kind: 'choice',
    moves: ['salary', 'consulting'],
    default: 'salary',
    options: [
      { value: 'salary', label: 'Salaried job', aliases: ['salaried', 'employee'] },
      { value: 'consulting', label: 'Independent consulting', aliases: ['consultant', 'freelance', 'contract'] },
    ] satisfies Option<(typeof MODES)[number]>[],
  },
  LEVEL_FIELD,
  {
    name: 'country',
    kind: 'choice',
    moves: ['salary'],
    default: 'US',
    options: payCountries().map((code) => ({
      value: code,
      label: countryName(code),
      ...(code === 'US' ? { aliases: ['USA'] } : code === 'GB' ? { aliases: ['UK'] } : {}),
    })),
  },
  {
    name: 'location',
    kind: 'choice',
    moves: ['salary'],
    default: 'metro',
    options: [
      { value: 'hub', label: 'Major tech hub' },
      { value: 'metro', label: 'Other large metro' },
      { value: 'other', label: 'Elsewhere' },
    ] satisfies Option<(typeof LOCATIONS)[number]>[],
  },
  {
    name: 'company',
    kind: 'choice',
    moves: ['salary'],
    default: 'other',
    options: [
      { value: 'other', label: 'Any other company' },
      { value: 'top', label: 'A top company' },
    ] satisfies Option<(typeof COMPANIES)[number]>[],
  },
  {
    name: 'skills',
    kind: 'set',
    moves: ['salary'],
    options: [
      { value: 'kubernetes', label: 'Kubernetes-focused MLOps', aliases: ['k8s', 'mlops'] },
      { value: 'cloud', label: 'Cloud fluency (AWS, Azure or GCP)', aliases: ['aws', 'azure', 'gcp'] },
      { value: 'gpu', label: 'GPU optimisation and distributed training', aliases: ['cuda'] },
      { value: 'automation', label: 'Infrastructure automation and ML pipelines', aliases: ['iac', 'terraform'] },
    ] satisfies Option<(typeof SKILLS)[number]>[],
  },
  {
    name: 'equity',
    kind: 'number',
    moves: ['salary'],
    min: 0,
    max: 10_000_000,
  },
  {
    name: 'rate',
    kind: 'number',
    moves: ['consulting'],
    min: 1,
    max: 10_000,
  },
  {
    name: 'hours',
    kind: 'number',
    moves: ['consulting'],
    min: 1,
    max: 4_000,
    assumption: FIELD_ASSUMPTIONS.hours,
  },
  {
    name: 'overhead',
    kind: 'number',
    moves: ['consulting'],
    min: 0,
    max: 90,
    assumption: FIELD_ASSUMPTIONS.overhead,
  },
] as const satisfies readonly Field[];

export type FieldName = (typeof FIELDS)[number]['name'];
export type ParamName = FieldName | 'assume';
export type NumberName = Extract<(typeof FIELDS)[number], { kind: 'number' }>['name'];

/** Every parameter of the contract, in the order the serialiser writes them. */
export const PARAM_NAMES: readonly ParamName[] = [...FIELDS.map((f) => f.name), 'assume'];

export const fieldByName = new Map<string, Field>(FIELDS.map((f) => [f.name, f]));

/** The label of an option, e.g. optionLabel('level', 'staff') → "Staff or principal". */
export function optionLabel(name: string, value: string): string {
  const field = fieldByName.get(name);
  if (!field || field.kind === 'number') return value;
  return field.options.find((o) => o.value === value)?.label ?? value;
}

/** Assumptions the reader may change through `assume` (hours and costs have their own fields). */
export const ADJUSTABLE_ASSUMPTIONS = assumptions().filter(
  (a) => !FIELDS.some((f) => f.kind === 'number' && 'assumption' in f && f.assumption === a.id),
) as readonly Required<AssumptionView>[]; // slimEvidence keeps the words of each of these

/** Assumption values as the reader sees them (percent as 0–100) and back, rounded so they round-trip. */
export const toDisplay = (unit: string, v: number): number =>
  Math.round((unit === 'percent' ? v * 100 : v) * 10_000) / 10_000;
export const fromDisplay = (unit: string, v: number): number =>
  unit === 'percent' ? Math.round(v * 10_000) / 1_000_000 : v;

export const THEMES = ['auto', 'light', 'dark'] as const;
