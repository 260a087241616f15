/**
 * The executable schema: every .graphql file under server/modules (hand-written and generated
 * from the model) with the modules' resolvers, and the internal values of the model's enums
 * (OperationType.JOINT_ACTION_DAY is 'joint-action-day' in resolvers and in the database).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { withRoleGuard } from './auth/role-guard.ts';
import { withCompiledResolvers } from './query/compiled-resolvers.ts';
import { enumResolvers } from './domain/derive-graphql.ts';
import { accessResolvers } from './modules/access/access-resolvers.ts';
import { adminResolvers } from './modules/admin/admin-resolvers.ts';
import { caseResolvers } from './modules/case/case-resolvers.ts';
import { analyticsResolvers } from './modules/analytics/analytics-resolvers.ts';
import { entityResolvers } from './modules/entity/entity-resolvers.ts';
import { duplicatesResolvers } from './modules/duplicates/duplicates-resolvers.ts';
import { exportResolvers } from './modules/export/export-resolvers.ts';
import { graphResolvers } from './modules/graph/graph-resolvers.ts';
import { importsResolvers } from './modules/imports/imports-resolvers.ts';
import { ingestResolvers } from './modules/ingest/ingest-resolvers.ts';
import { knowledgeResolvers } from './modules/knowledge/knowledge-resolvers.ts';
import { notesResolvers } from './modules/notes/notes-resolvers.ts';
import { metaResolvers } from './modules/meta/meta-resolvers.ts';
import { polycriminalityResolvers } from './modules/polycriminality/polycriminality-resolvers.ts';
import { searchResolvers } from './modules/search/search-resolvers.ts';
import { viewsResolvers } from './modules/views/views-resolvers.ts';

const MODULES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'modules');

export function typeDefs(): string[] {
  return fs.readdirSync(MODULES_DIR, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.graphql'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .map((file) => fs.readFileSync(file, 'utf8'));
}

export function buildSchema() {
  return withRoleGuard(withCompiledResolvers(makeExecutableSchema({
    typeDefs: typeDefs(),
    resolvers: [enumResolvers(), entityResolvers, searchResolvers, graphResolvers, polycriminalityResolvers, caseResolvers, analyticsResolvers, metaResolvers, accessResolvers, knowledgeResolvers, adminResolvers, viewsResolvers, importsResolvers, exportResolvers, ingestResolvers, duplicatesResolvers, notesResolvers],
  })));
}
