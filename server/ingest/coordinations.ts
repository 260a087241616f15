/**
 * Coordinated phrases read as the phrases they stand for, for the gazetteer (./gazetteer.ts):
 * "stolen, lost or fraudulent travel documents" names "lost travel documents" (the conjuncts
 * share what follows), "databases of fingerprints and DNA profiles" names "databases of DNA
 * profiles" and "paid beforehand, at each leg of the journey or upon arrival" "paid upon
 * arrival" (they share what comes before), "East, North and West Africa" "East Africa"; and
 * examples stand for what they exemplify: "trafficking of other commodities such as drugs,
 * weapons or other goods" names "trafficking of weapons".
 *
 * Each reading is a short text made of two pieces of the (stemmed) paragraph: one conjunct and
 * the words it shares, joined at `junction`. Only matches across the junction are new; the
 * mention is the conjunct's part of the match.
 */
import { FUNCTION_WORDS } from './name-variants.ts';
import type { NormalisedText } from './normalised-text.ts';

export interface Reading {
  text: NormalisedText;
  /** Position of the joining space in `text`. */
  junction: number;
  /** Which side of the junction is the conjunct: the mention's range. */
  conjunct: 'before' | 'after';
  /** The other conjunct's words this one stands for: a match whose conjunct part is just these says nothing new. */
  replaced: string;
}

/** Where a clause ends: a coordination does not reach past it. */
const CLAUSE_END = /[.;:!?()[\]"]/;
const endsClause = (text: string, i: number) => CLAUSE_END.test(text[i]!) || (text[i] === '-' && text[i - 1] === ' ' && text[i + 1] === ' ');
const SEPARATOR = /,\s(?:(?:and|or|and\/or|et|ou)\s)?|\s(?:and|or|and\/or|et|ou)\s/g;
/**
 * How many words of the other conjunct stand for this one: up to three when the conjuncts follow
 * what they share ("corruption of" + "border guards" / "navy officers"), one when they come before
 * it ("stolen" / "fraudulent" + "travel documents").
 */
const REPLACED_BEFORE = 3;
const REPLACED_AFTER = 1;
/** How many words of context a reading takes on either side. */
const CONTEXT_WORDS = 6;
/** How far apart two conjuncts of one list may be, in segments. */
const REACH = 3;
const MAX_SEGMENTS = 12;
/** What introduces examples, and the prepositions before the kind of thing they exemplify. */
const EXAMPLES = /\s(?:such as|includ)\s/g;
const PREPOSITIONS = new Set(['of', 'in', 'for', 'on', 'with', 'by']);
/** How many words the kind exemplified may take ("other commodities"). */
const KIND_WORDS = 3;

type Span = [number, number];

function slice(n: NormalisedText, [s, e]: Span) {
  return { text: n.text.slice(s, e), from: n.from.slice(s, e), to: n.to.slice(s, e) };
}

function join(n: NormalisedText, a: Span, b: Span, conjunct: Reading['conjunct'], replaced: string): Reading {
  const x = slice(n, a);
  const y = slice(n, b);
  const gap = n.to[a[1] - 1]!;
  return { text: { text: `${x.text} ${y.text}`, from: [...x.from, gap, ...y.from], to: [...x.to, gap, ...y.to] }, junction: x.text.length, conjunct, replaced };
}

/** The word spans of a segment of the text. */
function words(n: NormalisedText, [s, e]: Span): Span[] {
  const out: Span[] = [];
  for (const m of n.text.slice(s, e).matchAll(/\S+/g)) out.push([s + m.index, s + m.index + m[0].length]);
  return out;
}

const spanOf = (ws: Span[]): Span => [ws[0]![0], ws[ws.length - 1]![1]];

/** "trafficking of other commodities such as drugs, weapons": "trafficking of" + each example. */
function examples(n: NormalisedText, [from, to]: Span, add: (a: Span[], b: Span[], conjunct: Reading['conjunct'], replaced: string[]) => void) {
  for (const m of n.text.slice(from, to).matchAll(EXAMPLES)) {
    const before = words(n, [from, from + m.index]);
    const at = before.findLastIndex(([s, e], i) => i >= before.length - KIND_WORDS - 1 && PREPOSITIONS.has(n.text.slice(s, e)));
    if (at < 0 || at === before.length - 1) continue;
    const context = before.slice(Math.max(0, at + 1 - CONTEXT_WORDS), at + 1);
    const kind = before.slice(at + 1).map(([s, e]) => n.text.slice(s, e));
    const listStart = from + m.index + m[0].length;
    let start = listStart;
    const list = n.text.slice(listStart, to);
    for (const sep of [...list.matchAll(SEPARATOR), null]) {
      const end = sep ? listStart + sep.index : to;
      add(context, words(n, [start, end]).slice(0, CONTEXT_WORDS), 'after', kind);
      if (sep) start = listStart + sep.index + sep[0].length;
    }
  }
}

/** The readings of every coordination in the text. */
export function coordinatedReadings(n: NormalisedText): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>();
  const add = (a: Span[], b: Span[], conjunct: Reading['conjunct'], replaced: string[]) => {
    if (!a.length || !b.length) return;
    const key = `${spanOf(a)}:${spanOf(b)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(join(n, spanOf(a), spanOf(b), conjunct, replaced.join(' ')));
  };
  let clauseStart = 0;
  for (let i = 0; i <= n.text.length; i++) {
    if (i < n.text.length && !endsClause(n.text, i)) continue;
    const segments: Span[] = [];
    let start = clauseStart;
    for (const m of n.text.slice(clauseStart, i).matchAll(SEPARATOR)) {
      segments.push([start, clauseStart + m.index]);
      start = clauseStart + m.index + m[0].length;
    }
    segments.push([start, i]);
    examples(n, [clauseStart, i], add);
    clauseStart = i + 1;
    if (segments.length < 2 || segments.length > MAX_SEGMENTS) continue;
    const segWords = segments.map((s) => words(n, s));
    const wordsOf = (ws: Span[]) => ws.map(([s, e]) => n.text.slice(s, e));
    for (let c = 0; c < segments.length; c++) {
      const own = segWords[c]!;
      if (!own.length) continue;
      for (let o = Math.max(0, c - REACH); o <= Math.min(segments.length - 1, c + REACH); o++) {
        if (o === c) continue;
        const other = segWords[o]!;
        for (let k = 1; k <= (o < c ? REPLACED_BEFORE : REPLACED_AFTER) && k < other.length; k++) {
          // The words this conjunct stands for are content words.
          const replaced = wordsOf(o < c ? other.slice(other.length - k) : other.slice(0, k));
          if (replaced.some((w) => FUNCTION_WORDS.has(w))) continue;
          if (o < c) {
            // What comes before the other conjunct's last k words is shared: "databases of" + "DNA profiles".
            add(other.slice(Math.max(0, other.length - k - CONTEXT_WORDS), other.length - k), own.slice(0, CONTEXT_WORDS), 'after', replaced);
          } else {
            // What follows the other conjunct's first k words is shared: "stolen" + "travel documents".
            const shared = other.slice(k, k + CONTEXT_WORDS);
            if (FUNCTION_WORDS.has(wordsOf(shared.slice(0, 1))[0]!)) continue;
            add(own.slice(Math.max(0, own.length - CONTEXT_WORDS)), shared, 'before', replaced);
          }
        }
      }
    }
  }
  return out;
}
