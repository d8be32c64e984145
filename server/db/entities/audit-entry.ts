import { EntitySchema } from '@mikro-orm/core';

/** One line of the audit log: a write or an account change, who made it and from where. */
export interface AuditEntry {
  id: number;
  at: Date;
  actor: string;
  action: string;
  target?: string | null;
  /** JSON text. */
  detail?: string | null;
  ip?: string | null;
}

export const AuditEntrySchema = new EntitySchema<AuditEntry>({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    at: { type: 'datetime' },
    actor: { type: 'string', length: 200 },
    action: { type: 'string', length: 64 },
    target: { type: 'string', length: 500, nullable: true },
    detail: { type: 'text', nullable: true },
    ip: { type: 'string', length: 64, nullable: true },
  },
});
