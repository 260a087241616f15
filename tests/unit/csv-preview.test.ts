/** The import dialog's preview of a CSV file (client/ui/csv-preview.ts): quoting, line ends, a byte-order mark, a row limit. */
import { describe, expect, it } from 'vitest';
import { csvPreview } from '../../client/ui/csv-preview.ts';

describe('csvPreview', () => {
  it('reads quoted fields with separators, quotes and line breaks in them', () => {
    expect(csvPreview('\ufeffid,name,note\r\n1,"Doe, Jane","said ""hi""\nthen left"\r\n2,Bo,\n')).toEqual([
      ['id', 'name', 'note'],
      ['1', 'Doe, Jane', 'said "hi"\nthen left'],
      ['2', 'Bo', ''],
    ]);
  });

  it('stops after the rows asked for, and keeps a last line without a line end', () => {
    const text = ['a,b', ...Array.from({ length: 50 }, (_, i) => `${i},x`)].join('\n');
    expect(csvPreview(text, 3)).toEqual([['a', 'b'], ['0', 'x'], ['1', 'x']]);
    expect(csvPreview('a;b\n1;2', 6, ';')).toEqual([['a', 'b'], ['1', '2']]);
  });
});
