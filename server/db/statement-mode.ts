/**
 * Which access mode a statement needs. On a cluster the driver sends a READ transaction to a
 * secondary (or a follower) and a WRITE transaction to the leader. Neo4j refuses a write in a
 * READ transaction only once it runs (and only for the clauses it recognises as writes); Db
 * refuses it before sending, naming the clause. A read sent in WRITE mode is accepted
 * everywhere but takes the leader's capacity: tests/integration/access-modes.int.test.ts
 * catches those.
 */

export type AccessMode = 'READ' | 'WRITE';

/**
 * Clauses and procedures that change the database or its schema. Procedures: GDS `.write`
 * modes write back through the leader (a secondary forwards them); projections, streams and
 * `gds.graph.drop` only touch the in-memory catalogue of the member they run on and are reads.
 */
const WRITE_CLAUSES: [string, RegExp][] = [
  ['CREATE', /\bCREATE\b/i],
  ['MERGE', /\bMERGE\b/i],
  ['SET', /\bSET\b/i],
  ['DELETE', /\bDELETE\b/i],
  ['REMOVE', /\bREMOVE\b/i],
  ['DETACH', /\bDETACH\b/i],
  ['DROP', /\bDROP\b/i],
  ['FOREACH', /\bFOREACH\b/i],
  ['LOAD CSV', /\bLOAD\s+CSV\b/i],
  ['IN TRANSACTIONS', /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i],
];
const WRITING_PROCEDURE = /\bCALL\s+(?:gds(?:\.\w+)*\.write\b|apoc\.(?:create|merge|refactor|periodic|nodes\.delete|atomic)\b|db\.create\.)/i;

/** The text with comments, string literals and backquoted names blanked. */
function withoutLiterals(cypher: string): string {
  return cypher
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, "''");
}

/**
 * Only the clauses: map keys, property names, parameters, labels and procedure namespaces
 * removed, so that `{create: 1}`, `n.set`, `$delete` or `gds.graph.drop` are not taken for
 * clauses.
 */
function clausesOnly(code: string): string {
  return code.replace(/\b\w+\s*:(?!:)/g, ' ').replace(/[.$:]\s*\w+/g, ' ');
}

/** The first write clause of a statement, or undefined when it only reads. */
export function writeClauseOf(cypher: string): string | undefined {
  const code = withoutLiterals(cypher);
  if (WRITING_PROCEDURE.test(code)) return 'a writing procedure';
  const clauses = clausesOnly(code);
  return WRITE_CLAUSES.find(([, pattern]) => pattern.test(clauses))?.[0];
}

export class WriteInReadModeError extends Error {
  constructor(clause: string, cypher: string) {
    super(`Refused to send a statement with ${clause} in READ mode (a cluster's readers refuse writes): ${cypher.trim().split('\n').find((l) => !l.startsWith('//'))?.slice(0, 120)}`);
    this.name = 'WriteInReadModeError';
  }
}

/** Throws when a statement that writes is about to be sent in READ mode. */
export function assertFitsMode(mode: AccessMode, cypher: string): void {
  if (mode !== 'READ') return;
  const clause = writeClauseOf(cypher);
  if (clause) throw new WriteInReadModeError(clause, cypher);
}
