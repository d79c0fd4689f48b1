/**
 * The plan in localStorage, shared by the planner and the checklists on chapter pages.
 *
 * - One key (STORAGE_KEY), written whole; other tabs hear of it through the `storage`
 *   event, other elements on this page through PLAN_EVENT.
 * - Storage unavailable (private mode, blocked, full): the plan lives in memory for the
 *   visit and `remembered` says so.
 * - Unreadable data is never overwritten before it has been copied to a backup key.
 */
import { STORAGE_KEY, UNREADABLE_KEY, parseStoredPlan, serialiseStoredPlan } from '../lib/plan/storage';
import { emptyPlan, type PlanState } from '../lib/plan/types';

export { STORAGE_KEY };
export const PLAN_EVENT = 'ai-plan-change';

export interface Loaded {
  state: PlanState;
  /** Set when stored data exists but cannot be read: the reason and the text itself. */
  unreadable: { reason: string; raw: string } | null;
}

/** Shared by every element on the page, so they agree when storage is unavailable. */
let memory: string | null = null;
let usable: boolean | null = null;

function storage(): Storage | null {
  if (usable === false) return null;
  try {
    const s = window.localStorage;
    if (usable === null) {
      const probe = `${STORAGE_KEY}:probe`;
      s.setItem(probe, '1');
      s.removeItem(probe);
      usable = true;
    }
    return s;
  } catch {
    usable = false;
    return null;
  }
}

/** False when this visit's changes cannot be remembered. */
export function remembered(): boolean {
  return storage() !== null;
}

function readRaw(): string | null {
  const s = storage();
  if (!s) return memory;
  try {
    return s.getItem(STORAGE_KEY);
  } catch {
    usable = false;
    return memory;
  }
}

export function loadPlan(): Loaded {
  const raw = readRaw();
  if (raw === null) return { state: emptyPlan(), unreadable: null };
  const parsed = parseStoredPlan(raw);
  return parsed.ok
    ? { state: parsed.state, unreadable: null }
    : { state: emptyPlan(), unreadable: { reason: parsed.reason, raw } };
}

/** Unreadable texts kept aside so far (the first under UNREADABLE_KEY, then ":2", ":3"…). */
export function unreadableBackups(): string[] {
  const s = storage();
  const out: string[] = [];
  if (!s) return out;
  for (let n = 1; n <= 20; n++) {
    const value = s.getItem(n === 1 ? UNREADABLE_KEY : `${UNREADABLE_KEY}:${n}`);
    if (value !== null) out.push(value);
  }
  return out;
}

/** Copies unreadable text to a free backup key (once per distinct text). False if it could not. */
function backUp(raw: string): boolean {
  const s = storage();
  if (!s) return false;
  try {
    for (let n = 1; n <= 20; n++) {
      const key = n === 1 ? UNREADABLE_KEY : `${UNREADABLE_KEY}:${n}`;
      const value = s.getItem(key);
      if (value === raw) return true;
      if (value === null) {
        s.setItem(key, raw);
        return true;
      }
    }
  } catch {
    // Full: fall through; the caller keeps the original in place.
  }
  return false;
}

/**
 * Saves the plan. Unreadable data under the key is backed up first; if that fails, the
 * plan is kept in memory and the stored text left as it was. Returns whether it is stored.
 */
export function savePlan(state: PlanState): boolean {
  const text = serialiseStoredPlan(state);
  memory = text;
  const s = storage();
  let stored = false;
  if (s) {
    try {
      const current = s.getItem(STORAGE_KEY);
      const safe = current === null || parseStoredPlan(current).ok || backUp(current);
      if (safe) {
        s.setItem(STORAGE_KEY, text);
        stored = true;
      }
    } catch {
      // Quota exceeded or blocked mid-visit: keep going in memory.
      usable = false;
    }
  }
  window.dispatchEvent(new CustomEvent(PLAN_EVENT));
  return stored;
}

/** Removes the plan (reset). Backups of unreadable data stay until the reader deletes them. */
export function clearPlan(): void {
  memory = null;
  const s = storage();
  try {
    s?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored to clear.
  }
  window.dispatchEvent(new CustomEvent(PLAN_EVENT));
}

export function deleteBackups(): void {
  const s = storage();
  for (let n = 1; n <= 20; n++) s?.removeItem(n === 1 ? UNREADABLE_KEY : `${UNREADABLE_KEY}:${n}`);
}

/** Calls `onChange` when the plan changes in another tab or another element. Returns an unsubscribe. */
export function watchPlan(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === STORAGE_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(PLAN_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(PLAN_EVENT, onChange);
  };
}
