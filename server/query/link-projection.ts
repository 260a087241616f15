/**
 * Relationship fields compiled: an entity's typed fields (`partners`, `ledBy`), the generic
 * `links` and their `...Connection` forms, and a route's stages. Each is one subquery over the
 * entity's visible relationships that sorts, skips and limits inside Neo4j, so the first page of
 * a hub's 50,000 links costs about what the first page of five does.
 */
import type { FieldNode } from 'graphql';
import { isKind, kindNames, linkTypes, relationshipFields, relationshipSpec, relationshipTypes } from '../domain/derive.ts';
import type { Kind, RelationshipType } from '../domain/model.ts';
import { relType } from '../db/labels.ts';
import { linkPropertyNames } from '../domain/derive-graphql.ts';
import { badInput, boundedInt } from '../errors.ts';
import type { Compilation } from './compilation.ts';
import { offsetAfter } from './cursor.ts';
import { entityProjection, mapOf } from './entity-projection.ts';
import { evidenceList, sourceSupports } from './evidence-projection.ts';
import { noteList } from './note-projection.ts';
import { selectedFields, type SelectedField } from './selection.ts';
import { visible } from './visibility.ts';

export const DEFAULT_LINK_PAGE = 100;
export const MAX_LINK_PAGE = 500;

/** Keys of a compiled Link map and a compiled LinkConnection map that are not GraphQL fields. */
export const TYPE_KEY = '#type';
export const OFFSET_KEY = '#offset';
export const FIRST_KEY = '#first';
export const TOTAL_KEY = '#total';

export interface LinkField {
  /** null: the generic `links` field, whose arguments choose types, direction and kinds. */
  type: RelationshipType | null;
  direction: 'OUT' | 'IN';
  connection: boolean;
}

/** The relationship field `name` of `kind` (typed, generic, or a connection of either). */
export function linkFieldOf(kind: Kind, name: string): LinkField | undefined {
  const connection = name.endsWith('Connection');
  const base = connection ? name.slice(0, -'Connection'.length) : name;
  if (base === 'links') return { type: null, direction: 'OUT', connection };
  const typed = relationshipFields(kind).find((f) => f.field === base);
  return typed ? { type: typed.type, direction: typed.direction, connection } : undefined;
}

interface Step {
  pattern: string;
  where: string;
  r: string;
  m: string;
  otherKinds: readonly Kind[];
}

/** Relationship properties the API exposes (Link, GraphEdge), from the model. */
export const LINK_PROPERTIES: ReadonlySet<string> = new Set(linkPropertyNames());

/**
 * The one traversal step of relationship fields: from `v` over visible relationships to visible
 * entities, typed and directed as the field and its arguments say.
 */
function step(c: Compilation, v: string, link: LinkField, args: Record<string, unknown>): Step {
  const r = c.variable('r');
  const m = c.variable('m');
  let types: readonly RelationshipType[];
  let direction: 'OUT' | 'IN' | 'BOTH';
  let otherKinds: readonly Kind[] = kindNames;
  const conditions = [visible(r), visible(m)];
  if (link.type) {
    types = [link.type];
    direction = link.direction;
    const spec = relationshipSpec(link.type);
    otherKinds = ((direction === 'OUT' ? spec.to : spec.from) as readonly string[]).filter(isKind);
  } else {
    const asked = Array.isArray(args.types) ? (args.types as RelationshipType[]) : [];
    types = asked.length ? asked : args.includeStructural ? relationshipTypes : linkTypes;
    direction = (args.direction as 'OUT' | 'IN' | 'BOTH' | undefined) ?? 'BOTH';
    const kinds = Array.isArray(args.kinds) ? (args.kinds as string[]).filter(isKind) : [];
    if (kinds.length) {
      otherKinds = kinds;
      conditions.push(`${m}.kind IN ${c.param(kinds)}`);
    }
  }
  const rel = `[${r}:${types.map(relType).join('|')}]`;
  const pattern = direction === 'OUT' ? `(${v})-${rel}->(${m}:Entity)` : direction === 'IN' ? `(${v})<-${rel}-(${m}:Entity)` : `(${v})-${rel}-(${m}:Entity)`;
  return { pattern, where: conditions.join(' AND '), r, m, otherKinds };
}

/** The Link map for relationship `r` seen from `v`, with `m` at its other end. */
export function linkMap(c: Compilation, v: string, r: string, m: string, otherKinds: readonly Kind[], nodes: FieldNode[]): string {
  const entries: [string, string][] = [[TYPE_KEY, `type(${r})`]];
  for (const f of selectedFields(nodes, 'Link', c.scope)) {
    switch (f.name) {
      case 'id': entries.push([f.key, `${r}.id`]); break;
      case 'type': entries.push([f.key, `type(${r})`]); break;
      case 'caption': break;
      case 'direction': entries.push([f.key, `CASE WHEN startNode(${r}) = ${v} THEN 'OUT' ELSE 'IN' END`]); break;
      case 'node': entries.push([f.key, entityProjection(c, m, otherKinds, f.nodes)]); break;
      case 'marking': entries.push([f.key, `coalesce(${r}.marking, 'PUBLIC')`]); break;
      case 'evidence': entries.push([f.key, evidenceList(c, r, f.nodes)]); break;
      case 'sources': entries.push([f.key, sourceSupports(c, r, f.nodes)]); break;
      case 'notes': entries.push([f.key, noteList(c, r, 'link', f)]); break;
      default:
        if (!LINK_PROPERTIES.has(f.name)) throw new Error(`Link.${f.name} has no compiled form`);
        entries.push([f.key, `${r}.${f.name}`]);
    }
  }
  return mapOf(entries);
}

function page(c: Compilation, args: Record<string, unknown>) {
  const first = boundedInt(args.first as number | null | undefined, 'first', 0, MAX_LINK_PAGE, DEFAULT_LINK_PAGE);
  const offset = offsetAfter(args.after);
  if (offset > 1_000_000) throw badInput('"after" is past the end of any page.', 'after');
  return { first, offset, firstParam: c.param(first), offsetParam: c.param(offset) };
}

function pageOfLinks(c: Compilation, v: string, link: LinkField, args: Record<string, unknown>, linkNodes: FieldNode[], p: ReturnType<typeof page>): string {
  const s = step(c, v, link, args);
  return `COLLECT { MATCH ${s.pattern} WHERE ${s.where} ` +
    `WITH ${s.r}, ${s.m} ORDER BY coalesce(${s.r}.order, 0), coalesce(${s.r}.share, 0) DESC, type(${s.r}), ${s.m}.name, ${s.m}.id ` +
    `SKIP ${p.offsetParam} LIMIT ${p.firstParam} RETURN ${linkMap(c, v, s.r, s.m, s.otherKinds, linkNodes)} }`;
}

/** `[Link!]!`: one page (first/after) of the field's links. */
export function linkList(c: Compilation, v: string, link: LinkField, field: SelectedField): string {
  return pageOfLinks(c, v, link, field.args, field.nodes, page(c, field.args));
}

/** `LinkConnection!`: a page of links with totalCount and pageInfo (counted only when asked). */
export function linkConnection(c: Compilation, v: string, link: LinkField, field: SelectedField): string {
  const p = page(c, field.args);
  const entries: [string, string][] = [[OFFSET_KEY, p.offsetParam], [FIRST_KEY, p.firstParam]];
  const selected = selectedFields(field.nodes, 'LinkConnection', c.scope);
  if (selected.some((f) => f.name === 'totalCount' || f.name === 'pageInfo')) {
    const s = step(c, v, link, field.args);
    entries.push([TOTAL_KEY, `COUNT { MATCH ${s.pattern} WHERE ${s.where} }`]);
  }
  for (const f of selected) {
    if (f.name === 'links') entries.push([f.key, pageOfLinks(c, v, link, field.args, f.nodes, p)]);
  }
  return mapOf(entries);
}

const STAGE_TYPES: RelationshipType[] = ['DEPARTS_FROM', 'PASSES_THROUGH', 'ARRIVES_IN'];

/** A route's `[RouteStage!]!`, in travel order. */
export function routeStages(c: Compilation, v: string, nodes: FieldNode[]): string {
  const r = c.variable('r');
  const m = c.variable('m');
  const entries: [string, string][] = selectedFields(nodes, 'RouteStage', c.scope).map((f) => {
    switch (f.name) {
      case 'order': return [f.key, `coalesce(${r}.order, 0)`];
      case 'type': return [f.key, `type(${r})`];
      case 'location': return [f.key, entityProjection(c, m, ['Location'], f.nodes)];
      case 'evidence': return [f.key, evidenceList(c, r, f.nodes)];
      default: throw new Error(`RouteStage.${f.name} has no compiled form`);
    }
  });
  return `COLLECT { MATCH (${v})-[${r}:${STAGE_TYPES.map(relType).join('|')}]->(${m}:Entity) WHERE ${visible(r)} AND ${visible(m)} ` +
    `WITH ${r}, ${m} ORDER BY coalesce(${r}.order, 0), type(${r}), ${m}.name RETURN ${mapOf(entries)} }`;
}


