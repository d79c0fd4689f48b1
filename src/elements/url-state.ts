/**
 * The calculator's state in the page address: read once on connect, written back
 * coalesced (one history.replaceState per burst of changes, and on leaving), so
 * the browser's navigation throttling can never leave an intermediate state.
 */
import { parseCalculatorParams, readQuery, rewriteUrl, type ParsedParams } from '../lib/salary/params';
import type { SalaryInput } from '../lib/salary/types';

const WRITE_DELAY_MS = 200;

export function readUrlState(): ParsedParams {
  const { params, ignored } = readQuery(window.location.search);
  const parsed = parseCalculatorParams(params);
  return { given: parsed.given, ignored: [...ignored, ...parsed.ignored] };
}

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
