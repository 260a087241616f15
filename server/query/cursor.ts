/**
 * Page cursors: an opaque offset. Lists, relationship fields and their connections share them.
 */
import { badInput } from '../errors.ts';

export const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');

/** The offset a page starts at: 0 without a cursor, else one past the cursor's item. */
export function offsetAfter(cursor: unknown, argument = 'after'): number {
  if (cursor === null || cursor === undefined) return 0;
  const text = Buffer.from(String(cursor), 'base64url').toString();
  const m = /^o:(\d{1,9})$/.exec(text);
  if (!m) throw badInput(`"${argument}" is not a cursor returned by this API.`, argument);
  return Number(m[1]) + 1;
}

/** pageInfo of a page of `count` items starting at `offset`, out of `total`. */
export function pageInfo(offset: number, count: number, total: number) {
  return { hasNextPage: offset + count < total, endCursor: count > 0 ? encodeCursor(offset + count - 1) : null };
}
