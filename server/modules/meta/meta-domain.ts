import type { AppContext } from '../../context.ts';
import { kindNames, kindSpec, relationshipLook, relationshipSpec, relationshipTypes } from '../../domain/derive.ts';

export async function meta(ctx: AppContext) {
  const [row] = await ctx.db.read('meta/count-by-kind', { markings: ctx.viewer.markings });
  const countOf = (rows: unknown, name: string) =>
    Number((rows as { name: string; count: number }[] | undefined)?.find((r) => r.name === name)?.count ?? 0);
  const kinds = kindNames.map((kind) => {
    const spec = kindSpec(kind);
    return { kind, caption: spec.caption, plural: spec.plural, description: spec.description, colour: spec.colour, shape: spec.shape, listField: spec.listField, count: countOf(row?.kinds, kind) };
  });
  const rels = relationshipTypes.map((type) => {
    const spec = relationshipSpec(type);
    const look = relationshipLook(type);
    return {
      type,
      caption: spec.caption,
      description: spec.description,
      family: look.family,
      familyCaption: look.familyCaption,
      colour: look.colour,
      lineStyle: look.lineStyle,
      dashPattern: look.dashPattern,
      from: spec.from,
      to: spec.to,
      structural: spec.structural === true,
      outField: spec.outField,
      inField: spec.inField,
      count: countOf(row?.relationships, type),
    };
  });
  return {
    kinds,
    relationshipTypes: rels,
    entityCount: kinds.reduce((sum, k) => sum + k.count, 0),
    relationshipCount: rels.reduce((sum, r) => sum + r.count, 0),
  };
}
