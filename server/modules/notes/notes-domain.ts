/**
 * Analysts' notes (:Note) on entities and relationships: a text, its author, its date and a
 * marking.
 *
 * - What a note is about is stored on it (`targetId`, `targetType`, and for a relationship its
 *   ends `fromId`, `toId`), never as a relationship: no traversal, degree or untyped pattern of
 *   the graph meets a note.
 * - A note is visible when its marking is and what it is about is (visibleNote in
 *   server/query/visibility.ts): every query of notes applies the rule, so a note on a hidden
 *   entity, or above the viewer's clearance, reads exactly like an id that no note has.
 * - Its marking is at most the writer's clearance and never below what it is about (for a
 *   relationship, the strictest of it and its two ends), which is its default; it is raised with
 *   its target (./note-targets.ts), so the per-clearance search labels of its marking always say
 *   who may see both.
 * - Writes follow the write authority: only on what the writer can see, a hidden target refused
 *   in the words used for an unused id; each is audited in its own transaction.
 */
import { randomBytes } from 'node:crypto';
import { auditRow } from '../../auth/audit.ts';
import type { AppContext } from '../../context.ts';
import { q } from '../../db/cypher.ts';
import { withRelType } from '../../db/labels.ts';
import { isRelationshipType, noteSearchLabelParams } from '../../domain/derive.ts';
import { MARKINGS, NOTE_LIMITS } from '../../domain/model.ts';
import { stricterMarking } from '../../domain/provenance.ts';
import { badInput, boundedInt, notFound } from '../../errors.ts';
import { checkMadeBy } from '../../auth/roles.ts';
import { INTERACTIVE_WRITE_TIMEOUT_MS } from '../../db/driver.ts';
import { canSee, noEntity, noLink } from '../knowledge/write-authority.ts';

export interface NoteInput {
  targetId: string;
  text: string;
  marking?: string | null;
}

/** A note as the API returns it. */
export interface NoteRecord {
  id: string;
  text: string;
  author: string;
  createdAt: string;
  marking: string;
  targetId: string;
  targetType: 'entity' | 'link';
}

type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** Targets one notes(targetIds:) read may name: a group of entities resolved as one stays well within it. */
const MAX_TARGETS = 100;
const NOTE_ID = /^note-[A-Za-z0-9_-]{12}$/;
const MAX_ID = 200;

const noNote = (id: string) => notFound(`No note with id "${id}".`);

/** 9 random bytes in base64url: 12 URL-safe characters. Uniqueness is held by the schema's constraint. */
const newNoteId = () => `note-${randomBytes(9).toString('base64url')}`;

/** A relationship's id names its type (`from|TYPE|to...`); an entity's id never holds a `|`. */
const linkTypeOf = (id: string): string | undefined => (id.includes('|') ? id.split('|')[1] : undefined);


export const auditNote = (run: Run, ctx: AppContext, action: 'note-added' | 'note-deleted', note: NoteRecord) =>
  run(q('audit/record-event'), {
    event: auditRow({
      actor: ctx.viewer.identity!.name,
      action,
      outcome: 'success',
      target: note.id,
      before: action === 'note-deleted' ? note : null,
      after: action === 'note-added' ? note : null,
      marking: note.marking,
    }),
  });

interface Target {
  id: string;
  fromId: string | null;
  toId: string | null;
  /** The marking a note on it may not be below. */
  floor: string;
}

/** What a note is to be about, if the writer may see it (a relationship: and both its ends); else NOT_FOUND as for an unused id. */
async function visibleTarget(ctx: AppContext, run: Run, targetId: string): Promise<Target & { type: 'entity' | 'link' }> {
  const type = linkTypeOf(targetId);
  if (type !== undefined && !isRelationshipType(type)) throw noLink(targetId);
  const [row] = type
    ? await run(withRelType(q('notes/link-target'), type), { id: targetId, markings: ctx.viewer.markings })
    : await run(q('notes/entity-target'), { id: targetId, markings: ctx.viewer.markings });
  if (!row) throw type ? noLink(targetId) : noEntity(targetId);
  const floor = (row.markings as string[]).reduce((a, b) => stricterMarking(a, b), MARKINGS[0]);
  return { id: row.id as string, fromId: (row.fromId as string | null) ?? null, toId: (row.toId as string | null) ?? null, floor, type: type ? 'link' : 'entity' };
}

export async function addNote(ctx: AppContext, input: NoteInput): Promise<NoteRecord> {
  const text = typeof input.text === 'string' ? input.text.trim() : '';
  if (!text || text.length > NOTE_LIMITS.text) throw badInput(`A note's text must be 1 to ${NOTE_LIMITS.text.toLocaleString('en')} characters.`, 'text');
  const targetId = typeof input.targetId === 'string' ? input.targetId.slice(0, MAX_ID) : '';
  const asked = input.marking ?? null;
  if (asked !== null && !(MARKINGS as readonly string[]).includes(asked)) throw badInput(`marking must be one of ${MARKINGS.join(', ')}.`, 'marking');
  if (asked !== null && !canSee(ctx, asked)) throw badInput(`A note cannot be marked above your clearance (${ctx.viewer.identity?.clearance}).`, 'marking');
  return ctx.db.writeTransaction(async (run) => {
    const target = await visibleTarget(ctx, run, targetId);
    const marking = asked ?? target.floor;
    if (stricterMarking(marking, target.floor) !== marking) {
      throw badInput(`A note cannot be less strict than what it is about (${target.floor}).`, 'marking');
    }
    const note = {
      id: newNoteId(),
      text,
      author: ctx.viewer.identity!.name,
      createdAt: new Date().toISOString(),
      marking,
      targetId: target.id,
      targetType: target.type,
      fromId: target.fromId,
      toId: target.toId,
    };
    const [row] = await run(q('notes-writes/create-note'), { note, markings: ctx.viewer.markings, ...noteSearchLabelParams });
    const saved = row!.note as NoteRecord;
    await auditNote(run, ctx, 'note-added', saved);
    return saved;
  }, INTERACTIVE_WRITE_TIMEOUT_MS);
}

/** Deletes a note the viewer may see and wrote (admins: any they may see). */
export async function deleteNote(ctx: AppContext, id: string): Promise<{ id: string; deleted: boolean }> {
  if (typeof id !== 'string' || !NOTE_ID.test(id)) throw noNote(String(id).slice(0, MAX_ID));
  return ctx.db.writeTransaction(async (run) => {
    const [row] = await run(q('notes/find-note'), { id, markings: ctx.viewer.markings });
    const note = row?.note as NoteRecord | undefined;
    if (!note) throw noNote(id);
    checkMadeBy(ctx.viewer.identity!, note.author, `The note "${id}"`, 'author');
    await run(q('notes-writes/delete-note'), { id, markings: ctx.viewer.markings });
    await auditNote(run, ctx, 'note-deleted', note);
    return { id, deleted: true };
  }, INTERACTIVE_WRITE_TIMEOUT_MS);
}

/** The notes the viewer may see on any of these entities or relationships, newest first. */
export async function listNotes(ctx: AppContext, args: { targetIds: string[]; first?: number | null }): Promise<NoteRecord[]> {
  const limit = boundedInt(args.first, 'first', 0, NOTE_LIMITS.page, NOTE_LIMITS.defaultPage);
  const targetIds = [...new Set(args.targetIds)];
  if (targetIds.length > MAX_TARGETS) throw badInput(`targetIds holds ${targetIds.length} ids; at most ${MAX_TARGETS}.`, 'targetIds');
  if (targetIds.length === 0 || limit === 0) return [];
  const rows = await ctx.db.read('notes/list-notes', { targetIds, markings: ctx.viewer.markings, limit });
  return rows.map((r) => r.note as NoteRecord);
}

export const isMine = (ctx: AppContext, note: NoteRecord): boolean => note.author === ctx.viewer.identity?.name;
