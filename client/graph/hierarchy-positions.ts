/**
 * Positions for the hierarchical layout. dagre ranks nodes along edge direction, but half of the
 * model's hierarchy-like types point upwards (a part to its whole, an assistant to the one it
 * assists). So dagre runs on a headless copy where those edges are reversed, and the explorer
 * applies the positions it found with a preset layout.
 */
import cytoscape from 'cytoscape';
import { HIERARCHY_OPTIONS, UPWARD_TYPES } from './layouts.ts';
import type { Position } from './geographic-positions.ts';
import { NODE_SIZE } from './style.ts';

export interface HierarchyNode {
  id: string;
}

export interface HierarchyEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

let dagreRegistered: Promise<void> | undefined;

/** dagre is loaded on first use: most sessions never ask for a hierarchy. */
function registerDagre(): Promise<void> {
  dagreRegistered ??= import('cytoscape-dagre').then((module) => {
    cytoscape.use(module.default);
  });
  return dagreRegistered;
}

export async function hierarchyPositions(nodes: HierarchyNode[], edges: HierarchyEdge[]): Promise<Map<string, Position>> {
  await registerDagre();
  const ids = new Set(nodes.map((n) => n.id));
  const copy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: NODE_SIZE, height: NODE_SIZE } }],
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
      ...edges
        .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
        .map((e) => {
          const up = UPWARD_TYPES.has(e.type);
          return { group: 'edges' as const, data: { id: e.id, source: up ? e.target : e.source, target: up ? e.source : e.target } };
        }),
    ],
  });
  copy.layout(HIERARCHY_OPTIONS as unknown as cytoscape.LayoutOptions).run();
  const positions = new Map<string, Position>(copy.nodes().map((n) => [n.id(), { ...n.position() }]));
  copy.destroy();
  return positions;
}
