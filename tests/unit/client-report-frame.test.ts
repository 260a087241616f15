import { describe, expect, it } from 'vitest';
import { legendItems, MARKING_BANNER } from '../../client/graph/report-items.ts';
import { frameLayout, type FrameContent, type FrameItem } from '../../client/ui/report-frame.ts';

/** Every character 0.6 of the font size wide: enough to test the layout without a browser. */
const measure = (text: string, size: number) => text.length * size * 0.6;

const content: FrameContent = {
  title: 'Smuggling network around Europol',
  marking: 'RESTRICTED',
  legend: legendItems([{ kind: 'Operation' }, { kind: 'Route' }], [{ type: 'PART_OF' }]),
  sources: [
    { title: 'Migrant Smuggling Networks: Joint Europol-INTERPOL Report', publisher: 'Europol and INTERPOL', date: '2016-05' },
    { title: `A very long title ${'of many words '.repeat(30)}`, publisher: null, date: null },
  ],
  exportedOn: '2026-12-01',
  summary: '2 nodes, 1 relationship',
};

const texts = (items: FrameItem[], role: string) => items.filter((i): i is Extract<FrameItem, { type: 'text' }> => i.type === 'text' && i.role === role).map((i) => i.text);

describe('the frame of a report-ready export', () => {
  it('puts the drawing inside, between a banner of the marking at the top and one at the bottom', () => {
    const layout = frameLayout(content, { width: 1200, height: 700 }, measure, 1);
    expect(layout.width).toBeGreaterThanOrEqual(1200);
    expect(layout.height).toBeGreaterThan(700 + 2 * 30);
    const banners = layout.items.filter((i) => i.type === 'rect');
    expect(banners.map((b) => b.type === 'rect' && [b.y, b.role, b.fill])).toEqual([
      [0, 'banner-top', MARKING_BANNER.RESTRICTED.background],
      [layout.height - 30, 'banner-bottom', MARKING_BANNER.RESTRICTED.background],
    ]);
    expect(texts(layout.items, 'marking')).toEqual(['RESTRICTED', 'RESTRICTED']);
    expect(layout.drawing.y).toBeGreaterThan(30);
    expect(layout.drawing.y + layout.drawing.height).toBeLessThan(layout.height - 30);
  });

  it('states the title, the date of export, one legend caption per item and every source in full', () => {
    const layout = frameLayout(content, { width: 400, height: 300 }, measure, 1);
    expect(texts(layout.items, 'title')).toEqual([content.title]);
    expect(texts(layout.items, 'meta')[0]).toContain('2026-12-01');
    expect(texts(layout.items, 'legend')).toEqual(['Operation (1)', 'Route (1)', 'part of (1)']);
    const sources = texts(layout.items, 'source').join(' ');
    expect(sources).toContain('Migrant Smuggling Networks: Joint Europol-INTERPOL Report — Europol and INTERPOL — 2016-05');
    // The long title is wrapped over lines that fit, not cut.
    expect(texts(layout.items, 'source').length).toBeGreaterThan(2);
    expect(sources.replace(/\s+/g, ' ')).toContain(content.sources[1]!.title.trim().replace(/\s+/g, ' '));
    for (const item of layout.items) if (item.type === 'text' && item.role === 'source') expect(item.x + measure(item.text, item.size)).toBeLessThanOrEqual(layout.width);
  });

  it('scales the frame with the drawing\'s resolution', () => {
    const one = frameLayout(content, { width: 1000, height: 500 }, measure, 1);
    const two = frameLayout(content, { width: 2000, height: 1000 }, measure, 2);
    expect(two.height - 1000).toBeCloseTo(2 * (one.height - 500), 0);
  });
});
