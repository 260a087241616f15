/**
 * What the knowledge writes do for the notes on what they change, in their own transaction:
 *
 * - an entity or relationship made stricter takes the notes on it (and, for an entity, the notes
 *   on its relationships) up to its marking, with the search labels of it, so a note never stays
 *   below its target and no lower clearance's note index holds it;
 * - an entity or relationship deleted takes its notes with it (each deletion audited), and is
 *   refused when any of them is above the writer's clearance, as it is for relationships and
 *   evidence they cannot see: what a writer cannot see, they do not remove;
 * - a resolution of duplicates (and its undo) moves relationships between the two entities: the
 *   notes on them follow, and are raised to the marking of their new ends. Notes on the duplicate
 *   itself stay on it, and are read with the entity it was resolved into (visibleNote).
 */
import type { AppContext } from '../../context.ts';
import { q } from '../../db/cypher.ts';
import { noteSearchLabelParams } from '../../domain/derive.ts';
import { MARKINGS } from '../../domain/model.ts';
import { badInput } from '../../errors.ts';
import { auditNote, type NoteRecord } from './notes-domain.ts';

type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** Called by every knowledge write that sets the marking of an existing entity or relationship. */
export async function raiseNoteMarkings(run: Run, id: string, marking: string): Promise<void> {
  const at = MARKINGS.indexOf(marking as (typeof MARKINGS)[number]);
  if (at > 0) await run(q('knowledge/raise-note-markings'), { id, marking, lessStrict: MARKINGS.slice(0, at), ...noteSearchLabelParams });
}

/** Called by every knowledge delete before it removes the entity or relationship. */
export async function removeTargetNotes(ctx: AppContext, run: Run, id: string): Promise<void> {
  const [row] = await run(q('knowledge/target-notes'), { id, markings: ctx.viewer.markings });
  if (Number(row?.hidden ?? 0) > 0) throw badInput(`"${id}" has notes above your clearance; it cannot be deleted by you.`, 'id');
  const notes = (row?.visible as NoteRecord[] | undefined) ?? [];
  if (notes.length === 0) return;
  await run(q('knowledge/delete-target-notes'), { id });
  for (const note of notes) await auditNote(run, ctx, 'note-deleted', note);
}

/** Called by a resolution of duplicates and by its undo, in their transaction, once the relationships have moved. */
export async function followResolution(run: Run, duplicate: { id: string; marking: string }, survivor: { id: string; marking: string }): Promise<void> {
  await run(q('duplicates-writes/move-link-notes'), { ends: [duplicate.id, survivor.id] });
  for (const end of [duplicate, survivor]) await raiseNoteMarkings(run, end.id, end.marking);
}
