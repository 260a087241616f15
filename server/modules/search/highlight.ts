/** Marks the search terms in the best-matching field of a hit (accent- and case-insensitive). */
import { fold } from '../../domain/text-folding.ts';

export { fold };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Candidate {
  field: string;
  text: string;
}

function marks(text: string, terms: string[]): [number, number][] {
  const folded = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms.map(fold).filter(Boolean)) {
    let at = folded.indexOf(term);
    while (at >= 0) {
      // Extend a prefix match to the end of the word.
      let end = at + term.length;
      while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end]!)) end++;
      ranges.push([at, end]);
      at = folded.indexOf(term, end);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]).reduce<[number, number][]>((merged, r) => {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
    return merged;
  }, []);
}

function render(text: string, ranges: [number, number][], maxLength = 160): string {
  let start = 0;
  if (text.length > maxLength && ranges[0]) start = Math.max(0, ranges[0][0] - 40);
  const end = Math.min(text.length, start + maxLength);
  let out = start > 0 ? '…' : '';
  let pos = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    out += escapeHtml(text.slice(pos, Math.max(a, pos))) + `<mark>${escapeHtml(text.slice(Math.max(a, start), Math.min(b, end)))}</mark>`;
    pos = Math.min(b, end);
  }
  return out + escapeHtml(text.slice(pos, end)) + (end < text.length ? '…' : '');
}

/** A note's text around its first match, HTML-escaped, with the terms marked. */
export function textHighlight(text: string, terms: string[]): string {
  return render(text, marks(text, terms), 200);
}

export function highlight(entity: { name: string; aliases?: unknown; description?: unknown }, terms: string[]) {
  const candidates: Candidate[] = [
    { field: 'name', text: entity.name },
    ...(Array.isArray(entity.aliases) ? (entity.aliases as string[]).map((a) => ({ field: 'alias', text: a })) : []),
    ...(typeof entity.description === 'string' ? [{ field: 'description', text: entity.description }] : []),
  ];
  let best: { candidate: Candidate; ranges: [number, number][] } | undefined;
  for (const candidate of candidates) {
    const ranges = marks(candidate.text, terms);
    if (ranges.length > 0 && (!best || ranges.length > best.ranges.length)) best = { candidate, ranges };
  }
  if (!best) return { matchedField: 'name', highlight: escapeHtml(entity.name) };
  return { matchedField: best.candidate.field, highlight: render(best.candidate.text, best.ranges) };
}
