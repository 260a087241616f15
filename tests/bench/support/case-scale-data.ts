/**
 * The case-scale data of `npm run bench:api -- --case-scale`: what a case file adds to the
 * curated graph, to see how the read path behaves when most of the graph is hidden from most
 * viewers. 40,000 RESTRICTED organisations (`:Entity:Organisation`, provenance lists shaped like
 * the seeded ones, cypher/queries/seed/merge-nodes.cypher), 5,000 of them BASED_IN Libya and
 * 145,000 PARTNER_OF links among them, every link RESTRICTED with a `from|TYPE|to` id
 * (server/domain/provenance.ts linkId). Deterministic (a seeded generator), written in batched
 * `UNWIND $rows` transactions; MERGE, so a second load changes nothing.
 */
import type { Db } from '../../../server/db/driver.ts';
import { searchLabelParams } from '../../../server/domain/derive.ts';
import { linkId, provenanceProps } from '../../../server/domain/provenance.ts';

export const CASE_SCALE = { organisations: 40_000, basedInLibya: 5_000, partnerLinks: 145_000, location: 'loc-libya' } as const;
export const CASE_ID_PREFIX = 'org-case-';
const MARKING = 'RESTRICTED';
const SOURCE = '004_7cf82133f37c6018';
const BATCH = 5_000;
const TIMEOUT_MS = 300_000;
const ORG_TYPES = ['agency', 'unit', 'network', 'team', 'national-authority', 'private-sector', 'other'];

const caseId = (i: number) => `${CASE_ID_PREFIX}${String(i).padStart(5, '0')}`;

/** mulberry32: a small seeded generator, so every run builds the same graph. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const evidence = (quote: string) => provenanceProps([{ source: SOURCE, quote, date: '2016', modality: 'reported' }], 'RESTRICTED');

function organisationRows() {
  const rows = [];
  for (let i = 1; i <= CASE_SCALE.organisations; i++) {
    const name = `Case organisation ${String(i).padStart(5, '0')}`;
    rows.push({
      id: caseId(i),
      kind: 'Organisation',
      name,
      aliases: [],
      aliasesText: '',
      description: `An organisation recorded in a case file (${i % 7 === 0 ? 'logistics' : i % 3 === 0 ? 'finance' : 'transport'}).`,
      marking: MARKING,
      orgType: ORG_TYPES[i % ORG_TYPES.length],
      ...evidence(`Case note ${i}: ${name} was reported in the investigation.`),
    });
  }
  return rows;
}

function linkRows(): { basedIn: LinkRow[]; partners: LinkRow[] } {
  const basedIn: LinkRow[] = [];
  for (let i = 1; i <= CASE_SCALE.basedInLibya; i++) {
    const from = caseId(i);
    const id = linkId(from, 'BASED_IN', CASE_SCALE.location, {});
    basedIn.push({ from, to: CASE_SCALE.location, props: { id, marking: MARKING, ...evidence(`Case note ${i}: operates from Libya.`) } });
  }
  const random = generator(2016);
  const seen = new Set<string>();
  const partners: LinkRow[] = [];
  while (partners.length < CASE_SCALE.partnerLinks) {
    const a = 1 + Math.floor(random() * CASE_SCALE.organisations);
    const b = 1 + Math.floor(random() * CASE_SCALE.organisations);
    if (a === b) continue;
    const from = caseId(a);
    const to = caseId(b);
    const id = linkId(from, 'PARTNER_OF', to, {});
    if (seen.has(id)) continue;
    seen.add(id);
    partners.push({ from, to, props: { id, marking: MARKING, ...evidence(`Case note: ${from} works with ${to}.`) } });
  }
  return { basedIn, partners };
}

interface LinkRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const MERGE_ORGANISATIONS = /* Cypher */ `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row, n:Organisation
REMOVE n:$($searchLabels)
SET n:$(coalesce($searchLabelsByMarking[n.marking], []))
RETURN count(n) AS written`;

const mergeLinks = (type: 'BASED_IN' | 'PARTNER_OF') => /* Cypher */ `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.props.id}]->(b)
SET r = row.props
RETURN count(r) AS written`;

async function inBatches(db: Db, what: string, cypher: string, rows: unknown[], log: (line: string) => void): Promise<number> {
  let written = 0;
  const started = Date.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    // The search labels of each row's marking, as seed/merge-nodes.cypher sets them.
    const [row] = await db.writeText(cypher, { rows: rows.slice(i, i + BATCH), ...searchLabelParams }, TIMEOUT_MS);
    written += Number(row?.written ?? 0);
    log(`  ${what}: ${written.toLocaleString('en')} of ${rows.length.toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (written !== rows.length) throw new Error(`Only ${written} of ${rows.length} ${what} were written (a missing endpoint?).`);
  return written;
}

export async function loadCaseScale(db: Db, log: (line: string) => void): Promise<{ nodes: number; relationships: number; seconds: number }> {
  const started = Date.now();
  const nodes = await inBatches(db, 'RESTRICTED organisations', MERGE_ORGANISATIONS, organisationRows(), log);
  const { basedIn, partners } = linkRows();
  const based = await inBatches(db, 'BASED_IN loc-libya', mergeLinks('BASED_IN'), basedIn, log);
  const partnerLinks = await inBatches(db, 'PARTNER_OF links', mergeLinks('PARTNER_OF'), partners, log);
  // The full-text index is filled asynchronously; searches right after should see the new names.
  await db.writeText('CALL db.awaitIndexes(300)', {}, TIMEOUT_MS);
  return { nodes, relationships: based + partnerLinks, seconds: (Date.now() - started) / 1000 };
}

/** Removes the case-scale data again (for a database the benchmark did not create). */
export async function removeCaseScale(db: Db): Promise<void> {
  for (;;) {
    const [row] = await db.writeText(/* Cypher */ `
      MATCH (n:Organisation) WHERE n.id STARTS WITH $prefix
      WITH n LIMIT 2000
      DETACH DELETE n
      RETURN count(*) AS removed`, { prefix: CASE_ID_PREFIX }, TIMEOUT_MS);
    if (Number(row?.removed ?? 0) === 0) return;
  }
}
