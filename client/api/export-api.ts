/**
 * Exports of the canvas's entities as data (server/modules/export): CSV in the import format,
 * GraphML or GEXF, holding only what the signed-in user may see.
 */
import type { ExportFormat, GraphExport } from './schema-types.ts';
import { graphqlRequest } from './graphql-transport.ts';

export type { ExportFormat };

export type GraphDownload = Pick<GraphExport, 'entities' | 'links' | 'notes' | 'downloadName' | 'downloadType' | 'downloadBase64'>;

export async function exportSelection(ids: string[], format: ExportFormat): Promise<GraphDownload> {
  const data = await graphqlRequest<{ exportGraph: GraphDownload }>(
    /* GraphQL */ `mutation ExportGraph($scope: ExportScope!, $format: ExportFormat!) {
      exportGraph(scope: $scope, format: $format) { entities links notes downloadName downloadType downloadBase64 }
    }`,
    { scope: { ids }, format },
  );
  return data.exportGraph;
}
