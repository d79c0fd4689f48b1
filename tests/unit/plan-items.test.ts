import { describe, expect, it } from 'vitest';
import { docsPages, headingSlug, planItems } from '../../src/data/plan';
import { planItemEntries } from '../../src/data/plan-items';
import { planIdRenames } from '../../src/data/plan-renames';
import { findCycle, validatePlanItems, type PageLookup } from '../../src/data/plan-schema';
import { BACKGROUNDS } from '../../src/lib/plan';

const entries = planItemEntries.map((e) => structuredClone(e)) as unknown as Record<string, unknown>[];
const validate = (items: unknown[], pages: PageLookup = docsPages, renames = {}) =>
  validatePlanItems(items, pages, renames);
const withChange = (id: string, change: Record<string, unknown>) =>
  entries.map((e) => (e['id'] === id ? { ...e, ...change } : e));

describe('the planner items', () => {
  it('are valid against the site’s pages, 25–35 of them', () => {
    expect(() => validate(entries, docsPages, planIdRenames)).not.toThrow();
    expect(planItems.length).toBeGreaterThanOrEqual(25);
    expect(planItems.length).toBeLessThanOrEqual(35);
  });

  it('give every background a checklist, the "other" background the longest', () => {
    const counts = BACKGROUNDS.map((bg) => planItems.filter((i) => !i.coveredBy.includes(bg)).length);
    expect(Math.min(...counts)).toBeGreaterThan(15);
    expect(counts.at(-1)).toBe(Math.max(...counts));
  });

  it('fail on an item linking to a missing page', () => {
    expect(() => validate(withChange('linux-shell', { chapter: { page: 'no-such-page/' } }))).toThrow(
      /"linux-shell" links to missing page "no-such-page\/"/,
    );
  });

  it('fail on a link to a missing heading, and on a project that is not a heading of projects/', () => {
    expect(() => validate(withChange('terraform', { chapter: { page: 'skills/', anchor: 'nope' } }))).toThrow(
      /missing heading "#nope"/,
    );
    expect(() => validate(withChange('k8s-operate', { project: 'a-project-nobody-wrote' }))).toThrow(
      /names project "#a-project-nobody-wrote"/,
    );
  });

  it('fail on a dependency on a missing item', () => {
    expect(() => validate(withChange('k8s-operate', { after: ['k8s-wrokloads'] }))).toThrow(
      /"k8s-operate" comes after unknown item "k8s-wrokloads"/,
    );
  });

  it('fail on a cycle, naming it', () => {
    expect(() => validate(withChange('linux-shell', { after: ['git-ci'] }))).toThrow(
      /cycle: linux-shell → git-ci → containers → linux-shell/,
    );
    expect(findCycle([{ id: 'a', after: ['a'] }])).toEqual(['a', 'a']);
    expect(findCycle([{ id: 'a', after: [] }])).toBeNull();
  });

  it('fail on a core item after a deeper one, a duplicate id, a missing reason, or an unknown skill', () => {
    expect(() => validate(withChange('portfolio-writeups', { after: ['gpu-observability'] }))).toThrow(/not core/);
    expect(() => validate([...entries, entries[0]])).toThrow(/Duplicate plan item id "linux-shell"/);
    expect(() => validate(withChange('terraform', { hoursReason: 'because' }))).toThrow(/needs a reason/);
    expect(() => validate(withChange('terraform', { calculatorSkill: 'terraform' }))).toThrow(/"terraform"/);
  });

  it('fail on a rename whose old id is still used or whose new id is unknown', () => {
    expect(() => validate(entries, docsPages, { 'linux-shell': 'containers' })).toThrow(/still in use/);
    expect(() => validate(entries, docsPages, { 'old-id': 'gone' })).toThrow(/renamed to unknown item "gone"/);
    expect(() => validate(entries, docsPages, { 'old-id': 'containers' })).not.toThrow();
  });

  it('switch to a planned chapter as soon as its page exists', () => {
    const pages = (extra: string[]): PageLookup => ({
      pageExists: (slug) => extra.includes(slug) || docsPages.pageExists(slug),
      anchorsOf: (slug) => docsPages.anchorsOf(slug),
    });
    const item = (resolved: ReturnType<typeof validate>) => resolved.find((i) => i.id === 'serve-llm')!;
    const before = item(validate(entries, pages([])));
    const after = item(validate(entries, pages(['stack/serving/'])));
    if (!docsPages.pageExists('stack/serving/'))
      expect(before.chapter).toBe('skills/#gpu-optimisation-and-distributed-training');
    expect(after.chapter).toBe('stack/serving/');
  });

  it('read headings the way Starlight makes their anchors', () => {
    expect(headingSlug('Cost and utilisation dashboards for GPU workloads')).toBe(
      'cost-and-utilisation-dashboards-for-gpu-workloads',
    );
    expect(headingSlug('End-to-end model service on a major cloud')).toBe('end-to-end-model-service-on-a-major-cloud');
    expect(docsPages.anchorsOf('projects/')?.has('gpu-aware-kubernetes-cluster')).toBe(true);
    expect(docsPages.anchorsOf('no-page/')).toBeNull();
  });
});
