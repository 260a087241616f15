/**
 * What in a text looks like a new entity and matches nothing known: each with a proposed kind
 * (one of the model's kinds), its offsets, the sentence it came from and a confidence. Patterns:
 * - "Operation X" (and "Opération X"): an Operation;
 * - an acronym with its expansion, "European ... Threats (EMPACT)": kind from its head words;
 * - capitalised multi-word names ending in a word that says what they are (Agency, Centre, Sea,
 *   Programme ...), and other capitalised multi-word names at low confidence;
 * - numbers with units (%, people, EUR ...) in a sentence naming a known entity: a Figure;
 * - dates in a sentence naming an operation: the operation's date, for review.
 * Nothing here is written as an entity: candidates wait for an analyst (ingest-domain.ts).
 */
import type { Kind } from '../domain/model.ts';
import type { Mention } from './gazetteer.ts';
import { normaliseName } from './normalised-text.ts';
import { sentenceAround } from './sentences.ts';

export type CandidateReason = 'operation-name' | 'acronym' | 'named-pattern' | 'capitalised-name' | 'figure' | 'operation-date' | 'ambiguous-alias';

export interface Candidate {
  kind: Kind;
  text: string;
  /** Acronym of an expansion, when the text gives one. */
  acronym?: string;
  start: number;
  end: number;
  sentence: string;
  confidence: number;
  reason: CandidateReason;
  /** Known entities the candidate is about (a figure's subject, a dated operation, an ambiguous alias's entity). */
  relatedIds: string[];
  value?: number;
  unit?: string;
}

/** Normalised text and kind: how a rejected candidate is remembered. */
export const candidateKey = (kind: string, text: string) => `${kind}|${normaliseName(text)}`;

const CAP = String.raw`\p{Lu}[\p{L}\p{N}'’-]*`;
const LINK = String.raw`(?:of|the|for|and|against|on|in|to|de|des|du|la|le|les|et|pour|contre|d'|l')`;
const NAME = new RegExp(String.raw`${CAP}(?:[ \t]+(?:${LINK}[ \t]+)*${CAP})+`, 'gu');
const OPERATION = /\b(?:Operations?|Opération|Opérations)[ \t]+((?:\p{Lu}[\p{L}\p{N}-]*)(?:[ \t]+\p{Lu}[\p{L}\p{N}-]*)*)/gu;
const ACRONYM = new RegExp(String.raw`(${CAP}(?:[ \t\n]+(?:${LINK}[ \t\n]+)*${CAP})+)[ \t\n]*\((\p{Lu}[\p{Lu}\p{Ll}&-]{1,12})\)`, 'gu');
const NUMBER = /(?<![\p{L}\d])(\d{1,3}(?:[ ,]\d{3})+|\d+(?:[.,]\d+)?)\s*(%|per ?cent\b|million\b|billion\b|people\b|persons\b|migrants\b|suspects\b|arrests\b|victims\b|EUR\b|USD\b|euros?\b|dollars?\b)/gu;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const DATE = new RegExp(String.raw`\b(?:\d{1,2}(?:er)?[ \t]+)?(?:${MONTHS})[ \t]+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b`, 'gu');

/** Head words that say what a capitalised name is. */
const HEADS: [RegExp, Kind][] = [
  [/\b(?:Agency|Office|Centre|Center|Unit|Network|Organi[sz]ation|Police|Platform|Force|Service|Authority|Ministry|Commission|Council|Directorate|Bureau|Secretariat|Team|Group|Parliament|Court|Association|Foundation|Institute|Coalition|Partnership|Agence|Office|Centre|Direction|Gendarmerie)\b/u, 'Organisation'],
  [/\b(?:Operation|Programme|Program|Project|Conference|Forum|Meeting|Workshop|Training|Summit|Day|Action|Initiative|Opération|Programme|Projet|Conférence|Réunion|Atelier|Formation)\b/u, 'Operation'],
  [/\b(?:Database|System|Notice|Platform|Application|Tool|Base)\b/u, 'Tool'],
  [/\b(?:Sea|Ocean|Island|Islands|Region|Province|City|Coast|Gulf|Strait|Mountains|Valley|Mer|Île|Îles|Région|Côte)\b/u, 'Location'],
  [/\b(?:Route|Corridor)\b/u, 'Route'],
];

const kindOfName = (name: string): Kind | null => HEADS.find(([re]) => re.test(name))?.[1] ?? null;

/** Words that start sentences and headings rather than names. */
const STARTERS = new Set(['the', 'a', 'an', 'this', 'these', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'it', 'its', 'le', 'la', 'les', 'un', 'une', 'en', 'dans', 'pour', 'par', 'de', 'des', 'du', 'and', 'but', 'or', 'while', 'when', 'since', 'after', 'during']);

export function findCandidates(text: string, mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const known = (start: number, end: number) => mentions.some((m) => m.start <= start && end <= m.end);
  const overlapsKnown = (start: number, end: number) => mentions.some((m) => start < m.end && m.start < end);
  const coveredBy = (start: number, end: number) => out.some((c) => c.start <= start && end <= c.end && c.reason !== 'figure' && c.reason !== 'operation-date');
  const add = (c: Omit<Candidate, 'sentence'>) => out.push({ ...c, sentence: sentenceAround(text, c.start, c.end).sentence });

  for (const m of text.matchAll(OPERATION)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (known(start + m[0].length - m[1]!.length, end) || known(start, end)) continue;
    add({ kind: 'Operation', text: m[0], start, end, confidence: 0.9, reason: 'operation-name', relatedIds: [] });
  }
  for (const m of text.matchAll(ACRONYM)) {
    const acronym = m[2]!;
    // The expansion starts at the word whose initial begins the acronym ("the European ... (EMPACT)").
    const words = [...m[1]!.matchAll(/\S+/g)];
    const first = words.find((w) => w[0][0] === acronym[0]) ?? words[0]!;
    const start = m.index! + first.index!;
    const end = m.index! + m[0].length;
    const expansion = text.slice(start, m.index! + m[1]!.length).replace(/\s+/g, ' ');
    const acronymAt = end - acronym.length - 1;
    if (known(acronymAt, acronymAt + acronym.length) || known(start, m.index! + m[1]!.length)) continue;
    add({ kind: kindOfName(expansion) ?? 'Organisation', text: expansion, acronym, start, end, confidence: 0.8, reason: 'acronym', relatedIds: [] });
  }
  for (const m of text.matchAll(NAME)) {
    let name = m[0];
    let start = m.index!;
    const firstWord = name.split(/[ \t]+/)[0]!.toLowerCase();
    if (STARTERS.has(firstWord)) {
      const rest = name.slice(name.indexOf(' ') + 1).trimStart();
      start += name.length - rest.length;
      name = rest;
      if (!/[ \t]/.test(name)) continue;
    }
    const end = start + name.length;
    if (overlapsKnown(start, end) || coveredBy(start, end)) continue;
    if (name === name.toUpperCase()) continue; // a heading in capitals, not a name
    const kind = kindOfName(name);
    add({ kind: kind ?? 'Organisation', text: name, start, end, confidence: kind ? 0.6 : 0.3, reason: kind ? 'named-pattern' : 'capitalised-name', relatedIds: [] });
  }
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index!;
    const end = start + m[0].length;
    const sentence = sentenceAround(text, start, end);
    const near = mentions.filter((x) => x.start >= sentence.start && x.end <= sentence.end);
    if (!near.length) continue;
    const value = Number(m[1]!.replace(/[ ,](?=\d{3})/g, '').replace(',', '.'));
    const unit = /%|per ?cent/.test(m[2]!) ? 'percent' : m[2]!.toLowerCase().replace(/s$/, '');
    add({ kind: 'Figure', text: m[0], start, end, confidence: 0.6, reason: 'figure', relatedIds: [...new Set(near.map((x) => x.entity.id))], value, unit });
  }
  for (const m of text.matchAll(DATE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const sentence = sentenceAround(text, start, end);
    const operations = [
      ...mentions.filter((x) => x.entity.kind === 'Operation' && x.start >= sentence.start && x.end <= sentence.end).map((x) => x.entity.id),
    ];
    const proposed = out.some((c) => c.kind === 'Operation' && c.start >= sentence.start && c.end <= sentence.end && c.reason !== 'operation-date');
    if (!operations.length && !proposed) continue;
    add({ kind: 'Operation', text: m[0], start, end, confidence: 0.5, reason: 'operation-date', relatedIds: [...new Set(operations)] });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
