/**
 * Analysts' notes (server/modules/notes): read by target, added and deleted. A target or note the
 * signed-in user may not see answers exactly like one that does not exist.
 */
import type { Marking } from './schema-types.ts';
import type { Me, Note } from './api-types.ts';
import { graphqlRequest, type RequestOptions } from './graphql-transport.ts';

export type { Me, Note };

/** The fields of a note every read of the explorer selects (the entity details too). */
export const NOTE_FIELDS = /* GraphQL */ `id text author createdAt marking targetId targetType mine`;
const ME_FIELDS = /* GraphQL */ `name role clearance`;

/** The notes on an entity or relationship, with who is asking (for the form and the delete buttons). */
export async function notesOf(targetId: string, options: RequestOptions = {}): Promise<{ notes: Note[]; me: Me }> {
  return graphqlRequest<{ notes: Note[]; me: Me }>(
    /* GraphQL */ `query Notes($ids: [ID!]!) { notes(targetIds: $ids) { ${NOTE_FIELDS} } me { ${ME_FIELDS} } }`,
    { ids: [targetId] },
    options,
  );
}

export async function currentMe(options: RequestOptions = {}): Promise<Me> {
  return (await graphqlRequest<{ me: Me }>(/* GraphQL */ `query Me { me { ${ME_FIELDS} } }`, {}, options)).me;
}

/** Adds a note; without a marking it takes that of what it is about. */
export async function addNote(targetId: string, text: string, marking: Marking | null): Promise<Note> {
  const data = await graphqlRequest<{ addNote: Note }>(
    /* GraphQL */ `mutation AddNote($input: NoteInput!) { addNote(input: $input) { ${NOTE_FIELDS} } }`,
    { input: { targetId, text, marking } },
  );
  return data.addNote;
}

export async function deleteNote(id: string): Promise<void> {
  await graphqlRequest(/* GraphQL */ `mutation DeleteNote($id: ID!) { deleteNote(id: $id) { id deleted } }`, { id });
}
