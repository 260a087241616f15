/**
 * Case data (people, networks, identifiers: the model's caseData kinds) runs to hundreds of
 * thousands of entities, of which one document names a handful. Rather than read them all into
 * every gazetteer, the ingest asks the full-text index of the ingester's clearance for those
 * whose name or alias holds one of the document's words (ingest/gazetteer-case-entities); the
 * gazetteer then decides, as for every other entity, whether the text names them. The curated
 * kinds (places, organisations, methods ...) are few and always read whole.
 */
import anyAscii from 'any-ascii';
import { kindNames, kindSpec } from '../domain/derive.ts';
import { FULLTEXT_STOP_WORDS } from '../domain/model.ts';
import { namesOrAliasesQuery } from '../modules/search/lucene-query.ts';

/** Kinds read by the document's words, and kinds read whole (documents and figures are not named in running text). */
export const CASE_DATA_KINDS: string[] = kindNames.filter((k) => kindSpec(k).caseData);
export const REFERENCE_KINDS: string[] = kindNames.filter((k) => !kindSpec(k).caseData && k !== 'Source' && k !== 'Figure');

/**
 * Words per query: the index's query parser allows 1,024 clauses, and each word is asked of two
 * fields (name, aliasesText).
 */
const WORDS_PER_QUERY = 400;
/**
 * A group of one to three digits ("90", "2015" aside) is in a document's numbers and in the
 * country codes of thousands of phone numbers alike: it brings no identifier in by itself; the
 * identifier's longer groups do.
 */
const SHORT_NUMBER = /^\d{1,3}$/;
/** The index leaves its stop words out of every name, so they find nothing. */
const STOP_WORDS = new Set<string>(FULLTEXT_STOP_WORDS);

/**
 * The document's distinct words as the index holds them: folded to ASCII and lower case, split
 * at what is not a letter or digit, and also whole with an inner apostrophe ("o'brien"); its
 * stop words aside.
 */
export function documentWords(text: string): string[] {
  const folded = anyAscii(text).toLowerCase();
  const words = new Set<string>();
  for (const m of folded.matchAll(/[a-z0-9]+(?:'[a-z0-9]+)*/g)) {
    for (const w of [m[0], ...m[0].split("'")]) if (w.length > 1 && !SHORT_NUMBER.test(w) && !STOP_WORDS.has(w)) words.add(w);
  }
  return [...words];
}

/** The full-text queries over names and aliases that find every entity holding one of these words. */
export function caseDataQueries(words: string[]): string[] {
  const queries: string[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_QUERY) {
    queries.push(namesOrAliasesQuery(words.slice(i, i + WORDS_PER_QUERY)));
  }
  return queries;
}
