import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUNDS,
  DIRECTIONS,
  checklistFor,
  decodeShare,
  emptyPlan,
  encodeShare,
  exportPlanFile,
  MAX_SHARE_CHARS,
  mergePlans,
  migrate,
  orderItems,
  parsePlanFile,
  parseStoredPlan,
  progressOf,
  reconcile,
  selectItems,
  serialiseStoredPlan,
  spansOf,
  timelineOf,
  withStatus,
  type PlanItem,
  type PlanState,
  type StoredStatus,
} from '../../src/lib/plan';
import { planItems } from '../../src/data/plan';

const ids = planItems.map((i) => i.id);
const known = new Set(ids);
const status = fc.constantFrom<StoredStatus>('learning', 'done', 'skipped');
const itemId = fc.oneof(fc.constantFrom(...ids), fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}$/));
const statusMap = fc.dictionary(itemId, status, { maxKeys: 40 });
const plan: fc.Arbitrary<PlanState> = fc.record({
  background: fc.constantFrom(null, ...BACKGROUNDS),
  direction: fc.constantFrom(...DIRECTIONS),
  hours: fc.integer({ min: 1, max: 60 }),
  statuses: statusMap,
  removed: statusMap,
});
/** A plan over the guide's own items, as the planner keeps it. */
const knownPlan = plan.map((p) => reconcile({ ...p, removed: {} }, known));

const item = (id: string, after: string[] = [], extra: Partial<PlanItem> = {}): PlanItem => ({
  id,
  title: id,
  area: 'kubernetes',
  coveredBy: [],
  directions: ['general'],
  hours: 4,
  after,
  ...extra,
});

describe('selecting and ordering a checklist', () => {
  it('leaves out what the background covers and other directions’ items', () => {
    const items = [
      item('a', [], { coveredBy: ['devops'] }),
      item('b', [], { directions: ['serving'] }),
      item('c', [], { directions: ['gpu-training'] }),
      item('d'),
    ];
    expect(selectItems(items, 'devops', 'serving').map((i) => i.id)).toEqual(['b', 'd']);
    expect(selectItems(items, 'other', 'general').map((i) => i.id)).toEqual(['a', 'd']);
  });

  it('puts every item after its prerequisites, for every background and direction', () => {
    for (const bg of BACKGROUNDS) {
      for (const dir of DIRECTIONS) {
        const list = checklistFor(planItems, bg, dir);
        const position = new Map(list.map((i, n) => [i.id, n]));
        for (const i of list)
          for (const before of i.after) {
            if (position.has(before)) expect(position.get(before)!).toBeLessThan(position.get(i.id)!);
          }
      }
    }
  });

  it('orders any acyclic graph correctly and keeps data order among ready items', () => {
    const dag = fc
      .integer({ min: 1, max: 15 })
      .chain((n) =>
        fc.tuple(...Array.from({ length: n }, (_, k) => fc.subarray(Array.from({ length: k }, (_, j) => `i${j}`)))),
      );
    fc.assert(
      fc.property(dag, fc.func(fc.boolean()), (afters, keep) => {
        const items = afters.map((after, k) => item(`i${k}`, after)).filter((_, k) => keep(k) || k === 0);
        const ordered = orderItems([...items].reverse());
        expect(ordered).toHaveLength(items.length);
        const pos = new Map(ordered.map((i, n) => [i.id, n]));
        for (const i of ordered)
          for (const b of i.after) if (pos.has(b)) expect(pos.get(b)!).toBeLessThan(pos.get(i.id)!);
      }),
    );
    expect(orderItems([item('x'), item('y'), item('z', ['y'])]).map((i) => i.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('progress and the timeline', () => {
  const items = [item('a', [], { hours: 10 }), item('b', [], { hours: 3, area: 'cloud' }), item('c', [], { hours: 5 })];

  it('counts per area and overall; skipped items leave the total', () => {
    const p = progressOf(items, { a: 'done', b: 'skipped', c: 'learning' });
    expect(p.overall).toEqual({ total: 3, done: 1, learning: 1, skipped: 1, hoursLeft: 5, percent: 50 });
    expect(p.byArea.map((a) => [a.area, a.tally.percent])).toEqual([
      ['kubernetes', 50],
      ['cloud', 100],
    ]);
  });

  it('lays remaining hours over weeks, and moves when items are done or skipped', () => {
    const weeks = timelineOf(items, {}, 8);
    expect(weeks.map((w) => w.entries)).toEqual([
      [{ id: 'a', hours: 8 }],
      [
        { id: 'a', hours: 2 },
        { id: 'b', hours: 3 },
        { id: 'c', hours: 3 },
      ],
      [{ id: 'c', hours: 2 }],
    ]);
    expect(timelineOf(items, { a: 'done' }, 8).map((w) => w.entries)).toEqual([
      [
        { id: 'b', hours: 3 },
        { id: 'c', hours: 5 },
      ],
    ]);
    expect(timelineOf(items, { a: 'skipped', b: 'done', c: 'done' }, 8)).toEqual([]);
    expect(spansOf(timelineOf([item('long', [], { hours: 20 })], {}, 5))).toEqual([{ from: 1, to: 4, ids: ['long'] }]);
  });

  it('never loses or invents hours', () => {
    fc.assert(
      fc.property(knownPlan, (p) => {
        const list = checklistFor(planItems, p.background ?? 'other', p.direction);
        const weeks = timelineOf(list, p.statuses, p.hours);
        const total = weeks.flatMap((w) => w.entries).reduce((s, e) => s + e.hours, 0);
        expect(total).toBe(progressOf(list, p.statuses).overall.hoursLeft);
        for (const w of weeks.slice(0, -1)) expect(w.entries.reduce((s, e) => s + e.hours, 0)).toBe(p.hours);
      }),
    );
  });
});

describe('stored plans', () => {
  it('round-trip through storage', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const parsed = parseStoredPlan(serialiseStoredPlan(p));
        expect(parsed).toEqual({ ok: true, state: p, migratedFrom: null });
      }),
    );
  });

  it('migrate the hand-written v0 shape of the first draft', () => {
    const v0 = JSON.stringify({
      background: 'devops',
      hoursPerWeek: 6,
      done: ['k8s-operate', 'terraform'],
      learning: ['ml-lifecycle'],
      skipped: ['read-job-ads'],
    });
    expect(parseStoredPlan(v0)).toEqual({
      ok: true,
      migratedFrom: 0,
      state: {
        background: 'devops',
        direction: 'general',
        hours: 6,
        statuses: { 'k8s-operate': 'done', terraform: 'done', 'ml-lifecycle': 'learning', 'read-job-ads': 'skipped' },
        removed: {},
      },
    });
    expect(parseStoredPlan('{"background":"devops","done":"k8s-operate"}')).toEqual({
      ok: false,
      reason: '“done” is not a list',
    });
  });

  it('migrate any v0 document that holds valid ids to the same statuses', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), status), fc.integer({ min: 1, max: 60 }), (map, hours) => {
        const lists = { done: [] as string[], learning: [] as string[], skipped: [] as string[] };
        for (const [id, s] of Object.entries(map)) lists[s].push(id);
        const result = parseStoredPlan(JSON.stringify({ background: 'cloud', hoursPerWeek: hours, ...lists }));
        expect(result.ok && result.state.statuses).toEqual(map);
      }),
    );
  });

  it('keep the state of renamed items, in chains, and prefer an entry under the new id', () => {
    const renames = { 'old-k8s': 'mid-k8s', 'mid-k8s': 'k8s-operate', 'old-tf': 'terraform' };
    const stored = JSON.stringify({
      v: 1,
      background: 'data',
      direction: 'serving',
      hours: 9,
      statuses: { 'old-k8s': 'done', 'old-tf': 'learning', terraform: 'skipped' },
      removed: {},
    });
    const parsed = parseStoredPlan(stored, renames);
    expect(parsed.ok && parsed.state.statuses).toEqual({ 'k8s-operate': 'done', terraform: 'skipped' });
    expect(migrate({ done: ['old-tf'] }, renames).state.statuses).toEqual({ terraform: 'done' });
  });

  it('put statuses of removed items aside and bring them back', () => {
    const p = { ...emptyPlan(), statuses: { gone: 'done' as const, terraform: 'learning' as const } };
    const aside = reconcile(p, known);
    expect(aside.statuses).toEqual({ terraform: 'learning' });
    expect(aside.removed).toEqual({ gone: 'done' });
    expect(reconcile(aside, new Set([...known, 'gone'])).statuses).toEqual({ gone: 'done', terraform: 'learning' });
    expect(parseStoredPlan(serialiseStoredPlan(aside))).toMatchObject({ ok: true, state: aside });
  });

  it('report unreadable data with a reason and never throw', () => {
    const bad = [
      ['not json', /not valid JSON/],
      ['[]', /not a plan/],
      ['{"v":2}', /newer version/],
      ['{"v":1,"background":"devops","direction":"general","hours":8,"statuses":{},"removed":{},"x":1}', /unexpected/],
      ['{"v":1,"background":"ops","direction":"general","hours":8,"statuses":{},"removed":{}}', /background/],
      ['{"v":1,"background":null,"direction":"general","hours":0,"statuses":{},"removed":{}}', /hours/],
      ['{"v":1,"background":null,"direction":"general","hours":8,"statuses":{"a":"finished"},"removed":{}}', /status/],
      ['{"v":1,"background":null,"direction":"general","hours":8,"statuses":{"<b>":"done"},"removed":{}}', /item id/],
      ['x'.repeat(100_001), /too long/],
    ] as const;
    for (const [text, reason] of bad) {
      const result = parseStoredPlan(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => parseStoredPlan(s)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(() => parseStoredPlan(JSON.stringify(v))).not.toThrow();
      }),
    );
  });
});

describe('export files and share links', () => {
  it('round-trip through the export file', () => {
    fc.assert(
      fc.property(plan, (p) => {
        expect(parsePlanFile(exportPlanFile(p, '2026-11-27'))).toEqual({ ok: true, state: p });
      }),
    );
  });

  it('refuse foreign and malformed files with a clear reason', () => {
    expect(parsePlanFile('{"name":"my-package","version":"1.0.0"}')).toEqual({
      ok: false,
      reason: 'The file is not a plan exported from this guide.',
    });
    expect(parsePlanFile('\u0000PNG')).toMatchObject({ ok: false, reason: /not JSON/ });
    expect(parsePlanFile('{"format":"ai-infra-guide-plan","plan":{"v":1}}')).toMatchObject({
      ok: false,
      reason: /cannot be read/,
    });
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(parsePlanFile(JSON.stringify(v)).ok).toBe(false);
      }),
    );
  });

  it('round-trip through the share link, URL-safe and within the limit', () => {
    fc.assert(
      fc.property(knownPlan, (p) => {
        const link = encodeShare(p);
        expect(link).toMatch(/^[A-Za-z0-9._~-]+$/);
        expect(encodeURIComponent(link)).toBe(link);
        // A link carries the live statuses; items kept aside stay on the device they were on.
        expect(decodeShare(link)).toEqual({ ok: true, state: { ...p, removed: {} } });
      }),
    );
    const everything = {
      ...emptyPlan(),
      background: 'other' as const,
      statuses: Object.fromEntries(ids.map((id) => [id, 'skipped' as const])),
    };
    expect(encodeShare(everything).length).toBeLessThan(MAX_SHARE_CHARS);
  });

  it('refuse tampered links by their structure', () => {
    const good = encodeShare({ ...emptyPlan(), background: 'devops', statuses: { terraform: 'done' } });
    expect(decodeShare(good).ok).toBe(true);
    for (const bad of [
      '',
      good.replace(/^1/, '2'),
      good.replace('.dterraform', '.xterraform'),
      good.replace('dterraform', 'dterraform~dterraform'),
      '1.9.0.8.',
      '1.0.7.8.',
      '1.0.0.0.',
      '1.0.0.61.',
      '1.0.0.08.',
      `${good}~d<script>`,
      `${good}~d${'a'.repeat(MAX_SHARE_CHARS)}`,
    ]) {
      expect(decodeShare(bad).ok, bad.slice(0, 40)).toBe(false);
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => decodeShare(s)).not.toThrow();
      }),
    );
  });
});

describe('merging an import', () => {
  const rank = { 'not-started': 0, skipped: 1, learning: 2, done: 3 } as const;

  it('keeps the further status of each item, the current settings, and every removed entry', () => {
    fc.assert(
      fc.property(plan, plan, (a, b) => {
        const m = mergePlans(a, b);
        for (const id of new Set([...Object.keys(a.statuses), ...Object.keys(b.statuses)])) {
          const expected = Math.max(rank[a.statuses[id] ?? 'not-started'], rank[b.statuses[id] ?? 'not-started']);
          expect(rank[m.statuses[id]!]).toBe(expected);
        }
        for (const id of Object.keys({ ...a.removed, ...b.removed })) {
          expect(Object.hasOwn(m.removed, id) || Object.hasOwn(m.statuses, id)).toBe(true);
        }
        expect(m.background).toBe(a.background ?? b.background);
        expect(mergePlans(a, b).statuses).toEqual(mergePlans(b, a).statuses);
        expect(mergePlans(m, b)).toEqual(m);
      }),
    );
  });

  it('changes nothing when merging a plan into itself or an empty plan', () => {
    fc.assert(
      fc.property(knownPlan, (p) => {
        expect(mergePlans(p, p)).toEqual(p);
        expect(mergePlans(p, { ...emptyPlan(), background: 'cloud' })).toEqual(
          p.background === null ? { ...p, background: 'cloud', direction: 'general', hours: 8 } : p,
        );
      }),
    );
  });

  it('sets and clears one status', () => {
    const p = withStatus(emptyPlan(), 'terraform', 'done');
    expect(p.statuses).toEqual({ terraform: 'done' });
    expect(withStatus(p, 'terraform', 'not-started').statuses).toEqual({});
  });
});
