/**
 * The API's GraphQL types as TypeScript, for the explorer (client/api/schema-types.ts),
 * generated from the same SDL files the server runs with GraphQL Code Generator. The client's
 * result types pick their fields from these, so a field renamed, removed or retyped in the SDL
 * fails the type check instead of drifting silently.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import { parse } from 'graphql';
import { typeDefs } from '../schema.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLIENT_SCHEMA_TYPES_PATH = path.join(ROOT, 'client/api/schema-types.ts');

const HEADER = '// Generated from the API schema (server/modules/**/*.graphql) by "npm run generate". Do not edit.\n';

export async function clientSchemaTypes(): Promise<string> {
  const output = await codegen({
    filename: CLIENT_SCHEMA_TYPES_PATH,
    // The SDL as parsed text, not a built schema: plain syntax nodes cross package boundaries
    // safely whichever copy (ESM or CommonJS) of graphql each package loads.
    schema: parse(typeDefs().join('\n')),
    documents: [],
    config: {
      // Plain string unions, not TypeScript enums: the project runs with erasable syntax only.
      enumsAsTypes: true,
      // Every field present (null when empty), as the API answers; no optional-field guessing.
      avoidOptionals: true,
      scalars: { ID: 'string' },
      skipTypename: true,
      useTypeImports: true,
    },
    plugins: [{ typescript: {} }],
    pluginMap: { typescript: typescriptPlugin },
  });
  return HEADER + output;
}
