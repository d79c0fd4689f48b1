import { describe, expect, it } from 'vitest';
import { BRANCHES, MAIN_ROUTE } from '../../src/data/reading-order';
import { readingNeighbours, type ReadingOrder } from '../../src/lib/reading-order';

const order: ReadingOrder = { main: MAIN_ROUTE, branches: BRANCHES };
const all = () => true;

describe('reading order', () => {
  it('sends a DevOps reader on to the learning plan, not to the other paths', () => {
    expect(readingNeighbours('paths/from-devops', order, all)).toEqual({ prev: 'paths', next: 'plan/learning-plan' });
    for (const id of Object.keys(BRANCHES)) {
      const next = readingNeighbours(id, order, all)?.next ?? '';
      expect(next.startsWith('paths/from-'), `${id} → ${next}`).toBe(false);
    }
  });

  it('skips pages that are not in the build, before and after a merge', () => {
    const built = new Set(['', 'role', 'skills', 'pay', 'paths', 'paths/from-devops', 'projects']);
    const exists = (id: string) => built.has(id);
    expect(readingNeighbours('skills', order, exists)).toEqual({ prev: 'role', next: 'pay' });
    // No learning plan yet: on from the branch to the next page that exists after 'paths'.
    expect(readingNeighbours('paths/from-devops', order, exists)).toEqual({ prev: 'paths', next: 'skills' });
    expect(readingNeighbours('paths', order, exists)).toEqual({ prev: 'pay', next: 'projects' });
    const none = new Set(['paths/from-devops']);
    expect(readingNeighbours('paths/from-devops', order, (id) => none.has(id))).toEqual({
      prev: undefined,
      next: undefined,
    });
  });

  it('the main line never steps onto a branch page', () => {
    for (const id of MAIN_ROUTE) {
      const n = readingNeighbours(id, order, all);
      expect(Object.keys(BRANCHES)).not.toContain(n?.next);
      expect(Object.keys(BRANCHES)).not.toContain(n?.prev);
    }
  });

  it('leaves pages the order does not name to the default', () => {
    expect(readingNeighbours('embed/salary-calculator', order, all)).toBeUndefined();
  });

  it('names every page once, and every branch point is on the main line', () => {
    const ids = [...MAIN_ROUTE, ...Object.keys(BRANCHES)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const branch of Object.values(BRANCHES)) expect(MAIN_ROUTE).toContain(branch.from);
  });
});
