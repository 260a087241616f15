/**
 * How alike two names are, once spelling that carries no meaning is set aside: case, accents,
 * script (any-ascii transliterates "Мухаммад" and "محمد" to Latin letters), punctuation, the
 * order of words ("Ali, Ahmed" and "Ahmed Ali") and leading articles.
 */
import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';
import { fold } from '../domain/text-folding.ts';

// English only: "La" and "Le" begin many people's names.
const ARTICLES = new Set(['the']);

/** The words of a name, transliterated and folded, without punctuation or leading articles. */
export function nameWords(name: string): string[] {
  const words = fold(anyAscii(name)).replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  while (words.length > 1 && ARTICLES.has(words[0]!)) words.shift();
  return words;
}

/** A name's comparison key: its words in alphabetical order. Equal keys are the same name. */
export const nameKey = (name: string): string => [...nameWords(name)].sort().join(' ');

/** 1 for the same key, down to 0: one minus the edit distance over the longer key's length. */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return a ? 1 : 0;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - distance(a, b) / longest;
}

/**
 * An acronym's letters for a name of several words ("International Organization for Migration"
 * → "iom"), skipping short function words, so an alias "IOM" matches the other's full name.
 */
export function acronymOf(words: readonly string[]): string {
  const content = words.filter((w) => w.length > 3 || !['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'et', 'pour'].includes(w));
  return content.length >= 2 ? content.map((w) => w[0]).join('') : '';
}
