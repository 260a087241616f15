/**
 * An entity selection compiled into one Cypher map expression: exactly the fields asked for,
 * relationship fields as paginated subqueries, and the visibility rule on everything reached.
 *
 * The map is keyed by response key (alias or field name), so aliased fields with different
 * arguments get their own entries; server/query/compiled-resolvers.ts reads them back.
 */
import type { FieldNode } from 'graphql';
import { kindSpec, linkTypes } from '../domain/derive.ts';
import { DEGREE_COUNT_LIMIT, type Kind } from '../domain/model.ts';
import { label, relType } from '../db/labels.ts';
import type { Compilation } from './compilation.ts';
import { caseField } from './case-projection.ts';
import { evidenceList, sourceSupports } from './evidence-projection.ts';
import { linkFieldOf, linkList, linkConnection, routeStages } from './link-projection.ts';
import { noteList } from './note-projection.ts';
import { selectedFields, type SelectedField } from './selection.ts';
import { visible } from './visibility.ts';

/** Key of the entity's kind in every compiled entity map (not a valid GraphQL name). */
export const KIND_KEY = '#kind';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A map literal from [key, expression] pairs; keys are quoted, so any response key is safe. */
export function mapOf(entries: readonly (readonly [string, string])[]): string {
  return `{${entries.map(([key, expr]) => `\`${key.replaceAll('`', '')}\`: ${expr}`).join(', ')}}`;
}

const property = (v: string, name: string) => {
  if (!IDENTIFIER.test(name)) throw new Error(`"${name}" is not a property name`);
  return `${v}.${name}`;
};

/** Number of visible links of `v` between named things (no provenance, no figures), up to DEGREE_COUNT_LIMIT. */
export function visibleDegree(c: Compilation, v: string): string {
  const x = c.variable('x');
  const o = c.variable('o');
  return `COUNT { MATCH (${v})-[${x}:${linkTypes.map(relType).join('|')}]-(${o}:Entity) WHERE ${visible(x)} AND ${visible(o)} ` +
    `WITH ${x} LIMIT ${DEGREE_COUNT_LIMIT} RETURN ${x} }`;
}

function figures(c: Compilation, v: string, nodes: FieldNode[]): string {
  const r = c.variable('r');
  const f = c.variable('f');
  return `COLLECT { MATCH (${v})<-[${r}:MEASURES]-(${f}:Entity:Figure) WHERE ${visible(r)} AND ${visible(f)} ` +
    `WITH ${f} ORDER BY ${f}.name, ${f}.id RETURN ${entityProjection(c, f, ['Figure'], nodes)} }`;
}

/** The expression answering one selected field of an entity of `kind`. */
function entityField(c: Compilation, v: string, kind: Kind, field: SelectedField): string {
  switch (field.name) {
    case 'id': case 'kind': case 'name': case 'description': return property(v, field.name);
    case 'aliases': return `coalesce(${v}.aliases, [])`;
    case 'marking': return `coalesce(${v}.marking, 'PUBLIC')`;
    case 'evidence': return evidenceList(c, v, field.nodes);
    case 'sources': return sourceSupports(c, v, field.nodes);
    case 'figures': return figures(c, v, field.nodes);
    case 'degree': return visibleDegree(c, v);
    case 'stages': return routeStages(c, v, field.nodes);
    case 'notes': return noteList(c, v, 'entity', field);
  }
  if (Object.hasOwn(kindSpec(kind).properties, field.name)) return property(v, field.name);
  const link = linkFieldOf(kind, field.name);
  if (link) return link.connection ? linkConnection(c, v, link, field) : linkList(c, v, link, field);
  const computed = caseField(c, v, kind, field);
  if (computed) return computed;
  throw new Error(`${kind}.${field.name} has no compiled form`);
}

/** Identity of a selected field, the same for every kind that selects it through the same nodes. */
const nodeIds = new WeakMap<FieldNode, number>();
let nextNodeId = 0;
const signature = (field: SelectedField) =>
  `${field.name}:${field.nodes.map((n) => nodeIds.get(n) ?? (nodeIds.set(n, nextNodeId++), nextNodeId - 1)).join(',')}`;

/**
 * The map answering `nodes` (field nodes whose selection set applies to the entity) for an
 * entity bound to `v` that is one of `kinds`. Fields that only some kinds have (inline
 * fragments) are computed under a label test, so other kinds pay nothing for them.
 */
export function entityProjection(c: Compilation, v: string, kinds: readonly Kind[], nodes: readonly FieldNode[]): string {
  const byKey = new Map<string, { signature: string; field: SelectedField; kinds: Kind[] }[]>();
  for (const kind of kinds) {
    for (const field of selectedFields(nodes, kind, c.scope)) {
      const variants = byKey.get(field.key) ?? [];
      const sig = signature(field);
      const same = variants.find((x) => x.signature === sig);
      if (same) same.kinds.push(kind);
      else variants.push({ signature: sig, field, kinds: [kind] });
      byKey.set(field.key, variants);
    }
  }
  const entries: [string, string][] = [[KIND_KEY, `${v}.kind`]];
  for (const [key, variants] of byKey) {
    if (variants.length === 1 && variants[0]!.kinds.length === kinds.length) {
      entries.push([key, entityField(c, v, variants[0]!.kinds[0]!, variants[0]!.field)]);
      continue;
    }
    const branches = variants.map(({ field, kinds: ks }) =>
      `WHEN ${ks.map((k) => `${v}:${label(k)}`).join(' OR ')} THEN ${entityField(c, v, ks[0]!, field)}`);
    entries.push([key, `CASE ${branches.join(' ')} END`]);
  }
  return mapOf(entries);
}
