/**
 * The only place where a label, a relationship type or a hop bound is spliced into Cypher text,
 * and only after checking it against an allowlist (the domain model's names; whole numbers in a
 * fixed range). Everything else is a parameter.
 */
import { isKind, isRelationshipType } from '../domain/derive.ts';

export function label(kind: string): string {
  if (!isKind(kind)) throw new Error(`"${kind}" is not a kind of the model`);
  return `\`${kind}\``;
}

export function relType(type: string): string {
  if (!isRelationshipType(type)) throw new Error(`"${type}" is not a relationship type of the model`);
  return `\`${type}\``;
}

/** Replaces {{LABEL}} / {{TYPE}} placeholders of a query template with checked names. */
export function withLabel(template: string, kind: string): string {
  return template.replaceAll('{{LABEL}}', label(kind));
}

export function withRelType(template: string, type: string): string {
  return template.replaceAll('{{TYPE}}', relType(type));
}

/**
 * Replaces {{MAX_HOPS}} with a whole number from 1 to max. Cypher needs the upper bound of a
 * quantified path as a literal; a bound that fits the request keeps the search from walking
 * further than asked.
 */
export function withMaxHops(template: string, hops: number, max: number): string {
  if (!Number.isSafeInteger(hops) || hops < 1 || hops > max) throw new Error(`${hops} is not a hop bound from 1 to ${max}`);
  return template.replaceAll('{{MAX_HOPS}}', String(hops));
}

/** Replaces {{TYPES}} with checked relationship types joined for a pattern (`A|B|C`). */
export function withRelTypes(template: string, types: readonly string[]): string {
  if (types.length === 0) throw new Error('at least one relationship type is needed');
  return template.replaceAll('{{TYPES}}', types.map(relType).join('|'));
}
