/** npm run generate: writes the files derived from the domain model and the API schema. */
import fs from 'node:fs';
import { CLIENT_SCHEMA_TYPES_PATH, clientSchemaTypes } from '../codegen/client-schema-types.ts';
import { GENERATED_FILES } from '../domain/generated-files.ts';

for (const { path, content } of GENERATED_FILES()) {
  fs.writeFileSync(path, content());
  console.log(`wrote ${path}`);
}
// After the model's files: the schema includes the GraphQL types generated from the model.
fs.writeFileSync(CLIENT_SCHEMA_TYPES_PATH, await clientSchemaTypes());
console.log(`wrote ${CLIENT_SCHEMA_TYPES_PATH}`);
