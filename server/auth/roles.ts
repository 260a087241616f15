import { GraphQLError } from 'graphql';
import { MARKINGS, ROLES } from '../domain/model.ts';
import { ERROR_CODES } from '../errors.ts';

export type Role = (typeof ROLES)[number];
export type Marking = (typeof MARKINGS)[number];

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);
export const isMarking = (value: unknown): value is Marking => (MARKINGS as readonly unknown[]).includes(value);

/** A role includes every role below it. */
export const hasRole = (role: Role, required: Role) => ROLES.indexOf(role) >= ROLES.indexOf(required);

/** The markings a clearance may see: its own and every one below. */
export const markingsFor = (clearance: Marking): Marking[] => MARKINGS.slice(0, MARKINGS.indexOf(clearance) + 1);

/**
 * What one analyst made for themselves (a saved view, a note) is removed only by them or an admin:
 * anyone else is refused, naming whose it is (they can see it, so this reveals nothing).
 */
export function checkMadeBy(identity: { name: string; role: Role }, maker: string, record: string, makerWord: 'owner' | 'author'): void {
  if (maker !== identity.name && identity.role !== 'admin') {
    throw new GraphQLError(`${record} is ${maker}'s; only its ${makerWord} or an admin may delete it.`, { extensions: { code: ERROR_CODES.FORBIDDEN } });
  }
}
