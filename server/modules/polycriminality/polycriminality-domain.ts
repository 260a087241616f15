import type { AppContext } from '../../context.ts';
import { structuralTypes } from '../../domain/derive.ts';
import { badInput, boundedInt, notFound } from '../../errors.ts';
import { evidenceOf, linkObject, sourcesOf } from '../entity/entity-fields.ts';
import type { EntityRecord, RelRecord } from '../entity/request-graph.ts';
import { toGraph } from '../graph/graph-elements.ts';

interface LinkedRow {
  rel: RelRecord;
  other: EntityRecord;
  figure: EntityRecord | null;
}

export async function polycriminality(ctx: AppContext, crimeTypeId: string, year: number | null | undefined) {
  const checkedYear = year === null || year === undefined ? null : boundedInt(year, 'year', 1900, 2100, 2015);
  const [row] = await ctx.db.read('polycriminality/linked-crimes', {
    crimeTypeId,
    year: checkedYear,
    markings: ctx.viewer.markings,
    structuralTypes,
  });
  if (!row) throw notFound(`No crime type with id "${crimeTypeId}".`);
  const crime = row.crime as EntityRecord;
  const links = row.links as LinkedRow[];
  ctx.graph.add([crime, ...links.map((l) => l.other), ...links.flatMap((l) => (l.figure ? [l.figure] : [])), ...(row.sourceDocs as EntityRecord[])], links.map((l) => l.rel));
  const ranked = links
    .map((l) => ({
      crimeType: l.other,
      share: typeof l.rel.props.share === 'number' ? l.rel.props.share : null,
      year: l.rel.props.year ?? null,
      linkKind: l.rel.props.linkKind ?? null,
      figure: l.figure,
      evidence: evidenceOf(l.rel.props, ctx),
      sources: sourcesOf(l.rel.props, ctx),
    }))
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || String(a.crimeType.name).localeCompare(String(b.crimeType.name)))
    .map((l, i) => ({ ...l, rank: i + 1 }));
  const others = new Map(links.map((l) => [l.other.id, l.other]));
  return {
    crimeType: crime,
    year: checkedYear,
    years: row.years as number[],
    links: ranked,
    graph: toGraph(ctx, [crime, ...others.values()], links.map((l) => l.rel)),
  };
}

export async function sharedConnections(ctx: AppContext, first: string, second: string, kinds: string[] | null | undefined) {
  if (first === second) throw badInput('first and second must be two different crime types.', 'second');
  const rows = await ctx.db.read('polycriminality/shared-connections', {
    first,
    second,
    kinds: kinds?.length ? kinds : ['Organisation', 'Operation', 'Route', 'NetworkRole'],
    markings: ctx.viewer.markings,
    structuralTypes,
  });
  return rows.map((row) => {
    const entity = row.entity as EntityRecord;
    const rels = row.rels as RelRecord[];
    ctx.graph.add([row.first as EntityRecord, row.second as EntityRecord, entity, ...(row.sourceDocs as EntityRecord[])], rels);
    const end = (id: string) => ctx.graph.links(entity.id, {}).filter((v) => v.node.id === id).map((v) => linkObject(v, ctx));
    return { entity, toFirst: end(first), toSecond: end(second) };
  });
}
