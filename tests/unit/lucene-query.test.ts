import { describe, expect, it } from 'vitest';
import { FULLTEXT_STOP_WORDS } from '../../server/domain/model.ts';
import { isStopWord, luceneQuery, searchTerms } from '../../server/modules/search/lucene-query.ts';

const groups = (query: string | null) => (query ?? '').match(/\+?\((?:[^()\\]|\\.)*\)/g) ?? [];

describe('the Lucene query built from what was typed', () => {
  it('requires every word but the stop words the index does not hold', () => {
    const query = luceneQuery('marriage of convenience', true)!;
    const required = groups(query).filter((g) => g.startsWith('+'));
    const optional = groups(query).filter((g) => !g.startsWith('+'));
    expect(required).toHaveLength(2);
    expect(required[0]).toContain('name:marriage^8');
    expect(required[1]).toContain('name:convenience^8');
    // "of" may still help, as the prefix of "offence", but is not needed.
    expect(optional).toEqual([expect.stringContaining('name:of*^4')]);
  });

  it('treats stop words alike whatever their case or accents', () => {
    for (const word of FULLTEXT_STOP_WORDS) expect(isStopWord(word.toUpperCase()), word).toBe(true);
    expect(isStopWord('Of')).toBe(true);
    expect(isStopWord('offence')).toBe(false);
  });

  it('needs one of the words when all of them are stop words', () => {
    const query = luceneQuery('the IT', true)!;
    expect(query).not.toContain('+');
    expect(groups(query)).toHaveLength(2);
  });

  it('adds the whole text as a phrase of a name or alias, weighing most', () => {
    const query = luceneQuery('Stolen and Lost Travel Documents', true)!;
    expect(query).toContain('name:"Stolen and Lost Travel Documents"^50');
    expect(query).toContain('aliasesText:"Stolen and Lost Travel Documents"^50');
    expect(luceneQuery('Europol', true)).not.toContain('"');
  });

  it('keeps the phrase to the words past the required eight, so a long title matches as a whole', () => {
    const title = 'Le Ministre de la Justice des États-Unis souligne la nécessité de l’état de droit';
    expect(searchTerms(title)).toHaveLength(8);
    expect(luceneQuery(title, true)).toContain(`name:"${title}"^50`);
  });

  it('keeps prefix and one-typo fuzzy matching', () => {
    const query = luceneQuery('europpol', true)!;
    expect(query).toContain('name:europpol*^4');
    expect(query).toContain('name:europpol~1^2');
    expect(luceneQuery('europpol', false)).not.toContain('~');
    expect(luceneQuery('eu', true)).not.toContain('~');
  });

  it('splits words where the analyzer does, so a number like 1,500 stays one word', () => {
    expect(searchTerms('1,500 police, U.S. aid; 2.5 km.')).toEqual(['1,500', 'police', 'U.S', 'aid', '2.5', 'km']);
    expect(searchTerms('smuggling,trafficking.')).toEqual(['smuggling', 'trafficking']);
  });

  it('drops words without a letter or digit, which no name holds', () => {
    expect(searchTerms('Le trafic « entreprise » – rapport')).toEqual(['Le', 'trafic', 'entreprise', 'rapport']);
    expect(luceneQuery('« – »', true)).toBeNull();
    expect(luceneQuery('   ', true)).toBeNull();
  });

  it('escapes Lucene syntax in words and in the phrase', () => {
    const query = luceneQuery('a:b "quoted" (x) AND back\\slash', true)!;
    expect(query).toContain('name:a\\:b^8');
    expect(query).toContain('name:\\"quoted\\"^8');
    expect(query).toContain('name:\\(x\\)^8');
    expect(query).toContain('name:and^8');
    expect(query).toContain('name:back\\\\slash^8');
    // In the phrase only " and \ are syntax.
    expect(query).toContain('name:"a:b \\"quoted\\" (x) AND back\\\\slash"^50');
    // Nothing typed closes the phrase early: every unescaped quote belongs to the two phrases.
    expect(query.replace(/\\./g, '').match(/"/g)).toHaveLength(4);
  });
});
