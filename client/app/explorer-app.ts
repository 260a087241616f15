/**
 * The composition root: builds the canvas, the panels and the toolbar, connects them to the
 * actions, and opens the first view (the link in the address, else the start view).
 */
import type { EdgeSingular } from 'cytoscape';
import { meta } from '../api.ts';
import { whenUnauthenticated } from '../api/graphql-transport.ts';
import { currentUser, signOut, type User } from '../api/session.ts';
import type { RelationshipType } from '../api/api-types.ts';
import { CanvasEdits } from '../canvas/canvas-edits.ts';
import { ExplorerCanvas, USER_HIDDEN, webglSupport } from '../canvas/explorer-canvas.ts';
import { clearHighlight } from '../canvas/highlight.ts';
import { newElements } from '../graph/elements.ts';
import type { LayoutName } from '../graph/layouts.ts';
import { PendingView } from '../state/pending-view.ts';
import { SavedViews, type SavedView } from '../state/saved-views.ts';
import { decodeViewState, type ViewState } from '../state/view-state.ts';
import { AnalyticsPanel } from '../ui/analytics-panel.ts';
import { CollapsiblePanels } from '../ui/collapsible-panels.ts';
import { ExcludedHubs } from '../ui/hub-exclusion.ts';
import { ContextMenu, type MenuItem } from '../ui/context-menu.ts';
import { DetailsPanel } from '../ui/details-panel.ts';
import { byId, h } from '../ui/dom.ts';
import { ExpandDialog } from '../ui/expand-dialog.ts';
import { exportJson } from '../ui/exports.ts';
import { GeoBasemap } from '../ui/geo-basemap.ts';
import { helpDialog } from '../ui/help-dialog.ts';
import { LegendPanel } from '../ui/legend-panel.ts';
import { Notices } from '../ui/notices.ts';
import { PathsPanel } from '../ui/paths-panel.ts';
import { PolycriminalityPanel } from '../ui/polycriminality-panel.ts';
import { RoutesOnlyToggle } from '../ui/routes-only-toggle.ts';
import { SearchBox } from '../ui/search-box.ts';
import { SignInDialog } from '../ui/sign-in-dialog.ts';
import { Tabs } from '../ui/tabs.ts';
import { Timeline } from '../ui/timeline.ts';
import { Toolbar } from '../ui/toolbar.ts';
import { ViewsDialog } from '../ui/views-dialog.ts';
import { bindCanvasInteractions } from './canvas-interactions.ts';
import { EXPANSION_PAGE, ExplorerActions } from './explorer-actions.ts';
import { installShortcuts } from './keyboard-shortcuts.ts';
import { installLabelLayer } from './label-layer.ts';
import { loadStartView } from './start-view.ts';
import { ShareLink } from './share-link.ts';
import { UrlSync } from './url-sync.ts';
import { fetchView } from '../api/views-api.ts';
import { savedViewIdOf, VIEW_REFUSED } from '../state/view-link.ts';
import { openView } from './view-loader.ts';
import { exportReport } from './report-export.ts';
import { exportGraphData } from './graph-export.ts';
import { importFlow } from './import-flow.ts';
import { IngestDialog } from '../ui/ingest-dialog.ts';
import { DuplicatesDialog } from '../ui/duplicates-dialog.ts';
import type { JudgementResult } from '../api/duplicates-api.ts';

const WEBGL_PREFERENCE = 'smuggling-explorer:webgl';
const HINT_DISMISSED = 'smuggling-explorer:hint-dismissed';
/** From this many nodes the explorer suggests the WebGL renderer once (on a real GPU). */
const WEBGL_SUGGESTION_NODES = 1000;

type PanelName = 'details' | 'paths' | 'crimes' | 'analytics';

export class ExplorerApp {
  readonly canvas: ExplorerCanvas;
  readonly edits: CanvasEdits;
  readonly actions: ExplorerActions;
  readonly notices: Notices;
  private readonly tabs: Tabs<PanelName>;
  private readonly details: DetailsPanel;
  private readonly paths: PathsPanel;
  private readonly polycriminality: PolycriminalityPanel;
  private readonly legend: LegendPanel;
  private readonly toolbar: Toolbar;
  private readonly panels: CollapsiblePanels;
  private readonly search: SearchBox;
  private readonly menu = new ContextMenu();
  private readonly expandDialog: ExpandDialog;
  private readonly urlSync: UrlSync;
  private readonly shareLink: ShareLink;
  private readonly basemap: GeoBasemap;
  private readonly routesOnly: RoutesOnlyToggle;
  private readonly help = helpDialog();
  private readonly cyContainer = byId('cy');
  private readonly signInDialog: SignInDialog;
  private readonly pendingView = new PendingView();
  private readonly webglSupport: ReturnType<typeof webglSupport>;
  /** The signed-in user (the import dialog offers the markings of their clearance). */
  private user: User | null = null;
  private webglSuggested = false;
  /** Set once the first view has been asked for: a later sign-in must not reload it. */
  private firstView: Promise<void> | undefined;
  private resolveReady: (() => void) | undefined;
  /** The element selected last: the one the details panel shows when several are selected. */
  private lastSelected: string | undefined;
  private followPending = false;

  constructor() {
    this.notices = new Notices(byId('notices'), byId('busy'));
    this.webglSupport = webglSupport();
    const webgl = this.webglSupport !== 'none' && localStorage.getItem(WEBGL_PREFERENCE) === 'on';
    this.canvas = new ExplorerCanvas(this.cyContainer, { webgl });
    this.edits = new CanvasEdits(this.canvas);
    this.actions = new ExplorerActions(this.canvas, this.edits, this.notices);
    const openImport = importFlow(this.actions, this.notices);
    let ingest: IngestDialog | undefined;
    let duplicates: DuplicatesDialog | undefined;
    const openIngest = (user: User) => (ingest ??= new IngestDialog({ addEntity: async (id) => void (await this.actions.addEntities([id], 'Add an accepted entity')) })).open(user);

    this.tabs = new Tabs<PanelName>(byId('side-panel'), [
      { name: 'details', caption: 'Details' },
      { name: 'paths', caption: 'Paths' },
      { name: 'crimes', caption: 'Crime links' },
      { name: 'analytics', caption: 'Analytics' },
    ]);
    this.details = new DetailsPanel(
      this.tabs.panel('details'),
      {
        addEntity: (id) => void this.actions.addEntity(id),
        focus: (id) => this.canvas.focus(id),
        expand: (id, types?: RelationshipType[]) => void this.actions.expand(id, types ? { types } : undefined),
        openExpandOptions: (id) => this.expandDialog.open(id),
        hide: (id) => this.actions.hide([id]),
        togglePin: (id) => this.actions.togglePin([id]),
        pathFrom: (id) => this.pathEnds(id, undefined),
        pathTo: (id) => this.pathEnds(undefined, id),
        duplicates: {
          canJudge: () => this.user?.role === 'analyst' || this.user?.role === 'admin',
          changed: (result, undone) => this.duplicatesChanged(result, undone),
          open: (id) => void this.actions.addEntity(id),
        },
      },
      this.notices,
    );
    // One list of excluded hubs for analytics and paths.
    const hubs = new ExcludedHubs();
    this.paths = new PathsPanel(this.tabs.panel('paths'), this.canvas, (request) => this.actions.findPaths(request), hubs,
      (error) => this.notices.error('Suggesting hubs', error));
    this.polycriminality = new PolycriminalityPanel(this.tabs.panel('crimes'), this.canvas, this.actions, this.notices);
    new AnalyticsPanel(this.tabs.panel('analytics'), { canvas: this.canvas, edits: this.edits, notices: this.notices, hubs, addEntity: (id) => this.actions.addEntity(id) });
    this.legend = new LegendPanel(byId('legend'), this.canvas, this.edits, () => this.actions.showHidden());
    new Timeline(byId('timeline'), this.canvas, this.edits, this.notices);
    this.panels = new CollapsiblePanels(
      document.body,
      this.cyContainer.parentElement!,
      {
        legend: { element: byId('legend'), caption: 'the legend and filters', key: '[' },
        side: { element: byId('side-panel'), caption: 'details, paths, crime links and analytics', key: ']' },
        timeline: { element: byId('timeline'), caption: 'the timeline', key: 'T' },
      },
      () => this.canvas.cy.resize(),
    );
    // Choosing a hit hands the keyboard to the canvas: E then expands it, Enter shows its details.
    // A note's relationship: both its ends, then the relationship selected (its details follow).
    this.search = new SearchBox(byId('search'), (choice) => {
      this.cyContainer.focus({ preventScroll: true });
      if (choice.kind === 'entity') void this.actions.addEntity(choice.id);
      else void this.actions.addEntities([choice.from, choice.to], 'Add a noted relationship').then(() => this.canvas.focus(choice.id));
    });
    this.expandDialog = new ExpandDialog(this.canvas, (id, options) => void this.actions.expand(id, options));
    this.actions.openExpandOptions = (id) => this.expandDialog.open(id);
    this.basemap = new GeoBasemap(byId<HTMLElement>('graticule') as unknown as SVGSVGElement, this.canvas);
    this.routesOnly = new RoutesOnlyToggle(byId('cy').parentElement!, this.canvas, this.edits);

    const viewsDialog = new ViewsDialog(
      new SavedViews(),
      {
        current: () => {
          const { positions, ...state } = this.canvas.viewState();
          return { state, positions };
        },
        openStored: (id) => void this.openStored(id),
        openLocal: (view) => void this.openSaved(view),
      },
      this.notices,
    );
    this.toolbar = new Toolbar(
      byId('toolbar-actions'),
      {
        layout: (name) => void this.layout(name),
        relayout: () => void this.layout(this.canvas.layoutName),
        fit: () => this.canvas.cy.animate({ fit: { eles: this.canvas.visibleNodes(), padding: 40 } }, { duration: 250 }),
        undo: () => this.actions.undo(),
        redo: () => this.actions.redo(),
        exportPng: () => void exportReport(this.canvas, 'PNG', this.notices),
        exportSvg: () => void exportReport(this.canvas, 'SVG', this.notices),
        exportJson: () => exportJson(this.canvas),
        exportData: (format) => void exportGraphData(this.canvas, format, this.notices),
        copyLink: () => void this.copyLink(),
        views: () => viewsDialog.show(),
        setWebgl: (on) => this.setWebgl(on),
        help: () => this.help.showModal(),
        signOut: () => void this.signOut(),
        importCsv: () => this.user && openImport(this.user),
        ingestDocument: () => this.user && openIngest(this.user),
        duplicates: () => (duplicates ??= new DuplicatesDialog({ changed: (result) => this.duplicatesChanged(result, false), open: (id) => void this.actions.addEntity(id) })).open(),
      },
      this.canvas.history,
      { supported: this.webglSupport !== 'none', on: webgl },
    );

    installLabelLayer(this.canvas);
    this.canvas.onInstance((cy) =>
      cy.on('select unselect', (event) => {
        if (event.type === 'select') this.lastSelected = event.target.id();
        this.scheduleFollowSelection();
      }),
    );
    bindCanvasInteractions(this.canvas, this.edits, {
      showDetails: (id) => this.showDetails(id, false),
      expand: (id) => void this.actions.expand(id),
      menu: (target, at) => this.openMenu(target, at),
    });
    installShortcuts(this.canvas, this.cyContainer, {
      search: () => this.search.focus(),
      help: () => this.help.showModal(),
      relayout: () => void this.layout(this.canvas.layoutName),
      undo: () => this.actions.undo(),
      redo: () => this.actions.redo(),
      expand: (id) => void this.actions.expand(id),
      expandWithOptions: (id) => this.expandDialog.open(id),
      details: (id) => this.showDetails(id, true),
      hide: (ids) => this.actions.hide(ids),
      remove: (ids) => this.actions.remove(ids),
      togglePin: (ids) => this.actions.togglePin(ids),
      menu: (id) => {
        const node = this.canvas.node(id)!;
        const box = this.cyContainer.getBoundingClientRect();
        const at = node.renderedPosition();
        this.openMenu({ id, group: 'nodes' }, { x: box.left + at.x, y: box.top + at.y });
      },
      togglePanel: (name) => this.panels.toggle(name),
      nothingSelected: () => this.notices.show('Select a node first: click it, or use the arrow keys on the canvas.', 'info'),
    });
    this.urlSync = new UrlSync(this.canvas, (state) => void this.openState(state, 'Open link'), (id) => void this.openStored(id));
    this.shareLink = new ShareLink(this.canvas);
    this.canvas.onChange(() => this.afterChange());
    this.signInDialog = new SignInDialog((user) => this.signedIn(user));
    whenUnauthenticated(() => {
      this.toolbar.showUser(null);
      this.pendingView.remember(window.location.hash);
      this.signInDialog.open('You are not signed in, or your session has ended. Nothing on the canvas is lost.');
    });
    this.setupHint();
  }

  /**
   * Checks the session (asking to sign in when there is none), then loads the legend totals and
   * the first view. Resolves when the first view is drawn.
   */
  start(): Promise<void> {
    const ready = new Promise<void>((resolve) => (this.resolveReady = resolve));
    void this.checkSession();
    return ready;
  }

  private async checkSession(): Promise<void> {
    try {
      const user = await currentUser();
      if (user) this.signedIn(user);
      else {
        this.pendingView.remember(window.location.hash);
        this.signInDialog.open();
      }
    } catch (error) {
      this.notices.error('Connecting to the API', error, () => void this.checkSession());
    }
  }

  private signedIn(user: User): void {
    this.user = user;
    this.toolbar.showUser(user);
    if (this.firstView) {
      // Signed in again in this tab: the canvas is still here, nothing is waiting to be opened.
      this.pendingView.take();
      this.notices.show(`Signed in as ${user.name}. Try again what failed.`, 'success');
      return;
    }
    this.firstView = this.loadFirstView().finally(() => this.resolveReady?.());
  }

  private async signOut(): Promise<void> {
    try {
      await signOut();
    } catch (error) {
      this.notices.error('Signing out', error);
      return;
    }
    this.toolbar.showUser(null);
    this.signInDialog.open('Signed out. The canvas stays as it is until you close the page.');
  }

  private async loadFirstView(): Promise<void> {
    meta().then((m) => this.legend.setMeta(m)).catch((error) => this.notices.error('Loading the legend totals', error));
    // A shared view opened while signed out, when signing in went through a sign-in link.
    const pending = this.pendingView.takeFragment();
    const savedId = this.urlSync.initialSavedViewId() ?? (this.urlSync.initialState() ? null : pending && savedViewIdOf(pending));
    const initial = savedId ? null : this.urlSync.initialState() ?? (pending ? decodeViewState(pending) : null);
    if (savedId) {
      if (!(await this.openStored(savedId))) await this.openStartView();
    } else if (initial) await this.openState(initial, 'Open link');
    else await this.openStartView();
    this.canvas.history.clear();
    // The crime-links panel starts filled, without drawing again what the start view drew.
    void this.polycriminality.load(false);
  }

  private async openState(state: ViewState, label: string): Promise<void> {
    this.urlSync.pause(true);
    try {
      await openView(this.edits, this.notices, state, label);
      this.toolbar.showLayout(state.layout);
      if (state.selectedId) this.showDetails(state.selectedId, false);
    } catch (error) {
      this.notices.error('Opening the view', error, () => void this.openState(state, label));
    } finally {
      this.urlSync.pause(false);
    }
  }

  private async openSaved(view: SavedView): Promise<void> {
    this.urlSync.pause(true);
    try {
      await openView(this.edits, this.notices, view.state, `Open view “${view.name}”`, view.positions ?? view.state.positions);
      this.toolbar.showLayout(view.state.layout);
    } catch (error) {
      this.notices.error(`Opening “${view.name}”`, error);
    } finally {
      this.urlSync.pause(false);
    }
  }

  /**
   * Opens a view stored on the server (a short link, or one chosen in the views dialog). Missing
   * and refused views read alike: one notice, and the canvas is left as it was.
   */
  private async openStored(id: string): Promise<boolean> {
    let view;
    try {
      view = await this.notices.track('Opening the view', fetchView(id));
    } catch (error) {
      this.notices.error('Opening the view', error, () => void this.openStored(id));
      return false;
    }
    if (!view) {
      this.notices.show(VIEW_REFUSED, 'error');
      return false;
    }
    await this.openSaved({ name: view.name, savedAt: view.savedAt, state: view.state, positions: view.positions ?? undefined });
    if (view.state.selectedId) this.showDetails(view.state.selectedId, false);
    this.urlSync.showShortLink(id);
    return true;
  }

  private async openStartView(): Promise<void> {
    try {
      const start = await this.notices.track('Loading the overview', loadStartView());
      await this.edits.replaceCanvas({ elements: newElements(start.graph), filters: this.canvas.filters, layout: this.canvas.layoutName }, 'Overview', { runLayout: true });
      if (start.problems.length) this.notices.show(`Part of the overview is missing: ${start.problems.join('; ')}.`, 'warning');
    } catch (error) {
      this.notices.error('Loading the overview', error, () => void this.openStartView());
    }
  }

  private async layout(name: LayoutName): Promise<void> {
    this.toolbar.showLayout(name);
    try {
      await this.actions.layout(name);
    } catch (error) {
      this.notices.error('Laying out', error);
    }
  }

  /**
   * The details panel follows the selection, however it changed (a click, the keyboard, a search,
   * undo): one update after the selection events of one action (unselect all, then select).
   */
  private scheduleFollowSelection(): void {
    if (this.followPending) return;
    this.followPending = true;
    queueMicrotask(() => {
      this.followPending = false;
      const selected = this.canvas.cy.elements(':selected');
      if (selected.empty()) {
        if (this.details.currentId) this.details.clear();
        return;
      }
      const last = this.lastSelected ? selected.getElementById(this.lastSelected) : selected.first();
      this.showDetails((last.nonempty() ? last : selected.first()).id(), false);
    });
  }

  private showDetails(id: string, switchTab: boolean): void {
    const element = this.canvas.cy.getElementById(id);
    if (element.empty()) return;
    // While the analyst picks path ends, or selects from a ranking or a community legend, a
    // click must not take that panel away (the details still follow the selection).
    const keepPanel = !this.tabs.panel('paths').hidden || !this.tabs.panel('analytics').hidden;
    if (switchTab) this.panels.unfold('side');
    if (switchTab || !keepPanel) this.tabs.select('details');
    // Already shown (a click both selects and taps): only asking again (Enter) reloads it.
    if (!switchTab && this.details.currentId === id) return;
    if (element.isNode()) void this.details.showNode(element.data());
    else {
      const edge = element as unknown as EdgeSingular;
      this.details.showEdge(edge.data(), edge.source().data('label'), edge.target().data('label'));
    }
  }

  /** A merge draws the entity kept in place of both; its undo draws both again. The kept one is shown. */
  private async duplicatesChanged(result: JudgementResult, undone: boolean): Promise<void> {
    const [kept, duplicate] = [result.survivorId!, result.duplicateId!];
    await this.actions.redraw([duplicate], undone ? [kept, duplicate] : [kept], undone ? 'Undo a merge' : 'Merge duplicates');
    this.canvas.focus(kept);
    this.showDetails(kept, true);
  }

  private pathEnds(from: string | undefined, to: string | undefined): void {
    this.panels.unfold('side');
    this.paths.setEnds(from, to);
    this.tabs.select('paths');
  }

  private openMenu(target: { id: string | null; group: 'nodes' | 'edges' | 'core' }, at: { x: number; y: number }): void {
    const a = this.actions;
    const cy = this.canvas.cy;
    let items: MenuItem[];
    if (target.group === 'nodes' && target.id) {
      const id = target.id;
      const node = this.canvas.node(id)!;
      const selected = cy.nodes(':selected').map((n) => n.id());
      const ids = selected.includes(id) ? selected : [id];
      const more = Number(node.data('more'));
      items = [
        { label: more > 0 ? `Expand: next ${Math.min(EXPANSION_PAGE, more)} of ${more} more` : 'Expand neighbours', shortcut: 'E', run: () => void a.expand(id) },
        { label: 'Expand with options…', shortcut: 'Shift+E', run: () => this.expandDialog.open(id) },
        { label: 'Details', shortcut: 'Enter', run: () => this.showDetails(id, true) },
        { label: node.hasClass('pinned') ? 'Unpin' : 'Pin', shortcut: 'P', run: () => a.togglePin(ids) },
        { label: ids.length > 1 ? `Hide ${ids.length} nodes` : 'Hide', shortcut: 'H', run: () => a.hide(ids) },
        { label: ids.length > 1 ? `Remove ${ids.length} nodes` : 'Remove', shortcut: 'Del', run: () => a.remove(ids) },
        { label: 'Path from here', run: () => this.pathEnds(id, undefined) },
        { label: 'Path to here', run: () => this.pathEnds(undefined, id) },
        { label: 'Select neighbours', run: () => node.closedNeighborhood('node').select() },
      ];
    } else if (target.group === 'edges' && target.id) {
      const id = target.id;
      items = [
        { label: 'Details', shortcut: 'Enter', run: () => this.showDetails(id, true) },
        { label: 'Remove edge', shortcut: 'Del', run: () => a.remove([id]) },
      ];
    } else {
      const hidden = cy.nodes(`.${USER_HIDDEN}`).length;
      items = [
        { label: 'Fit to window', shortcut: 'F', run: () => cy.fit(this.canvas.visibleNodes(), 40) },
        { label: `Show ${hidden} hidden nodes`, run: () => a.showHidden(), disabled: hidden === 0 },
        { label: 'Clear highlight', shortcut: 'Esc', run: () => clearHighlight(cy) },
        { label: 'Undo', shortcut: 'Ctrl+Z', run: () => a.undo(), disabled: !this.canvas.history.nextUndo },
        { label: 'Redo', shortcut: 'Ctrl+Shift+Z', run: () => a.redo(), disabled: !this.canvas.history.nextRedo },
      ];
    }
    this.menu.open(items, at, this.cyContainer);
  }

  private async copyLink(): Promise<void> {
    let link = this.urlSync.link();
    try {
      const id = await this.notices.track('Storing the view for its link', this.shareLink.viewId());
      if (id) {
        link = this.urlSync.shortLink(id);
        this.urlSync.showShortLink(id);
      }
    } catch (error) {
      // The long link still opens the same canvas: offer it rather than nothing.
      this.notices.error('Storing the view for a short link', error);
    }
    try {
      await navigator.clipboard.writeText(link);
      this.notices.show('Link to this view copied. Whoever is cleared for everything on it can open it.', 'success');
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): the address bar has the link too.
      this.notices.show('The browser refused the clipboard; the address bar holds the same link.', 'warning');
    }
  }

  private setWebgl(on: boolean): void {
    localStorage.setItem(WEBGL_PREFERENCE, on ? 'on' : 'off');
    this.canvas.setWebgl(on);
    this.toolbar.showWebgl(on);
    this.notices.show(on ? 'Drawing with WebGL.' : 'Drawing with the canvas renderer.', 'info');
  }

  private afterChange(): void {
    this.basemap.show(this.canvas.layoutName === 'geographic');
    this.routesOnly.show(this.canvas.layoutName === 'geographic');
    this.toolbar.showLayout(this.canvas.layoutName);
    const count = this.canvas.cy.nodes().length;
    if (!this.webglSuggested && !this.canvas.webgl && this.webglSupport === 'accelerated' && count >= WEBGL_SUGGESTION_NODES) {
      this.webglSuggested = true;
      this.notices.show(`${count} nodes: the WebGL renderer keeps large canvases responsive.`, 'info', { label: 'Use WebGL', run: () => this.setWebgl(true) });
    }
    const current = this.details.currentId;
    if (current && this.canvas.cy.getElementById(current).empty()) this.details.clear();
  }

  private setupHint(): void {
    const hint = byId('hint');
    if (localStorage.getItem(HINT_DISMISSED)) {
      hint.hidden = true;
      return;
    }
    const close = h('button', { type: 'button', class: 'notice-close', 'aria-label': 'Dismiss the hint' }, '×');
    close.addEventListener('click', () => {
      hint.hidden = true;
      localStorage.setItem(HINT_DISMISSED, '1');
    });
    hint.append(close);
  }
}
