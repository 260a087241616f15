import { describe, expect, it } from 'vitest';
import { withLabel, withMaxHops, withRelType } from '../../server/db/labels.ts';

describe('text spliced into Cypher', () => {
  it('takes labels and relationship types only from the model', () => {
    expect(withLabel('MATCH (n:{{LABEL}})', 'Route')).toBe('MATCH (n:`Route`)');
    expect(withRelType('()-[:{{TYPE}}]->()', 'LED_BY')).toBe('()-[:`LED_BY`]->()');
    expect(() => withLabel('MATCH (n:{{LABEL}})', 'Route`) DETACH DELETE n //')).toThrow(/not a kind/);
    expect(() => withRelType('()-[:{{TYPE}}]->()', 'KNOWS')).toThrow(/not a relationship type/);
  });

  it('takes hop bounds only as whole numbers in range', () => {
    expect(withMaxHops('(){0,{{MAX_HOPS}}}', 2, 3)).toBe('(){0,2}');
    for (const bad of [0, 4, 1.5, Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      expect(() => withMaxHops('(){0,{{MAX_HOPS}}}', bad, 3)).toThrow(/not a hop bound/);
    }
  });
});
