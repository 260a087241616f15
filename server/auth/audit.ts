/**
 * The audit log: append-only :AuditEvent nodes (who, when, what, outcome, before and after).
 * Writes of knowledge record their event inside the same transaction as the change.
 */
import { randomUUID } from 'node:crypto';
import { BOOKKEEPING_TIMEOUT_MS, type Db } from '../db/driver.ts';
import { MARKINGS } from '../domain/model.ts';

export type AuditAction =
  | 'sign-in' | 'sign-in-failed' | 'sign-out' | 'request-denied' | 'rate-limited'
  | 'entity-upserted' | 'entity-deleted' | 'link-upserted' | 'link-deleted' | 'view-saved' | 'view-deleted'
  | 'note-added' | 'note-deleted'
  | 'data-imported' | 'data-removed' | 'data-exported'
  | 'document-ingested' | 'candidate-accepted' | 'candidate-edited' | 'candidate-rejected'
  | 'duplicate-judged' | 'duplicate-resolved' | 'resolution-undone'
  | 'user-created' | 'user-updated' | 'token-created' | 'token-revoked' | 'sign-in-link-created';

export interface AuditEvent {
  actor: string;
  action: AuditAction;
  outcome: 'success' | 'denied' | 'failure';
  target?: string | null;
  details?: string | null;
  before?: unknown;
  after?: unknown;
  /**
   * The marking of what the event records: readers of the audit log see only events within their
   * clearance. Left out: the strictest marking found in before and after (`recordMarking`), and
   * PUBLIC for events that record no graph data (sign-ins, user and token changes).
   */
  marking?: string;
}

/**
 * The strictest marking in records of graph data: every `marking` and `evidenceMarkings` entry,
 * at any depth (a link's record holds its properties under `props`).
 */
export function recordMarking(...records: unknown[]): string {
  let strictest = 0;
  const visit = (value: unknown, key: string | null) => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, key === 'evidenceMarkings' ? 'marking' : null));
    if (typeof value === 'string' && key === 'marking') strictest = Math.max(strictest, MARKINGS.indexOf(value as never));
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  for (const record of records) visit(record, null);
  return MARKINGS[strictest]!;
}

/** The stored form: maps and lists become JSON text (Neo4j properties cannot nest). */
export function auditRow(event: AuditEvent) {
  return {
    id: randomUUID(),
    at: Date.now(),
    actor: event.actor,
    action: event.action,
    outcome: event.outcome,
    target: event.target ?? null,
    details: event.details ? event.details.slice(0, 1000) : null,
    before: event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === undefined ? null : JSON.stringify(event.after),
    marking: event.marking ?? recordMarking(event.before, event.after),
  };
}

export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await db.write('audit/record-event', { event: auditRow(event) }, BOOKKEEPING_TIMEOUT_MS);
}
