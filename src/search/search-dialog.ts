/**
 * The search dialog's behaviour. Pagefind (its script, worker, WebAssembly and
 * index) is imported only when the dialog first opens, from this build's base path,
 * so it works under any sub-path and on any static host.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;

/** Text and <mark> parts of a Pagefind excerpt, without trusting it as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
  return Array.from(parsed?.childNodes ?? []).map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

export function attachSearch(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const open = root.querySelector<HTMLButtonElement>('[data-open-search]');
  const close = root.querySelector<HTMLButtonElement>('[data-close-search]');
  const dialog = root.querySelector('dialog');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('.status');
  const list = root.querySelector<HTMLOListElement>('.results');
  if (!open || !close || !dialog || !input || !status || !list) return;

  if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
    const mod = root.querySelector('[data-mod]');
    if (mod) mod.textContent = '⌘';
    open.setAttribute('aria-keyshortcuts', 'Meta+K');
  }
  const keys = Array.from(root.querySelectorAll('.shortcut kbd'), (k) => k.textContent).join(' ');
  open.setAttribute('aria-label', `Search ${keys}`);

  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      await module.options({ baseUrl: base, excerptLength: 24 });
      await module.init();
      return module;
    })();
    return pagefind;
  };

  let sequence = 0;
  const run = async (): Promise<void> => {
    const current = ++sequence;
    const term = input.value.trim();
    const parts = Array.from(root.querySelectorAll<HTMLInputElement>('input[name="part"]:checked'), (c) => c.value);
    if (term === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const engine = await load();
      const response = await engine.search(term, parts.length ? { filters: { part: { any: parts } } } : {});
      const data = await Promise.all((response?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
      if (current !== sequence) return; // a newer query has started
      list.replaceChildren(
        ...data.map((item) => {
          const link = document.createElement('a');
          link.href = item.url;
          const part = item.filters['part']?.[0];
          if (part) {
            const badge = document.createElement('span');
            badge.className = 'part';
            badge.textContent = part;
            link.append(badge);
          }
          const title = document.createElement('span');
          title.className = 'title';
          title.textContent = item.meta.title ?? item.url;
          const excerpt = document.createElement('span');
          excerpt.className = 'excerpt';
          excerpt.append(...excerptNodes(item.excerpt));
          link.append(title, excerpt);
          const li = document.createElement('li');
          li.append(link);
          return li;
        }),
      );
      const total = response?.results.length ?? 0;
      status.textContent =
        total === 0 ? `No results for “${term}”.` : `${total} result${total === 1 ? '' : 's'} for “${term}”.`;
    } catch {
      if (current === sequence) status.textContent = 'Search could not load. Check your connection and try again.';
    }
  };

  const openDialog = (): void => {
    if (dialog.open) return;
    dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    input.focus();
    input.select();
    void load().catch(() => undefined);
  };

  open.addEventListener('click', openDialog);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  input.addEventListener('input', () => void run());
  root.querySelector('.parts')?.addEventListener('change', () => void run());
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close();
  });

  // Arrow keys move between the search box and the results.
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
