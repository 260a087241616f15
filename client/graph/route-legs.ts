/**
 * Route legs: the stages of a route (DEPARTS_FROM, PASSES_THROUGH, ARRIVES_IN, with their
 * order) turned into place-to-place segments, so that in the geographic layout a route reads as
 * a path across the map rather than a star around the route node. Departures lead to the first
 * transit, transits follow their order, and the last transit leads to every arrival. Transits
 * that share an order are alternatives ("the Red Sea or the Gulf of Aden"): side by side, each
 * linked to what comes before and after.
 */

export interface StageEdge {
  source: string;
  target: string;
  type: string;
  order: number | null;
}

export interface RouteLeg {
  id: string;
  routeId: string;
  source: string;
  target: string;
}

export const STAGE_TYPES = ['DEPARTS_FROM', 'PASSES_THROUGH', 'ARRIVES_IN'] as const;

const byOrder = (a: StageEdge, b: StageEdge) => (a.order ?? 0) - (b.order ?? 0) || a.target.localeCompare(b.target);

export function routeLegs(routeId: string, stages: StageEdge[]): RouteLeg[] {
  const of = (type: string) => stages.filter((s) => s.source === routeId && s.type === type).sort(byOrder).map((s) => s.target);
  const transits: string[][] = [];
  let lastOrder: number | null = null;
  for (const stage of stages.filter((s) => s.source === routeId && s.type === 'PASSES_THROUGH').sort(byOrder)) {
    if (stage.order !== null && stage.order === lastOrder) transits.at(-1)!.push(stage.target);
    else transits.push([stage.target]);
    lastOrder = stage.order;
  }
  const groups = [of('DEPARTS_FROM'), ...transits, of('ARRIVES_IN')].filter((g) => g.length > 0);
  const legs = new Map<string, RouteLeg>();
  for (let i = 0; i + 1 < groups.length; i++) {
    for (const source of groups[i]!) {
      for (const target of groups[i + 1]!) {
        if (source === target) continue;
        const id = `leg|${routeId}|${source}|${target}`;
        legs.set(id, { id, routeId, source, target });
      }
    }
  }
  return [...legs.values()];
}
