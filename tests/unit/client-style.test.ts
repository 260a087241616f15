import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { CLASSES, explorerStyle } from '../../client/graph/style.ts';
import { kindNames, relationshipLook, relationshipTypes } from '../../server/domain/derive.ts';
import { KINDS } from '../../server/domain/model.ts';

/** Cytoscape reports colours as rgb(r,g,b). */
const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
};

function styledGraph() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: explorerStyle(),
    elements: [
      ...kindNames.map((kind) => ({ group: 'nodes' as const, data: { id: kind, kind, caption: kind, marking: 'PUBLIC', more: 0 } })),
      ...relationshipTypes.map((type) => ({ group: 'edges' as const, data: { id: type, source: 'Route', target: 'Location', type, weight: 1, caption: type } })),
    ],
  });
}

describe('canvas style derived from the domain model', () => {
  it('draws every kind in its model colour and shape', () => {
    const cy = styledGraph();
    for (const kind of kindNames) {
      const node = cy.$id(kind);
      expect(node.style('background-color'), kind).toBe(rgb(KINDS[kind].colour));
      expect(node.style('shape'), kind).toBe(KINDS[kind].shape);
    }
    cy.destroy();
  });

  it("draws every relationship type in its family's colour and its own dash pattern", () => {
    const cy = styledGraph();
    for (const type of relationshipTypes) {
      const edge = cy.$id(type);
      const look = relationshipLook(type);
      expect(edge.style('line-color'), type).toBe(rgb(look.colour));
      expect(edge.style('line-style'), type).toBe(look.lineStyle);
      if (look.dashPattern.length) expect((edge as unknown as { pstyle(name: string): { value: unknown } }).pstyle('line-dash-pattern').value, type).toEqual([...look.dashPattern]);
    }
    cy.destroy();
  });

  it('widens edges with their share, and labels nodes and edges with their captions', () => {
    const cy = styledGraph();
    const thin = cy.$id('PART_OF');
    const thick = cy.$id('LINKED_TO');
    thick.data('weight', 22);
    expect(Number.parseFloat(thick.style('width'))).toBeGreaterThan(Number.parseFloat(thin.style('width')) * 3);
    expect(cy.$id('Organisation').style('label')).toBe('Organisation');
    expect(thin.style('label')).toBe('PART_OF');
    cy.destroy();
  });

  it('state rules come after the model rules: excluded elements are not displayed, a community rings the node and keeps its kind fill', () => {
    const cy = styledGraph();
    const node = cy.$id('Operation');
    node.addClass(CLASSES.excluded);
    expect(node.style('display')).toBe('none');
    const other = cy.$id('Route');
    const kindFill = other.style('background-color');
    other.data('communityColour', '#123456').addClass(CLASSES.byCommunity);
    expect(other.style('outline-color')).toBe(rgb('#123456'));
    expect(Number.parseFloat(other.style('outline-width'))).toBeGreaterThan(0);
    expect(other.style('background-color')).toBe(kindFill);
    cy.destroy();
  });
});
