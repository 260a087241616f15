/**
 * Duplicates and their resolution: the judgement queue (scored pairs, server/duplicates), judging
 * a pair, undoing a resolution, and reading what was resolved into an entity.
 *
 * The write authority rule holds as for knowledge writes: a judge sees both entities (a hidden one
 * is refused exactly like an unknown id), and a merge moves every relationship of the duplicate,
 * so one with a relationship the judge cannot see is refused, as its deletion would be. The kept
 * entity is never marked above the other: whoever could read either still reads the one left.
 * Each judgement and undo is audited in its own transaction.
 */
import { auditRow, type AuditAction } from '../../auth/audit.ts';
import type { AppContext } from '../../context.ts';
import { q } from '../../db/cypher.ts';
import { MARKINGS, RESOLVABLE_KINDS } from '../../domain/model.ts';
import { stricterMarking } from '../../domain/provenance.ts';
import { searchIndexFor } from '../../domain/derive.ts';
import { acronymOf, nameWords } from '../../duplicates/name-similarity.ts';
import { scoreDuplicates, pairKey, type Judgement, type PoolEntity, type ScoredPair, type SharedIdentifier } from '../../duplicates/duplicate-scoring.ts';
import { badInput, boundedInt, notFound } from '../../errors.ts';
import { canSee, noEntity } from '../knowledge/write-authority.ts';
import { namesOrAliasesQuery } from '../search/lucene-query.ts';
import { followResolution } from '../notes/note-targets.ts';

/** Identifier types that name one holder: two entities using one are likely one. */
const HOLDER_IDENTIFIER_TYPES = ['document', 'bank-account', 'email'];
/** An identifier used by more than this many is shared (a network's phone), not a holder's. */
const MAX_IDENTIFIER_USERS = 5;
const MAX_PAGE = 200;
/** A merge moves every relationship of the duplicate (a person's few, a place's thousands) in one transaction. */
const MERGE_TIMEOUT_MS = 60_000;

type Verdict = 'same' | 'not-same' | 'unsure';
type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;
type Stored = { id: string; kind: string; name: string; aliases: string[]; marking: string };

const isResolvable = (kind: string) => (RESOLVABLE_KINDS as readonly string[]).includes(kind);
const noResolution = (id: string) => notFound(`No resolved duplicate with id "${id}".`);

/** Resolved duplicate id → the entity it now is, for the ids the viewer may see. */
async function survivorMap(ctx: AppContext): Promise<Map<string, string>> {
  const rows = await ctx.db.read('duplicates/resolved-groups', { markings: ctx.viewer.markings });
  return new Map(rows.map((r) => [String(r.id), String(r.survivor)]));
}

/** The entities that these ids, resolved since, now are (ids that were not resolved are left out). */
export async function survivorsOf(ctx: AppContext, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.read('duplicates/survivors-of', { ids: [...ids], markings: ctx.viewer.markings });
  return new Map(rows.map((r) => [String(r.id), String(r.survivor)]));
}

async function scoredPairs(ctx: AppContext, kinds: readonly string[], survivors: Map<string, string>): Promise<ScoredPair[]> {
  const markings = ctx.viewer.markings;
  const pool = (await ctx.db.read('duplicates/duplicate-pool', { kinds: [...kinds], markings })) as unknown as PoolEntity[];
  const sharedIdentifiers = (await ctx.db.read('duplicates/shared-identifiers', { identifierTypes: HOLDER_IDENTIFIER_TYPES, maxUsers: MAX_IDENTIFIER_USERS, markings })) as unknown as SharedIdentifier[];
  const judgements = (await ctx.db.read('duplicates/judgements', { markings })) as unknown as Judgement[];
  return scoreDuplicates({ pool, sharedIdentifiers, judgements, survivors });
}

/** How many entities an entity's pairs are looked for among: those the full-text index finds most alike. */
const NAMESAKES = 200;

/**
 * One entity's pairs (the details panel asks for them each time an entity is shown): compared
 * with the entities of its kind the full-text index finds by its name words, typos allowed, and
 * those sharing an identifier with it, instead of with every entity of its kind.
 */
async function pairsOfOne(ctx: AppContext, entity: PoolEntity, survivors: Map<string, string>): Promise<ScoredPair[]> {
  const markings = ctx.viewer.markings;
  const words = [...new Set([entity.name, ...entity.aliases].flatMap(nameWords))];
  const acronym = acronymOf(nameWords(entity.name));
  // Name words are letters and digits only (nameWords): nothing in them is Lucene syntax.
  const terms = [...words, ...(acronym ? [acronym] : [])].slice(0, 16).map((w) => (w.length >= 4 ? `${w}~1` : w));
  const query = terms.length ? namesOrAliasesQuery(terms) : null;
  const namesakes = query ? ((await ctx.db.read('duplicates/namesakes', { index: searchIndexFor(markings), query, kind: entity.kind, id: entity.id, limit: NAMESAKES, markings })) as unknown as PoolEntity[]) : [];
  const sharers = (await ctx.db.read('duplicates/identifier-sharers', { id: entity.id, identifierTypes: HOLDER_IDENTIFIER_TYPES, maxUsers: MAX_IDENTIFIER_USERS, markings })) as unknown as (SharedIdentifier & { holders: PoolEntity[] })[];
  const pool = [...new Map([entity, ...namesakes, ...sharers.flatMap((s) => s.holders)].map((e) => [e.id, e])).values()];
  const judgements = (await ctx.db.read('duplicates/judgements', { markings })) as unknown as Judgement[];
  return scoreDuplicates({ pool, sharedIdentifiers: sharers, judgements, survivors, entityId: entity.id });
}

export interface CandidateArgs {
  kind?: string | null;
  entityId?: string | null;
  first?: number | null;
  after?: string | null;
}

export async function duplicateCandidates(ctx: AppContext, args: CandidateArgs) {
  const first = boundedInt(args.first, 'first', 0, MAX_PAGE, 20);
  const offset = args.after == null ? 0 : Number(args.after);
  if (!Number.isInteger(offset) || offset < 0) throw badInput(`after must be an endCursor of this query (got "${args.after}").`, 'after');
  if (args.kind != null && !isResolvable(args.kind)) throw badInput(`${args.kind} entities are not compared for duplicates; kinds that are: ${RESOLVABLE_KINDS.join(', ')}.`, 'kind');
  const survivors = await survivorMap(ctx);
  let pairs: ScoredPair[];
  if (args.entityId != null) {
    const [entity] = (await ctx.db.read('duplicates/entity-names', { id: survivors.get(args.entityId) ?? args.entityId, markings: ctx.viewer.markings })) as unknown as PoolEntity[];
    if (!entity) throw noEntity(args.entityId);
    pairs = isResolvable(entity.kind) && (!args.kind || args.kind === entity.kind) ? await pairsOfOne(ctx, entity, survivors) : [];
  } else {
    pairs = await scoredPairs(ctx, args.kind ? [args.kind] : RESOLVABLE_KINDS, survivors);
  }
  const page = pairs.slice(offset, offset + first);
  return {
    totalCount: pairs.length,
    candidates: page,
    hasNextPage: offset + first < pairs.length,
    endCursor: page.length ? String(offset + page.length) : null,
  };
}

export async function resolvedDuplicates(ctx: AppContext, entityId: string) {
  const rows = await ctx.db.read('duplicates/resolutions-of', { id: entityId, markings: ctx.viewer.markings });
  type Stored = { source: string; quote: string; date: string | null; modality: string | null };
  return rows.map((r) => ({ ...r, evidence: ((r.evidence as Stored[]) ?? []).map((e) => ({ sourceId: e.source, quote: e.quote, date: e.date || null, modality: e.modality || 'reported' })) }));
}

async function audited(ctx: AppContext, run: Run, action: AuditAction, target: string, before: unknown, after: unknown, marking: string) {
  await run(q('audit/record-event'), { event: auditRow({ actor: ctx.viewer.identity!.name, action, outcome: 'success', target, before, after, marking }) });
}

/** Which of the two to keep: the one asked for, else the one marked for the wider readership, then the better linked. */
function survivorOf(a: Stored & { degree: number }, b: Stored & { degree: number }, keep: string | null | undefined): [Stored, Stored] {
  const rank = (m: string) => MARKINGS.indexOf(m as never);
  if (keep != null && keep !== a.id && keep !== b.id) throw badInput(`keep must be one of the pair ("${a.id}" or "${b.id}").`, 'keep');
  const [kept, other] = keep === b.id ? [b, a] : keep === a.id ? [a, b]
    : rank(a.marking) !== rank(b.marking) ? (rank(a.marking) < rank(b.marking) ? [a, b] : [b, a])
    : b.degree > a.degree ? [b, a] : [a, b];
  if (rank(kept.marking) > rank(other.marking)) {
    throw badInput(`"${kept.name}" is marked ${kept.marking}, above "${other.name}" (${other.marking}): keep "${other.name}", so that everyone who could read either still reads the one left.`, 'keep');
  }
  return [kept, other];
}

export interface JudgeInput {
  a: string;
  b: string;
  verdict: Verdict;
  keep?: string | null;
}

export async function judgeDuplicate(ctx: AppContext, input: JudgeInput) {
  if (input.a === input.b) throw badInput('A pair needs two different entities.', 'b');
  const pair = pairKey(input.a, input.b);
  // A "same" that a recorded "not the same" of their groups contradicts is refused (read first:
  // the groups come from resolutions the viewer may see).
  const survivors = input.verdict === 'same' ? await survivorMap(ctx) : new Map<string, string>();
  const judgements = input.verdict === 'same' ? ((await ctx.db.read('duplicates/judgements', { markings: ctx.viewer.markings })) as unknown as (Judgement & { judgedBy: string; judgedAt: string })[]) : [];
  return ctx.db.writeTransaction(async (run): Promise<{ verdict: Verdict; survivorId: string | null; duplicateId: string | null; movedLinks: number }> => {
    const [context] = await run(q('duplicates-writes/judgement-context'), { a: input.a, b: input.b, pair, markings: ctx.viewer.markings });
    const seen = (key: 'a' | 'b') => {
      const record = context?.[key] as Stored | null;
      if (!record || !canSee(ctx, record.marking)) throw noEntity(input[key]);
      return { ...record, degree: Number(context![`${key}Degree`]), hidden: Number(context![`${key}Hidden`]) };
    };
    const [a, b] = [seen('a'), seen('b')];
    if (a.kind !== b.kind) throw badInput(`"${a.name}" is ${a.kind === 'Organisation' ? 'an' : 'a'} ${a.kind} and "${b.name}" a ${b.kind}: only entities of one kind can be the same.`, 'b');
    if (!isResolvable(a.kind)) throw badInput(`${a.kind} entities are not resolved as duplicates.`, 'a');
    const judgedBy = ctx.viewer.identity!.name;
    const judgedAt = new Date().toISOString();
    if (input.verdict !== 'same') {
      const marking = stricterMarking(a.marking, b.marking);
      const [row] = await run(q('duplicates-writes/record-judgement'), {
        judgement: { id: `judgement-${crypto.randomUUID()}`, pair, a: a.id, b: b.id, verdict: input.verdict, judgedBy, judgedAt, marking },
      });
      await audited(ctx, run, 'duplicate-judged', pair, context!.judgement ?? null, row!.judgement, marking);
      return { verdict: input.verdict, survivorId: null, duplicateId: null, movedLinks: 0 };
    }
    const group = (id: string) => survivors.get(id) ?? id;
    const contradiction = judgements.find((j) => j.verdict === 'not-same' && pairKey(group(j.a), group(j.b)) === pair && pairKey(j.a, j.b) !== pair);
    if (contradiction) {
      throw badInput(`"${a.name}" and "${b.name}" cannot be the same: ${contradiction.judgedBy} judged "${contradiction.a}" and "${contradiction.b}", resolved into them, not the same on ${contradiction.judgedAt.slice(0, 10)}. Undo that resolution or judge that pair again first.`, 'verdict');
    }
    const [kept, duplicate] = survivorOf(a, b, input.keep);
    const hidden = duplicate.id === a.id ? a.hidden : b.hidden;
    if (hidden > 0) throw badInput(`"${duplicate.id}" has relationships above your clearance; it cannot be resolved into another entity by you.`, 'b');
    // What the names say, recorded with the judgement (a pair judged on other grounds scores 0).
    const [scored] = scoreDuplicates({ pool: [a, b], sharedIdentifiers: [], judgements: [], survivors: new Map() });
    const [score, reasons] = [scored?.score ?? 0, scored?.reasons ?? []];
    const [row] = await run(q('duplicates-writes/resolve-duplicate'), {
      duplicate: duplicate.id,
      survivor: kept.id,
      judgement: { judgedBy, judgedAt, score, reasons, marking: duplicate.marking },
    });
    await followResolution(run, duplicate, kept);
    await run(q('duplicates-writes/forget-judgement'), { pair });
    await audited(ctx, run, 'duplicate-resolved', duplicate.id, { duplicate, survivor: kept }, { resolvedInto: kept.id, movedLinks: Number(row!.moved) }, duplicate.marking);
    return { verdict: 'same', survivorId: kept.id, duplicateId: duplicate.id, movedLinks: Number(row!.moved) };
  }, MERGE_TIMEOUT_MS);
}

export async function undoResolution(ctx: AppContext, duplicateId: string) {
  return ctx.db.writeTransaction(async (run) => {
    const [context] = await run(q('duplicates-writes/undo-context'), { duplicate: duplicateId, markings: ctx.viewer.markings });
    const duplicate = context?.duplicate as Stored | null;
    const into = context?.into as Stored | null;
    if (!duplicate || !into || !canSee(ctx, duplicate.marking) || !canSee(ctx, String(context!.marking)) || !canSee(ctx, into.marking)) throw noResolution(duplicateId);
    if (!context!.current) throw badInput(`"${into.name}" has since been resolved into another entity: undo that resolution first.`, 'duplicateId');
    if (Number(context!.hiddenMoved) > 0) throw badInput(`Some of the relationships "${duplicateId}" brought are now above your clearance; the resolution cannot be undone by you.`, 'duplicateId');
    const [row] = await run(q('duplicates-writes/undo-resolution'), { duplicate: duplicateId });
    await followResolution(run, duplicate, into);
    await audited(ctx, run, 'resolution-undone', duplicateId, { resolvedInto: into.id }, { duplicate }, duplicate.marking);
    return { verdict: 'same' as Verdict, survivorId: into.id, duplicateId, movedLinks: Number(row!.moved) };
  }, MERGE_TIMEOUT_MS);
}
