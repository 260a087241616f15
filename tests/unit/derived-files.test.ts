import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../../server/domain/generated-files.ts';

describe('files generated from the domain model', () => {
  for (const { path, content } of GENERATED_FILES()) {
    it(`${path.split('/').slice(-2).join('/')} is up to date (run "npm run generate" after changing the model)`, () => {
      expect(fs.readFileSync(path, 'utf8')).toBe(content());
    });
  }
});
