import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateQuote, normaliseForMatch } from '../../server/domain/quote-match.ts';
import { DOCUMENTS_DIR } from '../../seed/document-texts.ts';
import { readSeedFiles } from '../../seed/load.ts';
import { validateSeed } from '../../seed/validate.ts';

describe('locating a quote in its document', () => {
  it('maps a quote to offsets in the original text, forgiving line breaks, curly quotes, dashes and footnote markers', () => {
    const text = 'Intro.\nThe  “EU’s”\nexternal border² — seen\u00a0here. End.';
    const span = locateQuote(text, 'the "EU\'s" external border - seen here.');
    expect(span).not.toBeNull();
    expect(text.slice(span!.start, span!.end)).toBe('The  “EU’s”\nexternal border² — seen\u00a0here.');
  });

  it('answers null for a quote that is not there, and for an empty one', () => {
    expect(locateQuote('Some text.', 'other words')).toBeNull();
    expect(locateQuote('Some text.', '  ')).toBeNull();
  });

  it('finds every evidence quote of the seed in its document, and the passage reads as the quote', { timeout: 30_000 }, () => {
    const graph = validateSeed(readSeedFiles());
    const texts = new Map<string, string>();
    const text = (source: string) => {
      if (!texts.has(source)) texts.set(source, fs.readFileSync(path.join(DOCUMENTS_DIR, `${source}.txt`), 'utf8'));
      return texts.get(source)!;
    };
    const evidence = [...graph.nodes, ...graph.links].flatMap((item) => item.evidence);
    expect(evidence.length).toBeGreaterThan(500);
    for (const e of evidence) {
      const span = locateQuote(text(e.source), e.quote);
      expect(span, `${e.source}: ${e.quote}`).not.toBeNull();
      expect(normaliseForMatch(text(e.source).slice(span!.start, span!.end)).toLowerCase()).toBe(normaliseForMatch(e.quote).toLowerCase());
    }
  });
});
