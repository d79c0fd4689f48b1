/**
 * The search dialog's behaviour: open and close, run the query as the reader types,
 * show the active part filters, and on "no results" offer the nearest terms. The
 * element's `data-state` ("loading", "searching", "done", "error") and
 * `data-query` (the query the shown results are for) let tests and the benchmark
 * wait on the results rather than on time.
 */
import { closestTerms, type VocabularyTerm } from '../lib/search/suggest';
import { joinBase } from '../lib/paths';
import { createEngine, type SearchOutcome } from './engine';
import { resultItem, statusText } from './render';

export function attachSearch(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const open = root.querySelector<HTMLButtonElement>('[data-open-search]');
  const close = root.querySelector<HTMLButtonElement>('[data-close-search]');
  const dialog = root.querySelector('dialog');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('.status');
  const list = root.querySelector<HTMLOListElement>('.results');
  const filters = root.querySelector<HTMLElement>('.active-filters');
  const activeParts = root.querySelector<HTMLElement>('[data-active-parts]');
  const empty = root.querySelector<HTMLElement>('[data-empty]');
  const suggestionBox = root.querySelector<HTMLElement>('[data-suggestions]');
  const suggestions = root.querySelector<HTMLUListElement>('.suggestions');
  if (!open || !close || !dialog || !input || !status || !list || !filters || !activeParts) return;
  if (!empty || !suggestionBox || !suggestions) return;

  if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
    const mod = root.querySelector('[data-mod]');
    if (mod) mod.textContent = '⌘';
    open.setAttribute('aria-keyshortcuts', 'Meta+K');
  }
  const keys = Array.from(root.querySelectorAll('.shortcut kbd'), (k) => k.textContent).join(' ');
  open.setAttribute('aria-label', `Search ${keys}`);

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

  let sequence = 0;
  const run = async (): Promise<void> => {
    const current = ++sequence;
    const query = input.value.trim();
    const parts = chosenParts();
    showFilters();
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
    let outcome: SearchOutcome;
    try {
      outcome = await engine.search(query, parts);
    } catch {
      if (current !== sequence) return;
      status.textContent = 'Search could not load. Check your connection and try again.';
      root.dataset['state'] = 'error';
      return;
    }
    if (current !== sequence) return; // a newer query has started
    list.replaceChildren(...outcome.pages.map(resultItem));
    status.textContent = statusText(query, outcome, parts);
    root.dataset['query'] = query;
    root.dataset['state'] = 'done';
    if (outcome.pages.length === 0 && outcome.outsideFilter === 0) {
      const words = outcome.missed.length ? outcome.missed : [query];
      await showEmpty(words, current);
    } else {
      empty.hidden = true;
    }
  };

  const openDialog = (): void => {
    if (dialog.open) return;
    dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    showFilters();
    input.focus();
    input.select();
    if (!root.dataset['state']) root.dataset['state'] = 'loading';
    void engine
      .load()
      .then(() => {
        root.dataset['index'] = 'loaded';
        if (root.dataset['state'] === 'loading') root.dataset['state'] = 'done';
      })
      .catch(() => undefined);
  };

  open.addEventListener('click', openDialog);
  // Other buttons on the page can open search too (the home page's search card).
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-open-guide-search]')) {
    button.hidden = false;
    button.addEventListener('click', openDialog);
  }
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
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

  window.addEventListener('keydown', (event) => {
    if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      if (dialog.open) dialog.close();
      else openDialog();
    }
  });
}
