/**
 * The legend, the side panel and the timeline fold away to a thin strip, so the canvas can take
 * the whole window on a small screen (1280×720). Each panel keeps its content while folded; the
 * choice is remembered in this browser.
 */
import { h } from './dom.ts';

export type PanelName = 'legend' | 'side' | 'timeline';

interface Panel {
  element: HTMLElement;
  caption: string;
  /** The key that folds and unfolds it, shown in the button's title. */
  key: string;
  /** Which way the strip's arrow points when the panel is open. */
  arrows: { open: string; folded: string };
  button: HTMLButtonElement;
}

const STORAGE_KEY = 'smuggling-explorer:folded-panels:v1';

const ARROWS: Record<PanelName, Panel['arrows']> = {
  legend: { open: '‹', folded: '›' },
  side: { open: '›', folded: '‹' },
  timeline: { open: '⌄', folded: '⌃' },
};

export class CollapsiblePanels {
  private readonly panels = new Map<PanelName, Panel>();
  private readonly folded: Set<PanelName>;

  private readonly root: HTMLElement;
  private readonly onResize: () => void;

  /**
   * `root` gets a `<name>-folded` class per folded panel: the page's grid sizes itself from those.
   * The handles sit on the edges of `handles` (the canvas area), where they stay in view however
   * far a panel is scrolled.
   */
  constructor(root: HTMLElement, handles: HTMLElement, panels: Record<PanelName, { element: HTMLElement; caption: string; key: string }>, onResize: () => void) {
    this.root = root;
    this.onResize = onResize;
    this.folded = new Set(readFolded());
    for (const [name, { element, caption, key }] of Object.entries(panels) as [PanelName, { element: HTMLElement; caption: string; key: string }][]) {
      const button = h('button', { type: 'button', class: `panel-toggle panel-toggle-${name}`, 'aria-controls': element.id });
      button.addEventListener('click', () => this.toggle(name));
      handles.append(button);
      this.panels.set(name, { element, caption, key, arrows: ARROWS[name], button });
      this.render(name);
    }
  }

  isFolded(name: PanelName): boolean {
    return this.folded.has(name);
  }

  toggle(name: PanelName): void {
    this.set(name, !this.folded.has(name));
  }

  /** Unfolds a panel something is about to be shown in (details asked for with Enter). */
  unfold(name: PanelName): void {
    if (this.folded.has(name)) this.set(name, false);
  }

  private set(name: PanelName, folded: boolean): void {
    if (folded) this.folded.add(name);
    else this.folded.delete(name);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify([...this.folded]));
    } catch {
      // Storage refused (private mode, quota): the panel still folds for this page.
    }
    this.render(name);
    this.onResize();
  }

  private render(name: PanelName): void {
    const panel = this.panels.get(name)!;
    const folded = this.folded.has(name);
    panel.element.classList.toggle('folded', folded);
    this.root.classList.toggle(`${name}-folded`, folded);
    panel.button.setAttribute('aria-expanded', String(!folded));
    panel.button.title = `${folded ? 'Show' : 'Hide'} ${panel.caption} (${panel.key})`;
    panel.button.setAttribute('aria-label', panel.button.title);
    panel.button.textContent = folded ? panel.arrows.folded : panel.arrows.open;
  }
}

function readFolded(): PanelName[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((n): n is PanelName => n === 'legend' || n === 'side' || n === 'timeline') : [];
  } catch {
    return [];
  }
}
