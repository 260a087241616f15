/**
 * The visibility rule, written once. A viewer sees a node or relationship whose marking is among
 * `$markings` (their clearance and below), and an evidence item only when its own marking (the
 * marking of what it supports, unless it has one of its own) and its source document are both
 * visible. Every compiled query takes its predicates from here; static read queries spell the
 * same predicates and tests/unit/query-visibility.test.ts holds them to it.
 *
 * The rule is a predicate on what a query touches, never a list of hidden things: its cost does
 * not grow with the amount of data a viewer cannot see.
 */

/** The parameter every read query receives: the markings the viewer may see. */
export const MARKINGS_PARAM = 'markings';

/** A node or relationship variable the viewer may see. */
export const visible = (variable: string): string => `${variable}.marking IN $${MARKINGS_PARAM}`;

/**
 * The positions of the evidence items of `owner` (a node or relationship variable) that the
 * viewer may see, in stored order. `i` and `src` are fresh variable names (subqueries may not
 * redeclare a variable of an enclosing scope).
 */
export const visibleEvidenceIndexes = (owner: string, i: string, src: string): string =>
  `[${i} IN range(0, size(coalesce(${owner}.evidenceQuotes, [])) - 1) ` +
  `WHERE coalesce(${owner}.evidenceMarkings[${i}], ${owner}.marking) IN $${MARKINGS_PARAM} ` +
  `AND EXISTS { MATCH (${src}:Entity:Source {id: ${owner}.evidenceSources[${i}]}) WHERE ${visible(src)} }]`;

/**
 * An analyst's note (:Note) is visible when its own marking is and what it is about is: the
 * entity, or the relationship and both its ends (a note on a link between a public and a
 * restricted entity says something about the restricted one). An entity resolved into another
 * since (:Resolved, server/modules/duplicates) is what it is about when it and every step of its
 * resolution to a visible entity are visible: its notes are read with that entity's. The names
 * after `n` are fresh variable names. A link's ends are stored on the note (`fromId`, `toId`, kept
 * up to date when a resolution moves the relationship), so the relationship is found from its
 * two ends rather than by an id no index covers across types.
 */
export const visibleNote = (n: string, e: string, a: string, r: string, b: string): string =>
  `${visible(n)} AND CASE ${n}.targetType ` +
  `WHEN 'entity' THEN EXISTS { MATCH (${e}:Entity {id: ${n}.targetId}) WHERE ${visible(e)} } ` +
  `OR EXISTS { MATCH (${a}:Resolved {id: ${n}.targetId})${resolvedInto(`${e}_x`, `${e}_s`, `${e}_y`)}(${e}:Entity) WHERE ${visible(a)} AND ${visible(e)} } ` +
  `WHEN 'link' THEN EXISTS { MATCH (${a}:Entity {id: ${n}.fromId})-[${r}]->(${b}:Entity {id: ${n}.toId}) ` +
  `WHERE ${r}.id = ${n}.targetId AND ${visible(r)} AND ${visible(a)} AND ${visible(b)} } ` +
  'ELSE false END';

/**
 * The chain of resolutions from a resolved duplicate to what it became, every step visible (a
 * quantified path to put between the duplicate's node pattern and the entity's).
 */
export const resolvedInto = (x: string, s: string, y: string): string =>
  `((${x} WHERE ${visible(x)})-[${s}:SAME_AS WHERE ${visible(s)}]->(${y} WHERE ${visible(y)}))+`;
