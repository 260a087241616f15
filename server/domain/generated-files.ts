import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkPropertiesSdl } from './derive-graphql.ts';
import { graphqlEntityTypesSdl, graphqlEnumsSdl, schemaCypher } from './derive.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every committed file derived from the model, and how to produce it. */
export function GENERATED_FILES(): { path: string; content: () => string }[] {
  return [
    { path: path.join(ROOT, 'cypher/schema/schema.cypher'), content: schemaCypher },
    { path: path.join(ROOT, 'server/modules/meta/model-enums.graphql'), content: graphqlEnumsSdl },
    { path: path.join(ROOT, 'server/modules/entity/entity-types.graphql'), content: graphqlEntityTypesSdl },
    { path: path.join(ROOT, 'server/modules/meta/link-properties.graphql'), content: linkPropertiesSdl },
  ];
}
