import type { AppContext } from '../../context.ts';
import { addNote, deleteNote, isMine, listNotes, type NoteInput, type NoteRecord } from './notes-domain.ts';

/** Analysts' notes: one line each, over notes-domain.ts. Entity.notes and Link.notes are compiled (server/query/note-projection.ts). */
export const notesResolvers = {
  Query: {
    notes: (_: unknown, args: { targetIds: string[]; first?: number | null }, ctx: AppContext) => listNotes(ctx, args),
  },
  Mutation: {
    addNote: (_: unknown, { input }: { input: NoteInput }, ctx: AppContext) => addNote(ctx, input),
    deleteNote: (_: unknown, { id }: { id: string }, ctx: AppContext) => deleteNote(ctx, id),
  },
  Note: {
    mine: (note: NoteRecord, _: unknown, ctx: AppContext) => isMine(ctx, note),
  },
};
