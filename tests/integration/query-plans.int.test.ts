/**
 * The compiled queries find their roots through indexes: PROFILE of every representative shape
 * against the seeded Neo4j shows index seeks (the unique id, the per-kind marking and property
 * indexes the model derives), never a scan of a whole label or of all nodes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Db, toNeo4jParams } from '../../server/db/driver.ts';
import { compiledShapes } from '../support/compiled-shapes.ts';

const db = new Db({ ...inject('neo4j'), local: false } as never);
afterAll(() => db.close());

interface PlanLike { operatorType: string; children?: PlanLike[] }
const operators = (plan: PlanLike): string[] => [plan.operatorType.replace(/@.*/, ''), ...(plan.children ?? []).flatMap(operators)];

describe('compiled query plans', async () => {
  const shapes = await compiledShapes(['PUBLIC', 'RESTRICTED']);
  for (const shape of shapes.filter((s) => !s.name.startsWith('search'))) {
    it(`"${shape.name}" seeks its roots in an index`, async () => {
      const session = db.driver.session({ database: db.database });
      try {
        const result = await session.run(`PROFILE ${shape.cypher}`, toNeo4jParams(shape.params) as Record<string, unknown>);
        const ops = operators(result.summary.profile as unknown as PlanLike);
        expect(ops.some((o) => /IndexSeek/.test(o)), ops.join(' ')).toBe(true);
        expect(ops.filter((o) => /LabelScan|AllNodesScan|RelationshipTypeScan/.test(o)), ops.join(' ')).toEqual([]);
      } finally {
        await session.close();
      }
    });
  }
});
