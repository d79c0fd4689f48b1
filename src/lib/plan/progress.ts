/** Progress per area and overall, and the week-by-week timeline, from a checklist and its statuses. */
import type { Area, PlanItem, Status, StoredStatus } from './types';

export interface Tally {
  total: number;
  done: number;
  learning: number;
  skipped: number;
  /** Hours of items neither done nor skipped. */
  hoursLeft: number;
  /** Done as a share of the items not skipped, 0–100, rounded down (100 only when all are). */
  percent: number;
}

export interface Progress {
  overall: Tally;
  byArea: { area: Area; tally: Tally }[];
}

export function statusOf(statuses: Readonly<Record<string, StoredStatus>>, id: string): Status {
  return (Object.hasOwn(statuses, id) && statuses[id]) || 'not-started';
}

function tally(items: readonly PlanItem[], statuses: Readonly<Record<string, StoredStatus>>): Tally {
  const t = { total: items.length, done: 0, learning: 0, skipped: 0, hoursLeft: 0, percent: 0 };
  for (const item of items) {
    const status = statusOf(statuses, item.id);
    if (status === 'done') t.done++;
    else if (status === 'skipped') t.skipped++;
    else {
      if (status === 'learning') t.learning++;
      t.hoursLeft += item.hours;
    }
  }
  const counted = t.total - t.skipped;
  t.percent = counted === 0 ? 100 : Math.floor((t.done / counted) * 100);
  return t;
}

export function progressOf(items: readonly PlanItem[], statuses: Readonly<Record<string, StoredStatus>>): Progress {
  const areas: Area[] = [];
  for (const item of items) if (!areas.includes(item.area)) areas.push(item.area);
  return {
    overall: tally(items, statuses),
    byArea: areas.map((area) => ({
      area,
      tally: tally(
        items.filter((i) => i.area === area),
        statuses,
      ),
    })),
  };
}

export interface Week {
  /** 1-based week number from now. */
  week: number;
  /** The items worked on this week and the hours given to each. */
  entries: { id: string; hours: number }[];
}

/**
 * Lays the remaining items (neither done nor skipped), in checklist order, over weeks of
 * `hoursPerWeek`: an item longer than a week's hours runs over several weeks. Items already
 * being learned come first. Done or skipped items drop out, so the timeline moves.
 */
export function timelineOf(
  ordered: readonly PlanItem[],
  statuses: Readonly<Record<string, StoredStatus>>,
  hoursPerWeek: number,
): Week[] {
  const perWeek = Math.max(1, hoursPerWeek);
  const remaining = ordered.filter((i) => {
    const s = statusOf(statuses, i.id);
    return s !== 'done' && s !== 'skipped';
  });
  const weeks: Week[] = [];
  let current: Week = { week: 1, entries: [] };
  let free = perWeek;
  for (const item of remaining) {
    let left = item.hours;
    while (left > 0) {
      const spent = Math.min(left, free);
      current.entries.push({ id: item.id, hours: spent });
      left -= spent;
      free -= spent;
      if (free === 0) {
        weeks.push(current);
        current = { week: current.week + 1, entries: [] };
        free = perWeek;
      }
    }
  }
  if (current.entries.length > 0) weeks.push(current);
  return weeks;
}

export interface WeekSpan {
  from: number;
  to: number;
  ids: string[];
}

/** Joins consecutive weeks that work on the same items ("weeks 3–4"), for reading and print. */
export function spansOf(weeks: readonly Week[]): WeekSpan[] {
  const spans: WeekSpan[] = [];
  for (const w of weeks) {
    const ids = [...new Set(w.entries.map((e) => e.id))];
    const last = spans.at(-1);
    if (last && last.to === w.week - 1 && last.ids.join() === ids.join()) last.to = w.week;
    else spans.push({ from: w.week, to: w.week, ids });
  }
  return spans;
}
