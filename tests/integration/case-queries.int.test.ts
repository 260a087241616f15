/**
 * What analysts ask of case data, on the small synthetic dataset loaded through the import:
 * a suspect's contacts, a network's members by role and its most connected members,
 * communities of one network, paths between suspects over communications and shared
 * identifiers, suspects of two crime types, a route's hotspots and suspect-level
 * polycriminality. Every expected answer is computed here from the generated CSV rows
 * (generateSynthetic is pure), not from the database.
 *
 * Visibility: the data is RESTRICTED, so a PUBLIC viewer sees none of it; CONFIDENTIAL persons,
 * identifiers and links added next to it change no answer for a RESTRICTED viewer, while a
 * CONFIDENTIAL viewer's answers do change (so the hidden data was in reach of every query).
 */
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../../server/db/driver.ts';
import { entityId } from '../../server/case-import/mapping.ts';
import type { Kind } from '../../server/domain/model.ts';
import { generateSynthetic, SYNTHETIC_MARKING, SYNTHETIC_NAMESPACE } from '../../seed/synthetic/generate.ts';
import { curatedReference } from '../../seed/synthetic/curated-reference.ts';
import { loadSynthetic, removeSynthetic } from '../../seed/synthetic/cli.ts';
import { gql, testApp, userToken } from '../support/graphql-client.ts';

const db = new Db({ ...inject('neo4j'), local: false });
const { app } = testApp({ analyticsEngine: 'in-process' }, db);
const files = generateSynthetic('small', 1);
const rowsOf = (name: string): string[][] => (parse(files.find((f) => f.name === name)!.csv) as string[][]).slice(1);
const idOf = (kind: Kind, value: string) => entityId(kind, SYNTHETIC_MARKING, SYNTHETIC_NAMESPACE, value);

// --- The rows, in graph ids ---
const persons = rowsOf('persons.csv').map(([id, name, , , , , , network, role, hotspot]) => ({ id: idOf('Person', id!), name: name!, network: idOf('Network', network!), role: role!, hotspot: hotspot ? idOf('Location', hotspot) : null }));
const personById = new Map(persons.map((p) => [p.id, p]));
const usersOf = new Map<string, Set<string>>();
const uses = (person: string, identifier: string) => {
  const set = usersOf.get(identifier) ?? new Set<string>();
  set.add(person);
  usersOf.set(identifier, set);
};
for (const [identifier, , , , person] of rowsOf('identifiers.csv')) uses(idOf('Person', person!), idOf('Identifier', identifier!));
for (const [person, identifier] of rowsOf('shared-identifiers.csv')) uses(idOf('Person', person!), idOf('Identifier', identifier!));
const communications = rowsOf('communications.csv').map(([from, to, count, , last]) => ({ from: idOf('Identifier', from!), to: idOf('Identifier', to!), count: Number(count), last: last! }));
const networks = rowsOf('networks.csv').map(([id, , , , route]) => ({ id: idOf('Network', id!), route: route! }));
const networkHotspots = rowsOf('network-hotspots.csv').map(([network, hotspot]) => ({ network: idOf('Network', network!), hotspot: idOf('Location', hotspot!) }));
const hotspots = rowsOf('hotspots.csv').map(([id, name, , , , place]) => ({ id: idOf('Location', id!), name: name!, place: place! }));
const suspected = rowsOf('suspected-crimes.csv').map(([person, crime]) => ({ person: idOf('Person', person!), crime: crime! }));

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every contact of every person: records (by index) between them, as the rule defines them. */
const contactRecords = new Map<string, Map<string, Set<number>>>();
communications.forEach((c, i) => {
  for (const a of usersOf.get(c.from) ?? []) {
    for (const b of usersOf.get(c.to) ?? []) {
      if (a === b) continue;
      for (const [x, y] of [[a, b], [b, a]] as const) {
        const of = contactRecords.get(x) ?? new Map<string, Set<number>>();
        const set = of.get(y) ?? new Set<number>();
        set.add(i);
        of.set(y, set);
        contactRecords.set(x, of);
      }
    }
  }
});

function expectedContacts(person: string) {
  return [...(contactRecords.get(person) ?? new Map<string, Set<number>>())].map(([other, records]) => ({
    id: other,
    name: personById.get(other)!.name,
    communications: [...records].reduce((s, i) => s + communications[i]!.count, 0),
    records: records.size,
    lastDate: [...records].map((i) => communications[i]!.last).sort().at(-1)!,
  })).sort((a, b) => b.communications - a.communications || byCodePoint(a.name, b.name) || byCodePoint(a.id, b.id));
}

function expectedCentral(network: string) {
  const members = new Set(persons.filter((p) => p.network === network).map((p) => p.id));
  return [...members].map((id) => {
    const inside = [...(contactRecords.get(id) ?? new Map<string, Set<number>>())].filter(([o]) => members.has(o));
    return {
      id,
      name: personById.get(id)!.name,
      degree: inside.length,
      communications: inside.reduce((s, [, records]) => s + [...records].reduce((t, i) => t + communications[i]!.count, 0), 0),
    };
  }).filter((m) => m.degree > 0)
    .sort((a, b) => b.degree - a.degree || b.communications - a.communications || byCodePoint(a.name, b.name) || byCodePoint(a.id, b.id));
}

/** Hops between two persons over USES_IDENTIFIER and COMMUNICATED_WITH (undirected), breadth first. */
function hopsBetween(from: string, to: string): number {
  const next = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    for (const [x, y] of [[a, b], [b, a]] as const) next.set(x, (next.get(x) ?? new Set()).add(y));
  };
  for (const [identifier, users] of usersOf) for (const p of users) link(p, identifier);
  for (const c of communications) link(c.from, c.to);
  const seen = new Map([[from, 0]]);
  let frontier = [from];
  while (frontier.length) {
    const after: string[] = [];
    for (const n of frontier) for (const m of next.get(n) ?? []) if (!seen.has(m)) { seen.set(m, seen.get(n)! + 1); after.push(m); }
    frontier = after;
  }
  return seen.get(to) ?? -1;
}

// --- The questions, as an analyst's client asks them ---
const hub = [...contactRecords.keys()].sort((a, b) => contactRecords.get(b)!.size - contactRecords.get(a)!.size || byCodePoint(a, b))[0]!;
const network = persons.find((p) => p.id === hub)!.network;
const crimeCounts = new Map<string, Set<string>>();
for (const s of suspected) crimeCounts.set(s.crime, (crimeCounts.get(s.crime) ?? new Set()).add(s.person));
const crimePair = (() => {
  const crimes = [...crimeCounts.keys()].sort();
  let best: [string, string, number] = [crimes[0]!, crimes[1]!, -1];
  for (const a of crimes) for (const b of crimes) {
    if (a >= b) continue;
    const both = [...crimeCounts.get(a)!].filter((p) => crimeCounts.get(b)!.has(p)).length;
    if (both > best[2]) best = [a, b, both];
  }
  return best;
})();
const routeCounts = new Map<string, number>();
for (const n of networks) routeCounts.set(n.route, (routeCounts.get(n.route) ?? 0) + 1);
/** A route's hotspots as the rule defines them, with their counts, most suspects first. */
function expectedHotspots(routeId: string) {
  const places = new Set(curatedReference().routes.find((r) => r.id === routeId)!.places);
  const onRoute = new Set(networks.filter((n) => n.route === routeId).map((n) => n.id));
  const ids = new Set([...hotspots.filter((h) => places.has(h.place)).map((h) => h.id), ...networkHotspots.filter((n) => onRoute.has(n.network)).map((n) => n.hotspot)]);
  return [...ids].map((id) => ({
    hotspot: { id, name: hotspots.find((h) => h.id === id)!.name },
    suspects: persons.filter((p) => p.hotspot === id).length,
    networks: networkHotspots.filter((n) => n.hotspot === id).length,
  })).filter((h) => h.suspects > 0 || h.networks > 0)
    .sort((x, y) => y.suspects - x.suspects || y.networks - x.networks || byCodePoint(x.hotspot.name, y.hotspot.name) || byCodePoint(x.hotspot.id, y.hotspot.id));
}
const route = [...routeCounts.keys()].sort((a, b) => expectedHotspots(b).length - expectedHotspots(a).length || byCodePoint(a, b))[0]!;
const farPerson = persons.filter((p) => p.network !== network && hopsBetween(hub, p.id) > 3).sort((a, b) => byCodePoint(a.id, b.id))[0]!;

const QUESTIONS = /* GraphQL */ `
  query Case($person: ID!, $network: ID!, $crimeA: ID!, $crimeB: ID!, $route: ID!, $far: ID!) {
    person: entity(id: $person) {
      ... on Person {
        id
        memberOf { id role node { id } }
        memberOfConnection(first: 1) { totalCount links { role } }
        identifiersConnection(first: 2) { totalCount links { node { id } } }
        contacts(first: 10) { totalCount pageInfo { hasNextPage } contacts { person { id name } communications records lastDate } }
        page2: contacts(first: 10, after: "bzo5") { contacts { person { id } communications } }
      }
    }
    network: entity(id: $network) {
      ... on Network {
        membersByRole { roleId role { id } count members(first: 3) { id } }
        centralMembers(first: 5) { person { id } roleId role { id } degree communications }
      }
    }
    communities(kinds: [Person, Identifier], relationshipTypes: [COMMUNICATED_WITH, USES_IDENTIFIER], withinNetwork: $network, top: 100) {
      nodeCount relationshipCount communities { size members { id } }
    }
    shortest: paths(from: $person, to: $far, relationshipTypes: [COMMUNICATED_WITH, USES_IDENTIFIER], maxHops: 10) {
      paths { length nodes { id kind } edges { type source target evidenceCount evidence { quote } } }
    }
    kShortest: paths(from: $person, to: $far, mode: K_SHORTEST, k: 3, relationshipTypes: [COMMUNICATED_WITH, USES_IDENTIFIER], maxHops: 10) {
      paths { length edges { type } }
    }
    suspectsLinkedToBoth(crimeA: $crimeA, crimeB: $crimeB, first: 100) { totalCount nodes { id name } pageInfo { hasNextPage } }
    routeHotspots(routeId: $route, first: 100) { hotspot { id name } suspects networks }
    suspectPolycriminality(year: 2015) { year polycriminalSuspects crimes { crimeType { id } suspects share publishedShare } }
  }`;
const variables = { person: hub, network, crimeA: crimePair[0], crimeB: crimePair[1], route, far: farPerson.id };

async function ask(token: string | null | undefined) {
  const r = await gql(app, QUESTIONS, variables, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, any>;
}

/** Answers with the order of equally large communities (Louvain's choice among equals) left out. */
const comparable = (data: Record<string, any>) => ({
  ...data,
  communities: { ...data.communities, communities: (data.communities.communities as { members: { id: string }[] }[]).map((c) => c.members.map((m) => m.id).sort()).sort() },
});

let restricted: string;
let confidential: string;
let publicViewer: string;
let answers: Record<string, any>;
const run = randomBytes(3).toString('hex');
const hidden = { person: `per-c-hidden-${run}`, identifier: `idn-c-hidden-${run}` };

beforeAll(async () => {
  await loadSynthetic(db, 'small', 1, path.join(os.tmpdir(), `case-queries-${run}`), () => {});
  restricted = (await userToken(db, 'viewer', 'RESTRICTED')).token;
  confidential = (await userToken(db, 'viewer', 'CONFIDENTIAL')).token;
  publicViewer = (await userToken(db, 'viewer', 'PUBLIC')).token;
  answers = await ask(restricted);
}, 600_000);

afterAll(async () => {
  await db.writeText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: Object.values(hidden) });
  await db.writeText('MATCH ()-[r]->() WHERE r.id STARTS WITH $prefix DELETE r', { prefix: `hidden-${run}` });
  await removeSynthetic(db, () => {});
  await db.close();
}, 600_000);

describe('a suspect', () => {
  it('has its network and role, paginated, with the role as a link property', () => {
    const own = persons.find((p) => p.id === hub)!;
    expect(answers.person.memberOf).toEqual([{ id: expect.any(String), role: own.role, node: { id: own.network } }]);
    expect(answers.person.memberOfConnection).toEqual({ totalCount: 1, links: [{ role: own.role }] });
  });

  it('has its identifiers, paginated', () => {
    const own = [...usersOf].filter(([, users]) => users.has(hub)).map(([i]) => i);
    expect(answers.person.identifiersConnection.totalCount).toBe(own.length);
    expect(answers.person.identifiersConnection.links.length).toBe(Math.min(2, own.length));
    for (const l of answers.person.identifiersConnection.links) expect(own).toContain(l.node.id);
  });

  it('has its contacts, direct or through identifiers, most communications first, with counts and last dates', () => {
    const expected = expectedContacts(hub);
    expect(expected.length).toBeGreaterThan(10);
    const { contacts } = answers.person;
    expect(contacts.totalCount).toBe(expected.length);
    expect(contacts.pageInfo.hasNextPage).toBe(true);
    expect(contacts.contacts).toEqual(expected.slice(0, 10).map((e) => ({ person: { id: e.id, name: e.name }, communications: e.communications, records: e.records, lastDate: e.lastDate })));
    // The cursor of item 9 ("o:9"): the next page starts at the 11th contact.
    expect(answers.person.page2.contacts).toEqual(expected.slice(10, 20).map((e) => ({ person: { id: e.id }, communications: e.communications })));
  });
});

describe('a network', () => {
  it('has its members by role: every role with its count, and a first page of members by name', () => {
    const members = persons.filter((p) => p.network === network);
    const counts = new Map<string, number>();
    for (const m of members) counts.set(m.role, (counts.get(m.role) ?? 0) + 1);
    const expected = [...counts].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
    expect(answers.network.membersByRole.map((r: any) => [r.roleId, r.count])).toEqual(expected);
    for (const r of answers.network.membersByRole) {
      expect(r.role).toEqual({ id: r.roleId });
      const names = members.filter((m) => m.role === r.roleId).sort((a, b) => byCodePoint(a.name, b.name) || byCodePoint(a.id, b.id)).slice(0, 3).map((m) => ({ id: m.id }));
      expect(r.members).toEqual(names);
    }
  });

  it('ranks its members by degree of communications among its members', () => {
    const expected = expectedCentral(network).slice(0, 5);
    expect(answers.network.centralMembers).toEqual(expected.map((e) => {
      const role = personById.get(e.id)!.role;
      return { person: { id: e.id }, roleId: role, role: { id: role }, degree: e.degree, communications: e.communications };
    }));
  });

  it('has communities made of its own members and the identifiers they use, and nothing else', () => {
    const members = new Set(persons.filter((p) => p.network === network).map((p) => p.id));
    const identifiers = new Set([...usersOf].filter(([, users]) => [...users].some((u) => members.has(u))).map(([i]) => i));
    expect(answers.communities.nodeCount).toBe(members.size + identifiers.size);
    const inside = new Set([...members, ...identifiers]);
    const useLinks = [...usersOf].reduce((s, [i, users]) => s + (identifiers.has(i) ? [...users].filter((u) => members.has(u)).length : 0), 0);
    // The analysed graph is simple: calls both ways between two phones are one edge.
    const callLinks = new Set(communications.filter((c) => inside.has(c.from) && inside.has(c.to)).map((c) => [c.from, c.to].sort().join('|'))).size;
    expect(answers.communities.relationshipCount).toBe(useLinks + callLinks);
    const returned = answers.communities.communities.flatMap((c: any) => c.members.map((m: any) => m.id));
    expect(returned.length).toBe(inside.size);
    for (const id of returned) expect(inside.has(id)).toBe(true);
  });
});

describe('paths between suspects', () => {
  it('finds the shortest path through identifiers and communications, with evidence on every edge', () => {
    const hops = hopsBetween(hub, farPerson.id);
    expect(hops).toBeGreaterThan(3);
    const [path] = answers.shortest.paths;
    expect(path.length).toBe(hops);
    expect(path.nodes[0].id).toBe(hub);
    expect(path.nodes.at(-1).id).toBe(farPerson.id);
    for (const e of path.edges) {
      expect(['COMMUNICATED_WITH', 'USES_IDENTIFIER']).toContain(e.type);
      expect(e.evidenceCount).toBeGreaterThan(0);
      expect(e.evidence[0].quote).toEqual(expect.any(String));
    }
  });

  it('finds k shortest paths, shortest first', () => {
    const lengths = answers.kShortest.paths.map((p: any) => p.length);
    expect(lengths.length).toBe(3);
    expect(lengths[0]).toBe(hopsBetween(hub, farPerson.id));
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
  });
});

describe('across the case', () => {
  it('lists the suspects of two crime types at once', () => {
    const [a, b, both] = crimePair;
    expect(both).toBeGreaterThan(0);
    const expected = [...crimeCounts.get(a)!].filter((p) => crimeCounts.get(b)!.has(p)).map((id) => ({ id, name: personById.get(id)!.name }))
      .sort((x, y) => byCodePoint(x.name, y.name) || byCodePoint(x.id, y.id));
    expect(answers.suspectsLinkedToBoth).toEqual({ totalCount: expected.length, nodes: expected, pageInfo: { hasNextPage: false } });
  });

  it('lists the hotspots of a route with their suspect and network counts', () => {
    const expected = expectedHotspots(route);
    expect(expected.length).toBeGreaterThan(1);
    expect(answers.routeHotspots).toEqual(expected);
  });

  it('computes polycriminality from suspect data next to the published shares', () => {
    const polycriminal = new Set(suspected.filter((s) => s.crime !== 'crime-migrant-smuggling').map((s) => s.person));
    const published = curatedReference().polycriminalShares2015;
    const { suspectPolycriminality: result } = answers;
    expect(result.year).toBe(2015);
    expect(result.polycriminalSuspects).toBe(polycriminal.size);
    const expected = new Map<string, { suspects: number; publishedShare: number | null }>();
    for (const [crime, set] of crimeCounts) expected.set(crime, { suspects: set.size, publishedShare: published.get(crime) ?? null });
    for (const [crime, share] of published) if (!expected.has(crime)) expected.set(crime, { suspects: 0, publishedShare: share });
    expect(result.crimes.length).toBe(expected.size);
    for (const row of result.crimes) {
      const e = expected.get(row.crimeType.id)!;
      expect({ id: row.crimeType.id, suspects: row.suspects, publishedShare: row.publishedShare }).toEqual({ id: row.crimeType.id, ...e });
      expect(row.share).toBeCloseTo((100 * e.suspects) / polycriminal.size, 9);
    }
    const sorted = [...result.crimes].sort((x: any, y: any) => y.suspects - x.suspects);
    expect(result.crimes.map((c: any) => c.suspects)).toEqual(sorted.map((c: any) => c.suspects));
  });
});

describe('visibility', () => {
  it('shows a PUBLIC viewer none of the case data', async () => {
    const data = await ask(publicViewer);
    expect(data.person).toBeNull();
    expect(data.network).toBeNull();
    expect(data.communities.nodeCount).toBe(0);
    expect(data.shortest.paths).toEqual([]);
    expect(data.suspectsLinkedToBoth.totalCount).toBe(0);
    expect(data.routeHotspots).toEqual([]);
    expect(data.suspectPolycriminality.polycriminalSuspects).toBe(0);
    expect(data.suspectPolycriminality.crimes.every((c: any) => c.suspects === 0)).toBe(true);
  });

  it('gives the same answers whatever is hidden next to the data, and different ones to who may see it', async () => {
    const own = [...usersOf].find(([, users]) => users.has(hub))![0];
    const mate = persons.find((p) => p.network === network && p.id !== hub)!.id;
    const mateIdentifier = [...usersOf].find(([, users]) => users.has(mate))![0];
    const hotspot = answers.routeHotspots[0].hotspot.id;
    const link = (n: number) => `hidden-${run}-${n}`;
    await db.writeText(/* Cypher */ `
      MATCH (hub:Entity {id: $hub}), (own:Entity {id: $own}), (net:Entity {id: $network}), (mate:Entity {id: $mate}), (mi:Entity {id: $mateIdentifier}),
            (a:Entity {id: $crimeA}), (b:Entity {id: $crimeB}), (h:Entity {id: $hotspot}), (far:Entity {id: $far})
      CREATE (p:Entity:Person {id: $person, kind: 'Person', name: 'Aaron Hidden', marking: 'CONFIDENTIAL'})
      CREATE (i:Entity:Identifier {id: $identifier, kind: 'Identifier', name: '+00 000 000000', marking: 'CONFIDENTIAL'})
      CREATE (p)-[:USES_IDENTIFIER {id: $l0, marking: 'CONFIDENTIAL'}]->(i)
      CREATE (i)-[:COMMUNICATED_WITH {id: $l1, marking: 'CONFIDENTIAL', count: 999, lastDate: '2016-04-29'}]->(own)
      CREATE (p)-[:COMMUNICATED_WITH {id: $l2, marking: 'CONFIDENTIAL', count: 999}]->(hub)
      CREATE (own)-[:COMMUNICATED_WITH {id: $l3, marking: 'CONFIDENTIAL', count: 999}]->(mi)
      CREATE (p)-[:MEMBER_OF {id: $l4, marking: 'CONFIDENTIAL', role: 'role-organiser'}]->(net)
      CREATE (p)-[:SUSPECTED_OF {id: $l5, marking: 'CONFIDENTIAL'}]->(a)
      CREATE (p)-[:SUSPECTED_OF {id: $l6, marking: 'CONFIDENTIAL'}]->(b)
      CREATE (p)-[:ACTIVE_IN {id: $l7, marking: 'CONFIDENTIAL'}]->(h)
      CREATE (mate)-[:ACTIVE_IN {id: $l8, marking: 'CONFIDENTIAL'}]->(h)
      CREATE (mate)-[:SUSPECTED_OF {id: $l9, marking: 'CONFIDENTIAL'}]->(a)
      CREATE (hub)-[:USES_IDENTIFIER {id: $l10, marking: 'CONFIDENTIAL'}]->(i)
      CREATE (i)-[:COMMUNICATED_WITH {id: $l11, marking: 'CONFIDENTIAL', count: 1}]->(far)`,
    { hub, own, network, mate, mateIdentifier, crimeA: crimePair[0], crimeB: crimePair[1], hotspot, far: farPerson.id, ...hidden, ...Object.fromEntries(Array.from({ length: 12 }, (_, n) => [`l${n}`, link(n)])) });
    expect(comparable(await ask(restricted))).toEqual(comparable(answers));
    const seen = await ask(confidential);
    expect(seen.person.contacts.contacts[0].person.id).toBe(hidden.person);
    expect(seen.person.contacts.totalCount).toBeGreaterThan(answers.person.contacts.totalCount);
    expect(seen.network.membersByRole).not.toEqual(answers.network.membersByRole);
    expect(seen.network.centralMembers).not.toEqual(answers.network.centralMembers);
    expect(seen.communities.nodeCount).toBeGreaterThan(answers.communities.nodeCount);
    expect(seen.shortest.paths[0].length).toBeLessThan(answers.shortest.paths[0].length);
    expect(seen.suspectsLinkedToBoth.totalCount).toBe(answers.suspectsLinkedToBoth.totalCount + 1);
    expect(seen.routeHotspots.find((h: any) => h.hotspot.id === hotspot).suspects).toBeGreaterThan(answers.routeHotspots[0].suspects);
    expect(seen.suspectPolycriminality.polycriminalSuspects).toBeGreaterThan(answers.suspectPolycriminality.polycriminalSuspects);
  });
});

describe('bad input', () => {
  it('refuses the same crime type twice, a page too large and a cursor it did not make, with clear errors', async () => {
    for (const query of [
      '{ suspectsLinkedToBoth(crimeA: "crime-drug-trafficking", crimeB: "crime-drug-trafficking") { totalCount } }',
      '{ routeHotspots(routeId: "x", first: 101) { suspects } }',
      `{ entity(id: "${hub}") { ... on Person { contacts(after: "MATCH (n) DETACH DELETE n") { totalCount } } } }`,
      `{ entity(id: "${network}") { ... on Network { centralMembers(first: -1) { degree } } } }`,
    ]) {
      const r = await gql(app, query);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors)).not.toMatch(/MATCH|Neo4j|Cypher/);
    }
  });

  it('answers an unknown route or a missing crime type with empty results', async () => {
    const r = await gql(app, '{ routeHotspots(routeId: "route-nowhere") { suspects } suspectsLinkedToBoth(crimeA: "x", crimeB: "y") { totalCount nodes { id } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ routeHotspots: [], suspectsLinkedToBoth: { totalCount: 0, nodes: [] } });
  });
});
