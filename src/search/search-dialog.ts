/**
 * The search dialog's launcher, in every page: the button, the keyboard shortcut and the
 * dialog. Everything else (engine, rendering, filters, suggestions) is in
 * search-session.ts, loaded on first open, so a page carries almost no search code.
 * Opening search loads that session and Pagefind side by side; a reader pointing at or
 * focusing the search button starts both a little sooner.
 */
import { loadPagefind } from './pagefind';
import type { SearchSession } from './search-session';

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

  const els = { dialog, input, status, list, filters, activeParts, empty, suggestionBox, suggestions };
  // The session's code, fetched once; a failed fetch is tried again on the next call.
  let sessionCode: Promise<typeof import('./search-session')> | undefined;
  const importSession = (): Promise<typeof import('./search-session')> => {
    sessionCode ??= import('./search-session');
    sessionCode.catch(() => (sessionCode = undefined));
    return sessionCode;
  };
  let session: Promise<SearchSession | undefined> | undefined;
  const loadSession = (): Promise<SearchSession | undefined> =>
    (session ??= importSession()
      .then((m) => m.startSession(root, base, els))
      .catch(() => {
        status.textContent = 'Search could not load. Check your connection and try again.';
        root.dataset['state'] = 'error';
        session = undefined; // the next opening tries again
        return undefined;
      }));
  // Pagefind loads alongside the session, not after it. Pointing at or focusing a button
  // that opens search fetches both ahead of the click, silently: an opening reports failures.
  const warmUp = (): void => {
    loadPagefind(base).catch(() => undefined);
    importSession().catch(() => undefined);
  };

  const openDialog = (): void => {
    if (dialog.open) return;
    warmUp(); // first: the requests go out before the dialog is laid out
    dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    input.focus();
    input.select();
    if (!root.dataset['state']) root.dataset['state'] = 'loading';
    void loadSession().then((s) => s?.opened());
  };

  // Other buttons on the page can open search too (the home page's search card).
  const others = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-open-guide-search]'));
  for (const button of others) button.hidden = false;
  for (const button of [open, ...others]) {
    button.addEventListener('click', openDialog);
    for (const intent of ['pointerenter', 'pointerdown', 'focus'])
      button.addEventListener(intent, warmUp, { once: true });
  }
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });

  window.addEventListener('keydown', (event) => {
    if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      if (dialog.open) dialog.close();
      else openDialog();
    }
  });
}
