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
