/**
 * A community is named after its best-connected member, so an analyst can talk about
 * "the community around Europol" instead of "community 3".
 */
export interface CommunityMember {
  id: string;
  name: string;
  degree?: number | null;
}

/** The member with the most relationships (ties: by name), the community's namesake. */
export function leadingMember<M extends CommunityMember>(members: readonly M[]): M | undefined {
  return [...members].sort((a, b) => (b.degree ?? 0) - (a.degree ?? 0) || a.name.localeCompare(b.name))[0];
}

export function communityName(members: readonly CommunityMember[]): string {
  const lead = leadingMember(members);
  return lead ? `Community around ${lead.name} (${members.length})` : 'Empty community';
}
