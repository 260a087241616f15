/**
 * The pure parts of document ingest (server/ingest): the text a file becomes, the normalised
 * text and its map back to stored offsets, the gazetteer's rules and the candidate patterns.
 */
import { describe, expect, it } from 'vitest';
import { caseDataQueries, documentWords } from '../../server/ingest/case-data-lookup.ts';
import { analyseDocument } from '../../server/ingest/document-analysis.ts';
import { documentText } from '../../server/ingest/document-text.ts';
import { Gazetteer, type GazetteerEntity } from '../../server/ingest/gazetteer.ts';
import { normalise, storedRange } from '../../server/ingest/normalised-text.ts';
import { sentenceAround } from '../../server/ingest/sentences.ts';

const entity = (id: string, kind: string, name: string, aliases: string[] = [], iso2?: string): GazetteerEntity => ({ id, kind, name, aliases, marking: 'PUBLIC', iso2: iso2 ?? null });
const ENTITIES = [
  entity('org-europol', 'Organisation', 'Europol'),
  entity('org-eu', 'Organisation', 'European Union', ['EU']),
  entity('loc-eu', 'Location', 'European Union', ['EU']),
  entity('loc-europe', 'Location', 'Europe'),
  entity('loc-italy', 'Location', 'Italy', [], 'IT'),
  entity('loc-spain', 'Location', 'Spain', ['ES'], 'ES'),
  entity('loc-morocco', 'Location', 'Morocco', [], 'MA'),
  entity('loc-east-africa', 'Location', 'East Africa'),
  entity('loc-north-africa', 'Location', 'North Africa'),
  entity('loc-west-africa', 'Location', 'West Africa'),
  entity('crime-migrant-smuggling', 'CrimeType', 'Migrant smuggling'),
  entity('role-migrant', 'NetworkRole', 'Migrant'),
  entity('mo-sim', 'ModusOperandi', 'Changing SIM cards'),
  entity('tool-find', 'Tool', 'FIND'),
  entity('mo-sea', 'ModusOperandi', 'Facilitation by sea', ['Smuggling by sea']),
  entity('mo-air', 'ModusOperandi', 'Facilitation by air'),
];
const gazetteer = new Gazetteer(ENTITIES);
const mentioned = (text: string) => analyseDocument(text, gazetteer).mentions.map((m) => `${m.entity.id}:${text.slice(m.start, m.end)}`);

describe('the normalised text', () => {
  it('joins a word hyphenated across a line break, folds accents and case, and maps back to the stored text', () => {
    const stored = 'Côte   d’Ivoire: smug-\n  gling';
    const n = normalise(stored);
    expect(n.text).toBe("cote d'ivoire: smuggling");
    const at = n.text.indexOf('smuggling');
    expect(storedRange(n, at, at + 'smuggling'.length)).toEqual({ start: stored.indexOf('smug'), end: stored.length });
    expect(normalise('a well-known case').text).toBe('a well-known case');
  });

  it('cuts the sentence around a place, not at abbreviations', () => {
    const text = 'First one. Routes (e.g. by sea) used by Europol here. Last.';
    expect(sentenceAround(text, text.indexOf('Europol'), text.indexOf('Europol') + 7).sentence).toBe('Routes (e.g. by sea) used by Europol here.');
  });
});

describe('the gazetteer', () => {
  it('matches whole words only, across case, stems and hyphenation', () => {
    expect(mentioned('EUROPOL met. Europolitan is not a word. Changing SIM card-\ns daily.')).toEqual(['org-europol:EUROPOL', 'mo-sim:Changing SIM card-\ns']);
  });

  it('takes short aliases only as written acronyms, and leaves other capitalised ones for review', () => {
    expect(mentioned('Into the EU. Eu is not. IT and ES are not countries here.')).toEqual(['loc-eu:EU']);
    const review = analyseDocument('Es ist so. ES again.', gazetteer).candidates;
    expect(review).toMatchObject([{ reason: 'ambiguous-alias', kind: 'Location', relatedIds: ['loc-spain'], text: 'Es' }, { reason: 'ambiguous-alias', relatedIds: ['loc-spain'], text: 'ES' }]);
  });

  it('chooses the place or the body of the EU by the words around it, else both', () => {
    expect(mentioned('EU Member States agreed.')).toEqual(['org-eu:EU']);
    expect(mentioned('They entered the European Union.')).toEqual(['loc-eu:European Union']);
    expect(new Set(mentioned('EU and non-EU nationals.'))).toEqual(new Set(['loc-eu:EU', 'org-eu:EU']));
  });

  it('reads coordinated names, place adjectives and plurals; a common noun inside a short name is part of it', () => {
    expect(mentioned('from East, North and West Africa')).toEqual(['loc-east-africa:East', 'loc-north-africa:North', 'loc-west-africa:West Africa']);
    expect(mentioned('Moroccan nationals and migrants')).toEqual(['loc-morocco:Moroccan', 'role-migrant:migrants']);
    expect(mentioned('migrant smuggling networks')).toEqual(['crime-migrant-smuggling:migrant smuggling']);
    expect(mentioned('It can occur by air, sea or land.')).toEqual(['mo-air:air', 'mo-sea:sea']);
    expect(mentioned('European Union')).not.toContain('loc-europe:European');
  });

  it('takes a longer acronym only in capitals, and French country names in French paragraphs', () => {
    expect(mentioned('The findings of FIND.')).toEqual(['tool-find:FIND']);
    expect(mentioned("Les passeurs ont quitté l'Italie pour l'Espagne avec des migrants en 2016.")).toEqual(expect.arrayContaining(['loc-italy:Italie', 'loc-spain:Espagne']));
    expect(mentioned('Italie is a word here in an English sentence about smuggling networks.')).toEqual([]);
  });
});

describe('the gazetteer reads other ways of writing a name', () => {
  const entities = [
    entity('org-interpol', 'Organisation', 'INTERPOL'),
    entity('tool-forensic', 'Tool', 'INTERPOL forensic databases'),
    entity('tool-dna', 'Tool', 'INTERPOL DNA profile database'),
    entity('mo-lost', 'ModusOperandi', 'Stolen or lost travel documents', ['Lost travel documents']),
    entity('mo-rental', 'ModusOperandi', 'Document rental'),
    entity('sector-car-rental', 'Sector', 'Car rental'),
    entity('mo-car', 'ModusOperandi', 'Car'),
    entity('route-channel', 'Route', 'Channel crossing', ['crossing of the Channel']),
    entity('route-it-fr', 'Route', 'Italy to France'),
    entity('role-provider', 'NetworkRole', 'Document provider', ['Provider of forged documents']),
    entity('role-corrupt-guard', 'NetworkRole', 'Corrupt border guard', ['Corrupt navy officer']),
    entity('pay-arrival', 'PaymentMethod', 'Payment upon arrival'),
    entity('pay-advance', 'PaymentMethod', 'Payment beforehand'),
    entity('crime-drugs', 'CrimeType', 'Drug trafficking', ['Trafficking of drugs']),
    entity('crime-thb', 'CrimeType', 'Human trafficking', ['Trafficking in human beings']),
    entity('crime-arms', 'CrimeType', 'Firearms trafficking', ['Trafficking of weapons']),
    entity('crime-smuggling', 'CrimeType', 'Migrant smuggling', ['Smuggling of migrants']),
    entity('loc-greece', 'Location', 'Greece', [], 'GR'),
    entity('loc-europe', 'Location', 'Europe'),
    entity('org-eu', 'Organisation', 'European Union'),
    entity('loc-hague', 'Location', 'The Hague'),
  ];
  const g = new Gazetteer(entities);
  const named = (text: string) => analyseDocument(text, g).mentions.map((m) => `${m.entity.id}:${text.slice(m.start, m.end)}`);

  it('reads each conjunct with what it shares, before or after it', () => {
    expect(named('Used to detect stolen, lost or fraudulent travel documents.')).toContain('mo-lost:lost');
    expect(named('INTERPOL keeps forensic databases of fingerprints and DNA profiles.')).toContain('tool-dna:DNA profiles');
    expect(named('They rely on the corruption of border guards, police patrols or navy officers.')).toEqual(['role-corrupt-guard:corruption of border guards', 'role-corrupt-guard:navy officers']);
    expect(named('A fee can be paid beforehand, at each leg of the journey or upon arrival at the destination.')).toEqual(['pay-advance:paid beforehand', 'pay-arrival:upon arrival']);
    expect(named('The trafficking of other commodities such as drugs, weapons or other goods.')).toEqual(['crime-drugs:drugs', 'crime-arms:weapons']);
  });

  it('does not read a coordination where the conjuncts share nothing', () => {
    expect(named('Linked to drug trafficking, property crime and trafficking in human beings.')).toEqual(['crime-drugs:drug trafficking', 'crime-thb:trafficking in human beings']);
    expect(named('Arresting criminals involved in smuggling, and not the migrants themselves.')).toEqual([]);
  });

  it('reads a compound as its head "of" the rest, and an action noun as its verb', () => {
    expect(named('The rental of documents is expected.')).toEqual(['mo-rental:rental of documents']);
    expect(named('Rented cars come from abroad.')).toEqual(['sector-car-rental:Rented cars']);
    expect(named('Attempts to cross the Channel to the UK.')).toEqual(['route-channel:cross the Channel']);
    expect(named('They travelled between Italy and France.')).toEqual(['route-it-fr:between Italy and France']);
    expect(named('People who provide forged documents.')).toEqual(['role-provider:who provide forged documents']);
    expect(named('They used forged documents.')).toEqual([]);
    expect(named('Routes used to smuggle migrants.')).toEqual(['crime-smuggling:smuggle migrants']);
  });

  it('takes a short word as a word, but a name without its owner only where the owner is named', () => {
    expect(named('Transfers are carried out by car.')).toEqual(['mo-car:car']);
    expect(named("INTERPOL's forensic databases.")).toEqual(["tool-forensic:INTERPOL's forensic databases", 'org-interpol:INTERPOL']);
    expect(named('INTERPOL gives access to our forensic databases.')).toEqual(['org-interpol:INTERPOL', 'tool-forensic:forensic databases']);
    expect(named('Access to our forensic databases.')).toEqual([]);
  });

  it('reads a country in its adjectives, English and French, even inside a name; an article that starts a name is part of the mention', () => {
    expect(named('The Greek police met in the Hague.')).toEqual(['loc-greece:Greek', 'loc-hague:the Hague']);
    expect(named('Les autorités grecques demandent l’aide de la police pour identifier une fillette.')).toEqual(['loc-greece:grecques']);
    expect(named('The European Union met.')).toEqual(['org-eu:European Union']);
  });
});

describe('the case data a document can name', () => {
  it('is asked of the index by the document\'s words, folded, without short numbers, in batches the index accepts', () => {
    expect(documentWords("O'Brien met Zoë at +33 612 345678 in 2015, and O'Brien again.")).toEqual(["o'brien", 'brien', 'met', 'zoe', '345678', '2015', 'again']);
    const words = Array.from({ length: 900 }, (_, i) => `w${i}`);
    const queries = caseDataQueries(words);
    expect(queries).toHaveLength(3);
    expect(queries[0]).toMatch(/^name:\(w0 w1 .* w399\) OR aliasesText:\(w0 w1 .* w399\)$/);
    expect(caseDataQueries([])).toEqual([]);
  });
});

describe('candidates', () => {
  const text = 'Operation Sandstorm was led by Europol in May 2018. The European Multidisciplinary Platform Against Criminal Threats (EMPACT) met. Europol counted 1,200 migrants and 22% of suspects. The Baltic Liaison Centre helped.';
  const { candidates } = analyseDocument(text, gazetteer);
  const by = (reason: string) => candidates.filter((c) => c.reason === reason);

  it('proposes operations, acronyms with their expansion, named patterns, figures and operation dates', () => {
    expect(by('operation-name')).toMatchObject([{ kind: 'Operation', text: 'Operation Sandstorm', confidence: 0.9 }]);
    expect(by('acronym')).toMatchObject([{ kind: 'Organisation', text: 'European Multidisciplinary Platform Against Criminal Threats', acronym: 'EMPACT' }]);
    expect(text.slice(by('acronym')[0]!.start, by('acronym')[0]!.end)).toBe('European Multidisciplinary Platform Against Criminal Threats (EMPACT)');
    expect(by('figure').map((c) => [c.text, c.value, c.unit, c.relatedIds])).toEqual([['1,200 migrants', 1200, 'migrant', ['org-europol', 'role-migrant']], ['22%', 22, 'percent', ['org-europol', 'role-migrant']]]);
    expect(by('operation-date').map((c) => c.text)).toEqual(['May 2018']);
    expect(by('named-pattern')).toMatchObject([{ kind: 'Organisation', text: 'Baltic Liaison Centre' }]);
  });

  it('does not propose again what was rejected (by kind and normalised text)', () => {
    const again = analyseDocument(text, gazetteer, new Set(['Operation|operation sandstorm'])).candidates;
    expect(again.some((c) => c.reason === 'operation-name')).toBe(false);
  });
});

describe('document files', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('reads HTML as text without markup, scripts or link targets', async () => {
    const text = await documentText('a.html', bytes('<html><head><script>var x = 1;</script></head><body><h1>Title</h1><p>Europol <a href="https://example.org">met</a> Frontex.</p></body></html>'));
    expect(text).toContain('Europol met Frontex.');
    expect(text).not.toMatch(/<|example\.org|var x/);
  });

  it('refuses what it cannot read, naming the file and why', async () => {
    await expect(documentText('empty.md', bytes('  \n '))).rejects.toThrow('empty.md cannot be ingested: it holds no text.');
    await expect(documentText('a.docx', bytes('x'))).rejects.toThrow('a.docx cannot be ingested: .docx is not supported');
    await expect(documentText('latin1.txt', new Uint8Array([0x63, 0xf4, 0x74, 0xe9]))).rejects.toThrow('latin1.txt cannot be ingested: it is not UTF-8 text.');
    await expect(documentText('x.pdf', bytes('hello'))).rejects.toThrow('x.pdf cannot be ingested: it is not a PDF file (no %PDF header).');
  });
});
