/**
 * The visibility rule applies to every query the server can send: each static query
 * (cypher/queries) and each compiled shape (tests/support/query-catalogue.ts) is read by the
 * checker in tests/support/visibility-audit.ts. Read areas need the rule on every node,
 * relationship and evidence read; bookkeeping queries must touch system labels only; writes are
 * exempt as a folder, for the reasons below. Any other exemption is listed here, one problem
 * at a time, with its reason, and fails once it is no longer needed.
 */
import { describe, expect, it } from 'vitest';
import { visible, visibleEvidenceIndexes } from '../../server/query/visibility.ts';
import { allQueries, FOLDER_AREAS, type Area } from '../support/query-catalogue.ts';
import { visibilityProblems, type VisibilityOptions } from '../support/visibility-audit.ts';

/** What each area must satisfy. */
const AREA_RULES: Record<Area, { checked: boolean; options: VisibilityOptions; why: string }> = {
  read: {
    checked: true,
    options: { wholePropertyMaps: true },
    why: 'answers a viewer: every node, relationship, evidence item and count it touches needs the rule',
  },
  'viewer-write': {
    checked: true,
    options: { wholePropertyMaps: true },
    why: 'saves and deletes what a viewer may see and answers them: every node it touches needs the rule, as for reads',
  },
  bookkeeping: {
    checked: true,
    options: {},
    why: 'users, credentials and audit records only: any graph data here would bypass the rule, so none may appear',
  },
  write: {
    checked: false,
    options: {},
    why: 'seed loading writes the whole curated graph whatever anyone may see; knowledge writes must find hidden data '
      + '(to refuse overwriting or deleting what the writer cannot see, checked in knowledge/write-context and by '
      + 'the access-control tests) and return only what the caller wrote; document ingest writes a document at a marking '
      + 'the writer is cleared for, with what it names and proposes, and edits candidates found visible (checked by '
      + 'tests/integration/document-ingest.int.test.ts); judging duplicates finds the links a judge cannot see, to '
      + 'refuse moving them (checked by tests/integration/duplicates.int.test.ts)',
  },
};

/** Problems a read query may still have (line numbers aside), each with the reason it is acceptable. Keep this short. */
const EXEMPTIONS: { query: string; problem: string; reason: string }[] = [];

const queries = await allQueries();
const withoutLine = (problem: string) => problem.replace(/ \(line \d+\)$/, '');
const exempted = (query: string, problem: string) => EXEMPTIONS.some((e) => e.query === query && e.problem === withoutLine(problem));

describe('the visibility checker', () => {
  const problems = (cypher: string, options?: VisibilityOptions) => visibilityProblems(cypher, options);

  it('accepts the canonical fragments of server/query/visibility.ts', () => {
    expect(problems(`MATCH (n:Entity)-[r]->(m:Entity) WHERE ${visible('n')} AND ${visible('r')} AND ${visible('m')} RETURN n.name`)).toEqual([]);
    expect(problems(`MATCH (n:Entity) WHERE ${visible('n')} RETURN [i IN ${visibleEvidenceIndexes('n', 'i', 'src')} | n.evidenceQuotes[i]] AS quotes`)).toEqual([]);
  });

  it('reports anonymous patterns and variables without the rule', () => {
    expect(problems('MATCH (n:Entity)-->(:Entity) WHERE n.marking IN $markings RETURN n')).toEqual([
      'node pattern (:Entity) is anonymous: it reads graph data and cannot carry the rule (name it and check x.marking IN $markings)',
      'relationship pattern --> is anonymous: it reads graph data and cannot carry the rule (name it and check x.marking IN $markings)',
    ]);
    expect(problems('MATCH (n:Entity {id: $id})-[r:LINKED_TO]-(o) WHERE n.marking IN $markings RETURN o')).toEqual([
      'relationship pattern -[r:LINKED_TO]-: r is never checked with r.marking IN $markings',
      'node pattern (o): o is never checked with o.marking IN $markings',
    ]);
  });

  it('does not count a negated or alternative predicate, nor another parameter', () => {
    expect(problems('MATCH (n:Entity) WHERE NOT n.marking IN $markings RETURN n')).toHaveLength(1);
    expect(problems('MATCH (n:Entity) WHERE NOT (n.marking IN $markings) RETURN n')).toHaveLength(1);
    expect(problems('MATCH (n:Entity) WHERE n.marking IN $markings OR n.id = $id RETURN n')).toHaveLength(1);
    expect(problems('MATCH (n:Entity) WHERE n.marking IN $hiddenMarkings RETURN n')).toHaveLength(1);
    expect(problems('MATCH (n:Entity) WHERE n.marking IN $markings AND (n.id = $id OR n.name = $id) RETURN n')).toEqual([]);
  });

  it('finds patterns inside subqueries, quantified paths and pattern predicates', () => {
    const qpp = 'MATCH p = SHORTEST 1 (a:Entity)((y:Entity WHERE y.marking IN $markings)-[r WHERE r.marking IN $markings]-(x:Entity WHERE x.marking IN $markings)){1,3}(b) WHERE a.marking IN $markings RETURN p';
    expect(problems(qpp)).toEqual(['node pattern (b): b is never checked with b.marking IN $markings']);
    expect(problems('MATCH (n:Entity) WHERE n.marking IN $markings RETURN COUNT { (n)-[x]-() } AS degree')).toEqual([
      'relationship pattern -[x]-: x is never checked with x.marking IN $markings',
      'node pattern () is anonymous: it reads graph data and cannot carry the rule (name it and check x.marking IN $markings)',
    ]);
    expect(problems('MATCH (n:Entity) WHERE n.marking IN $markings AND EXISTS { MATCH (n)<-[:PART_OF]-(s:Source) } RETURN n')).toHaveLength(2);
  });

  it('ignores calls, subquery scopes, dynamic labels, comments and strings', () => {
    expect(problems(`
      // MATCH (x:Entity) in a comment
      MATCH (n:Entity) WHERE n.marking IN $markings AND n.name <> '(y:Entity)-[r]-()'
      CALL (n) { RETURN count(n) AS c }
      SET n:$(coalesce($labels, []))
      RETURN size(collect(n)) AS s, /* (z:Entity) */ c`)).toEqual([]);
  });

  it('skips bookkeeping nodes, also where their variable appears again without a label', () => {
    expect(problems('MATCH (c:Credential {id: $id}) WITH c MATCH (u:User {id: c.userId}) MATCH (c) RETURN u')).toEqual([]);
    expect(problems('MATCH (u:User) MATCH (n:Entity) RETURN u, n')).toEqual(['node pattern (n:Entity): n is never checked with n.marking IN $markings']);
  });

  it('holds graph elements yielded by procedures to the rule', () => {
    expect(problems("CALL db.index.fulltext.queryNodes('i', $q) YIELD node, score WHERE node.marking IN $markings RETURN node")).toEqual([]);
    expect(problems("CALL db.index.fulltext.queryNodes('i', $q) YIELD node AS hit RETURN hit")).toEqual([
      'db.index.fulltext.queryNodes yields node AS hit: hit is never checked with hit.marking IN $markings',
    ]);
    const subgraph = 'MATCH (n:Entity) WHERE n.marking IN $markings CALL apoc.path.subgraphAll(n, {}) YIELD nodes, relationships ';
    expect(problems(`${subgraph} RETURN [x IN nodes WHERE x.marking IN $markings] AS a, [x IN relationships WHERE x.marking IN $markings] AS b`)).toEqual([]);
    expect(problems(`${subgraph} RETURN nodes, [x IN relationships WHERE x.marking IN $markings] AS b`)).toEqual([
      'apoc.path.subgraphAll yields nodes: the list is never filtered with [x IN nodes WHERE x.marking IN $markings]',
    ]);
  });

  it('allows evidence lists only inside the evidence fragment', () => {
    const read = 'MATCH (n:Entity) WHERE n.marking IN $markings RETURN n.evidenceQuotes AS quotes';
    expect(problems(read)).toEqual(['evidence list evidenceQuotes read outside the evidence fragment (line 1)']);
    const fragment = '[i IN range(0, size(n.evidenceQuotes) - 1) WHERE coalesce(n.evidenceMarkings[i], n.marking) IN $markings]';
    expect(problems(`MATCH (n:Entity) WHERE n.marking IN $markings\nRETURN ${fragment} AS shown`)).toEqual([]);
    expect(problems(`MATCH (n:Entity) WHERE n.marking IN $markings\nRETURN ${fragment} AS shown, n.evidenceSources AS all`, { allowedEvidenceFragments: [fragment] }))
      .toEqual(['evidence list evidenceSources read outside the evidence fragment (line 2)']);
    expect(problems('MATCH (n:Entity) WHERE n.marking IN $markings RETURN n {.*} AS n', { wholePropertyMaps: true }))
      .toEqual(['n {.*} returns every property, evidence lists unfiltered (line 1)']);
    expect(problems('MATCH (u:User) RETURN u {.*} AS user', { wholePropertyMaps: true })).toEqual([]);
  });
});

describe('every query the server can send', () => {
  it('is listed, and every static folder is classified', () => {
    expect(queries.length).toBeGreaterThan(20);
    for (const q of queries) expect(Object.keys(FOLDER_AREAS).includes(q.folder) || q.origin === 'compiled').toBe(true);
  });

  for (const area of ['read', 'viewer-write', 'bookkeeping'] as const) {
    it(`applies the rule: ${area} queries (${AREA_RULES[area].why})`, () => {
      const found: Record<string, string[]> = {};
      for (const q of queries.filter((x) => x.area === area)) {
        const problems = visibilityProblems(q.cypher, AREA_RULES[area].options)
          .filter((p) => !exempted(q.name, p));
        if (problems.length) found[q.name] = problems;
      }
      expect(found).toEqual({});
    });
  }

  it('lists write folders as exempt, with their reason', () => {
    expect(AREA_RULES.write.checked).toBe(false);
    expect(queries.filter((q) => q.area === 'write').map((q) => q.folder).every((f) => ['seed', 'knowledge', 'import', 'ingest-writes', 'duplicates-writes'].includes(f))).toBe(true);
  });

  it('needs every exemption it lists', () => {
    const stale = EXEMPTIONS.filter((e) => {
      const q = queries.find((x) => x.name === e.query);
      return !q || !visibilityProblems(q.cypher, AREA_RULES[q.area].options).some((p) => withoutLine(p) === e.problem);
    });
    expect(stale).toEqual([]);
  });
});
