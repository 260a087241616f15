import { describe, expect, it } from 'vitest';
import { checkEvidence, normaliseForMatch } from '../../seed/check-evidence.ts';
import { DOCUMENTS_DIR, readSeedFiles } from '../../seed/load.ts';
import { validateSeed, type SeedFile } from '../../seed/validate.ts';

const SOURCE = /* YAML */ `
kind: Source
entities:
  - id: doc-a
    name: Document A
    evidence:
      - source: doc-a
        quote: "Document A title"
`;

function withOrganisations(yaml: string): SeedFile[] {
  return [
    { file: 'data/sources.yaml', text: SOURCE },
    { file: 'data/organisations.yaml', text: `kind: Organisation\nentities:\n${yaml}` },
  ];
}

const ORG = (id: string, extra = '') => `
  - id: ${id}
    name: ${id}
${extra}    evidence:
      - source: doc-a
        quote: "quoted words"
`;

function reasons(files: SeedFile[]): string[] {
  return validateSeed(files).problems.map((p) => `${p.file} › ${p.entry}: ${p.reason}`);
}

describe('seed validation', () => {
  it('accepts a well-formed file and derives provenance links', () => {
    const result = validateSeed(withOrganisations(ORG('org-a') + ORG('org-b', '    links:\n      - type: PARTNER_OF\n        to: org-a\n        evidence:\n          - source: doc-a\n            quote: "partners"\n')));
    expect(result.problems).toEqual([]);
    expect(result.nodes.map((n) => n.id).sort()).toEqual(['doc-a', 'org-a', 'org-b']);
    expect(result.links.map((l) => l.type).sort()).toEqual(['MENTIONED_IN', 'MENTIONED_IN', 'PARTNER_OF']);
    const org = result.nodes.find((n) => n.id === 'org-a')!;
    expect(org.props).toMatchObject({ kind: 'Organisation', marking: 'PUBLIC', sources: ['doc-a'], evidenceQuotes: ['quoted words'], evidenceModalities: ['reported'] });
  });

  it('rejects an unknown kind, naming the file', () => {
    expect(reasons([{ file: 'data/x.yaml', text: 'kind: Smuggler\nentities: []\n' }])).toEqual([
      'data/x.yaml › (file): must be a mapping with "kind: <Kind>" (a kind of the model) and an "entities:" list',
    ]);
  });

  it('rejects an unknown property', () => {
    expect(reasons(withOrganisations(ORG('org-a', '    colour: red\n')))).toEqual([
      'data/organisations.yaml › org-a: unknown property "colour" for kind Organisation',
    ]);
  });

  it('rejects a property the document ingest derives', () => {
    const link = '    links:\n      - type: MENTIONED_IN\n        to: doc-a\n        mentionStarts: [3]\n        evidence:\n          - source: doc-a\n            quote: "quoted words"\n';
    expect(reasons(withOrganisations(ORG('org-a', link)))).toContain('data/organisations.yaml › org-a: link #1 (MENTIONED_IN → doc-a): property "mentionStarts" is written by the document ingest, not by seed data');
  });

  it('rejects a property value outside the model', () => {
    expect(reasons(withOrganisations(ORG('org-a', '    orgType: gang\n')))[0]).toMatch(/org-a: property "orgType" must be one of international-organisation/);
  });

  it('rejects a dangling reference', () => {
    expect(reasons(withOrganisations(ORG('org-a', '    links:\n      - type: PARTNER_OF\n        to: org-missing\n        evidence:\n          - source: doc-a\n            quote: "partners"\n')))).toEqual([
      'data/organisations.yaml › org-a: link #1 (PARTNER_OF → org-missing): target "org-missing" does not exist (dangling reference)',
    ]);
  });

  it('rejects a fact without evidence, and a link without evidence', () => {
    const files = withOrganisations('  - id: org-a\n    name: A\n' + ORG('org-b', '    links:\n      - type: PARTNER_OF\n        to: org-a\n'));
    expect(reasons(files)).toEqual([
      'data/organisations.yaml › org-a: has no evidence: every fact needs at least one source and quote',
      'data/organisations.yaml › org-b: link #1 (PARTNER_OF → org-a): has no evidence: every fact needs at least one source and quote',
    ]);
  });

  it('rejects evidence citing an unknown document', () => {
    const files = withOrganisations('  - id: org-a\n    name: A\n    evidence:\n      - source: doc-z\n        quote: "words"\n');
    expect(reasons(files)).toEqual(['data/organisations.yaml › org-a: evidence #1 cites "doc-z", which is not a Source entity']);
  });

  it('rejects a duplicate id across files', () => {
    const files = [...withOrganisations(ORG('org-a')), { file: 'data/more.yaml', text: `kind: Organisation\nentities:\n${ORG('org-a')}` }];
    expect(reasons(files)).toEqual(['data/more.yaml › org-a: duplicate id: already defined in data/organisations.yaml']);
  });

  it('rejects a relationship between kinds the model does not allow', () => {
    const files = withOrganisations(ORG('org-a', '    links:\n      - type: DEPARTS_FROM\n        to: doc-a\n        order: 1\n        evidence:\n          - source: doc-a\n            quote: "x y"\n'));
    expect(reasons(files)).toEqual([
      'data/organisations.yaml › org-a: link #1 (DEPARTS_FROM → doc-a): DEPARTS_FROM cannot start from a Organisation (allowed: Route)',
    ]);
  });

  it('rejects an id without its kind prefix, and broken YAML', () => {
    expect(reasons(withOrganisations(ORG('europol')))).toEqual(['data/organisations.yaml › europol: id must start with "org-" for kind Organisation']);
    expect(reasons([{ file: 'data/bad.yaml', text: 'kind: Organisation\nentities:\n  - id: [unclosed\n' }])[0]).toMatch(/^data\/bad\.yaml › \(file\): YAML:/);
  });
});

describe('the curated seed data', () => {
  const result = validateSeed(readSeedFiles());

  it('is valid against the model', () => {
    expect(result.problems).toEqual([]);
    expect(result.nodes.length).toBeGreaterThan(300);
  });

  it('quotes every source verbatim (whitespace, typographic quotes and emphasis forgiven)', () => {
    expect(checkEvidence(result, DOCUMENTS_DIR)).toEqual([]);
  });

  it('has evidence on every node and every relationship', () => {
    for (const node of result.nodes) expect(node.evidence.length, node.id).toBeGreaterThan(0);
    for (const link of result.links) expect(link.evidence.length, link.id).toBeGreaterThan(0);
  });

  it('cites each of the five documents', () => {
    const cited = new Set(result.nodes.flatMap((n) => n.evidence.map((e) => e.source)));
    expect([...cited].sort()).toEqual([
      '000_517e9a2ade8201e3', '001_cd81ac015e9e730b', '002_6417f1adab769c31', '003_c0597db9bc0769d8', '004_7cf82133f37c6018',
    ]);
  });

  it('reports a quote that is not in its document', () => {
    const broken = { nodes: [{ ...result.nodes[0]!, evidence: [{ source: '004_7cf82133f37c6018', quote: 'smugglers never use boats', date: '', modality: 'reported' }] }], links: [] };
    expect(checkEvidence(broken, DOCUMENTS_DIR)[0]!.reason).toContain('quote not found verbatim in 004_7cf82133f37c6018');
  });

  it('normalises typographic differences only', () => {
    expect(normaliseForMatch('the **EU’s**  external\nborder')).toBe("the EU's external border");
  });
});
