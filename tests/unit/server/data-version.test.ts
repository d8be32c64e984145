// The data version follows imports stored by other processes by looking at the import history
// before cache lookups: at most once a second per database, one look shared by the lookups
// that arrive while it runs, and a changed history bumps the version.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataVersion, syncDataVersion } from '../../../server/cache/data-version.ts';
import type { Database } from '../../../server/db/orm.ts';

function fakeDatabase() {
  const state = { looks: 0, stored: { id: 1, n: 1 } };
  const chain = {
    where: () => chain,
    max: () => chain,
    count: () => chain,
    first: async () => {
      state.looks += 1;
      return { ...state.stored };
    },
  };
  // The look reads through the read connections (Database.read); knex is the same fake.
  return { state, db: { knex: () => chain, read: () => chain } as unknown as Database };
}

describe('syncDataVersion', () => {
  afterEach(() => vi.useRealTimers());

  it('looks at the import history at most once a second, and bumps the version when it changed', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const { state, db } = fakeDatabase();
    await Promise.all([syncDataVersion(db), syncDataVersion(db), syncDataVersion(db)]);
    expect(state.looks).toBe(1);
    const version = dataVersion();

    state.stored = { id: 2, n: 2 }; // another process stored a file
    vi.setSystemTime(1_000_500);
    await syncDataVersion(db);
    expect(state.looks).toBe(1);
    expect(dataVersion()).toBe(version);

    vi.setSystemTime(1_001_000);
    await syncDataVersion(db);
    expect(state.looks).toBe(2);
    expect(dataVersion()).toBe(version + 1);

    vi.setSystemTime(1_002_000);
    await syncDataVersion(db);
    expect(state.looks).toBe(3);
    expect(dataVersion()).toBe(version + 1);
  });

  it('looks again at the next lookup after a failed look', async () => {
    vi.useFakeTimers({ now: 2_000_000 });
    const { state, db } = fakeDatabase();
    const chain = (db.knex as unknown as () => { first: () => Promise<unknown> })();
    const first = chain.first;
    chain.first = async () => {
      chain.first = first;
      throw new Error('database gone');
    };
    await expect(syncDataVersion(db)).rejects.toThrow('database gone');
    await syncDataVersion(db);
    expect(state.looks).toBe(1);
  });
});
