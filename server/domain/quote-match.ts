/**
 * Finding an evidence quote in its document although the two differ in typography: documents
 * converted from PDF have curly quotes, dashes, footnote markers and line breaks where the quote
 * has straight quotes and spaces. Both are compared in one normal form; `locateQuote` maps a hit
 * back to offsets in the original text, so the reader can highlight exactly that passage.
 * Pure functions, used by the seed checker (server side) and the document reader (client side).
 */

const PLAIN = /^[A-Za-z0-9.,;:!?'"()%&/+=@#$<>[\]{}|^~_-]$/;

/** One character (code point) in the normal form: '' when it is dropped. */
function normaliseChar(ch: string): string {
  if (PLAIN.test(ch)) return ch;
  return ch
    // Footnote markers go before NFKC, which would turn them into plain digits.
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]/g, '')
    .normalize('NFKC')
    .replace(/[*]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ');
}

/** The normal form and, for each of its characters, the offset of the original character it came from. */
function normalised(text: string): { form: string; origin: number[]; originEnd: number[] } {
  const known = cache.get(text);
  if (known) return known;
  const out: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  let offset = 0;
  let space = true;
  for (const ch of text) {
    for (const c of normaliseChar(ch)) {
      // Runs of white space become one space (and none at the start).
      if (c === ' ' && space) continue;
      space = c === ' ';
      out.push(c);
      origin.push(offset);
      originEnd.push(offset + ch.length);
    }
    offset += ch.length;
  }
  const result = { form: out.join(''), origin, originEnd };
  if (text.length > CACHED_FROM) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(text, result);
  }
  return result;
}

/** Documents normalised lately (quote after quote is looked up in the same few); short texts are not worth it. */
const cache = new Map<string, ReturnType<typeof normalised>>();
const CACHE_SIZE = 8;
const CACHED_FROM = 1_000;

/** Text in the normal form quotes are matched in (typographic marks folded, white space collapsed). */
export function normaliseForMatch(text: string): string {
  return normalised(text).form.trim();
}

export interface QuoteSpan {
  /** Offsets in the original text: text.slice(start, end) is the quoted passage. */
  start: number;
  end: number;
}

/**
 * Where `quote` is in `text`, forgiving white space and typography (and, failing that, case);
 * null when it is not there.
 */
export function locateQuote(text: string, quote: string): QuoteSpan | null {
  const needle = normaliseForMatch(quote);
  if (!needle) return null;
  const { form, origin, originEnd } = normalised(text);
  let at = form.indexOf(needle);
  if (at < 0) at = form.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return null;
  return { start: origin[at]!, end: originEnd[at + needle.length - 1]! };
}
