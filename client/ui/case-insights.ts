/**
 * The case-data section of the details panel: for a suspect their contacts (most communications
 * first), for a network its members by role and its most connected members, for a route its
 * hotspots with their suspects. Every name adds that entity to the canvas.
 */
import type { CaseInsights, NamedRef } from '../api/case-api.ts';
import { h } from './dom.ts';

type Add = (id: string) => void;

const entry = (ref: NamedRef, add: Add, note: string) =>
  h('li', {}, h('button', { type: 'button', class: 'link-button', title: 'Add to the canvas', onclick: () => add(ref.id) }, ref.name), h('span', { class: 'muted' }, ` ${note}`));

export function caseInsightsSection(insights: CaseInsights, add: Add): HTMLElement | null {
  const parts: HTMLElement[] = [];
  if (insights.contacts) {
    const { totalCount, contacts } = insights.contacts;
    parts.push(
      h('h3', {}, `Contacts (${totalCount})`),
      contacts.length
        ? h('ol', { class: 'case-list', 'aria-label': 'Contacts' }, contacts.map((c) => entry(c.person, add, `${c.communications} communications${c.lastDate ? `, last ${c.lastDate}` : ''}`)))
        : h('p', { class: 'muted' }, 'No communications recorded.'),
    );
  }
  if (insights.membersByRole) {
    parts.push(
      h('h3', {}, 'Members by role'),
      h('ul', { class: 'case-list', 'aria-label': 'Members by role' }, insights.membersByRole.map((r) => h('li', {}, `${r.role?.name ?? (r.roleId || 'no role recorded')}: ${r.count}`))),
    );
  }
  if (insights.centralMembers) {
    parts.push(
      h('h3', {}, 'Most connected members'),
      h('ol', { class: 'case-list', 'aria-label': 'Most connected members' }, insights.centralMembers.map((m) => entry(m.person, add, `${m.role?.name ?? ''} · ${m.degree} members contacted, ${m.communications} communications`))),
    );
  }
  if (insights.hotspots) {
    parts.push(
      h('h3', {}, `Hotspots (${insights.hotspots.length})`),
      insights.hotspots.length
        ? h('ol', { class: 'case-list', 'aria-label': 'Hotspots' }, insights.hotspots.map((s) => entry(s.hotspot, add, `${s.suspects} suspects, ${s.networks} networks`)))
        : h('p', { class: 'muted' }, 'No hotspots recorded for this route.'),
    );
  }
  return parts.length ? h('section', { class: 'case-insights' }, ...parts) : null;
}
