// The audit log: every write and every account change, who made it, from where. Written next
// to the change itself; read by admins (GraphQL auditLog).
import type { EntityManager } from '@mikro-orm/core';
import type { Database } from '../db/orm.ts';
import { AuditEntrySchema, type AuditEntry } from '../db/entities/audit-entry.ts';

export type { AuditEntry };

export interface AuditRecord {
  actor: string;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

export async function audit(db: Database, record: AuditRecord): Promise<void> {
  const em = db.orm.em.fork();
  auditWithin(em, record);
  await em.flush();
}

/** Adds the entry to a unit of work: written with the change it records, in its transaction, or not at all. */
export function auditWithin(em: EntityManager, record: AuditRecord): void {
  em.create(AuditEntrySchema, {
    at: new Date(),
    actor: record.actor.slice(0, 200),
    action: record.action,
    target: record.target?.slice(0, 500) ?? null,
    detail: record.detail ? JSON.stringify(record.detail) : null,
    ip: record.ip?.slice(0, 64) ?? null,
  });
}

export async function auditEntries(db: Database, opts: { limit: number; before?: number }): Promise<AuditEntry[]> {
  const where = opts.before ? { id: { $lt: opts.before } } : {};
  return db.orm.em.fork().find(AuditEntrySchema, where, { orderBy: { id: 'desc' }, limit: opts.limit });
}
