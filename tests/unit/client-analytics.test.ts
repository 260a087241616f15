import { describe, expect, it } from 'vitest';
import { KINDS } from '../../server/domain/model.ts';
import { COMMUNITY_PALETTE, communityColour } from '../../client/graph/community-colours.ts';
import { communityName } from '../../client/graph/community-names.ts';
import { separateOverlaps, type NodeBox } from '../../client/graph/overlap-removal.ts';
import { normalisedScores } from '../../client/ui/ranking-table.ts';
import { ANALYSABLE_KINDS, CONCEPT_KINDS, DEFAULT_ANALYSIS_KINDS } from '../../client/ui/analysis-kinds.ts';

/** CIE76 distance in L*a*b*: about 2 is just noticeable, 20 clearly another colour. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92;
  }) as [number, number, number];
  const f = (v: number) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const distance = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

describe('community colours', () => {
  it('are clearly different from every kind colour of the model', () => {
    for (const colour of COMMUNITY_PALETTE) {
      for (const kind of Object.values(KINDS)) expect(distance(colour, kind.colour), `${colour} vs ${kind.colour}`).toBeGreaterThanOrEqual(20);
    }
  });

  it('give singletons no ring and repeat beyond the palette', () => {
    expect(communityColour(0, 1)).toBeUndefined();
    expect(communityColour(0, 5)).toBe(COMMUNITY_PALETTE[0]);
    expect(communityColour(COMMUNITY_PALETTE.length, 5)).toBe(COMMUNITY_PALETTE[0]);
  });
});

describe('community names', () => {
  it('name a community after its best-connected member, with its size', () => {
    expect(communityName([{ id: 'a', name: 'Frontex', degree: 9 }, { id: 'b', name: 'Europol', degree: 30 }, { id: 'c', name: 'Alpha', degree: 30 }])).toBe('Community around Alpha (3)');
  });
});

describe('analysis kinds', () => {
  it('default to actors and places, and suggest hubs among the other named kinds', () => {
    for (const kind of DEFAULT_ANALYSIS_KINDS) expect(ANALYSABLE_KINDS).toContain(kind);
    expect(CONCEPT_KINDS.has('CrimeType')).toBe(true);
    expect(CONCEPT_KINDS.has('Organisation')).toBe(false);
    expect(ANALYSABLE_KINDS).not.toContain('Figure');
  });
});

describe('normalised scores', () => {
  it('scale the best to 100', () => {
    expect(normalisedScores([0.2, 0.1, 0])).toEqual([100, 50, 0]);
    expect(normalisedScores([0, 0])).toEqual([0, 0]);
  });
});

describe('overlap removal', () => {
  const overlaps = (boxes: NodeBox[], moves: Map<string, { x: number; y: number }>) => {
    const placed = boxes.map((b) => ({ ...b, ...(moves.get(b.id) ?? {}) }));
    let worst = 0;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        const ox = (a.width + b.width) / 2 - Math.abs(a.x - b.x);
        const oy = (a.height + b.height) / 2 - Math.abs(a.y - b.y);
        if (ox > 0 && oy > 0) worst = Math.max(worst, Math.min(ox, oy));
      }
    }
    return worst;
  };

  it('moves grown nodes apart until none overlap, and leaves separate ones alone', () => {
    const boxes: NodeBox[] = [
      { id: 'hub', x: 0, y: 0, width: 80, height: 80 },
      { id: 'a', x: 30, y: 10, width: 20, height: 20 },
      { id: 'b', x: -20, y: -30, width: 40, height: 40 },
      { id: 'c', x: 10, y: 10, width: 60, height: 60 },
      { id: 'far', x: 500, y: 500, width: 20, height: 20 },
    ];
    const moves = separateOverlaps(boxes, { gap: 4 });
    expect(overlaps(boxes, moves)).toBe(0);
    expect(moves.has('far')).toBe(false);
  });

  it('keeps pinned nodes where they are', () => {
    const boxes: NodeBox[] = [{ id: 'p', x: 0, y: 0, width: 60, height: 60, fixed: true }, { id: 'q', x: 5, y: 5, width: 60, height: 60 }];
    const moves = separateOverlaps(boxes);
    expect(moves.has('p')).toBe(false);
    expect(overlaps(boxes, moves)).toBe(0);
  });

  it('resolves a dense grid of grown nodes', () => {
    const boxes: NodeBox[] = Array.from({ length: 100 }, (_, i) => ({ id: `n${i}`, x: (i % 10) * 30, y: Math.floor(i / 10) * 30, width: 20 + (i % 7) * 10, height: 20 + (i % 7) * 10 }));
    expect(overlaps(boxes, separateOverlaps(boxes))).toBe(0);
  });
});
