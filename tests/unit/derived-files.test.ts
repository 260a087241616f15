import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_SCHEMA_TYPES_PATH, clientSchemaTypes } from '../../server/codegen/client-schema-types.ts';
import { GENERATED_FILES } from '../../server/domain/generated-files.ts';

describe('files generated from the domain model', () => {
  for (const { path, content } of GENERATED_FILES()) {
    it(`${path.split('/').slice(-2).join('/')} is up to date (run "npm run generate" after changing the model)`, () => {
      expect(fs.readFileSync(path, 'utf8')).toBe(content());
    });
  }
});

describe('files generated from the API schema', () => {
  it('client/api/schema-types.ts is up to date (run "npm run generate" after changing an SDL file)', async () => {
    expect(fs.readFileSync(CLIENT_SCHEMA_TYPES_PATH, 'utf8')).toBe(await clientSchemaTypes());
  });
});
