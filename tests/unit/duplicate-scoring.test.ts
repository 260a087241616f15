import { describe, expect, it } from 'vitest';
import { MAX_BLOCK, scoreDuplicates, type PoolEntity, type ScoringInput } from '../../server/duplicates/duplicate-scoring.ts';
import { keySimilarity, nameKey } from '../../server/duplicates/name-similarity.ts';

const entity = (id: string, name: string, aliases: string[] = [], kind = 'Person'): PoolEntity => ({ id, kind, name, aliases, marking: 'PUBLIC' });
const score = (pool: PoolEntity[], extra: Partial<ScoringInput> = {}) => scoreDuplicates({ pool, sharedIdentifiers: [], judgements: [], survivors: new Map(), ...extra });
const pairs = (pool: PoolEntity[], extra: Partial<ScoringInput> = {}) => score(pool, extra).map((p) => `${p.a.id}~${p.b.id}`);

describe('name keys', () => {
  it('set aside case, accents, script, punctuation, word order and leading articles', () => {
    expect(nameKey('Ahmed AL-RASHID')).toBe(nameKey('al rashid, ahmed'));
    expect(nameKey('Hélène Müller')).toBe(nameKey('Helene Muller'));
    expect(nameKey('The Balkan Route')).toBe(nameKey('Balkan route'));
    expect(nameKey('Мухаммад Ахмед')).toBe(nameKey('Mukhammad Akhmed'));
  });

  it('score one edit in a long name above one in a short one', () => {
    expect(keySimilarity(nameKey('Karim Benali'), nameKey('Karim Benaly'))).toBeGreaterThan(0.9);
    expect(keySimilarity(nameKey('Ali'), nameKey('Aly'))).toBeLessThan(0.7);
  });
});

describe('the duplicate queue', () => {
  it('proposes the same name in another script or order, similar names, and an acronym of a name', () => {
    const found = score([
      entity('p1', 'Ahmed Al-Rashid'), entity('p2', 'al rashid, ahmed'),
      entity('p3', 'Karim Benali'), entity('p4', 'Karim Benaly'),
      entity('o1', 'International Organization for Migration', [], 'Organisation'), entity('o2', 'IOM', [], 'Organisation'),
    ]);
    expect(found.map((p) => [`${p.a.id}~${p.b.id}`, p.score])).toEqual([['p1~p2', 1], ['p3~p4', expect.closeTo(0.917, 2)], ['o1~o2', 0.9]]);
    expect(found[0]!.reasons).toEqual(['"Ahmed Al-Rashid" and "al rashid, ahmed" are the same name']);
    expect(found[2]!.reasons).toEqual(['"IOM" is the acronym of "International Organization for Migration"']);
  });

  it('matches an alias of one with the name of the other, and weighs an alias both share less', () => {
    expect(score([entity('a', 'Abu Omar', ['Omar Haddad']), entity('b', 'Omar Haddad')])[0]).toMatchObject({ score: 0.95, reasons: ['"Abu Omar" is also called "Omar Haddad"'] });
    expect(score([entity('a', 'Cargo ship', ['Large vessel'], 'Tool'), entity('b', 'Fishing boat', ['Large vessel'], 'Tool')])[0]).toMatchObject({ score: 0.8, reasons: ['both are also called "Large vessel"'] });
  });

  it('takes no common name or nickname for a sign', () => {
    const nickname = ['a', 'b', 'c'].map((id, i) => entity(id, ['Karim Benali', 'Youssef Haddad', 'Omar Rashid'][i]!, ['Kou']));
    expect(pairs(nickname)).toEqual([]);
    expect(pairs(nickname.slice(0, 2))).toEqual(['a~b']);
    const namesakes = Array.from({ length: 6 }, (_, i) => entity(`p${i}`, 'Ahmed Ali'));
    expect(pairs(namesakes)).toEqual([]);
    expect(pairs(namesakes.slice(0, 5))).toHaveLength(10);
  });

  it('never pairs different kinds, dissimilar names, short names a letter apart or names with other numbers', () => {
    expect(pairs([entity('a', 'Karim Benali'), entity('b', 'Karim Benali', [], 'Network')])).toEqual([]);
    expect(pairs([entity('a', 'Karim Benali'), entity('b', 'Youssef Haddad')])).toEqual([]);
    expect(pairs([entity('a', 'Ali'), entity('b', 'Aly')])).toEqual([]);
    expect(pairs([entity('a', 'Lampedusa hotspot 3', [], 'Location'), entity('b', 'Lampedusa hotspot 4', [], 'Location')])).toEqual([]);
    expect(pairs([entity('a', 'Eastern Africa', [], 'Location'), entity('b', 'Western Africa', [], 'Location')])).toEqual([]);
    expect(pairs([entity('a', 'Migrant smuggler', [], 'NetworkRole'), entity('b', 'Smuggled migrant', [], 'NetworkRole')])).toEqual([]);
  });

  it('proposes two users of one travel document whatever their names, and raises a name match', () => {
    const shared = [{ type: 'document', value: 'P1234567', kind: 'Person', users: ['a', 'b', 'c'] }];
    const found = score([entity('a', 'Karim Benali'), entity('b', 'Youssef Haddad'), entity('c', 'Karim Benaly')], { sharedIdentifiers: shared });
    const byPair = Object.fromEntries(found.map((p) => [`${p.a.id}~${p.b.id}`, p]));
    expect(byPair['a~c']!.score).toBe(1);
    expect(byPair['a~c']!.reasons).toEqual(['similar names "Karim Benali" and "Karim Benaly"', 'both use the document P1234567']);
    expect(byPair['a~b']!.score).toBeGreaterThanOrEqual(0.6);
    expect(byPair['a~b']!.score).toBeLessThan(0.85);
    expect(byPair['a~b']!.reasons).toEqual(['both use the document P1234567']);
  });

  it('leaves out pairs judged not the same, and every pair of their resolved groups', () => {
    const pool = [entity('a', 'Karim Benali'), entity('c', 'Karim Benaly')];
    expect(pairs(pool)).toEqual(['a~c']);
    expect(pairs(pool, { judgements: [{ a: 'c', b: 'a', verdict: 'not-same' }] })).toEqual([]);
    // b was resolved into a (a = b), and b is not c: so a and c are not proposed.
    expect(pairs(pool, { judgements: [{ a: 'b', b: 'c', verdict: 'not-same' }], survivors: new Map([['b', 'a']]) })).toEqual([]);
  });

  it('puts pairs judged unsure after the others, marked so', () => {
    const found = score([entity('a', 'Karim Benali'), entity('b', 'Karim Benali'), entity('c', 'Youssef Haddad'), entity('d', 'Youssef Hadad')], { judgements: [{ a: 'a', b: 'b', verdict: 'unsure' }] });
    expect(found.map((p) => [`${p.a.id}~${p.b.id}`, p.verdict])).toEqual([['c~d', null], ['a~b', 'unsure']]);
  });

  it('keeps to the pairs of one entity when asked, after following its resolution', () => {
    const pool = [entity('a', 'Karim Benali'), entity('b', 'Karim Benaly'), entity('c', 'Youssef Haddad'), entity('d', 'Youssef Hadad')];
    expect(pairs(pool, { entityId: 'c' })).toEqual(['c~d']);
    expect(pairs(pool, { entityId: 'x', survivors: new Map([['x', 'a']]) })).toEqual(['a~b']);
  });

  it('still meets similar names when a common word makes a block too large to compare', () => {
    const crowd = Array.from({ length: MAX_BLOCK * 3 }, (_, i) => entity(`m${i}`, `Mohamed ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x${i}`));
    const found = pairs([...crowd, entity('a', 'Mohamed Haddadi'), entity('b', 'Mohamed Hadaddi')]);
    expect(found).toContain('a~b');
  });
});
