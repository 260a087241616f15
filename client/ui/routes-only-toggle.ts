/**
 * "Routes only" on the map: one click hides every kind but the routes and their places (the kinds
 * the route stages connect, from the domain model), so the routes read as lines across the map;
 * a second click brings back the kinds shown before. Shown in the geographic layout only; the
 * change is an ordinary filter change, so Undo and the legend's checkboxes agree with it.
 */
import { KINDS, RELATIONSHIPS, type Kind } from '../../server/domain/model.ts';
import type { CanvasEdits } from '../canvas/canvas-edits.ts';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { STAGE_TYPES } from '../graph/route-legs.ts';
import { h } from './dom.ts';

/** Kinds a route is drawn with: the route and the places its stages connect. */
export const ROUTE_KINDS: ReadonlySet<Kind> = new Set(
  STAGE_TYPES.flatMap((type) => {
    const relationship = RELATIONSHIPS[type as keyof typeof RELATIONSHIPS] as { from: readonly Kind[]; to: readonly Kind[] };
    return [...relationship.from, ...relationship.to];
  }),
);
const OTHER_KINDS = (Object.keys(KINDS) as Kind[]).filter((k) => !ROUTE_KINDS.has(k));

export class RoutesOnlyToggle {
  private readonly button: HTMLButtonElement;
  private readonly canvas: ExplorerCanvas;
  private readonly edits: CanvasEdits;
  /** The kinds hidden before "Routes only" was turned on, brought back when it is turned off. */
  private before: ReadonlySet<Kind> = new Set();

  constructor(parent: HTMLElement, canvas: ExplorerCanvas, edits: CanvasEdits) {
    this.canvas = canvas;
    this.edits = edits;
    this.button = h(
      'button',
      { type: 'button', id: 'routes-only', class: 'routes-only', hidden: true, 'aria-pressed': 'false', title: 'Show only the routes and their places on the map', onclick: () => this.toggle() },
      'Routes only',
    );
    parent.append(this.button);
    canvas.onChange(() => this.update());
  }

  private get on(): boolean {
    const hidden = this.canvas.filters.hiddenKinds;
    return OTHER_KINDS.every((k) => hidden.has(k)) && [...ROUTE_KINDS].every((k) => !hidden.has(k));
  }

  show(visible: boolean): void {
    this.button.hidden = !visible;
    this.update();
  }

  private update(): void {
    this.button.setAttribute('aria-pressed', String(this.on));
  }

  private toggle(): void {
    const filters = this.canvas.filters;
    if (this.on) {
      this.edits.setFilters({ ...filters, hiddenKinds: new Set(this.before) }, 'Show every kind again');
    } else {
      this.before = new Set(filters.hiddenKinds);
      this.edits.setFilters({ ...filters, hiddenKinds: new Set([...OTHER_KINDS]) }, 'Routes only');
    }
    this.update();
  }
}
