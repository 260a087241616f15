import { describe, expect, it } from 'vitest';
import { EMPHASIS_PX, labelScale, MAX_LABELS, placeLabels, READABLE_PX, type LabelCandidate } from '../../client/graph/label-placement.ts';

const options = { zoom: 0.45, fontSize: 12, marginY: 4, width: 1000, height: 700 };

function candidate(id: string, x: number, y: number, degree: number, selected = false): LabelCandidate {
  return { id, x, y, nodeHeight: 13, size: (fontSize) => ({ width: 5 * fontSize, height: 1.2 * fontSize }), degree, selected };
}

describe('label placement', () => {
  it('grows a label to a readable size when zoomed out, in steps, and leaves it alone when zoomed in', () => {
    for (const zoom of [0.03, 0.1, 0.3, 0.45, 0.6, 0.8, 0.95]) {
      const scale = labelScale(zoom, 12, READABLE_PX);
      if (zoom > 0.05) expect(12 * scale * zoom, `zoom ${zoom}`).toBeGreaterThanOrEqual(READABLE_PX);
      expect(12 * scale * zoom, `zoom ${zoom}`).toBeLessThan(READABLE_PX * 1.2);
    }
    expect(labelScale(1, 12, READABLE_PX)).toBe(1);
    expect(labelScale(2, 12, READABLE_PX)).toBe(1);
    // Nearby zooms share a step, so a small zoom does not restyle anything.
    expect(labelScale(0.45, 12, READABLE_PX)).toBe(labelScale(0.44, 12, READABLE_PX));
  });

  it('keeps the label of the more connected node where two would overlap, and both where they do not', () => {
    const placed = placeLabels([candidate('leaf', 105, 100, 2), candidate('hub', 100, 100, 20), candidate('far', 600, 400, 1)], options);
    expect([...placed.keys()].sort()).toEqual(['far', 'hub']);
    expect(12 * placed.get('hub')!.scale * options.zoom).toBeGreaterThanOrEqual(READABLE_PX);
  });

  it('always labels the selection, larger, even over a hub', () => {
    const placed = placeLabels([candidate('hub', 100, 100, 20), candidate('picked', 104, 102, 1, true)], options);
    expect([...placed.keys()]).toEqual(['picked']);
    expect(12 * placed.get('picked')!.scale * options.zoom).toBeGreaterThanOrEqual(EMPHASIS_PX);
  });

  it('skips labels off screen and stops at the budget', () => {
    expect(placeLabels([candidate('away', -500, 100, 5)], options).size).toBe(0);
    const many = Array.from({ length: 400 }, (_, i) => candidate(`n${i}`, (i % 20) * 400, Math.floor(i / 20) * 100, i));
    const placed = placeLabels(many, { ...options, zoom: 1, width: 100_000, height: 100_000 });
    expect(placed.size).toBe(MAX_LABELS);
    expect(placed.has('n399')).toBe(true);
  });
});
