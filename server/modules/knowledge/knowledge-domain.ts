/**
 * Analysts' writes: entities and links, validated against the model exactly like seed data,
 * limited to the writer's clearance, and committed together with their audit event in one
 * transaction (a failing write leaves nothing behind, not even a half audit).
 */
import { auditRow, type AuditAction } from '../../auth/audit.ts';
import type { AppContext } from '../../context.ts';
import { q } from '../../db/cypher.ts';
import { withLabel, withRelType } from '../../db/labels.ts';
import { linkPropertyNames } from '../../domain/derive-graphql.ts';
import { isKind, isRelationshipType, kindSpec, relationshipSpec, searchLabelParams } from '../../domain/derive.ts';
import { COMMON_PROPERTIES, MARKINGS, type PropertySpec } from '../../domain/model.ts';
import { badInput, notFound } from '../../errors.ts';
import { linkId, mentionLinks, provenanceProps, type Evidence } from '../../domain/provenance.ts';
import { checkEvidence, checkValue, type PropertyValue } from '../../domain/property-checks.ts';
import type { EntityRecord, RelRecord } from '../../db/records.ts';

const ID = /^[a-z0-9][a-z0-9_-]{1,120}$/;
const MAX_TEXT = 10_000;

interface EvidenceInput {
  sourceId: string;
  quote: string;
  date?: string | null;
  modality?: string | null;
  marking?: string | null;
}

export interface EntityInput {
  id?: string | null;
  kind: string;
  name: string;
  aliases?: string[] | null;
  description?: string | null;
  marking?: string | null;
  properties?: Record<string, unknown> | null;
  evidence: EvidenceInput[];
}

/** The relationship's properties (linkPropertyNames(): order, share, ...) arrive as stored values. */
export interface LinkInput {
  type: string;
  from: string;
  to: string;
  marking?: string | null;
  evidence: EvidenceInput[];
  [property: string]: unknown;
}

/** Collects every problem, then fails once with all of them. */
class Problems {
  readonly list: string[] = [];
  report = (reason: string) => {
    this.list.push(reason);
  };
  throwIfAny(): void {
    if (this.list.length) throw badInput(`The write was refused: ${this.list.join('; ')}.`, 'input');
  }
}

const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);

function checkMarking(ctx: AppContext, marking: string | null | undefined, problems: Problems): string {
  const value = marking ?? 'PUBLIC';
  if (!(MARKINGS as readonly string[]).includes(value)) problems.report(`marking must be one of ${MARKINGS.join(', ')}`);
  else if (!ctx.viewer.markings.includes(value)) problems.report(`you cannot write above your clearance (${ctx.viewer.identity?.clearance})`);
  return value;
}

function evidenceOf(ctx: AppContext, input: EvidenceInput[], problems: Problems): Evidence[] {
  const raw = (input ?? []).map((e) => ({
    source: e.sourceId,
    quote: e.quote,
    ...(e.date ? { date: e.date } : {}),
    ...(e.modality ? { modality: e.modality } : {}),
    ...(e.marking ? { marking: checkMarking(ctx, e.marking, problems) } : {}),
  }));
  for (const e of raw) if (typeof e.quote === 'string' && e.quote.length > 2000) problems.report('an evidence quote is longer than 2000 characters');
  return checkEvidence(raw, (reason) => problems.report(reason), true);
}

async function inTransaction<T>(ctx: AppContext, work: (run: (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await ctx.db.writeTransaction(async (run) => {
    result = await work(run);
  }, 15_000);
  return result as T;
}

const audit = (run: (cypher: string, params?: Record<string, unknown>) => Promise<unknown>, ctx: AppContext, action: AuditAction, target: string, before: unknown, after: unknown) =>
  run(q('audit/record-event'), { event: auditRow({ actor: ctx.viewer.identity!.name, action, outcome: 'success', target, before, after }) });

export async function upsertEntity(ctx: AppContext, input: EntityInput): Promise<EntityRecord> {
  const problems = new Problems();
  if (!isKind(input.kind)) throw badInput(`"${input.kind}" is not a kind.`, 'kind');
  const kind = input.kind;
  const spec = kindSpec(kind);
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name || name.length > 300) problems.report('name must be 1 to 300 characters');
  const id = input.id ?? `${spec.idPrefix}${slug(name)}`;
  if (!ID.test(id)) problems.report('id must be a lower-case slug of letters, digits, - and _');
  else if (!id.startsWith(spec.idPrefix)) problems.report(`id must start with "${spec.idPrefix}" for a ${kind}`);
  const marking = checkMarking(ctx, input.marking, problems);

  const props: Record<string, PropertyValue> = { id, kind, name, marking, aliases: [] };
  if (input.aliases) props.aliases = checkValue('aliases', COMMON_PROPERTIES.aliases, input.aliases, problems.report) ?? [];
  if (input.description) {
    if (input.description.length > MAX_TEXT) problems.report(`description is longer than ${MAX_TEXT} characters`);
    else props.description = input.description;
  }
  for (const [key, value] of Object.entries(input.properties ?? {})) {
    const propertySpec = (spec.properties as Record<string, PropertySpec>)[key];
    if (!propertySpec) {
      problems.report(`unknown property "${key}" for kind ${kind}`);
      continue;
    }
    if (value === null) continue;
    const checked = checkValue(key, propertySpec, value, problems.report);
    if (checked !== undefined) props[key] = checked;
  }
  props.aliasesText = (props.aliases as string[]).join(' | ');
  const evidence = evidenceOf(ctx, input.evidence, problems);
  problems.throwIfAny();

  return inTransaction(ctx, async (run) => {
    const sourceIds = [...new Set(evidence.map((e) => e.source))];
    const [context] = await run(q('knowledge/write-context'), { id, otherId: null, sourceIds, markings: ctx.viewer.markings });
    const existing = context!.entity as EntityRecord | null;
    if (existing && !ctx.viewer.markings.includes(String(existing.marking))) throw badInput(`The id "${id}" is taken.`, 'id');
    if (existing && existing.kind !== kind) throw badInput(`"${id}" is a ${existing.kind}, not a ${kind}.`, 'kind');
    const visible = new Set(context!.visibleSources as string[]);
    // A new source document may cite itself; every other citation must be a visible document.
    const missing = sourceIds.filter((s) => !visible.has(s) && !(kind === 'Source' && s === id));
    if (missing.length) throw badInput(`Evidence cites unknown source documents: ${missing.join(', ')}.`, 'evidence');
    const full = { ...props, ...provenanceProps(evidence, marking) };
    const mentions = kind === 'Source' ? [] : mentionLinks(id, evidence, marking).map(({ id: mentionId, source, props: mentionProps }) => ({ id: mentionId, source, props: mentionProps }));
    const [row] = await run(withLabel(q('knowledge/upsert-entity'), kind), { id, props: full, mentions, ...searchLabelParams });
    await audit(run, ctx, 'entity-upserted', id, existing, full);
    const entity = row!.entity as EntityRecord;
    return entity;
  });
}

export async function deleteEntity(ctx: AppContext, id: string) {
  return inTransaction(ctx, async (run) => {
    const [context] = await run(q('knowledge/write-context'), { id, otherId: null, sourceIds: [], markings: ctx.viewer.markings });
    const existing = context!.entity as EntityRecord | null;
    if (!existing || !ctx.viewer.markings.includes(String(existing.marking))) throw notFound(`No entity with id "${id}".`);
    if (Number(context!.hiddenLinks) > 0) throw badInput(`"${id}" has relationships above your clearance; it cannot be deleted by you.`, 'id');
    await run(q('knowledge/delete-entity'), { id });
    await audit(run, ctx, 'entity-deleted', id, existing, null);
    return { id, deleted: true };
  });
}

export async function upsertLink(ctx: AppContext, input: LinkInput) {
  const problems = new Problems();
  if (!isRelationshipType(input.type)) throw badInput(`"${input.type}" is not a relationship type.`, 'type');
  const type = input.type;
  const spec = relationshipSpec(type);
  const marking = checkMarking(ctx, input.marking, problems);
  const props: Record<string, PropertyValue> = { marking };
  for (const key of linkPropertyNames()) {
    const value = input[key];
    if (value === null || value === undefined) continue;
    const propertySpec = (spec.properties as Record<string, PropertySpec>)[key];
    if (!propertySpec) {
      problems.report(`${type} has no property "${key}"`);
      continue;
    }
    const checked = checkValue(key, propertySpec, value, problems.report);
    if (checked !== undefined) props[key] = checked;
  }
  const evidence = evidenceOf(ctx, input.evidence, problems);
  if (input.from === input.to) problems.report('a relationship needs two different entities');
  problems.throwIfAny();
  const id = linkId(input.from, type, input.to, props);

  return inTransaction(ctx, async (run) => {
    const sourceIds = [...new Set(evidence.map((e) => e.source))];
    const [context] = await run(q('knowledge/write-context'), { id: input.from, otherId: input.to, sourceIds, markings: ctx.viewer.markings });
    const from = context!.entity as EntityRecord | null;
    const to = context!.other as EntityRecord | null;
    const visible = (e: EntityRecord | null) => e !== null && ctx.viewer.markings.includes(String(e.marking));
    if (!visible(from)) throw notFound(`No entity with id "${input.from}".`);
    if (!visible(to)) throw notFound(`No entity with id "${input.to}".`);
    if (!(spec.from as readonly string[]).includes(from!.kind)) throw badInput(`${type} cannot start from a ${from!.kind} (allowed: ${spec.from.join(', ')}).`, 'from');
    if (!(spec.to as readonly string[]).includes(to!.kind)) throw badInput(`${type} cannot point to a ${to!.kind} (allowed: ${spec.to.join(', ')}).`, 'to');
    const missing = sourceIds.filter((s) => !(context!.visibleSources as string[]).includes(s));
    if (missing.length) throw badInput(`Evidence cites unknown source documents: ${missing.join(', ')}.`, 'evidence');
    const before = await run(withRelType(q('knowledge/find-link'), type), { id, markings: [...MARKINGS] });
    const full = { ...props, id, ...provenanceProps(evidence, marking) };
    const [row] = await run(withRelType(q('knowledge/upsert-link'), type), { id, from: input.from, to: input.to, props: full });
    await audit(run, ctx, 'link-upserted', id, before[0]?.rel ?? null, full);
    const rel = row!.rel as RelRecord;
    return rel;
  });
}

export async function deleteLink(ctx: AppContext, id: string) {
  const type = id.split('|')[1];
  if (!type || !isRelationshipType(type)) throw notFound(`No relationship with id "${id}".`);
  return inTransaction(ctx, async (run) => {
    const [found] = await run(withRelType(q('knowledge/find-link'), type), { id, markings: ctx.viewer.markings });
    if (!found) throw notFound(`No relationship with id "${id}".`);
    await run(withRelType(q('knowledge/delete-link'), type), { id });
    await audit(run, ctx, 'link-deleted', id, found.rel, null);
    return { id, deleted: true };
  });
}

