/** The salary model's vocabulary: inputs, options and the shape of an estimate. */

export const LEVELS = ['entry', 'mid', 'senior', 'staff'] as const;
export const LOCATIONS = ['hub', 'metro', 'other'] as const;
export const SKILLS = ['kubernetes', 'cloud', 'gpu', 'automation'] as const;
export const COMPANIES = ['other', 'top'] as const;
export const MODES = ['salary', 'consulting'] as const;

export type Level = (typeof LEVELS)[number];
export type Location = (typeof LOCATIONS)[number];
export type Skill = (typeof SKILLS)[number];
export type Company = (typeof COMPANIES)[number];
export type Mode = (typeof MODES)[number];

/** How each level is named to readers, in the form and in the breakdown. */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  staff: 'Staff or principal',
};

export interface SalaryInput {
  level: Level;
  location: Location;
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
}

export const DEFAULT_INPUT: Readonly<SalaryInput> = Object.freeze({
  level: 'mid',
  location: 'metro',
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

export interface SalaryEstimate {
  low: number;
  mid: number;
  high: number;
  currency: 'USD';
  period: 'year';
  mode: Mode;
  /** The cited band the estimate was placed in. */
  band: { id: string; low: number; high: number };
  /** True when skill premiums take the estimate above the cited band. */
  aboveCitedRange: boolean;
  steps: Step[];
  /** What the sources do not cover, in words. */
  notes: string[];
}

export interface Estimate extends SalaryEstimate {
  /** Consulting mode: the salaried estimate for the same profile, for comparison. */
  salaried?: SalaryEstimate;
}
