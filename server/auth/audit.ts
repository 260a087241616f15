/**
 * The audit log: append-only :AuditEvent nodes (who, when, what, outcome, before and after).
 * Writes of knowledge record their event inside the same transaction as the change.
 */
import { randomUUID } from 'node:crypto';
import { BOOKKEEPING_TIMEOUT_MS, type Db } from '../db/driver.ts';

export type AuditAction =
  | 'sign-in' | 'sign-in-failed' | 'sign-out' | 'request-denied' | 'rate-limited'
  | 'entity-upserted' | 'entity-deleted' | 'link-upserted' | 'link-deleted'
  | 'user-created' | 'user-updated' | 'token-created' | 'token-revoked' | 'sign-in-link-created';

export interface AuditEvent {
  actor: string;
  action: AuditAction;
  outcome: 'success' | 'denied' | 'failure';
  target?: string | null;
  details?: string | null;
  before?: unknown;
  after?: unknown;
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
  };
}

export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await db.write('audit/record-event', { event: auditRow(event) }, BOOKKEEPING_TIMEOUT_MS);
}
