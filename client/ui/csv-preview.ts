/**
 * The header and first rows of a CSV file, read in the browser to offer its columns for mapping.
 * Only a preview: the server reads the whole file again with the import's own parser, and it is
 * that reading which is checked and imported.
 */

/** Splits CSV text (RFC 4180 quoting) into at most `maxRows` records, the header first. */
export function csvPreview(text: string, maxRows = 6, separator = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length && records.length < maxRows; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (records.length < maxRows && (field !== '' || record.length)) records.push([...record, field]);
  return records.filter((r) => r.length > 1 || r[0] !== '');
}
