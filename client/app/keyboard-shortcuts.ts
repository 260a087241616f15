/**
 * Keyboard access to the main actions (listed in the help dialog). Single-key shortcuts act only
 * when no text field has the focus, so typing a search never expands a node.
 */
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { clearHighlight } from '../canvas/highlight.ts';
import { nearestInDirection, type Direction } from '../graph/spatial-navigation.ts';
import type { PanelName } from '../ui/collapsible-panels.ts';

const PANEL_KEYS: Record<string, PanelName> = { '[': 'legend', ']': 'side', t: 'timeline' };

export interface ShortcutHandlers {
  search(): void;
  help(): void;
  /** Lay out every node again with the current layout. */
  relayout(): void;
  undo(): void;
  redo(): void;
  expand(id: string): void;
  expandWithOptions(id: string): void;
  details(id: string): void;
  hide(ids: string[]): void;
  remove(ids: string[]): void;
  togglePin(ids: string[]): void;
  menu(id: string): void;
  /** Folds or unfolds the legend, the side panel or the timeline. */
  togglePanel(name: PanelName): void;
  /** A key was pressed that needs a selection, and nothing is selected. */
  nothingSelected(): void;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/** True when the focus is where canvas keys make sense: the canvas itself or nowhere in particular. */
function onCanvasOrBody(target: EventTarget | null, container: HTMLElement): boolean {
  const element = target as HTMLElement | null;
  return !element || element === document.body || container.contains(element);
}

export function installShortcuts(canvas: ExplorerCanvas, container: HTMLElement, handlers: ShortcutHandlers): void {
  document.addEventListener('keydown', (event) => {
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && !typing(event.target) && (event.key === 'z' || event.key === 'Z' || event.key === 'y')) {
      event.preventDefault();
      if (event.key === 'y' || event.shiftKey) handlers.redo();
      else handlers.undo();
      return;
    }
    if (ctrl || event.altKey || typing(event.target) || document.querySelector('dialog[open]')) return;
    if (event.key === '/') {
      event.preventDefault();
      handlers.search();
      return;
    }
    if (event.key === '?') {
      handlers.help();
      return;
    }
    const panel = PANEL_KEYS[event.key];
    if (panel) {
      event.preventDefault();
      handlers.togglePanel(panel);
      return;
    }
    if (!onCanvasOrBody(event.target, container)) return;
    const cy = canvas.cy;
    const selected = cy.elements(':selected');
    const selectedNodes = selected.nodes().map((n) => n.id());
    const first = selected.first();
    const need = (run: () => void) => {
      event.preventDefault();
      if (selected.empty()) handlers.nothingSelected();
      else run();
    };
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const candidates = canvas.visibleNodes().not(':selected').nodes().map((n) => ({ id: n.id(), position: n.position() }));
      const start = selected.nodes().first();
      const from = start.nonempty() ? start.position() : canvas.viewportCentre();
      // Nothing selected yet: start from the node nearest the middle of the view.
      const next = start.nonempty()
        ? nearestInDirection(from, candidates, direction)
        : candidates.sort((a, b) => Math.hypot(a.position.x - from.x, a.position.y - from.y) - Math.hypot(b.position.x - from.x, b.position.y - from.y))[0]?.id;
      if (next) canvas.focus(next);
      return;
    }
    switch (event.key) {
      case 'Enter':
        need(() => handlers.details(first.id()));
        break;
      case 'e':
        need(() => first.isNode() && handlers.expand(first.id()));
        break;
      case 'E':
        need(() => first.isNode() && handlers.expandWithOptions(first.id()));
        break;
      case 'h':
        need(() => handlers.hide(selectedNodes));
        break;
      case 'Delete':
      case 'Backspace':
        need(() => handlers.remove(selected.map((e) => e.id())));
        break;
      case 'p':
        need(() => handlers.togglePin(selectedNodes));
        break;
      case 'ContextMenu':
        need(() => first.isNode() && handlers.menu(first.id()));
        break;
      case 'F10':
        if (event.shiftKey) need(() => first.isNode() && handlers.menu(first.id()));
        break;
      case 'l':
        event.preventDefault();
        handlers.relayout();
        break;
      case 'f':
        event.preventDefault();
        cy.animate({ fit: { eles: canvas.visibleNodes(), padding: 40 } }, { duration: 250 });
        break;
      case '+':
      case '=':
        cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        break;
      case '-':
        cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        break;
      case 'Escape':
        cy.elements(':selected').unselect();
        clearHighlight(cy);
        break;
    }
  });
}
