/**
 * The legend of communities while nodes are ringed by community: each community by name (its
 * best-connected member), its ring colour, its size and how many of its members are drawn.
 * Clicking one selects its drawn members and fits the view to them.
 */
import type { CommunityResult } from '../api/api-types.ts';
import { communityName } from '../graph/community-names.ts';
import { h } from './dom.ts';

/** Communities listed; the rest (smaller ones) are counted. */
export const LEGEND_COMMUNITIES = 12;

export type Community = CommunityResult['communities'][number];

export interface LegendEntry {
  community: Community;
  colour: string;
  drawn: number;
}

export function communityLegend(entries: readonly LegendEntry[], choose: (community: Community) => void): HTMLElement {
  const shown = entries.slice(0, LEGEND_COMMUNITIES);
  return h(
    'div',
    { class: 'community-legend', id: 'community-legend' },
    h('p', {}, 'Communities (ring colour; the fill is still the kind):'),
    h('ul', { class: 'community-list' }, shown.map(({ community, colour, drawn }) => h('li', {},
      h('button', {
        type: 'button',
        class: 'link-button community-entry',
        'data-community': community.id,
        title: drawn ? 'Select its members on the canvas' : 'None of its members is drawn',
        onclick: () => choose(community),
      },
      h('span', { class: 'community-swatch', style: `border-color: ${colour}` }),
      communityName(community.members)),
      h('span', { class: 'muted' }, ` ${drawn} drawn`)))),
    entries.length > shown.length ? h('p', { class: 'muted' }, `${entries.length - shown.length} smaller communities not listed.`) : null,
  );
}
