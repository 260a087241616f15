/**
 * Runs one of the explorer's layouts over the drawn (visible) nodes and resolves when the nodes
 * are in place. Pinned nodes stay where they are: fcose takes them as fixed constraints, and
 * every other layout leaves locked nodes alone. Only the overview, a view opened without
 * positions and an explicit (re-)layout run one: additions place their new nodes without
 * moving the others (client/graph/placement.ts).
 */
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import { KINDS } from '../../server/domain/model.ts';
import { geographicLayout } from '../graph/geographic-positions.ts';
import { hierarchyPositions } from '../graph/hierarchy-positions.ts';
import { concentricLayout, forceLayout, gridLayout, presetLayout, type LayoutName } from '../graph/layouts.ts';
import { CLASSES } from '../graph/style.ts';
import type { ExplorerCanvas } from './explorer-canvas.ts';
import { syncRouteLegs } from './route-legs-overlay.ts';
import { setSideStrip } from './side-strip-state.ts';

/**
 * Options for a layout. Synchronous except for the hierarchy (dagre loads on first use), so
 * that in the usual case the layout runs in the same task that added the elements and the
 * browser never paints them at their temporary positions: on large graphs that paint alone
 * costs more than the layout.
 */
function optionsFor(canvas: ExplorerCanvas, name: LayoutName): LayoutOptions | Promise<LayoutOptions> {
  const nodes = canvas.visibleNodes();
  const edges = canvas.visibleEdges();
  switch (name) {
    case 'force': {
      const fixed = nodes
        .filter((n: NodeSingular) => n.hasClass(CLASSES.pinned))
        .map((n: NodeSingular) => ({ nodeId: n.id(), position: { ...n.position() } }));
      return forceLayout({ nodeCount: nodes.length, fixed });
    }
    case 'concentric':
      return concentricLayout(nodes.length);
    case 'grid':
      return gridLayout(nodes.length);
    case 'geographic': {
      const { positions, strip } = geographicLayout(
        nodes.map((n) => ({ id: n.id(), kind: n.data('kind'), label: n.data('label'), latitude: n.data('latitude'), longitude: n.data('longitude') })),
        Object.keys(KINDS),
      );
      setSideStrip(canvas, strip);
      return presetLayout(positions, nodes.length);
    }
    case 'hierarchical':
      return hierarchyPositions(
        nodes.map((n) => ({ id: n.id() })),
        edges.map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), type: e.data('type') })),
      ).then((positions) => presetLayout(positions, nodes.length));
  }
}

export async function runLayout(canvas: ExplorerCanvas, name: LayoutName): Promise<void> {
  const cy = canvas.cy;
  syncRouteLegs(cy, name === 'geographic');
  // Another layout leaves no strip; the geographic one sets its own below.
  if (name !== 'geographic') setSideStrip(canvas, null);
  const nodes = canvas.visibleNodes();
  if (nodes.empty()) return;
  const pending = optionsFor(canvas, name);
  const options = pending instanceof Promise ? await pending : pending;
  const eles = nodes.union(canvas.visibleEdges());
  await new Promise<void>((resolve) => {
    const layout = eles.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
