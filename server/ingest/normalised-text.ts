/**
 * The text the matchers read: transliterated to ASCII (any-ascii), lower case, whitespace runs
 * as one space, and words hyphenated across a line break joined ("smug-\ngling" → "smuggling"),
 * with a map from every position back to the stored text so offsets found here are offsets there.
 */
import anyAscii from 'any-ascii';

export interface NormalisedText {
  text: string;
  /** Stored-text offset of the character at each position of `text`. */
  from: number[];
  /** Stored-text offset just after the character at each position. */
  to: number[];
}

const LETTER = /\p{L}/u;
const HYPHENS = new Set(['-', '\u00ad', '\u2010', '\u2011']);

/** Normalises a name or alias the way the text is normalised, for the gazetteer. */
export const normaliseName = (name: string): string => anyAscii(name).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * How long a word's stem is: a light suffix stripper (plural and verb endings), enough for
 * "changing SIM cards" to meet "change SIM card" and "drugs trafficking" "drug trafficking".
 * Short words (acronyms, "sea") are left whole.
 */
const SUFFIXES = ['ings', 'ing', 'ied', 'ies', 'ed', 'es', 's', 'e'];
export function stemLength(word: string): number {
  if (word.length < 5 || /\d/.test(word)) return word.length;
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    if (suffix === 's' && /(?:ss|us|is)$/.test(word)) continue;
    return word.length - suffix.length;
  }
  return word.length;
}

/**
 * Words the matchers read past: articles and possessive determiners, in English and French, so
 * "cross the Channel" meets "crossing of the Channel" and "change their phones" "changing phones".
 */
const SKIPPED = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'le', 'la', 'les', 'leur', 'leurs']);
/** A name that starts with one of those words ("The Hague", "Les autorités grecques"). */
export const ARTICLE_FIRST = new RegExp(`^(?:${[...SKIPPED].join('|')})\\s`, 'i');

/** The start of a stored range moved back over the article or determiner written before it. */
export function withArticle(stored: string, start: number): number {
  const m = /(\p{L}+)\s+$/u.exec(stored.slice(Math.max(0, start - 12), start));
  return m && SKIPPED.has(anyAscii(m[1]!).toLowerCase()) ? start - m[0].length : start;
}

/** Irregular past forms, read as their verb: "paid beforehand" is a "payment beforehand". */
const LEMMAS = new Map(Object.entries({
  paid: 'pay', sold: 'sell', sent: 'send', bought: 'buy', brought: 'bring', held: 'hold', built: 'build', spent: 'spend',
  lent: 'lend', caught: 'catch', fled: 'flee', hidden: 'hide', stolen: 'steal', stole: 'steal', driven: 'drive', drove: 'drive',
  flown: 'fly', flew: 'fly', taken: 'take', took: 'take', given: 'give', gave: 'give',
}));

/** A word as the matchers read it: its lemma if irregular, else its stem. */
function stemOf(word: string): string {
  const lemma = LEMMAS.get(word);
  return lemma ? lemma.slice(0, stemLength(lemma)) : word.slice(0, stemLength(word));
}

/** A normalised name read as the text is (./stemmed), for the gazetteer's patterns. */
export const stemName = (normalised: string): string => stemmed(normalise(normalised)).text;

/**
 * The normalised text as the matchers read it: every word stemmed (or lemmatised), articles and
 * possessive determiners left out with the space after them, and the possessive "'s" dropped
 * ("INTERPOL's databases" names "INTERPOL databases"). A stem's characters map to the whole word.
 */
export function stemmed(n: NormalisedText): NormalisedText {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const text = n.text;
  const word = /[a-z0-9]+/y;
  let i = 0;
  while (i < text.length) {
    word.lastIndex = i;
    const m = word.exec(text);
    if (!m) {
      // The possessive "'s" after a word, before a space or punctuation.
      if (text[i] === "'" && text[i + 1] === 's' && i > 0 && /[a-z0-9]/.test(text[i - 1]!) && !/[a-z0-9]/.test(text[i + 2] ?? ' ')) {
        i += 2;
        continue;
      }
      out.push(text[i]!);
      from.push(n.from[i]!);
      to.push(n.to[i]!);
      i++;
      continue;
    }
    const w = m[0];
    const end = i + w.length;
    if (SKIPPED.has(w) && text[end] === ' ' && (out.length === 0 || out[out.length - 1] === ' ')) {
      i = end + 1;
      continue;
    }
    const stem = stemOf(w);
    const lemma = !w.startsWith(stem);
    for (let k = 0; k < stem.length; k++) {
      out.push(stem[k]!);
      from.push(n.from[lemma ? i : i + k]!);
      to.push(n.to[lemma ? end - 1 : i + k]!);
    }
    to[to.length - 1] = n.to[end - 1]!;
    i = end;
  }
  return { text: out.join(''), from, to };
}

export function normalise(stored: string, start = 0, end = stored.length): NormalisedText {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = start;
  while (i < end) {
    const code = stored.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    const width = char.length;
    // A hyphen at the end of a line between two letters: a word broken by the layout.
    if (HYPHENS.has(char) && i > start && LETTER.test(stored[i - 1]!)) {
      const rest = /^[ \t]*\n[ \t]*(\p{Ll})/u.exec(stored.slice(i + 1, i + 40));
      if (rest) {
        i += 1 + rest[0].length - rest[1]!.length;
        continue;
      }
    }
    if (/\s/.test(char)) {
      if (out.length && out[out.length - 1] !== ' ') {
        out.push(' ');
        from.push(i);
        to.push(i + width);
      }
      i += width;
      continue;
    }
    const ascii = code < 128 ? char.toLowerCase() : anyAscii(char).toLowerCase();
    for (const c of ascii) {
      out.push(c);
      from.push(i);
      to.push(i + width);
    }
    i += width;
  }
  return { text: out.join(''), from, to };
}

/** The stored-text range of normalised positions [start, end). */
export const storedRange = (n: NormalisedText, start: number, end: number) => ({ start: n.from[start]!, end: n.to[end - 1]! });
