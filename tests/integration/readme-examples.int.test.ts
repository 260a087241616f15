import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gql, testApp } from '../support/graphql-client.ts';

const README = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
const examples = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('the README GraphQL examples run as written', () => {
  const { app, db } = testApp();
  afterAll(() => db.close());

  it('has an example for each capability', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });

  examples.forEach((query, i) => {
    const title = query.replace(/\s+/g, ' ').trim().slice(2, 60);
    it(`example ${i + 1}: ${title}`, async () => {
      const response = await gql(app, query);
      expect(response.errors).toBeUndefined();
      expect(response.status).toBe(200);
      const [root] = Object.values(response.data ?? {});
      expect(root).toBeTruthy();
    });
  });
});
