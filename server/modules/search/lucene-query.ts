/**
 * Builds a Lucene query from free text typed by a person: every character Lucene treats as
 * syntax is escaped, so user input can never be an operator, a field or a malformed query.
 */
import { FULLTEXT_STOP_WORDS } from '../../domain/model.ts';
import { fold } from '../../domain/text-folding.ts';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 64;
/** Words of the exact-phrase clause: enough for the longest curated name (a news title). */
const MAX_PHRASE_TERMS = 40;
/** The phrase of a whole name or alias outweighs any number of matching words. */
const PHRASE_BOOST = 50;

const STOP_WORDS: ReadonlySet<string> = new Set(FULLTEXT_STOP_WORDS);

/**
 * Where the analyzer splits too (Unicode word rules): spaces and ; always; a comma unless between
 * digits ("1,500" is one word); a full stop unless between letters or digits ("U.S", "2.5").
 */
const WORD_BREAK = /[\s;]+|(?<!\p{N}),|,(?!\p{N})|(?<![\p{L}\p{N}])\.|\.(?![\p{L}\p{N}])/u;

/** The words of a text, as typed, without pure punctuation (« or –). */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .split(WORD_BREAK)
    .map((t) => t.slice(0, MAX_TERM_LENGTH))
    // The analyzer keeps letters and digits only: a word without any can never match.
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/** The words every hit must match (and highlighting marks), at most MAX_TERMS of them. */
export function searchTerms(text: string): string[] {
  return words(text).slice(0, MAX_TERMS);
}

/** True for the words the index does not hold (it drops English stop words such as "of"). */
export const isStopWord = (term: string) => STOP_WORDS.has(fold(term));

const escapeTerm = (term: string) => {
  const escaped = term.replace(SPECIAL, (c) => `\\${c}`);
  // AND, OR and NOT are operators only in upper case; lower-casing keeps them plain words.
  return /^(AND|OR|NOT)$/.test(escaped) ? escaped.toLowerCase() : escaped;
};

/**
 * Each term may match exactly, as a prefix, or (fuzzy, in names and aliases) with one typo; all terms must match,
 * except stop words, which the index does not hold ("marriage of convenience" needs "marriage"
 * and "convenience"; "of" may still match as the prefix of "offence"). A text of stop words only
 * needs one of them. Names weigh most, then aliases (acronyms, French titles), then descriptions;
 * a name or alias holding the whole text as a phrase weighs more than all of them.
 */
export function luceneQuery(text: string, fuzzy: boolean): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const anyRequired = terms.some((t) => !isStopWord(t));
  const clauses = terms.map((term) => {
    const t = escapeTerm(term);
    const parts = [`name:${t}^8`, `name:${t}*^4`, `aliasesText:${t}^8`, `aliasesText:${t}*^4`, `description:${t}`, `description:${t}*^0.5`];
    // Not in descriptions: their terms are the most numerous, so a typo-tolerant term there costs
    // the most, for matches ranked last.
    if (fuzzy && term.length >= 4) parts.push(`name:${t}~1^2`, `aliasesText:${t}~1^2`);
    return `${anyRequired && !isStopWord(term) ? '+' : ''}(${parts.join(' OR ')})`;
  });
  const phrase = words(text).slice(0, MAX_PHRASE_TERMS);
  if (phrase.length > 1) {
    // Inside quotes only " and \ are syntax; the analyzer splits the phrase as it split the names.
    const quoted = `"${phrase.join(' ').replace(/["\\]/g, (c) => `\\${c}`)}"`;
    clauses.push(`name:${quoted}^${PHRASE_BOOST}`, `aliasesText:${quoted}^${PHRASE_BOOST}`);
  }
  return clauses.join(' ');
}

/** The phrase of the whole text, in a note, weighs as much as a few matching words. */
const NOTE_PHRASE_BOOST = 4;

/**
 * The query over notes' text (NOTE_FULLTEXT_PROPERTIES): each term exactly or as a prefix, all
 * terms required but stop words, as for entities, and the whole text as a phrase weighing more.
 * No typo-tolerant clauses: notes are free text, like descriptions, where they cost the most.
 */
export function noteLuceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const anyRequired = terms.some((t) => !isStopWord(t));
  const clauses = terms.map((term) => {
    const t = escapeTerm(term);
    return `${anyRequired && !isStopWord(term) ? '+' : ''}(text:${t} OR text:${t}*^0.5)`;
  });
  const phrase = words(text).slice(0, MAX_PHRASE_TERMS);
  if (phrase.length > 1) clauses.push(`text:"${phrase.join(' ').replace(/["\\]/g, (c) => `\\${c}`)}"^${NOTE_PHRASE_BOOST}`);
  return clauses.join(' ');
}

/**
 * Entities whose name or alias holds any of these terms (already index words or Lucene term
 * syntax such as `word~1`): the lookups that find candidates by name (a document's case data,
 * an entity's namesakes), not ranked search.
 */
export const namesOrAliasesQuery = (terms: readonly string[]): string => `name:(${terms.join(' ')}) OR aliasesText:(${terms.join(' ')})`;
