/**
 * The CSV export's files read back through the import's own parsing (mapping, CSV rows, row
 * conversion, link ids) without a database: ids, kinds and properties come back as they were,
 * lists whose values hold the usual separator get another one, a property named like a column
 * of its own keeps its value, and what an import cannot make again is left out and said so.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../server/case-import/csv-rows.ts';
import { mappedColumns, parseMapping } from '../../server/case-import/mapping.ts';
import { convertRows, importedLinkId } from '../../server/case-import/row-conversion.ts';
import { importValue, linkIdMode, toCsvFiles } from '../../server/case-export/csv-export.ts';
import { ENTITY_PROPERTY_KEYS, LINK_PROPERTY_KEYS, type ExportEntity, type ExportLink, type ExportSet } from '../../server/case-export/export-reading.ts';
import { zipArchive } from '../../server/case-export/zip-archive.ts';

const person = (id: string, props: ExportEntity['properties'], evidenceDate?: string): ExportEntity =>
  ({ id, kind: 'Person', marking: 'RESTRICTED', properties: props, sources: ['import-r-case-7'], ...(evidenceDate ? { evidenceDate } : {}) });

const set: ExportSet = {
  source: { id: 'import-r-case-7', title: 'Case 7 suspects', date: '2016-05', publisher: 'Unit 7', marking: 'RESTRICTED' },
  entities: [
    person('per-r-c7-p1', { name: 'A. One', aliases: ['Al | Pha', 'Uno'], status: 'suspect', dateOfBirth: '1980-02' }),
    person('per-r-c7-p2', { name: 'B, "Two"', gender: 'male' }, '2015-03-01'),
    { id: 'idf-r-c7-phone-1', kind: 'Identifier', marking: 'RESTRICTED', properties: { name: '+1 555', identifierType: 'phone', value: '+1 555' }, sources: [] },
    { id: 'loc-italy', kind: 'Location', marking: 'PUBLIC', properties: { name: 'Italy' }, sources: [] },
  ],
  boundary: [],
  links: [
    { id: 'per-r-c7-p1|USES_IDENTIFIER|idf-r-c7-phone-1', type: 'USES_IDENTIFIER', from: 'per-r-c7-p1', to: 'idf-r-c7-phone-1', marking: 'RESTRICTED', properties: {}, sources: [] },
    { id: 'COMMUNICATED_WITH|r|c7|call-42', type: 'COMMUNICATED_WITH', from: 'per-r-c7-p1', to: 'per-r-c7-p2', marking: 'RESTRICTED', properties: { count: 3, channel: 'call', firstDate: '2015-01-02' }, sources: [], evidenceDate: '2015-01-02' },
    { id: 'per-r-c7-p1|NATIONAL_OF|loc-italy', type: 'NATIONAL_OF', from: 'per-r-c7-p1', to: 'loc-italy', marking: 'RESTRICTED', properties: {}, sources: [] },
    { id: 'per-r-c7-p1|MENTIONED_IN|import-r-case-7', type: 'MENTIONED_IN', from: 'per-r-c7-p1', to: 'import-r-case-7', marking: 'RESTRICTED', properties: {}, sources: [] },
    { id: 'made-by-hand-1', type: 'NATIONAL_OF', from: 'per-r-c7-p2', to: 'loc-italy', marking: 'RESTRICTED', properties: {}, sources: [] },
  ] as ExportLink[],
};

describe('ids the import makes again', () => {
  it('takes the value part of imported entity ids, and nothing of curated ones', () => {
    expect(importValue({ id: 'per-r-syn-p000123', kind: 'Person', marking: 'RESTRICTED' })).toBe('syn-p000123');
    expect(importValue({ id: 'per-r-syn-p000123', kind: 'Person', marking: 'PUBLIC' })).toBeUndefined();
    expect(importValue({ id: 'loc-italy', kind: 'Location', marking: 'PUBLIC' })).toBeUndefined();
    expect(importValue({ id: 'per-r-Upper', kind: 'Person', marking: 'RESTRICTED' })).toBeUndefined();
    expect(importValue({ id: 'import-r-x', kind: 'Source', marking: 'RESTRICTED' })).toBeUndefined();
  });

  it('tells natural keys from row ids, and leaves provenance and hand-made ids out', () => {
    const [uses, call, , mention, byHand] = set.links;
    expect(linkIdMode(uses!)).toEqual({ mode: 'natural' });
    expect(linkIdMode(call!)).toEqual({ mode: 'row', namespace: 'c7', rowId: 'call-42' });
    expect(linkIdMode(mention!)).toBeUndefined();
    expect(linkIdMode(byHand!)).toBeUndefined();
  });
});

describe('the exported files, read by the import', () => {
  const exported = toCsvFiles(set, { actor: 'tester' });
  const file = (name: string) => exported.files.find((f) => f.name === name)!.text;

  it('give back the same ids, kinds, properties and links', () => {
    const entities = new Map<string, Record<string, unknown>>();
    const links = new Map<string, [string, string, Record<string, unknown>]>();
    for (const { csv, mapping: mappingName } of exported.importOrder) {
      const parsed = parseMapping(file(mappingName), mappingName);
      expect(parsed.problems).toEqual([]);
      const mapping = { ...parsed.mapping!, file: csv };
      expect(mapping.source).toMatchObject({ id: 'case-7', title: 'Case 7 suspects', date: '2016-05', suppliedBy: 'Unit 7' });
      const table = readCsv(file(csv), csv, mapping.separator, mappedColumns(mapping));
      expect(table.problems).toEqual([]);
      const converted = convertRows(mapping, table.table!);
      expect(converted.problems).toEqual([]);
      for (const e of converted.entities) entities.set(e.id, { ...e.props, evidenceDate: e.evidence.date });
      for (const l of converted.links) {
        const [from, to] = [l.from, l.to].map((end) => ('id' in end ? end.id : ''));
        links.set(importedLinkId(l, from!, to!, mapping), [from!, to!, { ...l.props, evidenceDate: l.evidence.date }]);
      }
    }
    expect(Object.fromEntries(entities)).toEqual({
      'per-r-c7-p1': { kind: 'Person', name: 'A. One', aliases: ['Al | Pha', 'Uno'], status: 'suspect', dateOfBirth: '1980-02', evidenceDate: '2016-05' },
      'per-r-c7-p2': { kind: 'Person', name: 'B, "Two"', gender: 'male', evidenceDate: '2015-03-01' },
      'idf-r-c7-phone-1': { kind: 'Identifier', name: '+1 555', identifierType: 'phone', value: '+1 555', evidenceDate: '2016-05' },
    });
    expect(Object.fromEntries(links)).toEqual({
      'per-r-c7-p1|USES_IDENTIFIER|idf-r-c7-phone-1': ['per-r-c7-p1', 'idf-r-c7-phone-1', { evidenceDate: '2016-05' }],
      'COMMUNICATED_WITH|r|c7|call-42': ['per-r-c7-p1', 'per-r-c7-p2', { count: 3, channel: 'call', firstDate: '2015-01-02', evidenceDate: '2015-01-02' }],
      'per-r-c7-p1|NATIONAL_OF|loc-italy': ['per-r-c7-p1', 'loc-italy', { evidenceDate: '2016-05' }],
    });
  });

  it('say what was left out, and list the files to import in order, entities first', () => {
    expect(exported.entities).toBe(3);
    expect(exported.links).toBe(3);
    expect(exported.notes.join('\n')).toMatch(/1 entities were not written.*loc-italy/);
    expect(exported.notes.join('\n')).toMatch(/2 links were not written/);
    const order = exported.importOrder.map((f) => f.csv);
    expect(order.indexOf('person-restricted.csv')).toBeLessThan(order.indexOf('national-of-restricted.csv'));
    expect(file('README.txt')).toContain('npm run import -- person-restricted.csv --mapping person-restricted.yaml');
  });

  it('pack into a ZIP archive that names every file', () => {
    const zip = zipArchive(exported.files);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(zip.length - 22 + 10)).toBe(exported.files.length);
    for (const f of exported.files) expect(zip.includes(Buffer.from(f.text, 'utf8'))).toBe(true);
  });
});

describe('what an export reads of each entity and link', () => {
  it('is what the model lets them hold, a document\'s text and the ingest\'s mention offsets aside', () => {
    expect(LINK_PROPERTY_KEYS).toEqual(expect.arrayContaining(['order', 'share', 'count', 'role']));
    for (const name of ['mentionStarts', 'mentionEnds', 'mentionSentences']) expect(LINK_PROPERTY_KEYS).not.toContain(name);
    expect(ENTITY_PROPERTY_KEYS).not.toContain('text');
  });
});
