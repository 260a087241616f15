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

/** A normalised name with every word stemmed, as the gazetteer's patterns are. */
export const stemName = (normalised: string): string => normalised.replace(/[a-z0-9]+/g, (w) => w.slice(0, stemLength(w)));

/** The normalised text with every word stemmed; a stem's last character maps to the end of the whole word. */
export function stemmed(n: NormalisedText): NormalisedText {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const text = n.text;
  let i = 0;
  while (i < text.length) {
    const m = /[a-z0-9]+/y;
    m.lastIndex = i;
    const word = m.exec(text);
    if (!word) {
      out.push(text[i]!);
      from.push(n.from[i]!);
      to.push(n.to[i]!);
      i++;
      continue;
    }
    const keep = stemLength(word[0]);
    for (let k = 0; k < keep; k++) {
      out.push(text[i + k]!);
      from.push(n.from[i + k]!);
      to.push(n.to[i + k]!);
    }
    to[to.length - 1] = n.to[i + word[0].length - 1]!;
    i += word[0].length;
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
