/**
 * Analysts' writes: entities and links, validated against the model exactly like seed data,
 * held to the write authority rule (./write-authority.ts: only what the writer can see, never
 * lowering or erasing what they cannot), and committed together with their audit event in one
 * transaction (a failing write leaves nothing behind, not even a half audit).
 */
import { auditRow, recordMarking, type AuditAction } from '../../auth/audit.ts';
import type { AppContext } from '../../context.ts';
import { q } from '../../db/cypher.ts';
import { withLabel, withRelType } from '../../db/labels.ts';
import { linkPropertyNames } from '../../domain/derive-graphql.ts';
import { isKind, isRelationshipType, kindSpec, relationshipSpec, searchLabelParams } from '../../domain/derive.ts';
import { contentHash } from '../../domain/content-hash.ts';
import { COMMON_PROPERTIES, MARKINGS, type PropertySpec } from '../../domain/model.ts';
import { badInput } from '../../errors.ts';
import { linkId, mentionLinks, provenanceProps, type Evidence } from '../../domain/provenance.ts';
import { canSee, hiddenEvidence, mergeEvidence, newEntityId, newLinkId, noEntity, noLink, visibleOrAbsent } from './write-authority.ts';
import { checkEvidence, checkValue, type PropertyValue } from '../../domain/property-checks.ts';
import { raiseViewMarkings } from '../views/views-domain.ts';
import { raiseNoteMarkings, removeTargetNotes } from '../notes/note-targets.ts';
import type { EntityRecord, RelRecord } from '../../db/records.ts';
import { INTERACTIVE_WRITE_TIMEOUT_MS } from '../../db/driver.ts';
import { slug } from '../../domain/text-folding.ts';

const ID = /^[a-z0-9][a-z0-9_-]{1,127}$/;
/** A suggested id is the prefix of a new entity's id; a random suffix of 7 characters follows. */
const MAX_SUGGESTED_ID = 120;
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

const slugOf = (text: string) => slug(text, 80);

function checkMarking(ctx: AppContext, marking: string | null | undefined, problems: Problems): string {
  const value = marking ?? 'PUBLIC';
  if (!(MARKINGS as readonly string[]).includes(value)) problems.report(`marking must be one of ${MARKINGS.join(', ')}`);
  else if (!canSee(ctx, value)) problems.report(`you cannot write above your clearance (${ctx.viewer.identity?.clearance})`);
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


/** The event is as strict as the strictest thing it records (and `alsoNames`, e.g. a link's ends). */
const audit = (run: (cypher: string, params?: Record<string, unknown>) => Promise<unknown>, ctx: AppContext, action: AuditAction, target: string, before: unknown, after: unknown, alsoNames: unknown[] = []) =>
  run(q('audit/record-event'), {
    event: auditRow({ actor: ctx.viewer.identity!.name, action, outcome: 'success', target, before, after, marking: recordMarking(before, after, alsoNames.map((marking) => ({ marking }))) }),
  });

type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

const entityIdTaken = (run: Run) => async (id: string) => (await run(q('knowledge/entity-id-taken'), { id }))[0]!.taken === true;
const linkIdTaken = (run: Run, type: string) => async (id: string) => (await run(withRelType(q('knowledge/link-id-taken'), type), { id }))[0]!.taken === true;

/**
 * With the id of an entity the writer can see, replaces it (its properties and the evidence the
 * writer can see). Otherwise (no id, an unused id, or the id of an entity the writer cannot see,
 * alike) creates a new entity whose id is the suggested id, or the kind's prefix and a slug of
 * the name, and a random suffix.
 */
export async function upsertEntity(ctx: AppContext, input: EntityInput): Promise<EntityRecord> {
  const problems = new Problems();
  if (!isKind(input.kind)) throw badInput(`"${input.kind}" is not a kind.`, 'kind');
  const kind = input.kind;
  const spec = kindSpec(kind);
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name || name.length > 300) problems.report('name must be 1 to 300 characters');
  const suggested = input.id ?? `${spec.idPrefix}${slugOf(name)}`;
  if (!ID.test(suggested)) problems.report('id must be a lower-case slug of letters, digits, - and _');
  else if (!suggested.startsWith(spec.idPrefix)) problems.report(`id must start with "${spec.idPrefix}" for a ${kind}`);
  const marking = checkMarking(ctx, input.marking, problems);

  const props: Record<string, PropertyValue> = { kind, name, marking, aliases: [] };
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
    if (propertySpec.derivedBy) {
      problems.report(`property "${key}" is written by ${propertySpec.derivedBy}; leave it out`);
      continue;
    }
    if (value === null) continue;
    const checked = checkValue(key, propertySpec, value, problems.report);
    if (checked !== undefined) props[key] = checked;
  }
  // A document's hash says which text its quotes were checked against: computed, never given.
  if (kind === 'Source') {
    if ('contentHash' in props) problems.report('contentHash is computed from text; leave it out');
    if (typeof props.text === 'string') props.contentHash = contentHash(props.text);
  }
  props.aliasesText = (props.aliases as string[]).join(' | ');
  const evidence = evidenceOf(ctx, input.evidence, problems);
  problems.throwIfAny();

  return ctx.db.writeTransaction(async (run) => {
    const sourceIds = [...new Set(evidence.map((e) => e.source))];
    const [context] = await run(q('knowledge/write-context'), { id: input.id ?? null, otherId: null, sourceIds, markings: ctx.viewer.markings });
    const existing = visibleOrAbsent(ctx, context!.entity as EntityRecord | null);
    if (existing && existing.kind !== kind) throw badInput(`"${suggested}" is a ${existing.kind}, not a ${kind}.`, 'kind');
    const base = suggested.slice(0, MAX_SUGGESTED_ID).replace(/[-_]+$/, '');
    const id = existing ? existing.id : await newEntityId(base, entityIdTaken(run));
    const visible = new Set(context!.visibleSources as string[]);
    // A new source document may cite itself (by the id it was given); every other citation must be a visible document.
    const selfCited = (s: string) => kind === 'Source' && !existing && s === suggested;
    const missing = sourceIds.filter((s) => !visible.has(s) && !selfCited(s));
    if (missing.length) throw badInput(`Evidence cites unknown source documents: ${missing.join(', ')}.`, 'evidence');
    const own = evidence.map((e) => (selfCited(e.source) ? { ...e, source: id } : e));
    const kept = mergeEvidence(ctx, existing, own, visible);
    const full = { ...props, id, ...provenanceProps(kept, marking) };
    const mentions = kind === 'Source' ? [] : mentionLinks(id, kept, marking).map(({ id: mentionId, source, props: mentionProps }) => ({ id: mentionId, source, props: mentionProps }));
    const [row] = await run(withLabel(q('knowledge/upsert-entity'), kind), { id, props: full, mentions, ...searchLabelParams });
    if (existing) await raiseViewMarkings(run, id, marking);
    if (existing) await raiseNoteMarkings(run, id, marking);
    await audit(run, ctx, 'entity-upserted', id, existing, full);
    return row!.entity as EntityRecord;
  }, INTERACTIVE_WRITE_TIMEOUT_MS);
}

/** Deletes an entity the writer can see, unless it has relationships or evidence they cannot see. */
export async function deleteEntity(ctx: AppContext, id: string) {
  return ctx.db.writeTransaction(async (run) => {
    const [context] = await run(q('knowledge/write-context'), { id, otherId: null, sourceIds: [], markings: ctx.viewer.markings });
    const existing = visibleOrAbsent(ctx, context!.entity as EntityRecord | null);
    if (!existing) throw noEntity(id);
    if (Number(context!.hiddenLinks) > 0 || hiddenEvidence(ctx, existing, new Set(context!.visibleSources as string[])).length > 0) {
      throw badInput(`"${id}" has relationships or evidence above your clearance; it cannot be deleted by you.`, 'id');
    }
    // Its resolved duplicates would be left resolved into nothing, their names and quotes unreachable.
    if (Number(context!.resolvedInto) > 0) {
      throw badInput(`${Number(context!.resolvedInto)} duplicate(s) were resolved into "${id}": undo those resolutions (resolvedDuplicates lists them) before deleting it.`, 'id');
    }
    await removeTargetNotes(ctx, run, id);
    await run(q('knowledge/delete-entity'), { id });
    await audit(run, ctx, 'entity-deleted', id, existing, null);
    return { id, deleted: true };
  }, INTERACTIVE_WRITE_TIMEOUT_MS);
}

/**
 * Changes the visible relationship of this type between the two entities with the same order,
 * year and kind of link, if there is one (its id stays); otherwise creates a new one with a new
 * id (the natural key and a random suffix), whatever hidden relationships join the two.
 */
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
  const discriminators = { order: props.order ?? null, year: props.year ?? null, linkKind: props.linkKind ?? null };

  return ctx.db.writeTransaction(async (run) => {
    const sourceIds = [...new Set(evidence.map((e) => e.source))];
    const [context] = await run(q('knowledge/write-context'), { id: input.from, otherId: input.to, sourceIds, markings: ctx.viewer.markings });
    const from = visibleOrAbsent(ctx, context!.entity as EntityRecord | null);
    const to = visibleOrAbsent(ctx, context!.other as EntityRecord | null);
    if (!from) throw noEntity(input.from);
    if (!to) throw noEntity(input.to);
    if (!(spec.from as readonly string[]).includes(from.kind)) throw badInput(`${type} cannot start from a ${from.kind} (allowed: ${spec.from.join(', ')}).`, 'from');
    if (!(spec.to as readonly string[]).includes(to.kind)) throw badInput(`${type} cannot point to a ${to.kind} (allowed: ${spec.to.join(', ')}).`, 'to');
    const missing = sourceIds.filter((s) => !(context!.visibleSources as string[]).includes(s));
    if (missing.length) throw badInput(`Evidence cites unknown source documents: ${missing.join(', ')}.`, 'evidence');
    const [found] = await run(withRelType(q('knowledge/find-visible-link'), type), { from: input.from, to: input.to, discriminators, markings: ctx.viewer.markings });
    const before = (found?.rel ?? null) as RelRecord | null;
    const id = before ? before.id : await newLinkId(linkId(input.from, type, input.to, props), linkIdTaken(run, type));
    const visible = new Set([...(context!.visibleSources as string[]), ...((found?.visibleSources as string[] | undefined) ?? [])]);
    const kept = mergeEvidence(ctx, (before?.props ?? null) as Record<string, unknown> | null, evidence, visible);
    const full = { ...props, id, ...provenanceProps(kept, marking) };
    const [row] = await run(withRelType(q('knowledge/upsert-link'), type), { id, from: input.from, to: input.to, props: full });
    if (before) await raiseNoteMarkings(run, id, marking);
    await audit(run, ctx, 'link-upserted', id, before, full, [from.marking, to.marking]);
    return row!.rel as RelRecord;
  }, INTERACTIVE_WRITE_TIMEOUT_MS);
}

/** Deletes a relationship the writer can see, unless it carries evidence they cannot see. */
export async function deleteLink(ctx: AppContext, id: string) {
  const type = id.split('|')[1];
  if (!type || !isRelationshipType(type)) throw noLink(id);
  return ctx.db.writeTransaction(async (run) => {
    const [found] = await run(withRelType(q('knowledge/find-link'), type), { id, markings: ctx.viewer.markings });
    if (!found) throw noLink(id);
    const rel = found.rel as RelRecord;
    if (hiddenEvidence(ctx, rel.props as Record<string, unknown>, new Set(found.visibleSources as string[])).length > 0) {
      throw badInput(`"${id}" carries evidence above your clearance; it cannot be deleted by you.`, 'id');
    }
    await removeTargetNotes(ctx, run, id);
    await run(withRelType(q('knowledge/delete-link'), type), { id });
    await audit(run, ctx, 'link-deleted', id, rel, null, found.ends as string[]);
    return { id, deleted: true };
  }, INTERACTIVE_WRITE_TIMEOUT_MS);
}
