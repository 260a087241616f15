/**
 * Every dated operation of the whole graph, for the timeline's "All dated operations" mode:
 * the operations list sorted by start date, page by page, with only what a mark needs.
 */
import { graphqlRequest } from './graphql-transport.ts';

export interface DatedOperation {
  id: string;
  name: string;
  startDate: string;
}

/** The operations list answers at most this many per page. */
const PAGE = 100;
/** A bound on the pages fetched, so a very large graph cannot keep the timeline loading forever. */
const MAX_PAGES = 20;

export const DATED_OPERATIONS_QUERY = /* GraphQL */ `query DatedOperations($first: Int, $after: String) {
  operations(orderBy: { field: START_DATE, direction: ASC }, first: $first, after: $after) {
    nodes { id name startDate }
    pageInfo { hasNextPage endCursor }
  }
}`;

export async function datedOperations(): Promise<DatedOperation[]> {
  const found: DatedOperation[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: { operations: { nodes: { id: string; name: string; startDate: string | null }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
      await graphqlRequest(DATED_OPERATIONS_QUERY, { first: PAGE, after });
    for (const op of data.operations.nodes) if (op.startDate) found.push({ id: op.id, name: op.name, startDate: op.startDate });
    if (!data.operations.pageInfo.hasNextPage || !data.operations.pageInfo.endCursor) break;
    after = data.operations.pageInfo.endCursor;
  }
  return found;
}
