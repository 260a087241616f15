/**
 * Notes without a database: every static query of notes spells the rule of visibility.ts
 * (visibleNote) exactly, and the note search builds a safe Lucene query and a highlighted snippet.
 */
import { describe, expect, it } from 'vitest';
import { q } from '../../server/db/cypher.ts';
import { textHighlight } from '../../server/modules/search/highlight.ts';
import { noteLuceneQuery, searchTerms } from '../../server/modules/search/lucene-query.ts';
import { visibleNote } from '../../server/query/visibility.ts';

describe('the queries of notes', () => {
  it('apply the one rule of notes: their marking and what they are about', () => {
    for (const name of ['notes/list-notes', 'notes/find-note', 'notes-writes/delete-note']) expect(q(name), name).toContain(visibleNote('n', 'e', 'a', 'r', 'b'));
    expect(q('search/search-notes')).toContain(visibleNote('node', 'e', 'a', 'r', 'b'));
  });

  it('never relate a note to the graph: what it is about is a property', () => {
    for (const name of ['notes-writes/create-note', 'notes-writes/delete-note', 'knowledge/raise-note-markings', 'knowledge/delete-target-notes']) {
      expect(q(name), name).not.toMatch(/\(n(:Note)?[^)]*\)\s*-|-\s*\(n(:Note)?[^)]*\)/);
    }
  });
});

describe('the note search query', () => {
  it('requires every word but stop words, as a word or a prefix, with the whole text as a phrase', () => {
    expect(noteLuceneQuery('boat of Zuwara')).toBe('+(text:boat OR text:boat*^0.5) (text:of OR text:of*^0.5) +(text:Zuwara OR text:Zuwara*^0.5) text:"boat of Zuwara"^4');
    expect(noteLuceneQuery('the')).toBe('(text:the OR text:the*^0.5)');
    expect(noteLuceneQuery(' «» ')).toBeNull();
  });

  it('treats Lucene syntax as plain characters', () => {
    // Escaped outside the phrase; AND and OR lower-cased, so they are words, not operators.
    expect(noteLuceneQuery('name:x AND (y*')).toBe('+(text:name\\:x OR text:name\\:x*^0.5) (text:and OR text:and*^0.5) +(text:\\(y\\* OR text:\\(y\\**^0.5) text:"name:x AND (y*"^4');
    expect(noteLuceneQuery('say "hi\\')).toBe('+(text:say OR text:say*^0.5) +(text:\\"hi\\\\ OR text:\\"hi\\\\*^0.5) text:"say \\"hi\\\\"^4');
  });
});

describe('a note hit\'s highlight', () => {
  it('marks the words typed, accents and case aside, and escapes the rest', () => {
    expect(textHighlight('Seen <b>near</b> Zuwará at night', searchTerms('zuwara'))).toBe('Seen &#60;b&#62;near&#60;/b&#62; <mark>Zuwará</mark> at night');
  });

  it('shows the part of a long note around the first match', () => {
    const text = `${'word '.repeat(200)}the skipper was here ${'more '.repeat(100)}`;
    const shown = textHighlight(text, ['skipper']);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).toContain('<mark>skipper</mark>');
    expect(shown.length).toBeLessThan(260);
  });
});
