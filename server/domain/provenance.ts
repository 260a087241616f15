/**
 * How provenance and relationship identity are stored, shared by the seed loader and by
 * analysts' writes so both produce the same graph.
 */
import { MARKINGS } from './model.ts';

export interface Evidence {
  source: string;
  quote: string;
  date: string;
  modality: string;
  /** A quote may be more restricted than what it supports (a confidential source on a public fact). */
  marking?: string;
}

/** The stricter of two markings. */
export const stricterMarking = (a: string, b: string): string => (MARKINGS.indexOf(a as never) >= MARKINGS.indexOf(b as never) ? a : b);

/**
 * Provenance as parallel lists, the form stored on nodes and relationships. Each quote keeps its
 * own marking: never less strict than the marking of what it supports.
 */
export function provenanceProps(evidence: Evidence[], marking: string): Record<string, string[]> {
  return {
    sources: [...new Set(evidence.map((e) => e.source))],
    evidenceSources: evidence.map((e) => e.source),
    evidenceQuotes: evidence.map((e) => e.quote),
    evidenceDates: evidence.map((e) => e.date),
    evidenceModalities: evidence.map((e) => e.modality),
    evidenceMarkings: evidence.map((e) => stricterMarking(e.marking ?? marking, marking)),
  };
}

/**
 * A relationship's id. Two links of one type between the same pair are distinct facts only
 * when their order, year or kind of link differ.
 */
export function linkId(from: string, type: string, to: string, props: Record<string, unknown>): string {
  const discriminator = ['order', 'year', 'linkKind'].filter((k) => props[k] !== undefined).map((k) => `${k}=${props[k]}`).join(',');
  return `${from}|${type}|${to}${discriminator ? `|${discriminator}` : ''}`;
}

/** The MENTIONED_IN links of an entity: one per cited document, with the quotes from it. */
export function mentionLinks(entityId: string, evidence: Evidence[], marking: string) {
  return [...new Set(evidence.map((e) => e.source))].map((source) => {
    const id = `${entityId}|MENTIONED_IN|${source}`;
    const cited = evidence.filter((e) => e.source === source);
    return { id, source, cited, props: { id, marking, ...provenanceProps(cited, marking) } };
  });
}
