/**
 * CSV imports (server/modules/imports): check a file against its mapping, start the import,
 * poll its job, and list what it wrote. Files travel to /graphql?upload=csv, the one route whose
 * body may be larger than 1 MB (up to 50 MB).
 */
import { graphqlRequest } from './graphql-transport.ts';

export const UPLOAD_URL = '/graphql?upload=csv';
/** Bytes a file may have to be sent at all (the server refuses larger bodies before reading them). */
export const MAX_UPLOAD_BYTES = 48 * 1024 * 1024;

export interface ImportInput {
  csv: string;
  file: string;
  mapping: string;
  mappingFile: string;
}

export interface ImportProblem {
  file: string;
  line: number;
  column: number | null;
  field: string | null;
  reason: string;
}

export interface ImportReport {
  ok: boolean;
  written: boolean;
  problems: ImportProblem[];
  moreProblems: number;
  rows: number;
  entities: number;
  links: number;
  sourceId: string | null;
  header: string[];
  preview: { line: number; id: string; kind: string; name: string; links: { type: string; to: string }[] }[];
}

export interface ImportJob {
  id: string;
  phase: 'QUEUED' | 'CHECKING' | 'ENTITIES' | 'LINKS' | 'DONE' | 'FAILED';
  done: number;
  total: number;
  percent: number;
  rowsPerSecond: number;
  finishedAt: string | null;
  error: string | null;
  result: ImportReport | null;
}

const REPORT = /* GraphQL */ `ok written rows entities links sourceId header moreProblems
  problems { file line column field reason }
  preview { line id kind name links { type to } }`;
const JOB = /* GraphQL */ `id phase done total percent rowsPerSecond finishedAt error result { ${REPORT} }`;

export async function checkImport(input: ImportInput): Promise<ImportReport> {
  const data = await graphqlRequest<{ checkImport: ImportReport }>(
    /* GraphQL */ `mutation CheckImport($input: CsvImportInput!) { checkImport(input: $input) { ${REPORT} } }`,
    { input },
    { url: UPLOAD_URL },
  );
  return data.checkImport;
}

export async function startImport(input: ImportInput): Promise<ImportJob> {
  const data = await graphqlRequest<{ startImport: ImportJob }>(
    /* GraphQL */ `mutation StartImport($input: CsvImportInput!) { startImport(input: $input) { ${JOB} } }`,
    { input },
    { url: UPLOAD_URL },
  );
  return data.startImport;
}

/** The job, or null when this instance does not know it (ended long ago, or run by another instance). */
export async function importJob(id: string): Promise<ImportJob | null> {
  const data = await graphqlRequest<{ importJob: ImportJob | null }>(/* GraphQL */ `query ImportJob($id: ID!) { importJob(id: $id) { ${JOB} } }`, { id });
  return data.importJob;
}

/** Ids of the first entities an import wrote (those citing its Source), and how many there are. */
export async function importedEntities(sourceId: string, first = 100): Promise<{ ids: string[]; total: number }> {
  const data = await graphqlRequest<{ entity: { mentionsConnection?: { totalCount: number; links: { node: { id: string } }[] } } | null }>(
    /* GraphQL */ `query ImportedEntities($id: ID!, $first: Int!) { entity(id: $id) { ... on Source { mentionsConnection(first: $first) { totalCount links { node { id } } } } } }`,
    { id: sourceId, first },
  );
  const page = data.entity?.mentionsConnection;
  return { ids: page?.links.map((l) => l.node.id) ?? [], total: page?.totalCount ?? 0 };
}
