/**
 * Compiled fields of case data that are not one relationship: a person's contacts (through
 * direct communication records or through the identifiers they use), a network's members by
 * role and its most connected members. Each is one subquery under the visibility rule, paged
 * inside Neo4j; only the selected parts are computed.
 */
import { badInput, boundedInt } from '../errors.ts';
import type { Compilation } from './compilation.ts';
import { offsetAfter } from './cursor.ts';
import { entityProjection, mapOf } from './entity-projection.ts';
import { FIRST_KEY, OFFSET_KEY, TOTAL_KEY } from './link-projection.ts';
import { selectedFields, type SelectedField } from './selection.ts';
import { visible } from './visibility.ts';

export const DEFAULT_CASE_PAGE = 20;
export const MAX_CASE_PAGE = 500;

function page(c: Compilation, args: Record<string, unknown>, fallback = DEFAULT_CASE_PAGE) {
  const first = boundedInt(args.first as number | null | undefined, 'first', 0, MAX_CASE_PAGE, fallback);
  const offset = offsetAfter(args.after);
  if (offset > 1_000_000) throw badInput('"after" is past the end of any page.', 'after');
  return { first, offset, firstParam: c.param(first), offsetParam: c.param(offset) };
}

/**
 * A CALL subquery over every communication between the person `v` and another visible person
 * `o`: directly, or between identifiers each of them visibly uses. It returns `o` and `r` (the
 * visible communication record); UNION makes each record count once per contact. `among`,
 * when given, is a network variable the contact must be a visible member of.
 *
 * Callers group by contact without aggregating functions (the records as a list, DISTINCT
 * contacts, then each contact's records picked from the list): Neo4j 5 refuses an aggregation
 * inside a subquery expression that sits in a map next to other entries ("implicit grouping
 * expressions"), which is the shape every compiled entity map has.
 */
function communicationsOf(c: Compilation, v: string, o: string, r: string, among?: string): string {
  const [u1, i1, i2, u2, m] = ['u', 'i', 'j', 'w', 'mo'].map((p) => c.variable(p)) as [string, string, string, string, string];
  // Tested from the contact's side (one membership each), never by expanding the network's members.
  const member = among ? ` AND EXISTS { MATCH (${o})-[${m}:MEMBER_OF]->(${among}) WHERE ${visible(m)} }` : '';
  const imports = among ? `${v}, ${among}` : v;
  return `CALL (${imports}) { ` +
    `MATCH (${v})-[${r}:COMMUNICATED_WITH]-(${o}:Entity:Person) WHERE ${o} <> ${v} AND ${visible(r)} AND ${visible(o)}${member} RETURN ${o}, ${r} ` +
    'UNION ' +
    `MATCH (${v})-[${u1}:USES_IDENTIFIER]->(${i1}:Entity:Identifier)-[${r}:COMMUNICATED_WITH]-(${i2}:Entity:Identifier)<-[${u2}:USES_IDENTIFIER]-(${o}:Entity:Person) ` +
    `WHERE ${o} <> ${v} AND ${[u1, i1, r, i2, u2, o].map(visible).join(' AND ')}${member} RETURN ${o}, ${r} }`;
}

/** Sum of the records' counts (a record without one counts once) and the latest last date, of the list `rs`. */
const recordSum = (rs: string, x: string) => `reduce(acc_sum = 0, ${x} IN ${rs} | acc_sum + coalesce(${x}.count, 1))`;
const latest = (rs: string, x: string) => `reduce(acc_max = null, ${x} IN ${rs} | CASE WHEN acc_max IS NULL OR ${x}.lastDate > acc_max THEN ${x}.lastDate ELSE acc_max END)`;

/** Person.contacts: a ContactConnection, most communications first. */
function contacts(c: Compilation, v: string, field: SelectedField): string {
  const p = page(c, field.args);
  const entries: [string, string][] = [[OFFSET_KEY, p.offsetParam], [FIRST_KEY, p.firstParam]];
  const selected = selectedFields(field.nodes, 'ContactConnection', c.scope);
  if (selected.some((f) => f.name === 'totalCount' || f.name === 'pageInfo')) {
    const o = c.variable('o');
    entries.push([TOTAL_KEY, `COUNT { ${communicationsOf(c, v, o, c.variable('r'))} WITH DISTINCT ${o} RETURN ${o} }`]);
  }
  for (const f of selected) {
    if (f.name !== 'contacts') continue;
    const [o, r, pairs, y, rs, n, x] = ['o', 'r', 'pairs', 'y', 'rs', 'n', 'x'].map((z) => c.variable(z)) as [string, string, string, string, string, string, string];
    const contact = selectedFields(f.nodes, 'Contact', c.scope).map((cf): [string, string] => {
      switch (cf.name) {
        case 'person': return [cf.key, entityProjection(c, o, ['Person'], cf.nodes)];
        case 'communications': return [cf.key, n];
        case 'records': return [cf.key, `size(${rs})`];
        case 'lastDate': return [cf.key, `toString(${latest(rs, c.variable('x'))})`];
        default: throw new Error(`Contact.${cf.name} has no compiled form`);
      }
    });
    entries.push([f.key, `COLLECT { UNWIND [COLLECT { ${communicationsOf(c, v, o, r)} RETURN {o: ${o}, r: ${r}} }] AS ${pairs} ` +
      `UNWIND COLLECT { UNWIND ${pairs} AS ${y} RETURN DISTINCT ${y}.o AS ${o} } AS ${o} ` +
      `WITH ${o}, [${y} IN ${pairs} WHERE ${y}.o = ${o} | ${y}.r] AS ${rs} ` +
      `WITH ${o}, ${rs}, ${recordSum(rs, x)} AS ${n} ` +
      `ORDER BY ${n} DESC, ${o}.name, ${o}.id SKIP ${p.offsetParam} LIMIT ${p.firstParam} RETURN ${mapOf(contact)} }`]);
  }
  return mapOf(entries);
}

/** The visible NetworkRole whose id is `roleId` (an expression), projected, or null. */
function roleEntity(c: Compilation, roleId: string, nodes: SelectedField['nodes']): string {
  const x = c.variable('role');
  return `COLLECT { MATCH (${x}:Entity:NetworkRole {id: ${roleId}}) WHERE ${visible(x)} RETURN ${entityProjection(c, x, ['NetworkRole'], nodes)} }[0]`;
}

/** Network.membersByRole: role id, role, member count and a first page of members, largest role first. */
function membersByRole(c: Compilation, v: string, field: SelectedField): string {
  const [mr, p, role, count] = ['mr', 'p', 'roleId', 'count'].map((x) => c.variable(x)) as [string, string, string, string];
  const entries = selectedFields(field.nodes, 'RoleMembers', c.scope).map((f): [string, string] => {
    switch (f.name) {
      case 'roleId': return [f.key, role];
      case 'count': return [f.key, count];
      case 'role': return [f.key, roleEntity(c, role, f.nodes)];
      case 'members': {
        const pg = page(c, f.args);
        const [mr2, p2] = [c.variable('mr'), c.variable('p')];
        return [f.key, `COLLECT { MATCH (${v})<-[${mr2}:MEMBER_OF]-(${p2}:Entity:Person) WHERE coalesce(${mr2}.role, '') = ${role} AND ${visible(mr2)} AND ${visible(p2)} ` +
          `WITH ${p2} ORDER BY ${p2}.name, ${p2}.id SKIP ${pg.offsetParam} LIMIT ${pg.firstParam} RETURN ${entityProjection(c, p2, ['Person'], f.nodes)} }`];
      }
      default: throw new Error(`RoleMembers.${f.name} has no compiled form`);
    }
  });
  // One pass over the members: their roles as a list, counted per distinct role in memory.
  const [roles, y] = [c.variable('roles'), c.variable('y')];
  return `COLLECT { UNWIND [COLLECT { MATCH (${v})<-[${mr}:MEMBER_OF]-(${p}:Entity:Person) WHERE ${visible(mr)} AND ${visible(p)} RETURN coalesce(${mr}.role, '') }] AS ${roles} ` +
    `UNWIND COLLECT { UNWIND ${roles} AS ${y} RETURN DISTINCT ${y} } AS ${role} ` +
    `WITH ${role}, size([${y} IN ${roles} WHERE ${y} = ${role}]) AS ${count} ` +
    `ORDER BY ${count} DESC, ${role} RETURN ${mapOf(entries)} }`;
}

/**
 * Network.centralMembers: members ranked by degree among the network's members (distinct
 * members they communicated with), then by the number of those communications.
 */
function centralMembers(c: Compilation, v: string, field: SelectedField): string {
  const pg = page(c, field.args, 10);
  const [mr, p, o, r, pairs, y, degree, n] = ['mr', 'p', 'o', 'r', 'pairs', 'y', 'degree', 'n'].map((z) => c.variable(z)) as [string, string, string, string, string, string, string, string];
  const entries = selectedFields(field.nodes, 'CentralMember', c.scope).map((f): [string, string] => {
    switch (f.name) {
      case 'person': return [f.key, entityProjection(c, p, ['Person'], f.nodes)];
      case 'roleId': return [f.key, `${mr}.role`];
      case 'role': return [f.key, roleEntity(c, `${mr}.role`, f.nodes)];
      case 'degree': return [f.key, degree];
      case 'communications': return [f.key, n];
      default: throw new Error(`CentralMember.${f.name} has no compiled form`);
    }
  });
  return `COLLECT { MATCH (${v})<-[${mr}:MEMBER_OF]-(${p}:Entity:Person) WHERE ${visible(mr)} AND ${visible(p)} ` +
    `WITH ${mr}, ${p}, COLLECT { ${communicationsOf(c, p, o, r, v)} RETURN {o: ${o}, c: coalesce(${r}.count, 1)} } AS ${pairs} ` +
    `WITH ${mr}, ${p}, COUNT { UNWIND ${pairs} AS ${y} WITH DISTINCT ${y}.o AS ${o} RETURN ${o} } AS ${degree}, reduce(acc_sum = 0, ${y} IN ${pairs} | acc_sum + ${y}.c) AS ${n} ` +
    `WHERE ${degree} > 0 ORDER BY ${degree} DESC, ${n} DESC, ${p}.name, ${p}.id ` +
    `SKIP ${pg.offsetParam} LIMIT ${pg.firstParam} RETURN ${mapOf(entries)} }`;
}

/** The compiled form of a case field of `kind`, or undefined when `field` is not one. */
export function caseField(c: Compilation, v: string, kind: string, field: SelectedField): string | undefined {
  if (kind === 'Person' && field.name === 'contacts') return contacts(c, v, field);
  if (kind === 'Network' && field.name === 'membersByRole') return membersByRole(c, v, field);
  if (kind === 'Network' && field.name === 'centralMembers') return centralMembers(c, v, field);
  return undefined;
}
