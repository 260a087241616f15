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

  // A new entity's id is the suggested one and a suffix the server makes: later examples use the id answered.
  const made = new Map<string, string>();
  const withMadeIds = (query: string) => [...made].reduce((q, [suggested, id]) => q.replaceAll(`"${suggested}"`, `"${id}"`), query);

  examples.forEach((query, i) => {
    const title = query.replace(/\s+/g, ' ').trim().slice(2, 60);
    it(`example ${i + 1}: ${title}`, async () => {
      const response = await gql(app, withMadeIds(query));
      const suggested = /upsertEntity\(input: \{\s*id: "([^"]+)"/.exec(query)?.[1];
      const id = (response.data as { upsertEntity?: { id?: string } } | undefined)?.upsertEntity?.id;
      if (suggested && id) {
        expect(id).toMatch(new RegExp(`^${suggested}-[0-9a-f]{6}$`));
        made.set(suggested, id);
      }
      expect(response.errors).toBeUndefined();
      expect(response.status).toBe(200);
      const [root] = Object.values(response.data ?? {});
      expect(root).toBeTruthy();
    });
  });
});
