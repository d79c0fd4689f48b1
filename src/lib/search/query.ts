/**
 * What a reader's query asks for, before any search runs: the words and phrases that
 * carry a topic, each with the other ways the guide may spell it, and the words set
 * aside as too short or too common. Pure: no DOM, no Pagefind.
 */
import type { SynonymGroup } from '../../data/search-synonyms';

/** Words shorter than this are set aside unless the synonym list knows them ("tc", "ai"). */
export const MIN_WORD_LENGTH = 3;
/** Below this length a word is searched exactly, so "comp" does not match "compared". */
export const EXACT_BELOW = 5;

export interface Alternative {
  /** The text handed to Pagefind (quoted when exact). */
  search: string;
  /** The words as a reader would read them, for checking what a page matched. */
  text: string;
  exact: boolean;
  /** 1 for the reader's word and its equivalents; less for a wider topic. */
  weight: number;
}

export interface QueryGroup {
  /** What the reader typed for this group. */
  label: string;
  alternatives: Alternative[];
}

export interface QueryPlan {
  groups: QueryGroup[];
  /** Words set aside as too short or too common. */
  ignored: string[];
}

export const BROADER_WEIGHT = 0.6;

/** Lower case, accents off, hyphens and punctuation as spaces ("kv-cache" → "kv cache"). */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/+#]+/gu, ' ')
    .trim();
}

function alternative(text: string, weight: number): Alternative {
  const exact = text.includes(' ') || text.length < EXACT_BELOW;
  return { search: exact ? `"${text}"` : text, text, exact, weight };
}

/** Phrases of the synonym list, normalised, each pointing at its group. */
function phraseIndex(groups: readonly SynonymGroup[]): Map<string, SynonymGroup> {
  const index = new Map<string, SynonymGroup>();
  for (const group of groups) {
    for (const phrase of [...group.terms, ...(group.triggers ?? [])]) {
      const key = normalise(phrase);
      if (!index.has(key)) index.set(key, group);
    }
  }
  return index;
}

export function planQuery(raw: string, synonyms: readonly SynonymGroup[], stopWords: readonly string[]): QueryPlan {
  const words = normalise(raw).split(' ').filter(Boolean);
  const index = phraseIndex(synonyms);
  const stops = new Set(stopWords);
  const longest = Math.max(1, ...Array.from(index.keys(), (k) => k.split(' ').length));
  const groups: QueryGroup[] = [];
  const ignored: string[] = [];
  const seen = new Set<SynonymGroup | string>();

  for (let i = 0; i < words.length;) {
    let matched: { group: SynonymGroup; label: string; length: number } | undefined;
    for (let n = Math.min(longest, words.length - i); n >= 1 && !matched; n--) {
      const label = words.slice(i, i + n).join(' ');
      // A plural finds its singular's group ("interviews", "gpus").
      const group = index.get(label) ?? (n === 1 ? index.get(label.replace(/s$/, '')) : undefined);
      if (group) matched = { group, label, length: n };
    }
    if (matched) {
      i += matched.length;
      if (seen.has(matched.group)) continue;
      seen.add(matched.group);
      groups.push({
        label: matched.label,
        alternatives: [
          ...matched.group.terms.map((t) => alternative(normalise(t), 1)),
          ...(matched.group.broader ?? []).map((t) => alternative(normalise(t), BROADER_WEIGHT)),
        ],
      });
      continue;
    }
    const word = words[i++] ?? '';
    if (stops.has(word) || word.length < MIN_WORD_LENGTH) {
      ignored.push(word);
      continue;
    }
    if (seen.has(word)) continue;
    seen.add(word);
    groups.push({ label: word, alternatives: [{ search: word, text: word, exact: false, weight: 1 }] });
  }
  return { groups, ignored };
}

/**
 * Whether the words a page matched really are the searched word. Pagefind matches
 * a word's extensions ("gpu" → "gpus"), and when no indexed word starts with the
 * query it falls back to the longest indexed word the query starts with, so
 * "interview" would match "in". A match counts when it extends the word, or shares
 * enough of its stem ("salaries" and "salary", "engineers" and "engineering").
 */
export function isGenuineMatch(word: string, matched: readonly string[]): boolean {
  const target = normalise(word).replace(/\s+/g, '');
  return matched.some((raw) => {
    const found = normalise(raw).replace(/\s+/g, '');
    let common = 0;
    while (common < found.length && common < target.length && found[common] === target[common]) common++;
    return common >= target.length || (common >= 4 && common >= target.length - 3);
  });
}

/** The words of a Pagefind fragment at the locations it matched. */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[^\S\uFEFF]+/);
  return locations.map((l) => words[l] ?? '').filter(Boolean);
}
