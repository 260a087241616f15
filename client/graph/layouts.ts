/**
 * The explorer's layouts and their documented defaults. Each starts from Cytoscape's (or the
 * extension's) defaults and changes only what is written here, with the reason beside it.
 * Large graphs trade polish for speed: no animation, and fcose stops after its spectral stage.
 */
import type { LayoutOptions } from 'cytoscape';
import type { Position } from './geographic-positions.ts';

export const LAYOUT_NAMES = ['force', 'concentric', 'hierarchical', 'grid', 'geographic'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force',
  concentric: 'Concentric',
  hierarchical: 'Hierarchical',
  grid: 'Grid',
  geographic: 'Geographic',
};

export const DEFAULT_LAYOUT: LayoutName = 'force';

export const isLayoutName = (value: unknown): value is LayoutName => LAYOUT_NAMES.includes(value as LayoutName);

/** From this many visible nodes on, layouts skip animation and fcose runs its draft quality. */
export const LARGE_GRAPH_NODES = 600;
/** Up to this many nodes fcose polishes ('proof') and keeps labels from overlapping nodes. */
const SMALL_GRAPH_NODES = 250;

const ANIMATION_MS = 400;
const PADDING = 40;

export interface ForceOptions {
  nodeCount: number;
  /** Pinned nodes: they stay where they are and the others arrange around them. */
  fixed: { nodeId: string; position: Position }[];
}

/** fcose: force-directed with a spectral start, fast enough for thousands of nodes. */
export function forceLayout({ nodeCount, fixed }: ForceOptions): LayoutOptions {
  const large = nodeCount >= LARGE_GRAPH_NODES;
  const small = nodeCount <= SMALL_GRAPH_NODES;
  return {
    name: 'fcose',
    // Draft keeps large graphs quick. (Additions never run a layout: see graph/placement.ts.)
    quality: small ? 'proof' : large ? 'draft' : 'default',
    // Counting labels as part of the nodes (honoured in 'proof') keeps names from overlapping.
    nodeDimensionsIncludeLabels: small,
    randomize: true,
    animate: !large,
    animationDuration: ANIMATION_MS,
    fit: true,
    padding: PADDING,
    // Counting labels is not enough on its own around hubs (a crime type with twenty links):
    // stronger repulsion than fcose's default spreads names apart. Measured on the start view
    // (51 nodes) and after expanding Europol (69): pairs of overlapping labels fell from about
    // 25 and 60 to about 5 and 15, for a fit zoom about a fifth smaller. Larger graphs: defaults.
    idealEdgeLength: () => 50,
    nodeRepulsion: () => (small ? 12_000 : 4500),
    nodeSeparation: small ? 40 : 75,
    numIter: 2500,
    packComponents: true,
    fixedNodeConstraint: fixed.length ? fixed : undefined,
  } as LayoutOptions;
}

/** Concentric rings by degree: hubs in the middle, leaves outside. */
export function concentricLayout(nodeCount: number): LayoutOptions {
  return {
    name: 'concentric',
    concentric: (node: { data: (key: string) => unknown }) => Number(node.data('degree') ?? 0),
    // Rings of degree bands rather than one ring per distinct degree.
    levelWidth: () => 3,
    minNodeSpacing: 40,
    avoidOverlap: true,
    animate: nodeCount < LARGE_GRAPH_NODES,
    animationDuration: ANIMATION_MS,
    fit: true,
    padding: PADDING,
  } as LayoutOptions;
}

export function gridLayout(nodeCount: number): LayoutOptions {
  return {
    name: 'grid',
    avoidOverlap: true,
    // Room for the label under each node.
    avoidOverlapPadding: 40,
    condense: false,
    sort: (a: { data: (k: string) => string }, b: { data: (k: string) => string }) =>
      a.data('kind').localeCompare(b.data('kind')) || a.data('label').localeCompare(b.data('label')),
    animate: nodeCount < LARGE_GRAPH_NODES,
    animationDuration: ANIMATION_MS,
    fit: true,
    padding: PADDING,
  } as LayoutOptions;
}

/** Positions computed elsewhere (geographic projection, hierarchy) applied in one step. */
export function presetLayout(positions: Map<string, Position>, nodeCount: number): LayoutOptions {
  return {
    name: 'preset',
    positions: (node: { id: () => string }) => positions.get(node.id()) ?? { x: 0, y: 0 },
    animate: nodeCount < LARGE_GRAPH_NODES,
    animationDuration: ANIMATION_MS,
    fit: true,
    padding: PADDING,
  } as LayoutOptions;
}

/**
 * Relationship types whose target ranks above its source in a hierarchy (the whole above its
 * part, the assisted above the assistant, the leader above what it leads). The hierarchical
 * layout reverses them so every edge it ranks points downwards.
 */
export const UPWARD_TYPES: ReadonlySet<string> = new Set(['PART_OF', 'MEMBER_OF', 'ASSISTS', 'LED_BY', 'FUNDED_BY', 'BASED_IN']);

/** dagre, top to bottom; spacing leaves room for the labels under the nodes. */
export const HIERARCHY_OPTIONS = {
  name: 'dagre',
  rankDir: 'TB',
  nodeSep: 70,
  rankSep: 90,
  edgeSep: 10,
  ranker: 'network-simplex',
  animate: false,
  fit: false,
} as const;
