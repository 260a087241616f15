/**
 * A document file as plain text: .txt and .md as they are, .html through html-to-text (nothing
 * is fetched: links and images are dropped), .pdf through unpdf (offline, pdf.js inside). The
 * text returned is what is stored on the Source, so mention offsets point into it.
 */
import path from 'node:path';
import { convert } from 'html-to-text';
import { extractText, getDocumentProxy } from 'unpdf';
import { badInput } from '../errors.ts';

export const DOCUMENT_TYPES = ['.txt', '.md', '.html', '.htm', '.pdf'] as const;

/** Refusal of a file that cannot be ingested, naming it and saying why. */
export const unreadable = (file: string, why: string) => badInput(`${file} cannot be ingested: ${why}.`, 'file');

const decoder = new TextDecoder('utf-8', { fatal: true });

function utf8(file: string, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw unreadable(file, 'it is not UTF-8 text');
  }
}

async function pdfText(file: string, bytes: Uint8Array): Promise<string> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) throw unreadable(file, 'it is not a PDF file (no %PDF header)');
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: false });
    return (text as string[]).join('\n\n');
  } catch (error) {
    throw unreadable(file, `the PDF could not be read (${(error as Error).message})`);
  }
}

/** The plain text of a document file; refuses unsupported, unreadable and empty files. */
export async function documentText(file: string, bytes: Uint8Array): Promise<string> {
  const ext = path.extname(file).toLowerCase();
  if (!(DOCUMENT_TYPES as readonly string[]).includes(ext)) throw unreadable(file, `${ext || 'a file without an extension'} is not supported (use ${DOCUMENT_TYPES.join(', ')})`);
  let text: string;
  if (ext === '.pdf') text = await pdfText(file, bytes);
  else {
    const raw = utf8(file, bytes);
    if (raw.includes('\u0000')) throw unreadable(file, 'it holds binary data, not text');
    text = ext === '.html' || ext === '.htm'
      ? convert(raw, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] })
      : raw;
  }
  text = text.replace(/\r\n?/g, '\n').trim();
  if (!/\p{L}{2}/u.test(text)) throw unreadable(file, 'it holds no text');
  return text;
}
