/**
 * Pointer interactions on the canvas: a tap shows details, a double tap expands, a right click
 * opens the menu, pointing at a node shows its whole name (and how many quotes back it), and a
 * drag is recorded so it can be undone. Bound again whenever the renderer switch replaces the
 * Cytoscape instance.
 */
import type { EventObject } from 'cytoscape';
import type { CanvasEdits } from '../canvas/canvas-edits.ts';
import type { ExplorerCanvas, Positions } from '../canvas/explorer-canvas.ts';

export interface InteractionHandlers {
  showDetails(id: string): void;
  expand(id: string): void;
  menu(target: { id: string | null; group: 'nodes' | 'edges' | 'core' }, at: { x: number; y: number }): void;
}

export function bindCanvasInteractions(canvas: ExplorerCanvas, edits: CanvasEdits, handlers: InteractionHandlers): void {
  canvas.onInstance((cy) => {
    const container = cy.container()!;
    const pagePoint = (event: EventObject) => {
      const box = container.getBoundingClientRect();
      return { x: box.left + event.renderedPosition.x, y: box.top + event.renderedPosition.y };
    };
    cy.on('tap', 'node, edge[^synthetic]', (event) => handlers.showDetails(event.target.id()));
    cy.on('dbltap', 'node', (event) => handlers.expand(event.target.id()));
    cy.on('cxttap', (event) => {
      const target = event.target;
      if (target === cy) handlers.menu({ id: null, group: 'core' }, pagePoint(event));
      else if (target.isNode() || !target.data('synthetic')) {
        if (!target.selected()) {
          cy.elements(':selected').unselect();
          target.select();
        }
        handlers.menu({ id: target.id(), group: target.isNode() ? 'nodes' : 'edges' }, pagePoint(event));
      }
    });
    // A drag moves every selected node; positions are read once when it starts.
    let before: Positions | undefined;
    cy.on('grab', 'node', () => {
      before ??= canvas.positions();
    });
    cy.on('free', 'node', () => {
      if (!before) return;
      const recorded = before;
      before = undefined;
      edits.recordMove(recorded);
    });
    // Captions cut long names short; pointing at a node shows its whole name.
    // "[n]" in a caption is its number of evidence quotes; the tooltip says so in words.
    cy.on('mouseover', 'node', (event) => {
      const quotes = Number(event.target.data('evidenceCount') ?? 0);
      container.title = `${String(event.target.data('label') ?? '')}${quotes > 0 ? ` · ${quotes} evidence quote${quotes === 1 ? '' : 's'}` : ''}`;
    });
    cy.on('mouseout', 'node', () => container.removeAttribute('title'));
    // Keep the browser's own context menu off the canvas: ours replaces it.
    container.addEventListener('contextmenu', (event) => event.preventDefault());
  });
}
