import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The seed article, read from the shared folder beside the repository: /work/shared from a
 * checkout in /work/main or in a worktree under /work/wt. A missing article fails loudly,
 * so the checks against it can never pass by being skipped.
 */
function readArticle(): string {
  const candidates = [
    process.env.SOURCE_ARTICLE,
    join(import.meta.dirname, '../../../../shared/source/source-article.txt'),
    join(import.meta.dirname, '../../../../../shared/source/source-article.txt'),
  ].filter((p): p is string => typeof p === 'string');
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`The source article was not found; looked in ${candidates.join(', ')}`);
  return readFileSync(found, 'utf8');
}

export const ARTICLE = readArticle();

/** Every run of 10 consecutive words, lower-cased, punctuation dropped (a light rewording keeps its runs). */
export function runsOf(text: string, length = 10): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const runs = new Set<string>();
  for (let i = 0; i + length <= words.length; i++) runs.add(words.slice(i, i + length).join(' '));
  return runs;
}

/**
 * The amounts a quote states, in whole currency units: "$132,270", "€95K", "EUR 110–170K"
 * (a K after a range applies to both ends), "₹6 to ₹10 LPA" (lakhs: 100,000 each).
 */
export function numbersIn(quote: string): number[] {
  const lakhs = /\bLPA\b|lakh/i.test(quote);
  const found: number[] = [];
  const re = /(\d[\d,]*(?:\.\d+)?)(\s*[kK]\b)?(?=(\s*[–-]\s*[^\d\s]{0,3}\s*\d[\d,]*(?:\.\d+)?\s*[kK]\b)?)/g;
  for (const match of quote.matchAll(re)) {
    const value = Number(match[1]!.replace(/,/g, ''));
    const thousands = match[2] !== undefined || match[3] !== undefined;
    found.push(thousands ? value * 1000 : value);
    if (lakhs && value < 1000) found.push(value * 100_000);
  }
  return found;
}
