/**
 * Pseudonyms for synthetic persons, made of syllables: plausible to read, search and sort, and
 * clearly nobody's real name.
 */
import type { Random } from './random.ts';

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kh', 'sh', 'tr', 'y'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ei'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'm', 'k', 'd'];

function word(random: Random, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += random.pick(ONSETS) + random.pick(VOWELS) + (i === syllables - 1 ? random.pick(CODAS) : '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function personName(random: Random): string {
  return `${word(random, random.between(1, 2))} ${word(random, random.between(2, 3))}`;
}

/** A nickname, as suspects are often known by one. */
export function nickname(random: Random): string {
  return `"${word(random, random.between(1, 2))}"`;
}

export function networkName(random: Random, index: number): string {
  return `${word(random, 2)} network (N${String(index + 1).padStart(4, '0')})`;
}
