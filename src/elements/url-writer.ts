/**
 * Writing the calculator's state back to the page address, coalesced (one
 * history.replaceState per burst of changes, and on leaving), so the browser's
 * navigation throttling can never leave an intermediate state; and the link that
 * "Copy link" copies. Loaded with the details: only a reader's action needs them.
 */
import { rewriteUrl } from '../lib/salary/serialize';
import type { SalaryInput } from '../lib/salary/types';

const WRITE_DELAY_MS = 200;

export class UrlWriter {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: SalaryInput | undefined;
  readonly #flush = () => this.flush();

  /** Remembers the latest state and writes it once the burst of changes is over. */
  write(input: SalaryInput): void {
    this.#pending = input;
    if (this.#timer === undefined) {
      this.#timer = setTimeout(this.#flush, WRITE_DELAY_MS);
      window.addEventListener('pagehide', this.#flush);
    }
  }

  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    window.removeEventListener('pagehide', this.#flush);
    const input = this.#pending;
    this.#pending = undefined;
    if (!input) return;
    try {
      const next = rewriteUrl(window.location.href, input);
      if (next !== window.location.href) history.replaceState(history.state, '', next);
    } catch {
      // A sandboxed frame may refuse; the copy-link button still works.
    }
  }
}

/** Copies `target` with `input`'s parameters; says what happened in `status`. */
export async function copyLink(target: string, input: SalaryInput, status: HTMLElement): Promise<void> {
  const url = rewriteUrl(target, input);
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = 'Link copied.';
  } catch {
    status.textContent = `Copy this link: ${url}`;
  }
}
