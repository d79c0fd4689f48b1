/**
 * The search session, loaded on first open so a page carries none of it until then:
 * the engine (synonyms, query planning, ranking), rendering, the active filters and the
 * "no results" suggestions. The element's `data-state` ("loading", "searching", "more"
 * while the first results are shown and the rest load, "done", "error") and `data-query`
 * (the query the shown results are for) let tests and the benchmark wait on the results
 * rather than on time.
 */
import { closestTerms, type VocabularyTerm } from '../lib/search/suggest';
import { joinBase } from '../lib/paths';
import { createEngine, FIRST_SHOWN, type SearchOutcome } from './engine';
import { resultItem, statusText } from './render';

export interface SearchElements {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  filters: HTMLElement;
  activeParts: HTMLElement;
  empty: HTMLElement;
  suggestionBox: HTMLElement;
  suggestions: HTMLUListElement;
}

export interface SearchSession {
  /** Called on every opening of the dialog. */
  opened(): void;
}

export function startSession(root: HTMLElement, base: string, els: SearchElements): SearchSession {
  const { dialog, input, status, list, filters, activeParts, empty, suggestionBox, suggestions } = els;
  const engine = createEngine(base);
  const checkboxes = (): HTMLInputElement[] => Array.from(root.querySelectorAll('input[name="part"]'));
  const chosenParts = (): string[] =>
    checkboxes()
      .filter((c) => c.checked)
      .map((c) => c.value);

  /** The active filters stay in view next to the box, so none applies unseen. */
  const showFilters = (): void => {
    const parts = chosenParts();
    filters.hidden = parts.length === 0;
    activeParts.textContent = parts.join(', ');
  };

  let vocabulary: Promise<VocabularyTerm[]> | undefined;
  const loadVocabulary = (): Promise<VocabularyTerm[]> => {
    vocabulary ??= fetch(joinBase(base, '/search/terms.json'))
      .then((r) => (r.ok ? (r.json() as Promise<VocabularyTerm[]>) : []))
      .then((terms) => (Array.isArray(terms) ? terms.filter((t) => typeof t?.term === 'string') : []))
      .catch(() => []);
    return vocabulary;
  };

  const showEmpty = async (words: readonly string[], current: number): Promise<void> => {
    const near = closestTerms(words, await loadVocabulary());
    if (current !== sequence) return;
    suggestions.replaceChildren(
      ...near.map((entry) => {
        const li = document.createElement('li');
        if (entry.href) {
          const link = document.createElement('a');
          link.href = joinBase(base, entry.href);
          link.textContent = entry.term;
          li.append(link);
        } else {
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = entry.term;
          button.addEventListener('click', () => {
            input.value = entry.term;
            void run();
            input.focus();
          });
          li.append(button);
        }
        return li;
      }),
    );
    suggestionBox.hidden = near.length === 0;
    empty.hidden = false;
  };

  // Each keystroke starts a search at once; the one before it, now stale, stops before
  // loading pages' text (the costly part), so fast typing does not queue that work for
  // every key before the last one's.
  let sequence = 0;
  const run = async (): Promise<void> => {
    const current = ++sequence;
    showFilters();
    const query = input.value.trim();
    const parts = chosenParts();
    if (query === '') {
      list.replaceChildren();
      empty.hidden = true;
      status.textContent = '';
      root.dataset['state'] = 'done';
      root.dataset['query'] = '';
      return;
    }
    root.dataset['state'] = 'searching';
    status.textContent = 'Searching…';
    let outcome: SearchOutcome | undefined;
    try {
      outcome = await engine.search(query, parts, () => current !== sequence);
    } catch {
      if (current !== sequence) return;
      status.textContent = 'Search could not load. Check your connection and try again.';
      root.dataset['state'] = 'error';
      return;
    }
    if (!outcome || current !== sequence) return; // newer words have come
    // The first results are shown as soon as they are in; the rest follow in order.
    try {
      const first = await Promise.all(outcome.pages.slice(0, FIRST_SHOWN));
      if (current !== sequence) return;
      list.replaceChildren(...first.map(resultItem));
      status.textContent = statusText(query, outcome, parts);
      root.dataset['query'] = query;
      if (outcome.pages.length > FIRST_SHOWN) {
        root.dataset['state'] = 'more';
        const rest = await Promise.all(outcome.pages.slice(FIRST_SHOWN));
        if (current !== sequence) return;
        list.append(...rest.map(resultItem));
      }
    } catch {
      if (current !== sequence) return;
      status.textContent = 'Search could not load. Check your connection and try again.';
      root.dataset['state'] = 'error';
      return;
    }
    root.dataset['state'] = 'done';
    if (outcome.pages.length === 0 && outcome.outsideFilter === 0) {
      const words = outcome.missed.length ? outcome.missed : [query];
      void showEmpty(words, current);
    } else {
      empty.hidden = true;
    }
  };
  input.addEventListener('input', () => void run());
  root.querySelector('.parts')?.addEventListener('change', () => void run());
  root.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
    for (const box of checkboxes()) box.checked = false;
    input.focus();
    void run();
  });
  dialog.addEventListener('click', (event) => {
    if ((event.target as Element).closest('.results a, .empty a')) dialog.close();
  });

  // Arrow keys move between the search box and the results (pages and their sections).
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = Array.from(list.querySelectorAll('a'));
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });

  const opened = (): void => {
    showFilters();
    if (!root.dataset['state']) root.dataset['state'] = 'loading';
    void engine
      .load()
      .then(() => {
        root.dataset['index'] = 'loaded';
        if (root.dataset['state'] === 'loading') root.dataset['state'] = 'done';
      })
      .catch(() => undefined);
  };
  // Words typed while this module was loading are searched now.
  if (input.value.trim() !== '') void run();
  return { opened };
}
