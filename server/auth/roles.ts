import { MARKINGS, ROLES } from '../domain/model.ts';

export type Role = (typeof ROLES)[number];
export type Marking = (typeof MARKINGS)[number];

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);
export const isMarking = (value: unknown): value is Marking => (MARKINGS as readonly unknown[]).includes(value);

/** A role includes every role below it. */
export const hasRole = (role: Role, required: Role) => ROLES.indexOf(role) >= ROLES.indexOf(required);

/** The markings a clearance may see: its own and every one below. */
export const markingsFor = (clearance: Marking): Marking[] => MARKINGS.slice(0, MARKINGS.indexOf(clearance) + 1);
