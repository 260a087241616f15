/** Plain shapes of the rows static queries return: a node's properties, a relationship. */
import type { RelationshipType } from '../domain/model.ts';

export type EntityRecord = Record<string, unknown> & { id: string; kind: string; name: string };

export interface RelRecord {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
