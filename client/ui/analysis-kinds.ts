/**
 * Which kinds an analysis covers by default. Centrality over every kind is led by concepts that
 * every network shares (a crime type, a modus operandi); analysts rank actors and places. The
 * kinds themselves come from the model; only this choice of defaults is made here.
 */
import { kindNames, nonLinkKinds } from '../../server/domain/derive.ts';
import { KINDS, type Kind } from '../../server/domain/model.ts';
import type { ChecklistItem } from './type-checklist.ts';

/** Kinds an analysis may cover: every named kind (figures and sources are not links). */
export const ANALYSABLE_KINDS: Kind[] = kindNames.filter((k) => !nonLinkKinds.includes(k));

/** Actors and places: ranked and clustered unless the analyst chooses otherwise. */
export const DEFAULT_ANALYSIS_KINDS: ReadonlySet<Kind> = new Set<Kind>(['Organisation', 'Operation', 'Location', 'Route']);

/** Concepts (crime types, roles, methods…): the kinds whose best-connected nodes are suggested as hubs. */
export const CONCEPT_KINDS: ReadonlySet<Kind> = new Set(ANALYSABLE_KINDS.filter((k) => !DEFAULT_ANALYSIS_KINDS.has(k)));

export const kindItems = (): ChecklistItem<Kind>[] =>
  ANALYSABLE_KINDS.map((k) => ({ value: k, caption: KINDS[k].plural, description: KINDS[k].description }));
