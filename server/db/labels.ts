/**
 * The only place where a label or relationship type is spliced into Cypher text, and only
 * after checking it against the domain model's allowlist. Everything else is a parameter.
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
