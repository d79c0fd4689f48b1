/**
 * DOM for search results and messages. Everything from the index is text: excerpts
 * are parsed and rebuilt from their text and <mark> parts, never inserted as HTML.
 */
import type { SearchOutcome } from './engine';
import type { PagefindResultData, PagefindSubResult } from './pagefind';

/** Sections shown under a page: the ones with the most matches, in page order. */
const MAX_SECTIONS = 3;

/**
 * Excerpts are parsed in one inert <template> (nothing in its content runs or loads,
 * as with DOMParser): a new DOMParser document per excerpt took several times as long,
 * for up to 32 excerpts per keystroke.
 */
let inert: HTMLTemplateElement | undefined;

/** Text and <mark> parts of a Pagefind excerpt, without trusting it as HTML. */
export function excerptNodes(excerpt: string): Node[] {
  inert ??= document.createElement('template');
  inert.innerHTML = `<p>${excerpt}</p>`;
  const parsed = inert.content.firstChild;
  return Array.from(parsed?.childNodes ?? []).map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

function excerpt(html: string): HTMLSpanElement {
  const element = span('excerpt', '');
  element.append(...excerptNodes(html));
  return element;
}

/** The sections of a page that matched, other than the page's top. */
function sections(item: PagefindResultData): PagefindSubResult[] {
  const withAnchor = (item.sub_results ?? []).filter((s) => {
    const hash = new URL(s.url, location.href).hash;
    return hash !== '' && hash !== '#_top';
  });
  const strongest = [...withAnchor]
    .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
    .slice(0, MAX_SECTIONS);
  return withAnchor.filter((s) => strongest.includes(s));
}

export function resultItem(item: PagefindResultData): HTMLLIElement {
  const link = document.createElement('a');
  link.className = 'page';
  link.href = item.url;
  const part = item.filters['part']?.[0];
  if (part) link.append(span('part', part));
  link.append(span('title', item.meta.title ?? item.url), excerpt(item.excerpt));
  const li = document.createElement('li');
  li.append(link);
  const matched = sections(item);
  if (matched.length) {
    const list = document.createElement('ul');
    list.className = 'sections';
    list.setAttribute('aria-label', `Sections of ${item.meta.title ?? 'this page'} that match`);
    for (const section of matched) {
      const sectionLink = document.createElement('a');
      sectionLink.href = section.url;
      sectionLink.append(span('section-title', section.title), excerpt(section.excerpt));
      const sectionItem = document.createElement('li');
      sectionItem.append(sectionLink);
      list.append(sectionItem);
    }
    li.append(list);
  }
  return li;
}

const quote = (text: string): string => `“${text}”`;
const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** The status line for an outcome: what was found, and why not where nothing was. */
export function statusText(query: string, outcome: SearchOutcome, parts: readonly string[]): string {
  const { plan, missed, total, outsideFilter } = outcome;
  const ignored = plan.ignored.length ? ` Left out as too common or too short: ${list(plan.ignored.map(quote))}.` : '';
  if (plan.groups.length === 0) {
    return `No results for ${quote(query)}: its words are too common or too short to search for on their own. Add a tool, a topic or a role.`;
  }
  if (missed.length === plan.groups.length) {
    return `No results for ${quote(query)}: no page mentions ${list(missed.map(quote))}.${ignored}`;
  }
  const where = parts.length ? ` in ${list(parts)}` : '';
  if (total === 0) {
    return `No results for ${quote(query)}${where}; ${outsideFilter} in other parts of the guide.`;
  }
  const unmatched = missed.length ? ` Nothing matched ${list(missed.map(quote))}.` : '';
  const wider = outcome.widened
    .map((w) => ` No page mentions ${quote(w.label)}; showing the wider topic ${list(w.topics.map(quote))}.`)
    .join('');
  return `${total} result${total === 1 ? '' : 's'} for ${quote(query)}${where}.${wider}${unmatched}${ignored}`;
}
