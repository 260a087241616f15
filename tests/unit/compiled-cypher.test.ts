/**
 * The Cypher compiled for representative selections, with its parameters, as snapshots: a
 * change in what the server sends shows up in review. Structural checks make the snapshots
 * mean something on their own.
 */
import { describe, expect, it } from 'vitest';
import { compiledShapes, REPRESENTATIVE_SELECTIONS } from '../support/compiled-shapes.ts';

const shapes = await compiledShapes(['PUBLIC']);

describe('the query compiler', () => {
  it('sends exactly one query per representative root field', () => {
    const names = shapes.map((s) => s.name);
    expect(names).toEqual(Object.keys(REPRESENTATIVE_SELECTIONS));
  });

  for (const shape of shapes) {
    it(`compiles "${shape.name}"`, () => {
      expect({ cypher: shape.cypher.split('\n'), params: shape.params }).toMatchSnapshot();
    });
  }

  it('fetches only the relationship types a selection asks for, never a whole subgraph', () => {
    const scalars = shapes.find((s) => s.name === 'entity, scalar fields')!;
    expect(scalars.cypher).not.toMatch(/\]-|-\[|apoc\.path|evidence/);
    const hydra = shapes.find((s) => s.name === 'operation with leaders, participants, targets and their evidence')!;
    const types = [...hydra.cypher.matchAll(/\[r\d+:([^\]]+)\]/g)].map((m) => m[1]);
    expect(types).toEqual(['`LED_BY`', '`INVOLVED`', '`TARGETS`']);
    for (const s of shapes) expect(s.cypher).not.toMatch(/apoc\.path|hiddenMarkings|blacklist/i);
  });

  it('pushes every page into Cypher: aliases get their own SKIP and LIMIT, connections count', () => {
    const pages = shapes.find((s) => s.name === 'aliased relationship pages and a connection')!;
    expect(pages.cypher.match(/SKIP \$p\d+ LIMIT \$p\d+/g)).toHaveLength(3);
    const values = Object.values(pages.params);
    for (const n of [2, 3, 5]) expect(values).toContain(n);
    expect(values).toContain(2); // after "bzox" (offset 1) starts at 2
    expect(pages.cypher).toMatch(/`#total`: COUNT \{ MATCH/);
  });

  it('passes the viewer\'s markings and every value as parameters', () => {
    for (const s of shapes) {
      expect(s.params.markings).toEqual(['PUBLIC']);
      expect(s.cypher).not.toMatch(/'org-|'op-|"org-|smuggling centre/);
    }
  });

  it('limits the neighbourhood before it computes degrees, edges or entities', () => {
    const n = shapes.find((s) => s.name === 'neighbourhood, explorer fields')!;
    const limitAt = n.cypher.indexOf('found[0..$limit]');
    expect(limitAt).toBeGreaterThan(0);
    expect(n.cypher.indexOf('COUNT {')).toBeGreaterThan(limitAt);
    const idsOnly = shapes.find((s) => s.name === 'neighbourhood, ids only')!;
    expect(idsOnly.cypher).not.toMatch(/COUNT \{|evidence/);
    expect(idsOnly.cypher).toMatch(/\[\] AS edges/);
  });
});
