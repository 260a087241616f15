/**
 * The notes field of an entity or a relationship, compiled into its query: the notes on it the
 * viewer may see, newest first. What they are about is already visible where this is used (an
 * entity the projection reached, or a link whose relationship and both ends were checked; an
 * entity resolved into it, through visible steps), so the note's own marking completes the rule
 * (visibleNote in ./visibility.ts).
 */
import { NOTE_LIMITS } from '../domain/model.ts';
import { boundedInt } from '../errors.ts';
import type { Compilation } from './compilation.ts';
import type { SelectedField } from './selection.ts';
import { resolvedInto, visible } from './visibility.ts';

/** Every field of a Note, as stored (`mine` is computed from `author` by its resolver). */
export const noteMap = (n: string): string => `${n} {.id, .text, .author, .createdAt, .marking, .targetId, .targetType}`;

/**
 * `[Note!]!` of the entity or relationship bound to `target`, of type `targetType`. An entity's
 * notes include those of the entities resolved into it that the viewer may see (a group resolved
 * as one is read as one), as notes/list-notes does.
 */
export function noteList(c: Compilation, target: string, targetType: 'entity' | 'link', field: SelectedField): string {
  const first = boundedInt(field.args.first as number | null | undefined, 'first', 0, NOTE_LIMITS.page, NOTE_LIMITS.defaultPage);
  const n = c.variable('note');
  const ids = c.variable('ids');
  let targets = `[${target}.id]`;
  if (targetType === 'entity') {
    const d = c.variable('resolved');
    targets += ` + COLLECT { MATCH (${d}:Resolved)${resolvedInto(c.variable('x'), c.variable('s'), c.variable('y'))}(${target}) WHERE ${visible(d)} RETURN ${d}.id }`;
  }
  return `COLLECT { WITH ${targets} AS ${ids} MATCH (${n}:Note) WHERE ${n}.targetId IN ${ids} AND ${n}.targetType = '${targetType}' AND ${visible(n)} ` +
    `WITH ${n} ORDER BY ${n}.createdAt DESC, ${n}.id LIMIT ${c.param(first)} RETURN ${noteMap(n)} }`;
}
