/**
 * Which crimes a crime type is linked to (by share, per year), and who connects to two crime
 * types at once. One compiled query each: the static parts pick the links, the tail projects
 * exactly what the request selects.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { relType } from '../../db/labels.ts';
import { isKind, kindNames, linkTypes } from '../../domain/derive.ts';
import type { Kind } from '../../domain/model.ts';
import { badInput, boundedInt, notFound } from '../../errors.ts';
import { Compilation } from '../../query/compilation.ts';
import { entityProjection } from '../../query/entity-projection.ts';
import { evidenceList, sourceSupports } from '../../query/evidence-projection.ts';
import { graphEdgeMap, graphNodeMap } from '../../query/graph-projection.ts';
import { linkMap } from '../../query/link-projection.ts';
import { fieldNodesNamed } from '../../query/selection.ts';
import { visible } from '../../query/visibility.ts';

type Compiled = Record<string, unknown>;

export async function polycriminality(ctx: AppContext, crimeTypeId: string, year: number | null | undefined, info: GraphQLResolveInfo) {
  const checkedYear = year === null || year === undefined ? null : boundedInt(year, 'year', 1900, 2100, 2015);
  const c = new Compilation(info, ctx.viewer.markings);
  const at = (name: string) => fieldNodesNamed(info.fieldNodes, 'Polycriminality', name, c.scope);
  const linkNodes = at('links');
  const sub = (name: string) => fieldNodesNamed(linkNodes, 'CrimeLink', name, c.scope);
  const graphNodes = at('graph');
  const graph = { nodes: fieldNodesNamed(graphNodes, 'Graph', 'nodes', c.scope), edges: fieldNodesNamed(graphNodes, 'Graph', 'edges', c.scope) };
  const yearParam = c.param(checkedYear);
  const linkEntries = [
    `share: r.share, year: r.year, linkKind: r.linkKind, name: o.name`,
    `crimeType: ${entityProjection(c, 'o', ['CrimeType'], sub('crimeType'))}`,
    `figure: CASE WHEN f IS NULL THEN null ELSE ${entityProjection(c, 'f', ['Figure'], sub('figure'))} END`,
    `evidence: ${evidenceList(c, 'r', sub('evidence'))}`,
    `sources: ${sourceSupports(c, 'r', sub('sources'))}`,
    `node: ${graphNodeMap(c, 'o', 'null', graph.nodes)}`,
    `edge: ${graphEdgeMap(c, 'r', graph.edges)}`,
  ];
  const cypher = [
    `MATCH (cr:Entity:CrimeType {id: ${c.param(crimeTypeId)}}) WHERE ${visible('cr')}`,
    `RETURN ${entityProjection(c, 'cr', ['CrimeType'], at('crimeType'))} AS crime, ${graphNodeMap(c, 'cr', 'null', graph.nodes)} AS crimeNode,`,
    `  COLLECT { MATCH (cr)-[r:LINKED_TO]-(o:Entity) WHERE ${visible('r')} AND ${visible('o')} AND (${yearParam} IS NULL OR r.year = ${yearParam})`,
    `    OPTIONAL MATCH (f:Entity {id: r.figureId}) WHERE ${visible('f')}`,
    `    RETURN {${linkEntries.join(', ')}} } AS links,`,
    `  COLLECT { MATCH (cr)-[r:LINKED_TO]-(o:Entity) WHERE ${visible('r')} AND ${visible('o')} AND r.year IS NOT NULL RETURN DISTINCT r.year AS y ORDER BY y } AS years`,
  ].join('\n');
  const [row] = await ctx.db.readText(cypher, c.params);
  if (!row) throw notFound(`No crime type with id "${crimeTypeId}".`);
  const links = (row.links as Compiled[])
    .sort((a, b) => (Number(b.share ?? -1)) - (Number(a.share ?? -1)) || String(a.name).localeCompare(String(b.name)));
  const others = new Map<unknown, Compiled>();
  for (const l of links) others.set((l.node as Compiled)['#id'], l.node as Compiled);
  return {
    crimeType: row.crime,
    year: checkedYear,
    years: row.years as number[],
    links: links.map((l, i) => ({ ...l, share: typeof l.share === 'number' ? l.share : null, rank: i + 1 })),
    graph: {
      nodes: [row.crimeNode, ...others.values()],
      edges: links.map((l) => l.edge),
      truncated: false,
      totalNodes: others.size + 1,
    },
  };
}

export async function sharedConnections(ctx: AppContext, first: string, second: string, kinds: string[] | null | undefined, info: GraphQLResolveInfo) {
  if (first === second) throw badInput('first and second must be two different crime types.', 'second');
  const wanted: Kind[] = (kinds?.length ? kinds : ['Organisation', 'Operation', 'Route', 'NetworkRole']).filter(isKind);
  const c = new Compilation(info, ctx.viewer.markings);
  const sub = (name: string) => fieldNodesNamed(info.fieldNodes, 'SharedConnection', name, c.scope);
  const types = linkTypes.map(relType).join('|');
  const cypher = [
    `MATCH (a:Entity:CrimeType {id: ${c.param(first)}}), (b:Entity:CrimeType {id: ${c.param(second)}})`,
    `WHERE ${visible('a')} AND ${visible('b')}`,
    `MATCH (a)-[ra:${types}]-(x:Entity)-[rb:${types}]-(b)`,
    `WHERE x.kind IN ${c.param(wanted)} AND ${visible('x')} AND x <> a AND x <> b AND ${visible('ra')} AND ${visible('rb')}`,
    'WITH a, b, x, collect(DISTINCT ra) AS ras, collect(DISTINCT rb) AS rbs',
    `RETURN ${entityProjection(c, 'x', wanted.length ? wanted : kindNames, sub('entity'))} AS entity,`,
    `  COLLECT { UNWIND ras AS r1 RETURN ${linkMap(c, 'x', 'r1', 'a', ['CrimeType'], sub('toFirst'))} } AS toFirst,`,
    `  COLLECT { UNWIND rbs AS r2 RETURN ${linkMap(c, 'x', 'r2', 'b', ['CrimeType'], sub('toSecond'))} } AS toSecond`,
    'ORDER BY x.kind, x.name',
  ].join('\n');
  return ctx.db.readText(cypher, c.params);
}
