/**
 * Moving a plan between browsers: an export file (JSON), a compact share link, and the
 * merge of an imported plan into the one already here. Parsers never throw; they return
 * the reason a file or link cannot be used, and the caller leaves the current plan alone.
 */
import { migrate, toStored } from './storage';
import {
  isBackground,
  isDirection,
  isItemId,
  type PlanState,
  type StoredStatus,
  BACKGROUNDS,
  DIRECTIONS,
  HOURS_MAX,
  HOURS_MIN,
} from './types';

export const FILE_FORMAT = 'ai-infra-guide-plan';
export const MAX_FILE_BYTES = 200_000;
/** Common URL limits start near 2,000 characters; the plan part of a link stays under this. */
export const MAX_SHARE_CHARS = 1800;

export type TransferResult = { ok: true; state: PlanState } | { ok: false; reason: string };

/** The export file: the stored document, labelled so a foreign JSON file is recognised. */
export function exportPlanFile(state: PlanState, exportedOn: string): string {
  return `${JSON.stringify({ format: FILE_FORMAT, exported: exportedOn, plan: toStored(state) }, null, 2)}\n`;
}

export function parsePlanFile(text: string): TransferResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'The file is too large to be a plan from this guide.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not a plan from this guide (it is not JSON).' };
  }
  const doc = data as { format?: unknown; plan?: unknown } | null;
  if (typeof doc !== 'object' || doc === null || doc.format !== FILE_FORMAT) {
    return { ok: false, reason: 'The file is not a plan exported from this guide.' };
  }
  try {
    return { ok: true, state: migrate(doc.plan).state };
  } catch (error) {
    return { ok: false, reason: `The plan in the file cannot be read: ${(error as Error).message}.` };
  }
}

/*
 * Share link format, version 1 ("p" parameter of the planner page's fragment):
 *   1.<background index>.<direction index>.<hours>.<entries>
 * entries: "~"-joined <status letter><item id>, status letters d(one), l(earning), s(kipped).
 * Every character is URL-safe, so the value needs no escaping. Ids are kept whole (not
 * indexes) so a link made before items change still means the same items.
 */
const LETTER: Record<StoredStatus, string> = { done: 'd', learning: 'l', skipped: 's' };
const FROM_LETTER: Record<string, StoredStatus> = { d: 'done', l: 'learning', s: 'skipped' };
const SHARE_PATTERN = /^1\.([0-9])\.([0-9])\.([0-9]{1,2})\.((?:[dls][a-z0-9-]+)(?:~[dls][a-z0-9-]+)*)?$/;

export function encodeShare(state: PlanState): string {
  const bg = state.background === null ? BACKGROUNDS.length : BACKGROUNDS.indexOf(state.background);
  const entries = Object.entries(state.statuses).map(([id, s]) => LETTER[s] + id);
  return `1.${bg}.${DIRECTIONS.indexOf(state.direction)}.${state.hours}.${entries.join('~')}`;
}

export function decodeShare(value: string): TransferResult {
  const broken = { ok: false, reason: 'The share link is damaged or incomplete, so it was not loaded.' } as const;
  if (value.length > MAX_SHARE_CHARS) return { ok: false, reason: 'The share link is too long to be from this guide.' };
  const match = SHARE_PATTERN.exec(value);
  if (!match) return broken;
  const bgIndex = Number(match[1]);
  const background = bgIndex === BACKGROUNDS.length ? null : BACKGROUNDS[bgIndex];
  const direction = DIRECTIONS[Number(match[2])];
  const hours = Number(match[3]);
  if ((background !== null && !isBackground(background)) || !isDirection(direction)) return broken;
  if (hours < HOURS_MIN || hours > HOURS_MAX || String(hours) !== match[3]) return broken;
  const statuses: Record<string, StoredStatus> = {};
  for (const entry of match[4] ? match[4].split('~') : []) {
    const id = entry.slice(1);
    const status = FROM_LETTER[entry.charAt(0)];
    if (!status || !isItemId(id) || Object.hasOwn(statuses, id)) return broken;
    statuses[id] = status;
  }
  try {
    // Through the same path as stored data, so renamed ids map the same way.
    const state = migrate({ v: 1, background, direction, hours, statuses, removed: {} }).state;
    return { ok: true, state };
  } catch {
    return broken;
  }
}

/** How far along a status is; a merge keeps the further of two. */
const RANK: Record<StoredStatus, number> = { skipped: 1, learning: 2, done: 3 };

/**
 * Merges an imported plan into the current one: the current settings (background,
 * direction, hours) stay, unless none was chosen yet; each item keeps the further of its
 * two statuses (done over learning over skipped over not started); removed items are kept.
 */
export function mergePlans(current: PlanState, incoming: PlanState): PlanState {
  const pick = (a: Record<string, StoredStatus>, b: Record<string, StoredStatus>) => {
    const out = { ...a };
    for (const [id, s] of Object.entries(b)) {
      const mine = out[id];
      if (!Object.hasOwn(out, id) || !mine || RANK[s] > RANK[mine]) out[id] = s;
    }
    return out;
  };
  const statuses = pick(current.statuses, incoming.statuses);
  const removed = Object.fromEntries(
    Object.entries(pick(current.removed, incoming.removed)).filter(([id]) => !Object.hasOwn(statuses, id)),
  );
  const settingsFrom = current.background === null ? incoming : current;
  return {
    background: settingsFrom.background,
    direction: settingsFrom.direction,
    hours: settingsFrom.hours,
    statuses,
    removed,
  };
}
