/** The sentence around a range of the stored text: the evidence a mention or a candidate carries. */
const MAX_SENTENCE = 400;

export function sentenceAround(text: string, start: number, end: number): { sentence: string; start: number; end: number } {
  let s = start;
  while (s > 0 && start - s < MAX_SENTENCE) {
    const c = text[s - 1]!;
    if (c === '\n' && text[s - 2] === '\n') break;
    if (/[.!?]/.test(c) && /\s/.test(text[s] ?? ' ') && !/\b(?:e\.g|i\.e|etc|No|Mr|Dr|St)\.$/.test(text.slice(Math.max(0, s - 5), s))) break;
    s--;
  }
  let e = end;
  while (e < text.length && e - end < MAX_SENTENCE) {
    const c = text[e]!;
    if (c === '\n' && text[e + 1] === '\n') break;
    e++;
    if (/[.!?]/.test(c) && /\s/.test(text[e] ?? ' ') && !/\b(?:e\.g|i\.e|etc|No|Mr|Dr|St)\.$/.test(text.slice(Math.max(0, e - 5), e))) break;
  }
  while (s < start && /\s/.test(text[s]!)) s++;
  while (e > end && /\s/.test(text[e - 1]!)) e--;
  return { sentence: text.slice(s, e).replace(/\s+/g, ' '), start: s, end: e };
}
