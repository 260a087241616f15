import { buildSchema, parse, validate } from 'graphql';
import { relationshipLook } from '../../server/domain/derive.ts';
import { describe, expect, it } from 'vitest';
import { DATED_OPERATIONS_QUERY } from '../../client/api/dated-operations.ts';
import { placeTimelineLabels } from '../../client/graph/timeline-labels.ts';
import { citedSourceIds, highestMarking, legendItems, MARKING_BANNER } from '../../client/graph/report-items.ts';
import { KINDS, MARKINGS, RELATIONSHIPS } from '../../server/domain/model.ts';
import { typeDefs } from '../../server/schema.ts';

describe('the highest marking on the canvas', () => {
  it('follows the model\'s order of markings, lowest first', () => {
    expect(highestMarking([])).toBe('PUBLIC');
    expect(highestMarking(['PUBLIC', 'PUBLIC'])).toBe('PUBLIC');
    expect(highestMarking(['PUBLIC', 'RESTRICTED', 'PUBLIC'])).toBe('RESTRICTED');
    expect(highestMarking(['RESTRICTED', 'CONFIDENTIAL', 'PUBLIC'])).toBe('CONFIDENTIAL');
    expect(highestMarking([null, undefined, 'RESTRICTED'])).toBe('RESTRICTED');
    for (const [i, marking] of MARKINGS.entries()) expect(highestMarking([...MARKINGS.slice(0, i + 1)].reverse())).toBe(marking);
  });

  it('never understates: a marking the model does not know counts as the strictest', () => {
    expect(highestMarking(['PUBLIC', 'TOP-SECRET'])).toBe(MARKINGS[MARKINGS.length - 1]);
  });

  it('has banner colours for every marking, distinct from each other', () => {
    const backgrounds = MARKINGS.map((m) => MARKING_BANNER[m].background);
    expect(new Set(backgrounds).size).toBe(MARKINGS.length);
  });
});

describe('legend items of the drawing', () => {
  it('lists the drawn kinds, then the drawn relationship types, in model order with counts and model colours', () => {
    const items = legendItems(
      [{ kind: 'Operation' }, { kind: 'Organisation' }, { kind: 'Operation' }],
      [{ type: 'PARTNER_OF' }, { type: 'PART_OF' }, { type: 'PARTNER_OF' }],
    );
    expect(items.map((i) => [i.group, i.key, i.count])).toEqual([
      ['kind', 'Organisation', 1],
      ['kind', 'Operation', 2],
      ['relationship', 'PART_OF', 1],
      ['relationship', 'PARTNER_OF', 2],
    ]);
    expect(items[0]).toMatchObject({ caption: KINDS.Organisation.caption, colour: KINDS.Organisation.colour, shape: KINDS.Organisation.shape });
    expect(items[2]).toMatchObject({ caption: RELATIONSHIPS.PART_OF.caption, colour: relationshipLook('PART_OF').colour, dashPattern: relationshipLook('PART_OF').dashPattern });
  });

  it('is empty for an empty canvas and leaves out what is not drawn', () => {
    expect(legendItems([], [])).toEqual([]);
    expect(legendItems([{ kind: 'Route' }], []).map((i) => i.key)).toEqual(['Route']);
  });
});

describe('sources cited by the drawing', () => {
  it('collects evidence sources of edges and drawn source documents, once each, sorted', () => {
    const ids = citedSourceIds(
      [{ id: 'doc-b', kind: 'Source' }, { id: 'org-x', kind: 'Organisation' }],
      [{ evidence: [{ sourceId: 'doc-c' }, { sourceId: 'doc-a' }] }, { evidence: [{ sourceId: 'doc-c' }] }, { evidence: null }, {}],
    );
    expect(ids).toEqual(['doc-a', 'doc-b', 'doc-c']);
  });
});

describe('timeline label placement', () => {
  it('puts overlapping labels in other rows and hides the lowest-priority ones when the rows are full', () => {
    const labels = [
      { id: 'a', x: 0, width: 100, priority: 1 },
      { id: 'b', x: 50, width: 100, priority: 5 },
      { id: 'c', x: 60, width: 100, priority: 3 },
      { id: 'd', x: 300, width: 50, priority: 0 },
    ];
    const rows = placeTimelineLabels(labels, 2);
    expect(rows.get('b')).toBe(0);
    expect(rows.get('c')).toBe(1);
    expect(rows.has('a')).toBe(false);
    expect(rows.get('d')).toBe(0);
    // No two labels in one row overlap.
    for (const p of labels) for (const q of labels) {
      if (p === q || rows.get(p.id) === undefined || rows.get(p.id) !== rows.get(q.id)) continue;
      expect(p.x + p.width <= q.x || q.x + q.width <= p.x).toBe(true);
    }
  });
});

describe('the timeline\'s query of the whole graph', () => {
  it('is valid against the API schema and asks only for ids, names and dates', () => {
    const document = parse(DATED_OPERATIONS_QUERY);
    expect(validate(buildSchema(typeDefs().join('\n')), document)).toEqual([]);
    expect(DATED_OPERATIONS_QUERY).toMatch(/nodes \{ id name startDate \}/);
  });
});
