/**
 * What analysts ask of case data at the root: suspects of two crime types at once, a route's
 * hotspots with their suspect counts, and polycriminality computed from suspect data. Each sends
 * one query: a static head in cypher/queries/case/ (started from an id, under the visibility
 * rule) and a tail compiled from the selection.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { q } from '../../db/cypher.ts';
import { badInput, boundedInt } from '../../errors.ts';
import { Compilation } from '../../query/compilation.ts';
import { encodeCursor, offsetAfter, pageInfo } from '../../query/cursor.ts';
import { entityProjection } from '../../query/entity-projection.ts';
import { fieldNodesNamed } from '../../query/selection.ts';
import type { EntityMap } from '../entity/entity-domain.ts';

export const MAX_CASE_ROOT_PAGE = 100;

function rootPage(first: number | null | undefined, after: string | null | undefined) {
  const size = boundedInt(first, 'first', 0, MAX_CASE_ROOT_PAGE, 25);
  const offset = offsetAfter(after);
  if (offset > 1_000_000) throw badInput('"after" is past the end of any page.', 'after');
  return { size, offset };
}

export async function suspectsLinkedToBoth(ctx: AppContext, crimeA: string, crimeB: string, first: number | null | undefined, after: string | null | undefined, info: GraphQLResolveInfo) {
  if (crimeA === crimeB) throw badInput('crimeA and crimeB must be two different crime types.', 'crimeB');
  const { size, offset } = rootPage(first, after);
  const c = new Compilation(info, ctx.viewer.markings);
  Object.assign(c.params, { crimeA, crimeB });
  const nodeFields = fieldNodesNamed(info.fieldNodes, 'PersonConnection', 'nodes', c.scope);
  const edgeFields = fieldNodesNamed(fieldNodesNamed(info.fieldNodes, 'PersonConnection', 'edges', c.scope), 'PersonEdge', 'node', c.scope);
  const cypher = [
    q('case/suspects-linked-to-both'),
    `WITH collect(n) AS found`,
    `CALL (found) { UNWIND found AS n WITH n ORDER BY n.name, n.id SKIP ${c.param(offset)} LIMIT ${c.param(size)}`,
    `  RETURN ${nodeFields.length ? `collect(${entityProjection(c, 'n', ['Person'], nodeFields)})` : '[]'} AS nodes,`,
    `  ${edgeFields.length ? `collect(${entityProjection(c, 'n', ['Person'], edgeFields)})` : '[]'} AS edgeNodes, count(n) AS size }`,
    'RETURN size(found) AS total, nodes, edgeNodes, size',
  ].join('\n');
  const [row] = await ctx.db.readText(cypher, c.params);
  const total = Number(row?.total ?? 0);
  const count = Number(row?.size ?? 0);
  const edgeNodes = (row?.edgeNodes ?? []) as EntityMap[];
  return {
    nodes: (row?.nodes ?? []) as EntityMap[],
    edges: edgeNodes.map((node, i) => ({ cursor: encodeCursor(offset + i), node })),
    totalCount: total,
    pageInfo: pageInfo(offset, count, total),
  };
}

export async function routeHotspots(ctx: AppContext, routeId: string, first: number | null | undefined, after: string | null | undefined, info: GraphQLResolveInfo) {
  const { size, offset } = rootPage(first, after);
  const c = new Compilation(info, ctx.viewer.markings);
  c.params.routeId = routeId;
  const hotspot = fieldNodesNamed(info.fieldNodes, 'RouteHotspot', 'hotspot', c.scope);
  const cypher = `${q('case/route-hotspots')}\nSKIP ${c.param(offset)} LIMIT ${c.param(size)}\n` +
    `RETURN suspects, networks, ${hotspot.length ? entityProjection(c, 'h', ['Location'], hotspot) : 'null'} AS hotspot`;
  const rows = await ctx.db.readText(cypher, c.params);
  return rows.map((row) => ({ hotspot: row.hotspot, suspects: Number(row.suspects), networks: Number(row.networks) }));
}

export async function suspectPolycriminality(ctx: AppContext, year: number | null | undefined, info: GraphQLResolveInfo) {
  const checkedYear = year === null || year === undefined ? null : boundedInt(year, 'year', 1900, 2100, 2015);
  const c = new Compilation(info, ctx.viewer.markings);
  c.params.year = checkedYear;
  const crimeFields = fieldNodesNamed(fieldNodesNamed(info.fieldNodes, 'SuspectPolycriminality', 'crimes', c.scope), 'SuspectCrimeShare', 'crimeType', c.scope);
  const cypher = `${q('case/suspect-polycriminality')}\n` +
    `RETURN polycriminal, suspects, publishedShare, ${crimeFields.length ? entityProjection(c, 'c', ['CrimeType'], crimeFields) : 'null'} AS crimeType`;
  const rows = await ctx.db.readText(cypher, c.params);
  const polycriminal = Number(rows[0]?.polycriminal ?? 0);
  return {
    year: checkedYear,
    polycriminalSuspects: polycriminal,
    crimes: rows.map((row) => ({
      crimeType: row.crimeType,
      suspects: Number(row.suspects),
      share: polycriminal > 0 ? (100 * Number(row.suspects)) / polycriminal : null,
      publishedShare: typeof row.publishedShare === 'number' ? row.publishedShare : null,
    })),
  };
}
