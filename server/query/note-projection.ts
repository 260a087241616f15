/**
 * The notes field of an entity or a relationship, compiled into its query: the notes on it the
 * viewer may see, newest first. What they are about is already visible where this is used (an
 * entity the projection reached, or a link whose relationship and both ends were checked), so
 * the note's own marking completes the rule (visibleNote in ./visibility.ts).
 */
import { NOTE_LIMITS } from '../domain/model.ts';
import { boundedInt } from '../errors.ts';
import type { Compilation } from './compilation.ts';
import type { SelectedField } from './selection.ts';
import { visible } from './visibility.ts';

/** Every field of a Note, as stored (`mine` is computed from `author` by its resolver). */
export const noteMap = (n: string): string => `${n} {.id, .text, .author, .createdAt, .marking, .targetId, .targetType}`;

/** `[Note!]!` of the entity or relationship bound to `target`, of type `targetType`. */
export function noteList(c: Compilation, target: string, targetType: 'entity' | 'link', field: SelectedField): string {
  const first = boundedInt(field.args.first as number | null | undefined, 'first', 0, NOTE_LIMITS.page, NOTE_LIMITS.defaultPage);
  const n = c.variable('note');
  return `COLLECT { MATCH (${n}:Note {targetId: ${target}.id}) WHERE ${n}.targetType = '${targetType}' AND ${visible(n)} ` +
    `WITH ${n} ORDER BY ${n}.createdAt DESC, ${n}.id LIMIT ${c.param(first)} RETURN ${noteMap(n)} }`;
}
