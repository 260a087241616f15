/** npm run generate: writes the files derived from the domain model. */
import fs from 'node:fs';
import { GENERATED_FILES } from '../domain/generated-files.ts';

for (const { path, content } of GENERATED_FILES()) {
  fs.writeFileSync(path, content());
  console.log(`wrote ${path}`);
}
