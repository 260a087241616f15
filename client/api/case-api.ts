/**
 * What analysts ask of case data, for the details panel: a suspect's contacts, a network's
 * members by role and its most connected members, a route's hotspots.
 */
import { graphqlRequest, type RequestOptions } from './graphql-transport.ts';

export interface NamedRef {
  id: string;
  name: string;
}

export interface CaseInsights {
  contacts?: { totalCount: number; contacts: { person: NamedRef; communications: number; lastDate: string | null }[] };
  membersByRole?: { roleId: string; role: NamedRef | null; count: number }[];
  centralMembers?: { person: NamedRef; role: NamedRef | null; degree: number; communications: number }[];
  hotspots?: { hotspot: NamedRef; suspects: number; networks: number }[];
}

const PERSON = /* GraphQL */ `query PersonInsights($id: ID!) {
  entity(id: $id) { ... on Person { contacts(first: 10) { totalCount contacts { person { id name } communications lastDate } } } }
}`;
const NETWORK = /* GraphQL */ `query NetworkInsights($id: ID!) {
  entity(id: $id) { ... on Network {
    membersByRole { roleId role { id name } count }
    centralMembers(first: 10) { person { id name } role { id name } degree communications }
  } }
}`;
const ROUTE = /* GraphQL */ `query RouteHotspots($id: ID!) {
  routeHotspots(routeId: $id, first: 10) { hotspot { id name } suspects networks }
}`;

/** The insights that exist for this kind, or null for kinds without any. */
export async function caseInsights(kind: string, id: string, options: RequestOptions = {}): Promise<CaseInsights | null> {
  if (kind === 'Person') return ((await graphqlRequest<{ entity: CaseInsights | null }>(PERSON, { id }, options)).entity) ?? {};
  if (kind === 'Network') return ((await graphqlRequest<{ entity: CaseInsights | null }>(NETWORK, { id }, options)).entity) ?? {};
  if (kind === 'Route') return { hotspots: (await graphqlRequest<{ routeHotspots: CaseInsights['hotspots'] }>(ROUTE, { id }, options)).routeHotspots };
  return null;
}
