/** SHA-256 (hex) of a document's text: Source.contentHash, computed wherever a text is written. */
import { createHash } from 'node:crypto';

export const contentHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
