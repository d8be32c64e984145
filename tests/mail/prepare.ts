// A database a separate process can open (a SQLite file, or a new PostgreSQL database), with the
// demo data and Madiun's review of 2025-W40: notes, an action agreed in it and one carried over
// from the week before.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseTarget } from '../../server/config.ts';
import { type Database, type Dialect, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { addAction, createReview } from '../../server/domains/reviews/store.ts';
import { freshTarget } from '../support/test-server.ts';

export const WEEK = '2025-W40';
export const ACTION = 'Kunjungi 10 perusahaan baru di Madiun';
export const CARRIED = 'Pasang spanduk di pasar besar';

export interface PreparedDatabase {
  target: DatabaseTarget;
  /** DATABASE_URL for another process. */
  url: string;
  db: Database;
  cleanup(): Promise<void>;
}

export async function preparedDatabase(dialect: Dialect): Promise<PreparedDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-mail-'));
  const target: DatabaseTarget = dialect === 'sqlite' ? { dialect, file: path.join(dir, 'pantau.sqlite') } : await freshTarget(dialect);
  const db = await openDatabase(target);
  await seedDemoDataIfEmpty(db);
  const staff = (await db.knex('staff').where('branch_code', 'MADIUN').orderBy('code').first('code'))!;
  const before = await createReview(db, { branch: 'MADIUN', week: '2025-W39', notes: null, by: 'account:kabid.madiun' });
  await addAction(db, before, { title: CARRIED, owner: null, due: null });
  const review = await createReview(db, { branch: 'MADIUN', week: WEEK, notes: 'JKK tertinggal; sosialisasi ke kawasan industri.', by: 'account:kabid.madiun' });
  await addAction(db, review, { title: ACTION, owner: String(staff.code), due: '2025-10-10' });
  return {
    target,
    url: target.dialect === 'sqlite' ? target.file : target.url,
    db,
    cleanup: async () => {
      await db.close().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
