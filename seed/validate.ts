/**
 * Validates curated seed files against the domain model and turns them into rows for the
 * loader. Pure: takes file names and texts, returns rows and every problem found.
 */
import { parseDocument } from 'yaml';
import { isKind, isRelationshipType, kindSpec, relationshipSpec } from '../server/domain/derive.ts';
import { linkId, mentionLinks, provenanceProps, type Evidence } from '../server/domain/provenance.ts';
import { checkEvidence, checkValue, isRecord, type PropertyValue, type Report } from '../server/domain/property-checks.ts';
import { COMMON_PROPERTIES, MARKINGS, type Kind, type PropertySpec, type RelationshipType } from '../server/domain/model.ts';

export interface SeedFile {
  file: string;
  text: string;
}

export interface NodeRow {
  id: string;
  kind: Kind;
  props: Record<string, PropertyValue>;
  evidence: Evidence[];
  file: string;
}

export interface LinkRow {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, PropertyValue>;
  evidence: Evidence[];
  file: string;
}

export interface Problem {
  file: string;
  entry: string;
  reason: string;
}

/** "organisations.yaml › org-x: reason", the one way problems are reported. */
export const describeProblem = (p: Problem) => `${p.file} › ${p.entry}: ${p.reason}`;

export interface SeedGraph {
  nodes: NodeRow[];
  links: LinkRow[];
}

export interface ValidationResult extends SeedGraph {
  problems: Problem[];
}

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const ENTITY_KEYS = new Set(['id', 'name', 'aliases', 'description', 'marking', 'evidence', 'links']);
const LINK_KEYS = new Set(['type', 'to', 'evidence', 'marking']);

export function validateSeed(files: SeedFile[]): ValidationResult {
  const problems: Problem[] = [];
  const nodes: NodeRow[] = [];
  const pendingLinks: (LinkRow & { entry: string; index: number; inherit: boolean })[] = [];
  const seen = new Map<string, string>();

  for (const { file, text } of files) {
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) problems.push({ file, entry: '(file)', reason: `YAML: ${error.message.split('\n')[0]}` });
      continue;
    }
    const data: unknown = doc.toJS();
    if (!isRecord(data) || !isKind(data.kind) || !Array.isArray(data.entities)) {
      problems.push({ file, entry: '(file)', reason: 'must be a mapping with "kind: <Kind>" (a kind of the model) and an "entities:" list' });
      continue;
    }
    const kind = data.kind;
    const spec = kindSpec(kind);

    data.entities.forEach((raw: unknown, index: number) => {
      const entry = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `entity #${index + 1}`;
      const report: Report = (reason) => problems.push({ file, entry, reason });
      if (!isRecord(raw)) return report('must be a mapping');

      const id = raw.id;
      if (typeof id !== 'string' || !ID.test(id)) return report('needs an "id": a lower-case slug');
      if (!id.startsWith(spec.idPrefix)) report(`id must start with "${spec.idPrefix}" for kind ${kind}`);
      const previous = seen.get(id);
      if (previous) return report(`duplicate id: already defined in ${previous}`);
      seen.set(id, file);

      const props: Record<string, PropertyValue> = { id, kind, marking: 'PUBLIC', aliases: [] };
      for (const [key, value] of Object.entries(raw)) {
        if (ENTITY_KEYS.has(key)) continue;
        const propertySpec = (spec.properties as Record<string, PropertySpec>)[key];
        if (!propertySpec) {
          report(`unknown property "${key}" for kind ${kind}`);
          continue;
        }
        if (propertySpec.derivedBy) {
          report(`property "${key}" is written by ${propertySpec.derivedBy}, not by seed data`);
          continue;
        }
        const checked = checkValue(key, propertySpec, value, report);
        if (checked !== undefined) props[key] = checked;
      }
      for (const key of ['name', 'aliases', 'description', 'marking'] as const) {
        if (raw[key] === undefined) continue;
        const checked = checkValue(key, COMMON_PROPERTIES[key], raw[key], report);
        if (checked !== undefined) props[key] = checked;
      }
      if (typeof raw.name !== 'string') report('needs a "name"');
      if (props.marking && !(MARKINGS as readonly unknown[]).includes(props.marking)) report('unknown marking');
      props.aliasesText = (props.aliases as string[]).join(' | ');

      const evidence = checkEvidence(raw.evidence, report, true);
      nodes.push({ id, kind, props: { ...props, ...provenanceProps(evidence, String(props.marking ?? 'PUBLIC')) }, evidence, file });

      if (raw.links === undefined) return;
      if (!Array.isArray(raw.links)) return report('"links" must be a list');
      raw.links.forEach((link: unknown, li: number) => {
        const at: Report = (reason) => report(`link #${li + 1}${isRecord(link) && typeof link.type === 'string' ? ` (${link.type} → ${String(link.to)})` : ''}: ${reason}`);
        if (!isRecord(link)) return at('must be a mapping with type, to and evidence');
        if (!isRelationshipType(link.type)) return at(`unknown relationship type "${String(link.type)}"`);
        const type = link.type;
        const rspec = relationshipSpec(type);
        if (typeof link.to !== 'string' || link.to === '') return at('needs "to": the id of the target entity');
        if (!(rspec.from as readonly string[]).includes(kind)) return at(`${type} cannot start from a ${kind} (allowed: ${rspec.from.join(', ')})`);
        const linkProps: Record<string, PropertyValue> = { marking: 'PUBLIC' };
        for (const [key, value] of Object.entries(link)) {
          if (LINK_KEYS.has(key)) continue;
          const propertySpec = (rspec.properties as Record<string, PropertySpec>)[key];
          if (!propertySpec) {
            at(`unknown property "${key}" for ${type}`);
            continue;
          }
          if (propertySpec.derivedBy) {
            at(`property "${key}" is written by ${propertySpec.derivedBy}, not by seed data`);
            continue;
          }
          const checked = checkValue(key, propertySpec, value, at);
          if (checked !== undefined) linkProps[key] = checked;
        }
        const inherit = rspec.inheritsEvidence === true && link.evidence === undefined;
        const linkEvidence = inherit ? evidence : checkEvidence(link.evidence, at, true);
        pendingLinks.push({
          id: linkId(id, type, link.to, linkProps),
          type,
          from: id,
          to: link.to,
          props: linkProps,
          evidence: linkEvidence,
          file,
          entry,
          index: li,
          inherit,
        });
      });
    });
  }

  // Cross-file checks: targets exist and have an allowed kind; sources exist; no duplicate links.
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const sourceIds = new Set(nodes.filter((n) => n.kind === 'Source').map((n) => n.id));
  const checkSources = (evidence: Evidence[], report: Report) => {
    evidence.forEach((e, i) => {
      if (!sourceIds.has(e.source)) report(`evidence #${i + 1} cites "${e.source}", which is not a Source entity`);
    });
  };
  for (const node of nodes) checkSources(node.evidence, (reason) => problems.push({ file: node.file, entry: node.id, reason }));

  const links: LinkRow[] = [];
  const linkIds = new Set<string>();
  for (const link of pendingLinks) {
    const report: Report = (reason) => problems.push({ file: link.file, entry: link.entry, reason: `link #${link.index + 1} (${link.type} → ${link.to}): ${reason}` });
    const targetKind = kindOf.get(link.to);
    if (!targetKind) {
      report(`target "${link.to}" does not exist (dangling reference)`);
      continue;
    }
    const allowed = relationshipSpec(link.type).to as readonly string[];
    if (!allowed.includes(targetKind)) {
      report(`${link.type} cannot point to a ${targetKind} (allowed: ${allowed.join(', ')})`);
      continue;
    }
    if (linkIds.has(link.id)) {
      report('duplicate link: the same relationship is declared twice (merge its evidence into one entry)');
      continue;
    }
    if (!link.inherit) checkSources(link.evidence, report);
    linkIds.add(link.id);
    links.push({ id: link.id, type: link.type, from: link.from, to: link.to, props: { ...link.props, id: link.id, ...provenanceProps(link.evidence, String(link.props.marking ?? 'PUBLIC')) }, evidence: link.evidence, file: link.file });
  }

  // Provenance links: each entity to every document its evidence cites.
  for (const node of nodes) {
    if (node.kind === 'Source') continue;
    for (const mention of mentionLinks(node.id, node.evidence, 'PUBLIC')) {
      if (!sourceIds.has(mention.source)) continue;
      links.push({ id: mention.id, type: 'MENTIONED_IN', from: node.id, to: mention.source, props: mention.props, evidence: mention.cited, file: node.file });
    }
  }

  return { nodes, links, problems };
}
