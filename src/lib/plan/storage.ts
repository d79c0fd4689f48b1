/**
 * The stored plan: one versioned JSON document under one localStorage key.
 *
 * Compatibility: a release reads every earlier version through MIGRATIONS (vN → vN+1, in
 * order), renamed item ids keep their state through the rename map, and statuses of items
 * a release no longer has move to `removed` rather than being dropped. Data from a newer
 * release, or that fails the structure check, is reported as unreadable and left alone.
 */
import { planIdRenames } from '../../data/plan-renames';
import {
  emptyPlan,
  isBackground,
  isDirection,
  isHours,
  isItemId,
  isStoredStatus,
  type PlanState,
  type StoredStatus,
} from './types';

export const STORAGE_KEY = 'ai-infra-guide:plan';
/** Where unreadable stored data is kept, once, before the reader's next change replaces the key. */
export const UNREADABLE_KEY = 'ai-infra-guide:plan:unreadable';
export const CURRENT_VERSION = 1;
/** Far above any real plan (about 2 KB); a bound so a hostile value cannot make us work hard. */
export const MAX_STORED_CHARS = 100_000;

export type ParseResult = { ok: true; state: PlanState; migratedFrom: number | null } | { ok: false; reason: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * MIGRATIONS[n] turns version n into version n + 1. Version 0 is the shape of the first
 * draft of the planner (no version field; lists of ids per status; `hoursPerWeek`).
 */
export const MIGRATIONS: readonly ((data: Json) => Json)[] = [
  (v0) => {
    const statuses: Record<string, unknown> = {};
    for (const status of ['skipped', 'learning', 'done'] as const) {
      const ids = v0[status];
      if (ids === undefined) continue;
      if (!Array.isArray(ids)) throw new Error(`“${status}” is not a list`);
      for (const id of ids) statuses[String(id)] = status;
    }
    return {
      v: 1,
      background: v0['background'] ?? null,
      direction: 'general',
      hours: v0['hoursPerWeek'] ?? emptyPlan().hours,
      statuses,
      removed: {},
    };
  },
];

function statusMap(value: unknown, field: string): Record<string, StoredStatus> {
  if (!isObject(value)) throw new Error(`“${field}” is not an object`);
  const out: Record<string, StoredStatus> = {};
  for (const [id, status] of Object.entries(value)) {
    if (!isItemId(id)) throw new Error(`“${field}” has an entry that is not an item id`);
    if (!isStoredStatus(status)) throw new Error(`“${field}” has an unknown status for “${id}”`);
    out[id] = status;
  }
  return out;
}

/** Checks the current version's structure strictly; throws with the reason. */
function readCurrent(data: Json): PlanState {
  const known = new Set(['v', 'background', 'direction', 'hours', 'statuses', 'removed']);
  const extra = Object.keys(data).find((k) => !known.has(k));
  if (extra) throw new Error(`unexpected field “${extra}”`);
  if (data['background'] !== null && !isBackground(data['background'])) throw new Error('unknown background');
  if (!isDirection(data['direction'])) throw new Error('unknown direction');
  if (!isHours(data['hours'])) throw new Error('hours a week is not a whole number from 1 to 60');
  return {
    background: data['background'],
    direction: data['direction'],
    hours: data['hours'],
    statuses: statusMap(data['statuses'], 'statuses'),
    removed: statusMap(data['removed'], 'removed'),
  };
}

/** Follows renames (old → new, possibly in chains) to the current id. */
export function currentId(id: string, renames: Readonly<Record<string, string>> = planIdRenames): string {
  let current = id;
  for (let hops = 0; hops < 50 && Object.hasOwn(renames, current); hops++) current = renames[current] ?? current;
  return current;
}

function applyRenames(state: PlanState, renames: Readonly<Record<string, string>>): PlanState {
  const rename = (map: Record<string, StoredStatus>) => {
    const out: Record<string, StoredStatus> = {};
    // Entries under a current id win over ones under an old id for the same item.
    for (const [id, s] of Object.entries(map)) if (!Object.hasOwn(renames, id)) out[id] = s;
    for (const [id, s] of Object.entries(map)) {
      const to = currentId(id, renames);
      if (!Object.hasOwn(out, to)) out[to] = s;
    }
    return out;
  };
  return { ...state, statuses: rename(state.statuses), removed: rename(state.removed) };
}

/** Migrates a parsed document of any known version to the current state. */
export function migrate(
  data: unknown,
  renames: Readonly<Record<string, string>> = planIdRenames,
): { state: PlanState; migratedFrom: number | null } {
  if (!isObject(data)) throw new Error('it is not a plan');
  const version = data['v'] === undefined ? 0 : data['v'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) throw new Error('unknown version');
  if (version > CURRENT_VERSION) throw new Error(`it was saved by a newer version of the guide (v${version})`);
  let doc = data;
  for (const step of MIGRATIONS.slice(version, CURRENT_VERSION)) doc = step(doc);
  return { state: applyRenames(readCurrent(doc), renames), migratedFrom: version === CURRENT_VERSION ? null : version };
}

/** Reads stored text. Never throws: an unreadable document comes back with the reason. */
export function parseStoredPlan(text: string, renames?: Readonly<Record<string, string>>): ParseResult {
  if (text.length > MAX_STORED_CHARS) return { ok: false, reason: 'the stored plan is far too long' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the stored plan is not valid JSON' };
  }
  try {
    return { ok: true, ...migrate(data, renames) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

export function toStored(state: PlanState): Json {
  return {
    v: CURRENT_VERSION,
    background: state.background,
    direction: state.direction,
    hours: state.hours,
    statuses: state.statuses,
    removed: state.removed,
  };
}

export function serialiseStoredPlan(state: PlanState): string {
  return JSON.stringify(toStored(state));
}

/**
 * Puts statuses of ids this release does not have aside in `removed`, and brings back ones
 * whose item exists again. Nothing is dropped: a later release can still use them.
 */
export function reconcile(state: PlanState, knownIds: ReadonlySet<string>): PlanState {
  const statuses: Record<string, StoredStatus> = {};
  const removed: Record<string, StoredStatus> = {};
  for (const [id, s] of Object.entries(state.removed)) {
    if (knownIds.has(id)) statuses[id] = s;
    else removed[id] = s;
  }
  for (const [id, s] of Object.entries(state.statuses)) {
    if (knownIds.has(id)) statuses[id] = s;
    else removed[id] = s;
  }
  return { ...state, statuses, removed };
}

/** Sets one item's status ("not-started" removes the entry). */
export function withStatus(state: PlanState, id: string, status: StoredStatus | 'not-started'): PlanState {
  const statuses = Object.fromEntries(Object.entries(state.statuses).filter(([key]) => key !== id));
  if (status !== 'not-started') statuses[id] = status;
  return { ...state, statuses };
}
