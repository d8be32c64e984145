import { EntitySchema } from '@mikro-orm/core';

/**
 * A scheduled weekly report's mailing of one branch and week (server/mail/mailing-record.ts):
 * claimed (SENDING) by the server instance about to send it, SENT once the mail server took it.
 * The key lets one instance claim a week, so that a restart or a second server on the same
 * PostgreSQL never mails the same week twice, and a week missed while the server was down is
 * made up once.
 */
export interface ReportMailing {
  branchCode: string;
  week: string;
  state: 'SENDING' | 'SENT';
  /** The process that claimed it (import/run-owner.ts currentOwner). */
  owner: string;
  claimedAt: Date;
  sentAt?: Date | null;
  messageId?: string | null;
  /** The addresses the mail server accepted, comma-separated. */
  recipients?: string | null;
  /** Sent by the schedule at its time, or made up at a start after a missed one. */
  madeUp: boolean;
}

export const ReportMailingSchema = new EntitySchema<ReportMailing>({
  name: 'ReportMailing',
  tableName: 'report_mailing',
  properties: {
    branchCode: { type: 'string', length: 32, primary: true },
    week: { type: 'string', length: 8, primary: true },
    state: { type: 'string', length: 8 },
    owner: { type: 'string', length: 200 },
    claimedAt: { type: 'datetime' },
    sentAt: { type: 'datetime', nullable: true },
    messageId: { type: 'string', length: 500, nullable: true },
    recipients: { type: 'text', nullable: true },
    madeUp: { type: 'boolean', default: false },
  },
});
