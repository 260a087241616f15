/**
 * Highlighting is a way of looking, not a change to the canvas: it is not in the history or the
 * link. Highlighted elements get a glow; everything else is dimmed until the highlight is cleared.
 */
import type { Core } from 'cytoscape';
import { CLASSES } from '../graph/style.ts';

export function highlight(cy: Core, ids: Iterable<string>): void {
  const keep = new Set(ids);
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const on = keep.has(element.id());
      element.toggleClass(CLASSES.onPath, on);
      element.toggleClass(CLASSES.dimmed, !on);
    });
  });
}

export function clearHighlight(cy: Core): void {
  cy.elements().removeClass(`${CLASSES.onPath} ${CLASSES.dimmed}`);
}
