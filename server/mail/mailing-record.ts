// What the schedule mailed, recorded in the database (report_mailing), so that a week's report
// of a branch goes out once: across restarts, and across several Pantau servers on one
// PostgreSQL. An instance claims (branch, week) before sending; the table's key lets one claim
// win, the others see it and leave the week alone. Sent, the claim becomes SENT; given up, it is
// released, so that a later start makes the week up. A claim whose process died (on this host)
// or that is older than CLAIM_STALE_MS (another host's, which cannot be asked) may be taken over.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type ReportMailing, ReportMailingSchema } from '../db/entities/report-mailing.ts';
import type { Database } from '../db/orm.ts';
import { currentOwner, ownerState } from '../import/run-owner.ts';

/** Longer than a send with every retry (1 + 5 + 15 + 60 minutes and the sends themselves). */
export const CLAIM_STALE_MS = 3 * 60 * 60_000;

export type Claim = { ok: true } | { ok: false; by: ReportMailing };

/** Claims the mailing of `branch`'s `week` for this process, in one transaction. */
export async function claimMailing(db: Database, branch: string, week: string, input: { now: Date; madeUp: boolean }): Promise<Claim> {
  const owner = currentOwner();
  try {
    return await db.orm.em.fork().transactional(async (em) => {
      const held = await em.findOne(ReportMailingSchema, { branchCode: branch, week });
      if (!held) {
        em.create(ReportMailingSchema, { branchCode: branch, week, state: 'SENDING', owner, claimedAt: input.now, madeUp: input.madeUp });
        await em.flush();
        return { ok: true } as const;
      }
      const stale = held.state === 'SENDING' && (ownerState(held.owner) === 'gone' || (ownerState(held.owner) === 'unknown' && input.now.getTime() - new Date(held.claimedAt).getTime() > CLAIM_STALE_MS));
      if (!stale) return { ok: false, by: held } as const;
      // Taken over only if nobody took it over since it was read.
      const taken = await em.nativeUpdate(ReportMailingSchema, { branchCode: branch, week, owner: held.owner, state: 'SENDING' }, { owner, claimedAt: input.now, madeUp: input.madeUp });
      return taken === 1 ? ({ ok: true } as const) : ({ ok: false, by: held } as const);
    });
  } catch (error) {
    // Another instance inserted the same claim between our read and our write: it won.
    if (error instanceof UniqueConstraintViolationException) {
      const by = await db.orm.em.fork().findOne(ReportMailingSchema, { branchCode: branch, week });
      if (by) return { ok: false, by };
    }
    throw error;
  }
}

/** The claimed mailing went out. */
export async function markSent(db: Database, branch: string, week: string, sent: { at: Date; messageId: string; accepted: string[] }): Promise<void> {
  await db.orm.em.fork().nativeUpdate(
    ReportMailingSchema,
    { branchCode: branch, week, owner: currentOwner() },
    { state: 'SENT', sentAt: sent.at, messageId: sent.messageId.slice(0, 500), recipients: sent.accepted.join(', ') },
  );
}

/** Gives the claim back (the send was given up), so that a later start may make the week up. */
export async function releaseClaim(db: Database, branch: string, week: string): Promise<void> {
  await db.orm.em.fork().nativeDelete(ReportMailingSchema, { branchCode: branch, week, owner: currentOwner(), state: 'SENDING' });
}

/** The record of a branch's week, if any (tests, the log). */
export async function mailingOf(db: Database, branch: string, week: string): Promise<ReportMailing | null> {
  return db.orm.em.fork().findOne(ReportMailingSchema, { branchCode: branch, week });
}
