/** The planner's vocabulary: who the reader is, where they are heading, and an item's status. */

export const BACKGROUNDS = ['devops', 'cloud', 'data', 'software', 'other'] as const;
export const DIRECTIONS = ['general', 'gpu-training', 'serving'] as const;
export const STATUSES = ['not-started', 'learning', 'done', 'skipped'] as const;
export const AREAS = [
  'foundations',
  'kubernetes',
  'cloud',
  'ml-basics',
  'mlops',
  'gpu-training',
  'serving',
  'observability',
  'portfolio',
  'job-search',
] as const;

export type Background = (typeof BACKGROUNDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Status = (typeof STATUSES)[number];
/** A status worth storing: "not started" is the absence of an entry. */
export type StoredStatus = Exclude<Status, 'not-started'>;
export type Area = (typeof AREAS)[number];

export const BACKGROUND_LABELS: Readonly<Record<Background, string>> = {
  devops: 'DevOps or SRE',
  cloud: 'Cloud engineering',
  data: 'Data engineering',
  software: 'Software engineering',
  other: 'Another background, or starting out',
};

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  general: 'General AI infrastructure',
  'gpu-training': 'GPUs and training at scale',
  serving: 'Serving and inference',
};

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  'not-started': 'Not started',
  learning: 'Learning',
  done: 'Done',
  skipped: 'Skipped',
};

export const AREA_LABELS: Readonly<Record<Area, string>> = {
  foundations: 'Foundations',
  kubernetes: 'Kubernetes',
  cloud: 'Cloud',
  'ml-basics': 'ML basics',
  mlops: 'MLOps',
  'gpu-training': 'GPUs and training',
  serving: 'Serving and inference',
  observability: 'Observability',
  portfolio: 'Portfolio',
  'job-search': 'Job search',
};

/** What the pure planner needs to know about an item (the data file holds more). */
export interface PlanItem {
  id: string;
  title: string;
  area: Area;
  /** Backgrounds that already cover this item: it is left out of their checklist. */
  coveredBy: readonly Background[];
  /** Directions that need it; "general" means every direction. */
  directions: readonly Direction[];
  hours: number;
  /** Prerequisite item ids. */
  after: readonly string[];
  /** The salary calculator's skill id this item counts towards. */
  calculatorSkill?: string | undefined;
}

/** The reader's plan, as the planner and the checklists use it. */
export interface PlanState {
  /** null until the reader picks one. */
  background: Background | null;
  direction: Direction;
  /** Hours a week the reader can give, 1–60. */
  hours: number;
  /** Item id → status; items not listed are not started. */
  statuses: Record<string, StoredStatus>;
  /** Statuses of items this release no longer has, kept aside (never dropped). */
  removed: Record<string, StoredStatus>;
}

export const HOURS_MIN = 1;
export const HOURS_MAX = 60;
export const DEFAULT_HOURS = 8;

export function emptyPlan(): PlanState {
  return { background: null, direction: 'general', hours: DEFAULT_HOURS, statuses: {}, removed: {} };
}

export const isBackground = (v: unknown): v is Background => BACKGROUNDS.includes(v as Background);
export const isDirection = (v: unknown): v is Direction => DIRECTIONS.includes(v as Direction);
export const isStoredStatus = (v: unknown): v is StoredStatus => v === 'learning' || v === 'done' || v === 'skipped';
export const isHours = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= HOURS_MIN && v <= HOURS_MAX;
/** Item ids: lower-case words joined by hyphens, at most 40 characters. */
export const isItemId = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 40 && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(v);
