/**
 * The guide's terms closest to words that found nothing ("kubernets" → "Kubernetes"),
 * for the "no results" panel. Pure.
 */
import { normalise } from './query';

export interface VocabularyTerm {
  term: string;
  /** The glossary entry for the term, if it has one. */
  href?: string;
}

/** Edit distance with adjacent swaps (optimal string alignment), on one flat table. */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      d[i * width + j] = value;
    }
  }
  return at(a.length, b.length);
}

/**
 * Up to `limit` terms near any of `words`: a small edit distance (a third of the
 * word's length, at least one), or a term whose first word starts with the word.
 */
export function closestTerms(
  words: readonly string[],
  vocabulary: readonly VocabularyTerm[],
  limit = 5,
): VocabularyTerm[] {
  const scored: { entry: VocabularyTerm; distance: number }[] = [];
  for (const entry of vocabulary) {
    const term = normalise(entry.term);
    let bestDistance = Infinity;
    for (const raw of words) {
      const word = normalise(raw);
      if (word.length < 3) continue;
      const allowed = Math.max(1, Math.floor(word.length / 3));
      const candidates = [term, ...term.split(' ')];
      for (const candidate of candidates) {
        const distance = candidate.startsWith(word) ? 0.5 : editDistance(word, candidate);
        if (distance <= allowed) bestDistance = Math.min(bestDistance, distance);
      }
    }
    if (bestDistance < Infinity) scored.push({ entry, distance: bestDistance });
  }
  const seen = new Set<string>();
  return scored
    .sort((a, b) => a.distance - b.distance || a.entry.term.length - b.entry.term.length)
    .map((s) => s.entry)
    .filter((e) => {
      const key = normalise(e.term);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}
