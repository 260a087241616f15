/**
 * Colours for communities. Kinds keep their model colours as the node fill; a community is
 * drawn as a ring around the node in one of these colours, so the kind legend stays true while
 * communities are shown. The palette was chosen to be far from every kind colour (CIE76 distance
 * of at least 20, held by tests/unit/client-analytics.test.ts), visible on white, and none a dark
 * red that could pass for the ring of a marking above PUBLIC.
 */
export const COMMUNITY_PALETTE = [
  '#0000ff', '#ff00ff', '#009e73', '#9400d3', '#f0027f', '#b8860b', '#000075', '#1e90ff',
  '#00441b', '#01665e', '#fc8d62', '#adff2f', '#000000',
] as const;

/** The colour of the i-th largest community; beyond the palette colours repeat. Singletons get none. */
export function communityColour(rankBySize: number, size: number): string | undefined {
  if (size <= 1) return undefined;
  return COMMUNITY_PALETTE[rankBySize % COMMUNITY_PALETTE.length]!;
}
