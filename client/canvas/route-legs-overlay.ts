/**
 * Draws the legs of every visible route between its places while the geographic layout is on,
 * and removes them otherwise. Legs are synthetic edges (data.synthetic): they are never part of
 * the history, the shared link, the exports or the counts.
 */
import type { Core, EdgeSingular } from 'cytoscape';
import { routeLegs, STAGE_TYPES, type StageEdge } from '../graph/route-legs.ts';
import { CLASSES } from '../graph/style.ts';

const STAGE_SELECTOR = STAGE_TYPES.map((t) => `edge[type = "${t}"]`).join(', ');

export function syncRouteLegs(cy: Core, show: boolean): void {
  cy.batch(() => {
    cy.edges(`.${CLASSES.routeLeg}`).remove();
    cy.edges(STAGE_SELECTOR).toggleClass(CLASSES.underLeg, show);
    if (!show) return;
    const routes = cy.nodes(`[kind = "Route"]`).not(`.${CLASSES.excluded}`);
    for (const route of routes) {
      const stages: StageEdge[] = route
        .connectedEdges(STAGE_SELECTOR)
        .filter((e: EdgeSingular) => e.source().id() === route.id() && !e.target().hasClass(CLASSES.excluded))
        .map((e: EdgeSingular) => ({ source: e.source().id(), target: e.target().id(), type: e.data('type'), order: e.data('order') }));
      for (const leg of routeLegs(route.id(), stages)) {
        cy.add({
          group: 'edges',
          classes: CLASSES.routeLeg,
          data: { id: leg.id, source: leg.source, target: leg.target, synthetic: true, caption: route.data('label'), weight: 1 },
        });
      }
    }
  });
}
