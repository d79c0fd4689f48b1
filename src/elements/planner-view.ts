/** Renders what the core returns: the checklist with a status per item, progress, timeline, calculator link. */
import { progressOf, spansOf, statusOf, timelineOf, type Progress } from '../lib/plan/progress';
import { AREA_LABELS, STATUSES, STATUS_LABELS, type PlanState, type Status } from '../lib/plan/types';
import { h } from './dom';
import type { ClientItem } from './planner-items';

export interface ViewParts {
  root: HTMLElement;
  list: HTMLOListElement;
  progress: HTMLElement;
  timeline: HTMLElement;
  skills: HTMLElement;
  rows: Map<string, { row: HTMLElement; select: HTMLSelectElement; text: HTMLElement }>;
  /** The item ids the rows were built for, so a status change does not rebuild them (focus stays). */
  builtFor: string;
}

export function buildView(): ViewParts {
  const list = h('ol', { class: 'items' }) as HTMLOListElement;
  const progress = h('div', { class: 'progress' });
  const timeline = h('div', { class: 'timeline' });
  const skills = h('p', { class: 'skills' });
  const root = h(
    'div',
    { class: 'view', hidden: true },
    h('h3', {}, 'Progress'),
    progress,
    skills,
    h('h3', {}, 'Your checklist'),
    h(
      'p',
      { class: 'hint' },
      'In a sensible order: each item comes after what it builds on. Hours are the guide’s own assumptions; open one to see why.',
    ),
    list,
    h('h3', {}, 'Week by week'),
    timeline,
  );
  return { root, list, progress, timeline, skills, rows: new Map(), builtFor: '' };
}

function row(item: ClientItem, onStatus: (id: string, status: Status) => void) {
  const select = h(
    'select',
    { 'aria-label': `Status: ${item.title}`, 'data-status-for': item.id },
    ...STATUSES.map((s) => h('option', { value: s }, STATUS_LABELS[s])),
  ) as HTMLSelectElement;
  select.addEventListener('change', () => onStatus(item.id, select.value as Status));
  const text = h('span', { class: 'status-text' });
  const links = h('p', { class: 'links' }, 'Learn: ', h('a', { href: item.chapter.href }, item.chapter.title));
  if (item.project) links.append(' · Prove it: ', h('a', { href: item.project.href }, item.project.title));
  const rowEl = h(
    'li',
    { 'data-item': item.id },
    h('div', { class: 'item-head' }, h('span', { class: 'title' }, item.title), select, text),
    links,
    h('p', { class: 'done-when' }, `Done when: ${item.doneWhen}`),
    h(
      'details',
      { class: 'effort' },
      h('summary', {}, `About ${item.hours} hours`),
      h('p', {}, `${item.hoursReason} (an assumption of this guide: no source gives a timescale)`),
    ),
  );
  return { row: rowEl, select, text };
}

function bar(label: string, percent: number): HTMLElement {
  const meter = h('progress', { max: '100', value: String(percent), 'aria-label': label });
  return h('div', { class: 'bar-row' }, h('span', {}, label), meter, h('span', { class: 'pct' }, `${percent}%`));
}

function renderProgress(el: HTMLElement, p: Progress): void {
  const o = p.overall;
  el.replaceChildren(
    h(
      'p',
      { class: 'summary', role: 'status' },
      `${o.done} of ${o.total - o.skipped} done, ${o.learning} in progress, ${o.skipped} skipped. About ${o.hoursLeft} hours to go.`,
    ),
    bar('Overall', o.percent),
    h(
      'details',
      { class: 'areas' },
      h('summary', {}, 'By area'),
      ...p.byArea.map((a) => bar(AREA_LABELS[a.area], a.tally.percent)),
    ),
  );
}

export function renderView(
  view: ViewParts,
  items: readonly ClientItem[],
  state: PlanState,
  calculatorHref: string,
  onStatus: (id: string, status: Status) => void,
): void {
  const key = items.map((i) => i.id).join();
  if (view.builtFor !== key) {
    view.rows = new Map(items.map((i) => [i.id, row(i, onStatus)]));
    view.list.replaceChildren(...[...view.rows.values()].map((r) => r.row));
    view.builtFor = key;
  }
  for (const [id, r] of view.rows) {
    const status = statusOf(state.statuses, id);
    if (r.select.value !== status) r.select.value = status;
    r.text.textContent = STATUS_LABELS[status];
    r.row.dataset['status'] = status;
  }
  renderProgress(view.progress, progressOf(items, state.statuses));

  const weeks = timelineOf(items, state.statuses, state.hours);
  const titles = new Map(items.map((i) => [i.id, i.title]));
  view.timeline.replaceChildren(
    weeks.length === 0
      ? h('p', {}, 'Nothing left on your checklist: you are ready to apply.')
      : h(
          'p',
          {},
          `At ${state.hours} hours a week, what is left takes about ${weeks.length} week${weeks.length === 1 ? '' : 's'}.`,
        ),
    h(
      'ol',
      { class: 'weeks' },
      ...spansOf(weeks).map((s) =>
        h(
          'li',
          {},
          h('strong', {}, s.from === s.to ? `Week ${s.from}` : `Weeks ${s.from}–${s.to}`),
          `: ${s.ids.map((id) => titles.get(id)).join('; ')}`,
        ),
      ),
    ),
  );

  const skills = [
    ...new Set(items.filter((i) => i.calculatorSkill && state.statuses[i.id] === 'done').map((i) => i.calculatorSkill)),
  ];
  view.skills.replaceChildren(
    skills.length === 0
      ? 'Mark items done to carry your skills into the salary calculator.'
      : h('a', { href: `${calculatorHref}?skills=${skills.join(',')}` }, 'Your skills in the salary calculator'),
  );
}
