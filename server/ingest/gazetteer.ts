/**
 * Finds the known entities a text names: an Aho-Corasick matcher (modern-ahocorasick) over the
 * normalised names and aliases of every entity the ingesting user may see, run on the
 * normalised text (./normalised-text.ts), so matching ignores case and accents, articles and
 * possessives, and sees through words hyphenated across lines; words on both sides are stemmed
 * ("changing SIM cards" names "Changing SIM cards" and "change SIM card" alike). Matches are
 * whole words only (a plural or demonym ending is allowed on longer names: "Eritreans").
 * A name is also matched in the other forms running text gives it (./name-variants.ts: "rental
 * of documents", "paid upon arrival", "forensic databases" where INTERPOL is named), inside
 * coordinations (./coordinations.ts: "stolen, lost or fraudulent travel documents"), and a
 * country in its adjectives (./nationalities.ts). French paragraphs also match the French names
 * and adjectives of countries (i18n-iso-countries, i18n-nationality).
 *
 * Short acronyms (three letters or fewer: "EU", "ES", "IT") are words too often: they are taken
 * only when the text writes them exactly as the alias, as an upper-case acronym ("EU"), and the
 * acronym is not also a common word ("IT", "ES"); any other occurrence written with a capital
 * is left for review as an ambiguous mention. Short words ("Car") are words like any other.
 */
import AhoCorasick from 'modern-ahocorasick';
import countries from 'i18n-iso-countries';
import { FULLTEXT_STOP_WORDS } from '../domain/model.ts';
import { coordinatedReadings } from './coordinations.ts';
import { nameVariants, ownersOf } from './name-variants.ts';
import { nationalityAdjectives } from './nationalities.ts';
import { normaliseName, stemmed, stemName, storedRange, withArticle, ARTICLE_FIRST, type NormalisedText } from './normalised-text.ts';

export interface GazetteerEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  marking: string;
  iso2?: string | null;
}

interface Term {
  entity: GazetteerEntity;
  /** The name or alias as written in the graph. */
  surface: string;
  short: boolean;
  /** A demonym made from a place's name ("Moroccan"): an adjective, part of a name it starts. */
  adjective?: boolean;
  /**
   * A country's own adjective (./nationalities.ts): it names the country even inside a name
   * ("the Greek authorities", "les autorités grecques"), where "European" in "European Union" does not.
   */
  nationality?: boolean;
  /** An entity the text must name too for this term to count (./name-variants.ts ownerless). */
  requires?: string;
  /** Another form of a name (./name-variants.ts): the words inside it still count on their own. */
  variant?: boolean;
}

export interface Mention {
  entity: GazetteerEntity;
  /** Offsets into the stored text, end exclusive. */
  start: number;
  end: number;
  surface: string;
  /** Counts only if the document also names this entity (a name written without its owner). */
  requires?: string;
}

export interface AmbiguousMention extends Mention {
  reason: string;
}

const SHORT = 3;
/**
 * Short words of English (the search index's stop words) and French: an acronym that is also one
 * ("IT", "ES", "ET") is a word too often to be taken even in capitals; it is left for review.
 */
const COMMON_WORDS = new Set<string>([...FULLTEXT_STOP_WORDS, 'es', 'et', 'le', 'la', 'les', 'de', 'du', 'des', 'un', 'une', 'en', 'au', 'aux', 'ce', 'se', 'sa', 'son', 'ne', 'il', 'elle', 'on', 'ou', 'qui', 'est', 'par', 'sur']);
/** Endings a longer name may take and still be that name: plurals and demonyms. */
const ENDINGS = new Set(['s', 'es', 'n', 'ns', 'an', 'ans', 'ian', 'ians', 'ese']);
/** Of those, the adjective endings: "European" names Europe, but not in "European Union". */
const ADJECTIVE_ENDINGS = new Set(['n', 'an', 'ian', 'ese']);
const MIN_INFLECTED = 4;
const SHORT_NAME_WORDS = 5;
const ACRONYM_CASE_LENGTH = 6;
/** Kinds whose names are proper names, which may be named inside another name. */
const PROPER_NAME_KINDS = new Set(['Organisation', 'Location', 'Operation', 'Tool', 'Route', 'Person', 'Network', 'Identifier']);
const WORD = /[a-z0-9]/;

const isAcronym = (s: string) => /^[A-Z][A-Z0-9&]*$/.test(s);

type Hit = { start: number; end: number; terms: Term[]; adjective: boolean };

function build(terms: Term[]): { matcher: AhoCorasick<Term[]> | null; byPattern: Map<string, Term[]> } {
  const byPattern = new Map<string, Term[]>();
  for (const term of terms) {
    const key = stemName(normaliseName(term.surface));
    if (key.length < 2) continue;
    const list = byPattern.get(key) ?? [];
    if (!list.some((t) => t.entity.id === term.entity.id && t.surface === term.surface)) list.push(term);
    byPattern.set(key, list);
  }
  return { matcher: byPattern.size ? new AhoCorasick([...byPattern].map(([pattern, data]) => ({ pattern, data }))) : null, byPattern };
}

/**
 * Adjectives of one-word place names whose ending changes ("Belgium" → "Belgian", "Morocco" →
 * "Moroccan", "Afghanistan" → "Afghan", "Italy" → "Italian"); names ending in -a take -n as an
 * ending (ENDINGS) and need none.
 */
function demonyms(name: string): string[] {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return [];
  const out: string[] = [];
  if (/um$/.test(name)) out.push(name.replace(/um$/, 'ian'));
  if (/o$/.test(name)) out.push(`${name.slice(0, -1)}an`);
  if (/istan$/.test(name)) out.push(name.replace(/istan$/, ''), name.replace(/istan$/, 'istani'));
  if (/y$/.test(name)) out.push(name.replace(/y$/, 'ian'));
  if (/ce$/.test(name)) out.push(name.replace(/ce$/, 'k'));
  return out.filter((d) => d.length > SHORT);
}

/** "by sea", "by air, sea or land", "by land and/or air". */
const MEANS = /\bby\s+\p{Ll}+(?:,\s*\p{Ll}+)*(?:,?\s+(?:and\/or|and|or)\s+\p{Ll}+)?/gu;

/** Written before "EU" (or another name both a place and a body): the place. */
const PLACE_BEFORE = /(?:\b(?:in|into|to|enter(?:s|ed|ing)?|reach(?:es|ed|ing)?|outside|inside|within|across|arriv(?:e|es|ed|ing)|through|via|from|once in|towards?)\s+(?:the\s+)?)$/i;
/** Written around it: the organisation. */
const BODY_BEFORE = /(?:\b(?:Council|Commission|Parliament|institutions?|agencies|law|funding|by|with)\s+(?:of\s+)?(?:the\s+)?)$/i;
const BODY_AFTER = /^\s+(?:Member States|institutions?|agenc(?:y|ies)|Council|Commission|Parliament|programme|polic(?:y|ies)|Policy|law|legislation|funding|partners?)\b/;

/**
 * When one name is both a place and an organisation ("EU", "European Union"), the words around
 * it choose: "into the EU" is the place, "EU Member States" the organisation; otherwise both.
 */
function placeOrBody(mentions: Mention[], stored: string): Mention[] {
  const place = mentions.filter((m) => m.entity.kind === 'Location');
  const body = mentions.filter((m) => m.entity.kind === 'Organisation');
  if (!place.length || !body.length) return mentions;
  const first = mentions[0]!;
  const before = stored.slice(Math.max(0, first.start - 30), first.start);
  const after = stored.slice(first.end, first.end + 30);
  if (BODY_BEFORE.test(before) || BODY_AFTER.test(after)) return mentions.filter((m) => m.entity.kind !== 'Location');
  if (PLACE_BEFORE.test(before)) return mentions.filter((m) => m.entity.kind !== 'Organisation');
  return mentions;
}

export class Gazetteer {
  private readonly common: AhoCorasick<Term[]> | null;
  private readonly french: AhoCorasick<Term[]> | null;
  /** Every term by its pattern, for names a coordination leaves implicit. */
  private readonly byPattern: Map<string, Term[]>;
  /** Methods named "... by sea", by the word after "by", when one method alone is so named. */
  private readonly byMeans = new Map<string, GazetteerEntity>();
  readonly size: number;

  constructor(entities: GazetteerEntity[]) {
    const terms: Term[] = [];
    const french: Term[] = [];
    // Names that can own another name ("INTERPOL" in "INTERPOL forensic databases").
    const owners = ownersOf(entities.filter((e) => e.kind === 'Organisation').flatMap((e) => [e.name, ...(e.aliases ?? [])].filter((n) => typeof n === 'string' && n.trim()).map((name) => ({ name, id: e.id }))));
    for (const entity of entities) {
      // A name with a parenthesis ("... Networks (Lyon, 2015)", "... Documents (SLTD)") is also written without it.
      const written = [entity.name, ...(entity.aliases ?? [])].filter((a) => typeof a === 'string');
      const bare = written.map((a) => a.replace(/\s*\([^)]*\)\s*/g, ' ').trim()).filter((a) => a.length > SHORT);
      for (const surface of new Set([...written, ...bare])) {
        if (typeof surface !== 'string' || !surface.trim()) continue;
        const letters = surface.trim().replace(/[^\p{L}\p{N}]/gu, '');
        // A short word ("Car", "Bus") is a word like any other; a short acronym ("EU") is not.
        const short = letters.length <= SHORT && !/^\p{Lu}?\p{Ll}+$/u.test(letters);
        terms.push({ entity, surface: surface.trim(), short });
        if (letters.length > SHORT) for (const v of nameVariants(surface.trim(), entity.kind, owners, entity.id)) terms.push({ entity, surface: v.surface, short: false, variant: true, ...(v.requires ? { requires: v.requires } : {}) });
      }
      if (entity.kind === 'Location') {
        for (const surface of written) for (const adjective of demonyms(surface)) terms.push({ entity, surface: adjective, short: false, adjective: true });
      }
      if (entity.kind === 'Location' && entity.iso2) {
        const names = countries.getName(entity.iso2, 'fr', { select: 'all' }) ?? [];
        for (const surface of names) if (surface.length > SHORT) french.push({ entity, surface, short: false });
        const adjectives = nationalityAdjectives(entity.iso2);
        for (const surface of adjectives.english) if (surface.length > SHORT) terms.push({ entity, surface, short: false, adjective: true, nationality: true });
        for (const surface of adjectives.french) if (surface.length > SHORT) french.push({ entity, surface, short: false, adjective: true, nationality: true });
      }
    }
    this.size = terms.length;
    const common = build(terms);
    this.common = common.matcher;
    this.byPattern = common.byPattern;
    const means = new Map<string, Set<GazetteerEntity>>();
    for (const [pattern, list] of this.byPattern) {
      const word = / by ([a-z]+)$/.exec(pattern)?.[1];
      if (!word || pattern.split(' ').length < 3) continue;
      for (const t of list) if (t.entity.kind === 'ModusOperandi') means.set(word, (means.get(word) ?? new Set()).add(t.entity));
    }
    for (const [word, set] of means) if (set.size === 1) this.byMeans.set(word, [...set][0]!);
    this.french = build(french).matcher;
  }

  /** Matches of the terms in a stemmed text: whole words, with the endings a longer name may take. */
  private hitsIn(text: string, language: string): Hit[] {
    const hits: Hit[] = [];
    for (const matcher of language === 'fra' ? [this.common, this.french] : [this.common]) {
      if (!matcher) continue;
      for (const m of matcher.search(text, { strategy: 'all' })) {
        if (m.start > 0 && WORD.test(text[m.start - 1]!)) continue;
        let end = m.end;
        let adjective = false;
        if (end < text.length && WORD.test(text[end]!)) {
          const tail = /^[a-z0-9]+/.exec(text.slice(end, end + 6))![0];
          if (m.end - m.start < MIN_INFLECTED || !ENDINGS.has(tail)) continue;
          end += tail.length;
          adjective = ADJECTIVE_ENDINGS.has(tail);
        }
        const terms = m.data ?? [];
        hits.push({ start: m.start, end, terms, adjective: adjective || (terms.length > 0 && terms.every((t) => t.adjective && !t.nationality)) });
      }
    }
    return hits;
  }

  /** Mentions in the normalised range of a paragraph, in the stored text's offsets. */
  find(stored: string, plain: NormalisedText, language: string): { mentions: Mention[]; ambiguous: AmbiguousMention[] } {
    const n = stemmed(plain);
    const extra: Mention[] = [];
    const hits = this.hitsIn(n.text, language);
    // "stolen, lost or fraudulent travel documents", "East, North and West Africa": each conjunct
    // with what it shares names what a match across the junction names, at the conjunct.
    for (const reading of coordinatedReadings(n)) {
      for (const hit of this.hitsIn(reading.text.text, language)) {
        if (hit.adjective || hit.start >= reading.junction || hit.end <= reading.junction + 1) continue;
        // "drug trafficking ... and trafficking in human beings": the conjunct's part of the match
        // is the very word it would stand for, so the conjunction shares nothing here.
        const part = reading.conjunct === 'after' ? reading.text.text.slice(reading.junction + 1, hit.end) : reading.text.text.slice(hit.start, reading.junction);
        if (part === reading.replaced) continue;
        const range = reading.conjunct === 'after' ? storedRange(reading.text, reading.junction + 1, hit.end) : storedRange(reading.text, hit.start, reading.junction);
        const written = stored.slice(range.start, range.end);
        for (const term of hit.terms) if (!term.short && !term.adjective) extra.push({ entity: term.entity, ...range, surface: written, ...(term.requires ? { requires: term.requires } : {}) });
      }
    }
    const from = plain.from[0] ?? 0;
    const paragraph = stored.slice(from, plain.to[plain.to.length - 1] ?? from);
    // "by air, sea or land": each means names the one method called "... by <means>" ("Smuggling by sea").
    for (const m of paragraph.matchAll(MEANS)) {
      for (const word of m[0].slice(2).matchAll(/\p{L}+/gu)) {
        if (['and', 'or'].includes(word[0].toLowerCase())) continue;
        const entity = this.byMeans.get(stemName(normaliseName(word[0])));
        const start = from + m.index! + 2 + word.index!;
        if (entity) extra.push({ entity, start, end: start + word[0].length, surface: word[0] });
      }
    }
    // Longest first: a shorter match of the same entity inside a longer one is the same mention;
    // another entity named inside a longer name ("INTERPOL" in "INTERPOL Chief mission to El
    // Salvador") is a mention of its own, as the curated data counts it.
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: { start: number; end: number; ids: Set<string>; variant: boolean }[] = [];
    const mentions: Mention[] = [];
    const ambiguous: AmbiguousMention[] = [];
    for (const hit of hits) {
      const range = storedRange(n, hit.start, hit.end);
      const written = stored.slice(range.start, range.end);
      const inside = taken.filter((t) => t.start <= hit.start && hit.end <= t.end);
      // Inside a short name an adjective is part of it ("European" in "European Union"), not a
      // mention of its own; inside a long title ("Namibian President discusses ...") it is one.
      const insideShort = inside.some((t) => !t.variant && n.text.slice(t.start, t.end).split(' ').length <= SHORT_NAME_WORDS);
      if (hit.adjective && insideShort) continue;
      const accepted: Mention[] = [];
      const doubtful: AmbiguousMention[] = [];
      for (const term of hit.terms) {
        if (inside.some((t) => t.ids.has(term.entity.id))) continue;
        // Inside a short name a single common noun is part of it ("migrant" in "migrant
        // smuggling"), while proper names ("Europol" in "Europol's Internet Referral Unit") and
        // longer terms ("lost travel documents" in "Stolen and Lost Travel Documents database")
        // count. A long title (a news headline) names common things too.
        if (insideShort && !PROPER_NAME_KINDS.has(term.entity.kind) && !written.includes(' ')) continue;
        // A longer acronym is taken only in capitals: "FIND" is not "findings".
        if (!term.short && isAcronym(term.surface) && term.surface.length <= ACRONYM_CASE_LENGTH && written !== written.toUpperCase()) continue;
        // A name that starts with an article ("The Hague") is mentioned with it.
        const start = ARTICLE_FIRST.test(term.surface) ? withArticle(stored, range.start) : range.start;
        const mention: Mention = { entity: term.entity, start, end: range.end, surface: stored.slice(start, range.end), ...(term.requires ? { requires: term.requires } : {}) };
        if (!term.short || (isAcronym(term.surface) && written === term.surface && !COMMON_WORDS.has(term.surface.toLowerCase()))) {
          // Of two terms of one entity here, the one read with its article.
          const same = accepted.findIndex((m) => m.entity.id === term.entity.id);
          if (same < 0) accepted.push(mention);
          else if (mention.start < accepted[same]!.start) accepted[same] = mention;
        }
        else if (/^[A-Z]/.test(written)) doubtful.push({ ...mention, reason: `short alias "${term.surface}" written "${written}"` });
      }
      if (accepted.length) {
        const ids = new Set<string>();
        for (const m of placeOrBody(accepted, stored)) if (!ids.has(m.entity.id)) { ids.add(m.entity.id); mentions.push(m); }
        taken.push({ start: hit.start, end: hit.end, ids, variant: hit.terms.every((t) => t.variant || !ids.has(t.entity.id)) });
      } else if (!inside.length) ambiguous.push(...doubtful);
    }
    extra.sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const m of extra) if (!mentions.some((x) => x.entity.id === m.entity.id && x.start < m.end && m.start < x.end)) mentions.push(m);
    mentions.sort((a, b) => a.start - b.start);
    return { mentions, ambiguous };
  }
}
