/**
 * Colours for communities. The model's kind colours are Tableau 10; communities answer another
 * question, so they take a different qualitative palette (ColorBrewer Set1 and Dark2) and a
 * community is never mistaken for a kind.
 */
const PALETTE = [
  '#e41a1c', '#377eb8', '#4daf4a', '#984ea3', '#ff7f00', '#a65628', '#f781bf', '#1b9e77',
  '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#0f766e', '#6b21a8', '#854d0e',
];

/** Nodes alone in their community (or in none) are grey: they are not part of a group. */
export const SINGLETON_COLOUR = '#d1d5db';

/** The colour of the i-th largest community; beyond the palette colours repeat. */
export function communityColour(rankBySize: number, size: number): string {
  if (size <= 1) return SINGLETON_COLOUR;
  return PALETTE[rankBySize % PALETTE.length]!;
}
