/**
 * What `npm run bench` asks at each size, in one place: the subjects (ids picked from the
 * generated data, which is pure, so every run asks about the same suspects) and the query texts.
 *
 * Some questions have a scoped API field on its way (a suspect's `contacts`, a network's
 * `centralMembers`, communities within one network). Each such query lists its forms, preferred
 * first: the first one the schema accepts is measured, and the table names it, so an interim
 * form (built from what exists: relationship fields, whole-graph analytics) is never mistaken for
 * the scoped one. Switching means editing the forms here.
 */
import { parse } from 'csv-parse/sync';
import { entityId } from '../../../server/case-import/mapping.ts';
import { linkTypes } from '../../../server/domain/derive.ts';
import { generateSynthetic, SYNTHETIC_MARKING, SYNTHETIC_NAMESPACE, type Scale } from '../../../seed/synthetic/generate.ts';

export type Size = 'curated' | Scale;
export const SIZES: readonly Size[] = ['curated', 'small', 'tenth', 'report', 'triple'];

export interface Subjects {
  /** What the search box is given. */
  searchText: string;
  /** The entity whose neighbourhood (depth 2) and two relationship fields are asked for. */
  hub: string;
  hubKind: 'Person' | 'Organisation';
  /** Two suspects of the same network linked through communications (4 hops apart). */
  pathFrom: string;
  pathTo: string;
  /** Relationship types the path searches follow (null: every link type). */
  pathTypes: string[] | null;
  /** The largest network: it grows with the data (about 2.4× from report to 3× scale). */
  network?: string;
  /**
   * The network whose size is nearest TYPICAL_NETWORK_MEMBERS: about the same at every size, so
   * its figures show whether a network's queries grow with the whole graph.
   */
  typicalNetwork?: string;
  /** Ids the throughput runs rotate through. */
  lookupIds: string[];
  /** Whether there is case data at this size (the suspect queries need it). */
  caseData: boolean;
}

/** The curated graph's subjects: the same as bench:api and bench:load ask about. */
export function curatedSubjects(ids: string[]): Subjects {
  return { searchText: 'smuggling', hub: 'org-europol', hubKind: 'Organisation', pathFrom: 'op-hydra', pathTo: 'org-europol', pathTypes: null, lookupIds: ids, caseData: false };
}

const PATH_TYPES = ['COMMUNICATED_WITH', 'USES_IDENTIFIER'];
export const TYPICAL_NETWORK_MEMBERS = 300;

/**
 * The subjects of a synthetic scale: the hub is the largest network's leader (the generator
 * puts the largest network first and its leaders first in it); the path runs from the first
 * low-level member of that network with a communication to the first other member (not a
 * leader or organiser) four hops away through phones (person, phone, phone, phone, person), so
 * it is neither a direct contact nor a path through the network node or a hub.
 */
export function syntheticSubjects(scale: Scale, seed: number): Subjects {
  const files = new Map(generateSynthetic(scale, seed).map((f) => [f.name.replace(/\.csv$/, ''), f.csv]));
  const rows = (name: string) => parse(files.get(name)!, { from_line: 2 }) as string[][];
  const personRows = rows('persons');
  const persons = personRows.map((r) => ({ id: r[0]!, name: r[1]!, network: r[7]!, role: r[8]! }));
  const graph = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    (graph.get(a) ?? graph.set(a, []).get(a)!).push(b);
    (graph.get(b) ?? graph.set(b, []).get(b)!).push(a);
  };
  for (const r of rows('identifiers')) link(`P${r[4]}`, `I${r[0]}`);
  for (const r of rows('shared-identifiers')) link(`P${r[0]}`, `I${r[1]}`);
  for (const r of rows('communications')) link(`I${r[0]}`, `I${r[1]}`);
  const largest = persons[0]!.network;
  const members = persons.filter((p) => p.network === largest);
  const communicates = (p: string) => (graph.get(`P${p}`) ?? []).some((i) => (graph.get(i) ?? []).some((n) => n.startsWith('I')));
  const from = members.find((p) => p.role === 'role-low-level-facilitator' && communicates(p.id)) ?? members[1]!;
  const distance = new Map<string, number>([[`P${from.id}`, 0]]);
  const queue = [`P${from.id}`];
  while (queue.length) {
    const node = queue.shift()!;
    const d = distance.get(node)!;
    if (d >= 4) continue;
    for (const next of graph.get(node) ?? []) if (!distance.has(next)) (distance.set(next, d + 1), queue.push(next));
  }
  // Leaders and organisers call nearly everyone: a path through one of them says little.
  const inNetwork = new Set(members.filter((m) => m.role !== 'role-leader' && m.role !== 'role-organiser').map((m) => `P${m.id}`));
  const to = [...distance].filter(([n, d]) => n.startsWith('P') && inNetwork.has(n) && d > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0].slice(1) ?? members[0]!.id;
  const person = (v: string) => entityId('Person', SYNTHETIC_MARKING, SYNTHETIC_NAMESPACE, v);
  const sizes = [...Map.groupBy(persons, (p) => p.network)].map(([id, m]) => ({ id, size: m.length }));
  const typical = sizes.sort((a, b) => Math.abs(a.size - TYPICAL_NETWORK_MEMBERS) - Math.abs(b.size - TYPICAL_NETWORK_MEMBERS) || a.id.localeCompare(b.id))[0]!.id;
  const step = Math.max(1, Math.floor(persons.length / 5000));
  return {
    searchText: persons[0]!.name,
    hub: person(persons[0]!.id),
    hubKind: 'Person',
    pathFrom: person(from.id),
    pathTo: person(to),
    pathTypes: PATH_TYPES,
    network: entityId('Network', SYNTHETIC_MARKING, SYNTHETIC_NAMESPACE, largest),
    typicalNetwork: entityId('Network', SYNTHETIC_MARKING, SYNTHETIC_NAMESPACE, typical),
    lookupIds: persons.filter((_, i) => i % step === 0).map((p) => person(p.id)),
    caseData: true,
  };
}

export interface QueryForm {
  /** Shown in the table: which API form was measured. */
  label: string;
  /** True for a stand-in built from what the API has today. */
  interim: boolean;
  query: string;
  variables: Record<string, unknown>;
  /** A second request made from the first answer (the explorer's expansion links what it got). */
  followUp?: (data: any) => { query: string; variables: Record<string, unknown> } | undefined;
}

export interface BenchQuery {
  key: string;
  title: string;
  /** Only where there is case data. */
  caseOnly: boolean;
  forms: (s: Subjects) => QueryForm[];
  /** A short description of the answer, so the table shows what was measured. */
  size: (data: any) => string;
}

const graphSize = (g: any) => `${g?.nodes?.length ?? '?'} nodes, ${g?.edges?.length ?? '?'} edges${g?.truncated ? ` of ${g.totalNodes}` : ''}`;
const DRAWN = 'truncated totalNodes nodes { id kind label degree marking } edges { id source target type }';
/** What the explorer selects for every graph it draws (client/api.ts). */
const EXPLORER_GRAPH = `truncated totalNodes
  nodes { id kind label degree distance evidenceCount latitude longitude date marking }
  edges { id source target type label weight share year order linkKind marking evidenceCount evidence { sourceId quote date modality source { id name title publisher date } } }`;
/** The explorer's expansion page (client/app/explorer-actions.ts EXPANSION_PAGE). */
export const EXPANSION_PAGE = 25;

const networkQueries = (which: 'network' | 'typicalNetwork', key: string, scope: string): BenchQuery[] => [
  {
    key: `network-centrality${key}`,
    title: `centrality within ${scope}`,
    caseOnly: true,
    forms: (s) => [
      {
        label: 'Network.centralMembers(first: 10)',
        interim: false,
        query: 'query C($id: ID!) { entity(id: $id) { id ... on Network { centralMembers(first: 10) { degree communications person { id name } } } } }',
        variables: { id: s[which] },
      },
      {
        label: 'interim, whole graph: centrality(kinds: [Person, Identifier], COMMUNICATED_WITH, USES_IDENTIFIER)',
        interim: true,
        query: '{ centrality(kinds: [Person, Identifier], relationshipTypes: [COMMUNICATED_WITH, USES_IDENTIFIER], top: 10) { engine nodeCount relationshipCount scores { rank score entity { id name } } } }',
        variables: {},
      },
    ],
    size: (d) => (d?.entity ? `${d.entity.centralMembers?.length ?? '?'} members` : `top ${d?.centrality?.scores?.length ?? '?'} of ${d?.centrality?.nodeCount ?? '?'} nodes (${d?.centrality?.engine ?? '?'})`),
  },
  {
    key: `network-communities${key}`,
    title: `communities of ${scope}`,
    caseOnly: true,
    forms: (s) => [
      {
        label: 'communities(withinNetwork: id)',
        interim: false,
        query: 'query C($id: ID!) { communities(withinNetwork: $id, top: 10) { engine nodeCount relationshipCount communities { id size members { id name } } } }',
        variables: { id: s[which] },
      },
      {
        label: 'interim, whole graph: communities(kinds: [Person, Identifier], COMMUNICATED_WITH, USES_IDENTIFIER)',
        interim: true,
        query: '{ communities(kinds: [Person, Identifier], relationshipTypes: [COMMUNICATED_WITH, USES_IDENTIFIER], top: 10) { engine nodeCount relationshipCount communities { id size members { id name } } } }',
        variables: {},
      },
    ],
    size: (d) => `${d?.communities?.communities?.length ?? '?'} communities of ${d?.communities?.nodeCount ?? '?'} nodes (${d?.communities?.engine ?? '?'})`,
  },
];

export const BENCH_QUERIES: BenchQuery[] = [
  {
    key: 'search',
    title: 'search (the explorer\'s search box)',
    caseOnly: false,
    forms: (s) => [{
      label: 'search(query, limit: 8, fuzzy)',
      interim: false,
      query: 'query Search($q: String!) { search(query: $q, limit: 8, fuzzy: true) { score matchedField highlight entity { id kind name } } }',
      variables: { q: s.searchText },
    }],
    size: (d) => `${d?.search?.length ?? '?'} hits`,
  },
  {
    key: 'entity-two-fields',
    title: 'entity with two relationship fields',
    caseOnly: false,
    forms: (s) => [{
      label: s.hubKind === 'Person' ? 'Person { memberOf identifiers }' : 'Organisation { partners participatesIn }',
      interim: false,
      query: s.hubKind === 'Person'
        ? 'query E($id: ID!) { entity(id: $id) { id name ... on Person { memberOf { node { id name } } identifiers { node { id name } } } } }'
        : 'query E($id: ID!) { entity(id: $id) { id name ... on Organisation { partners { node { id name } } participatesIn { node { id name } } } } }',
      variables: { id: s.hub },
    }],
    size: (d) => (d?.entity ? `${Object.values(d.entity).filter(Array.isArray).map((l: any) => l.length).join(' + ')} links` : 'null'),
  },
  {
    key: 'contacts',
    title: "a suspect's contacts (first page)",
    caseOnly: true,
    forms: (s) => [
      {
        label: 'Person.contacts(first: 25)',
        interim: false,
        query: 'query C($id: ID!) { entity(id: $id) { id ... on Person { contacts(first: 25) { totalCount contacts { person { id name } communications lastDate } } } } }',
        variables: { id: s.hub },
      },
      {
        label: 'interim: Person.identifiers > contacted, contactedBy (25 each)',
        interim: true,
        query: `query C($id: ID!) { entity(id: $id) { id ... on Person { identifiers { node { id ... on Identifier {
          contacted(first: 25) { node { id name } } contactedBy(first: 25) { node { id name } } } } } } } }`,
        variables: { id: s.hub },
      },
    ],
    size: (d) => {
      const e = d?.entity;
      if (e?.contacts) return `${e.contacts.contacts.length} of ${e.contacts.totalCount} contacts`;
      const n = (e?.identifiers ?? []).reduce((sum: number, l: any) => sum + (l.node.contacted?.length ?? 0) + (l.node.contactedBy?.length ?? 0), 0);
      return `${n} contacts over ${e?.identifiers?.length ?? '?'} identifiers`;
    },
  },
  {
    key: 'neighbourhood-2',
    title: 'neighbourhood of a hub, depth 2, limit 500',
    caseOnly: false,
    forms: (s) => [{
      label: 'neighbourhood(depth: 2, limit: 500)',
      interim: false,
      query: `query N($id: ID!) { neighbourhood(ids: [$id], depth: 2, limit: 500) { ${DRAWN} } }`,
      variables: { id: s.hub },
    }],
    size: (d) => graphSize(d?.neighbourhood),
  },
  {
    key: 'shortest-path',
    title: 'shortest path between two suspects',
    caseOnly: false,
    forms: (s) => [{
      label: s.pathTypes ? 'paths(SHORTEST) via communications and identifiers' : 'paths(SHORTEST)',
      interim: false,
      query: 'query P($from: ID!, $to: ID!, $types: [RelationshipType!]) { paths(from: $from, to: $to, mode: SHORTEST, maxHops: 6, relationshipTypes: $types) { paths { length nodes { id kind label } edges { id type } } } }',
      variables: { from: s.pathFrom, to: s.pathTo, types: s.pathTypes },
    }],
    size: (d) => `${d?.paths?.paths?.length ?? '?'} path(s), length ${d?.paths?.paths?.[0]?.length ?? '-'}`,
  },
  {
    key: 'k-paths',
    title: 'k = 3 shortest paths',
    caseOnly: false,
    forms: (s) => [{
      label: s.pathTypes ? 'paths(K_SHORTEST, k: 3) via communications and identifiers' : 'paths(K_SHORTEST, k: 3)',
      interim: false,
      query: 'query P($from: ID!, $to: ID!, $types: [RelationshipType!]) { paths(from: $from, to: $to, mode: K_SHORTEST, k: 3, maxHops: 6, relationshipTypes: $types) { paths { length nodes { id kind label } edges { id type } } } }',
      variables: { from: s.pathFrom, to: s.pathTo, types: s.pathTypes },
    }],
    size: (d) => `${d?.paths?.paths?.length ?? '?'} path(s), lengths ${(d?.paths?.paths ?? []).map((p: any) => p.length).join(', ') || '-'}`,
  },
  ...networkQueries('typicalNetwork', '', `a network of about ${TYPICAL_NETWORK_MEMBERS} members`),
  ...networkQueries('network', '-largest', 'the largest network'),
  {
    key: 'polycriminality',
    title: 'polycriminality (2015)',
    caseOnly: false,
    forms: () => [{
      label: 'polycriminality(year: 2015)',
      interim: false,
      query: '{ polycriminality(year: 2015) { year links { rank crimeType { id name } } } }',
      variables: {},
    }],
    size: (d) => `${d?.polycriminality?.links?.length ?? '?'} linked crimes`,
  },
  {
    key: 'expansion',
    title: 'explorer expansion (neighbours, then their links to the canvas)',
    caseOnly: false,
    forms: (s) => [{
      label: `neighbourhood(depth: 1, limit: ${EXPANSION_PAGE}) + subgraph(connectTo)`,
      interim: false,
      query: `query Neighbourhood($ids: [ID!]!, $types: [RelationshipType!]) { neighbourhood(ids: $ids, depth: 1, relationshipTypes: $types, limit: ${EXPANSION_PAGE}, excludeIds: []) { ${EXPLORER_GRAPH} } }`,
      variables: { ids: [s.hub], types: [...linkTypes] },
      followUp: (data) => {
        const fresh = (data?.neighbourhood?.nodes ?? []).map((n: any) => n.id).filter((id: string) => id !== s.hub);
        return fresh.length
          ? { query: `query Subgraph($ids: [ID!]!, $connectTo: [ID!]) { subgraph(ids: $ids, connectTo: $connectTo, includeStructural: true) { ${EXPLORER_GRAPH} } }`, variables: { ids: fresh, connectTo: [s.hub] } }
          : undefined;
      },
    }],
    size: (d) => graphSize(d?.neighbourhood),
  },
];

/** The two throughput runs: both rotate through the subjects' lookup ids. */
export const THROUGHPUT_QUERIES = [
  { key: 'entity-lookups', title: 'entity lookups by id', query: 'query Lookup($id: ID!) { entity(id: $id) { id kind name } }' },
  { key: 'neighbourhood', title: `neighbourhood, depth 1, limit ${EXPANSION_PAGE}`, query: `query N($id: ID!) { neighbourhood(ids: [$id], depth: 1, limit: ${EXPANSION_PAGE}) { ${DRAWN} } }` },
] as const;
