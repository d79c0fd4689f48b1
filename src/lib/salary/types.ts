/** The salary model's vocabulary: inputs and the shape of an estimate. Options and labels live in fields.ts. */
import type { AssumptionId } from './assumptions';

export const LEVELS = ['entry', 'mid', 'senior', 'staff'] as const;
export const LOCATIONS = ['hub', 'metro', 'other'] as const;
export const SKILLS = ['kubernetes', 'cloud', 'gpu', 'automation'] as const;
export const COMPANIES = ['other', 'top'] as const;
export const MODES = ['salary', 'consulting'] as const;

/**
 * The assumptions a consulting field supplies when it is empty (fields.ts): the reader
 * changes them in the field, not in the assumptions panel, which shows the others.
 */
export const FIELD_ASSUMPTIONS = { hours: 'consulting-hours', overhead: 'consulting-overhead' } as const;

export type Level = (typeof LEVELS)[number];
export type Location = (typeof LOCATIONS)[number];
export type Skill = (typeof SKILLS)[number];
export type Company = (typeof COMPANIES)[number];
export type Mode = (typeof MODES)[number];

/** Assumptions the reader changed, in the model's units (fractions, not percentages). */
export type AssumptionOverrides = Readonly<Partial<Record<AssumptionId, number>>>;

export interface SalaryInput {
  level: Level;
  location: Location;
  /** ISO 3166-1 alpha-2 code, upper case. Only countries the sources give figures for are accepted. */
  country: string;
  skills: readonly Skill[];
  company: Company;
  mode: Mode;
  /** Consulting: USD per hour. Absent: the cited hourly band. */
  rate?: number | undefined;
  /** Consulting: billable hours a year. Absent: the model's assumption. */
  hours?: number | undefined;
  /** Consulting: percent (0–90) of revenue spent running the business. Absent: the model's assumption. */
  overhead?: number | undefined;
  /** Yearly equity and bonus the reader enters, USD. Never assumed. */
  equity?: number | undefined;
  /** The model's assumptions the reader changed (not hours or overhead: those are the fields above). */
  assumptions?: AssumptionOverrides | undefined;
}

export const DEFAULT_INPUT: Readonly<SalaryInput> = Object.freeze({
  level: 'mid',
  location: 'metro',
  country: 'US',
  skills: [],
  company: 'other',
  mode: 'salary',
});

/** What a step of the estimate rests on: a cited figure, a labelled assumption, or the reader's own entry. */
export interface Basis {
  kind: 'figure' | 'assumption' | 'input';
  id: string;
}

export interface Step {
  /** What moved the estimate, in words. */
  factor: string;
  /** How it moved it, in words ("centre at 0.65 of the band", "+5%"). */
  effect: string;
  basis: Basis;
  /** The range after this step, where the step changed it. */
  range?: { low: number; high: number };
}

/** A source figure that matches the reader's profile, shown beside the model's answer. */
export interface SourceFigure {
  factId: string;
  sourceId: string;
  low: number;
  high: number;
  unit: string;
  payType: 'base' | 'total' | 'unstated';
  /** What the figure describes, in the source's terms (who, where, which statistic). */
  label: string;
}

export interface SalaryEstimate {
  /** Base salary (salaried mode) or yearly revenue after costs (consulting). */
  low: number;
  mid: number;
  high: number;
  currency: 'USD';
  period: 'year';
  mode: Mode;
  /** The cited band the estimate was placed in, and whether its source calls it base or total pay. */
  band: { id: string; low: number; high: number; payType?: 'base' | 'total' | 'unstated' };
  /** True when skill premiums take the estimate above the cited band. */
  aboveCitedRange: boolean;
  /** Where sources give total compensation for this profile: that range, never mixed into low/mid/high. */
  total?: { low: number; high: number; factIds: string[] } | undefined;
  /** Each source figure matching the profile (country, level, pay type). */
  sourceFigures: SourceFigure[];
  steps: Step[];
  /** What the sources do not cover, in words. */
  notes: string[];
}

export interface Estimate extends SalaryEstimate {
  /** Consulting mode: the salaried estimate for the same profile, for comparison. */
  salaried?: SalaryEstimate;
}
