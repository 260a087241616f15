/**
 * Finds the known entities a text names: an Aho-Corasick matcher (modern-ahocorasick) over the
 * normalised names and aliases of every entity the ingesting user may see, run on the
 * normalised text (./normalised-text.ts), so matching ignores case and accents and sees through
 * words hyphenated across lines; words on both sides are stemmed ("changing SIM cards" names
 * "Changing SIM cards" and "change SIM card" alike). Matches are whole words only (a plural or demonym ending is
 * allowed on longer names: "Eritreans"). French paragraphs also match the French names of countries (i18n-iso-countries).
 *
 * Short aliases (three letters or fewer: "EU", "ES", "IT") are words too often: they are taken
 * only when the text writes them exactly as the alias, as an upper-case acronym ("EU"); any
 * other occurrence written in capitals is left for review as an ambiguous mention.
 */
import AhoCorasick from 'modern-ahocorasick';
import countries from 'i18n-iso-countries';
import { normaliseName, stemmed, stemName, storedRange, type NormalisedText } from './normalised-text.ts';

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
}

export interface Mention {
  entity: GazetteerEntity;
  /** Offsets into the stored text, end exclusive. */
  start: number;
  end: number;
  surface: string;
}

export interface AmbiguousMention extends Mention {
  reason: string;
}

const SHORT = 3;
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

function build(terms: Term[]): AhoCorasick<Term[]> | null {
  const byPattern = new Map<string, Term[]>();
  for (const term of terms) {
    const key = stemName(normaliseName(term.surface));
    if (key.length < 2) continue;
    const list = byPattern.get(key) ?? [];
    if (!list.some((t) => t.entity.id === term.entity.id && t.surface === term.surface)) list.push(term);
    byPattern.set(key, list);
  }
  if (!byPattern.size) return null;
  return new AhoCorasick([...byPattern].map(([pattern, data]) => ({ pattern, data })));
}

export class Gazetteer {
  private readonly common: AhoCorasick<Term[]> | null;
  private readonly french: AhoCorasick<Term[]> | null;
  readonly size: number;

  constructor(entities: GazetteerEntity[]) {
    const terms: Term[] = [];
    const french: Term[] = [];
    for (const entity of entities) {
      // A name with a parenthesis ("... Networks (Lyon, 2015)", "... Documents (SLTD)") is also written without it.
      const written = [entity.name, ...(entity.aliases ?? [])].filter((a) => typeof a === 'string');
      const bare = written.map((a) => a.replace(/\s*\([^)]*\)\s*/g, ' ').trim()).filter((a) => a.length > SHORT);
      for (const surface of new Set([...written, ...bare])) {
        if (typeof surface === 'string' && surface.trim()) terms.push({ entity, surface: surface.trim(), short: surface.trim().replace(/[^\p{L}\p{N}]/gu, '').length <= SHORT });
      }
      if (entity.kind === 'Location' && entity.iso2) {
        const names = countries.getName(entity.iso2, 'fr', { select: 'all' }) ?? [];
        for (const surface of names) if (surface.length > SHORT) french.push({ entity, surface, short: false });
      }
    }
    this.size = terms.length;
    this.common = build(terms);
    this.french = build(french);
  }

  /** Mentions in the normalised range of a paragraph, in the stored text's offsets. */
  find(stored: string, plain: NormalisedText, language: string): { mentions: Mention[]; ambiguous: AmbiguousMention[] } {
    const n = stemmed(plain);
    type Hit = { start: number; end: number; terms: Term[]; adjective: boolean };
    const hits: Hit[] = [];
    for (const matcher of language === 'fra' ? [this.common, this.french] : [this.common]) {
      if (!matcher) continue;
      for (const m of matcher.search(n.text, { strategy: 'all' })) {
        if (m.start > 0 && WORD.test(n.text[m.start - 1]!)) continue;
        let end = m.end;
        let adjective = false;
        if (end < n.text.length && WORD.test(n.text[end]!)) {
          const tail = /^[a-z0-9]+/.exec(n.text.slice(end, end + 6))![0];
          if (m.end - m.start < MIN_INFLECTED || !ENDINGS.has(tail)) continue;
          end += tail.length;
          adjective = ADJECTIVE_ENDINGS.has(tail);
        }
        hits.push({ start: m.start, end, terms: m.data ?? [], adjective });
      }
    }
    // Longest first: a shorter match of the same entity inside a longer one is the same mention;
    // another entity named inside a longer name ("INTERPOL" in "INTERPOL Chief mission to El
    // Salvador") is a mention of its own, as the curated data counts it.
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: { start: number; end: number; ids: Set<string> }[] = [];
    const mentions: Mention[] = [];
    const ambiguous: AmbiguousMention[] = [];
    for (const hit of hits) {
      const range = storedRange(n, hit.start, hit.end);
      const written = stored.slice(range.start, range.end);
      const inside = taken.filter((t) => t.start <= hit.start && hit.end <= t.end);
      // Inside a short name an adjective is part of it ("European" in "European Union"), not a
      // mention of its own; inside a long title ("Namibian President discusses ...") it is one.
      const insideShort = inside.some((t) => n.text.slice(t.start, t.end).split(' ').length <= SHORT_NAME_WORDS);
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
        const mention = { entity: term.entity, ...range, surface: written };
        if (!term.short || (isAcronym(term.surface) && written === term.surface)) accepted.push(mention);
        else if (/^[A-Z]/.test(written)) doubtful.push({ ...mention, reason: `short alias "${term.surface}" written "${written}"` });
      }
      if (accepted.length) {
        const ids = new Set<string>();
        for (const m of accepted) if (!ids.has(m.entity.id)) { ids.add(m.entity.id); mentions.push(m); }
        taken.push({ start: hit.start, end: hit.end, ids });
      } else if (!inside.length) ambiguous.push(...doubtful);
    }
    mentions.sort((a, b) => a.start - b.start);
    return { mentions, ambiguous };
  }
}
