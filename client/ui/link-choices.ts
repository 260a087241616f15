/**
 * The relationships the model allows between two entities, either way round, for accepting a
 * candidate as a link: from the model's relationship types (the same the API checks), never a
 * list of its own.
 */
import { linkTypes, relationshipSpec } from '../../server/domain/derive.ts';
import type { Kind, RelationshipType } from '../../server/domain/model.ts';

export interface LinkChoice {
  type: RelationshipType;
  caption: string;
  /** The link runs from the second entity to the first. */
  reversed: boolean;
}

const allows = (type: RelationshipType, from: Kind, to: Kind) =>
  (relationshipSpec(type).from as readonly string[]).includes(from) && (relationshipSpec(type).to as readonly string[]).includes(to);

/** Types from a `first` to a `second` entity, then those from the second to the first, in model order. */
export function linkChoices(first: Kind, second: Kind): LinkChoice[] {
  const forward = linkTypes.filter((t) => allows(t, first, second)).map((type) => ({ type, caption: relationshipSpec(type).caption, reversed: false }));
  const backward = linkTypes.filter((t) => allows(t, second, first)).map((type) => ({ type, caption: relationshipSpec(type).caption, reversed: true }));
  // A type allowed both ways between two entities of one kind (PARTNER_OF) is offered once.
  return [...forward, ...(first === second ? [] : backward)];
}
