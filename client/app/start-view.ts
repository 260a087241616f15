/**
 * The view the explorer opens on: the crimes linked to migrant smuggling (polycriminality, edge
 * width by share) and the regional routes into Europe with their departure, transit and arrival
 * places, plus every relationship among these. Either half may fail on its own (say, figures
 * not loaded yet); the other half is still shown.
 */
import { inducedSubgraph, neighbourhood, polycriminality, regionalRouteIds } from '../api.ts';
import type { Graph } from '../api/api-types.ts';
import { STAGE_TYPES } from '../graph/route-legs.ts';

export interface StartView {
  graph: Graph;
  /** Parts that could not be loaded, with the reason, for one message. */
  problems: string[];
}

export async function loadStartView(): Promise<StartView> {
  const problems: string[] = [];
  const [crimes, routes] = await Promise.allSettled([
    polycriminality(),
    regionalRouteIds().then((ids) =>
      ids.length ? neighbourhood({ ids, relationshipTypes: [...STAGE_TYPES], kinds: ['Location'], limit: 150 }) : undefined,
    ),
  ]);
  const ids: string[] = [];
  if (crimes.status === 'fulfilled') ids.push(...crimes.value.graph.nodes.map((n) => n.id));
  else problems.push(`crime links (${(crimes.reason as Error).message})`);
  if (routes.status === 'fulfilled' && routes.value) ids.push(...routes.value.nodes.map((n) => n.id));
  else if (routes.status === 'rejected') problems.push(`routes (${(routes.reason as Error).message})`);
  if (ids.length === 0 && problems.length === 2) throw crimes.status === 'rejected' ? crimes.reason : new Error(problems.join('; '));
  return { graph: await inducedSubgraph(ids), problems };
}
