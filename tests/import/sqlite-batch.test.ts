// Batches as SQLite receives them (server/import/sqlite-batch.ts), run against a real SQLite
// database: whatever the values (negative, huge, null, empty, non-ASCII, trailing spaces,
// fractions, mixed types), what is stored is exactly what was sent, with its type.
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DbValue, KindSpec } from '../../server/import/kinds.ts';
import { SqliteBatchEncoder } from '../../server/import/sqlite-batch.ts';

const spec = {
  table: 'sample',
  dbColumns: ['code', 'label', 'amount', 'note', 'source'],
  conflict: ['code'],
  compared: ['label', 'amount', 'note', 'source'],
} as unknown as KindSpec;

let db: sqlite3.Database;
const run = (sql: string, params: unknown[] = []) =>
  new Promise<void>((resolve, reject) => db.run(sql, params, (err) => (err ? reject(err) : resolve())));
const rows = () =>
  new Promise<Record<string, unknown>[]>((resolve, reject) =>
    db.all('SELECT code, label, amount, typeof(amount) AS amount_type, note, source FROM sample ORDER BY code', (err, r) => (err ? reject(err) : resolve(r as Record<string, unknown>[]))),
  );

/** Encodes rows (given row by row, as a batch reads) the way the upserter hands them over: column by column. */
async function write(encoder: SqliteBatchEncoder, batch: DbValue[][]): Promise<string> {
  const columns = spec.dbColumns.map((_, c) => batch.map((row) => row[c]));
  const { sql, bindings } = encoder.encode(columns, batch.length);
  await run(sql, bindings);
  return sql;
}

const expectStored = async (batch: DbValue[][]) => {
  const expected = [...batch]
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
    .map(([code, label, amount, note, source]) => ({
      code,
      label,
      amount,
      amount_type: amount === null ? 'null' : Number.isInteger(amount) ? 'integer' : typeof amount === 'number' ? 'real' : 'text',
      note,
      source,
    }));
  expect(await rows()).toEqual(expected);
};

beforeEach(async () => {
  db = new sqlite3.Database(':memory:');
  await run('CREATE TABLE sample (code TEXT PRIMARY KEY, label TEXT, amount, note TEXT, source TEXT NOT NULL)');
});
afterEach(() => new Promise<void>((resolve) => db.close(() => resolve())));

describe('SQLite batches', () => {
  it('carries integers and texts exactly as a fixed-width BLOB', async () => {
    const batch: DbValue[][] = [
      ['A1', 'Kantor Cabang Madiun', 0, null, 'IMPORTED'],
      ['A2', '', -42, 'catatan', 'IMPORTED'],
      ['A3', 'Pekerja Migran Indonésia 🇮🇩', Number.MAX_SAFE_INTEGER, '  spaced  ', 'IMPORTED'],
      ['A4', 'x', -Number.MAX_SAFE_INTEGER, '', 'IMPORTED'],
      ['A5', null, null, 'é'.repeat(300), 'IMPORTED'],
    ];
    const sql = await write(new SqliteBatchEncoder(spec), batch);
    expect(sql).toContain('substr(?1');
    // `source` is the same in every row: bound once, not repeated in the BLOB.
    expect(sql).toContain('?3');
    await expectStored(batch);
  });

  it('falls back to JSON for fractions and for a column mixing numbers and texts', async () => {
    const fractions: DbValue[][] = [
      ['B1', 'a', 0.1, null, 'S'],
      ['B2', 'b', 1500000.5, null, 'T'],
    ];
    expect(await write(new SqliteBatchEncoder(spec), fractions)).toContain('json_each');
    await expectStored(fractions);

    const mixed: DbValue[][] = [
      ['C1', 'a', 12, null, 'S'],
      ['C2', 'b', '12', null, 'S'],
    ];
    expect(await write(new SqliteBatchEncoder(spec), mixed)).toContain('json_each');
    await run("DELETE FROM sample WHERE code LIKE 'B%'");
    await expectStored(mixed);
  });

  it('keeps one statement while values fit, widens for longer ones, and upserts by key', async () => {
    const encoder = new SqliteBatchEncoder(spec);
    const first = await write(encoder, [
      ['D1', 'abcdefghij', 123456, 'n', 'S'],
      ['D2', 'b', 7, 'm', 'S'],
    ]);
    const narrower = await write(encoder, [
      ['D3', 'c', 8, 'o', 'S'],
      ['D4', 'd', 9, 'p', 'S'],
    ]);
    expect(narrower).toBe(first);
    const wider = await write(encoder, [
      ['D1', 'a much longer label than before', 1234567890123, 'changed', 'S'],
      ['D5', 'e', 10, 'q', 'S'],
    ]);
    expect(wider).not.toBe(first);
    await expectStored([
      ['D1', 'a much longer label than before', 1234567890123, 'changed', 'S'],
      ['D2', 'b', 7, 'm', 'S'],
      ['D3', 'c', 8, 'o', 'S'],
      ['D4', 'd', 9, 'p', 'S'],
      ['D5', 'e', 10, 'q', 'S'],
    ]);
  });

  it('binds a fraction that is the same in every row once, and keeps the BLOB for the rest', async () => {
    const batch: DbValue[][] = [
      ['F1', 'a', 0.5, 'x', 'S'],
      ['F2', 'b', 0.5, null, 'S'],
    ];
    expect(await write(new SqliteBatchEncoder(spec), batch)).toContain('substr(?1');
    await expectStored(batch);
  });

  it('stores many batches of varying shape exactly, reusing statement texts', async () => {
    const encoder = new SqliteBatchEncoder(spec);
    const statements = new Set<string>();
    const all: DbValue[][] = [];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let b = 0; b < 60; b++) {
      const batch: DbValue[][] = [];
      const constantNote = random() < 0.3;
      for (let r = 0; r < 1 + Math.floor(random() * 20); r++) {
        const n = all.length;
        batch.push([
          `G${String(n).padStart(5, '0')}`,
          random() < 0.2 ? null : 'label '.repeat(Math.floor(random() * 4)),
          random() < 0.2 ? null : Math.floor((random() - 0.5) * 10 ** Math.floor(random() * 12)),
          constantNote ? 'same' : random() < 0.3 ? null : `note ${n}`,
          'S',
        ]);
        all.push(batch[batch.length - 1]);
      }
      statements.add(await write(encoder, batch));
    }
    // Widths only grow and null flags stay: 60 batches need far fewer statement texts.
    expect(statements.size).toBeLessThan(20);
    await expectStored(all);
  });

  it('cuts a text column whose values all fill its width without length digits, and measures the others', async () => {
    const encoder = new SqliteBatchEncoder(spec);
    // Every label three bytes long ('éa' is three bytes of UTF-8 too): no length digits.
    const even: DbValue[][] = [
      ['H1', 'abc', 1, null, 'S'],
      ['H2', 'éa', 2, null, 'S'],
      ['H3', 'xyz', 3, null, 'S'],
    ];
    const sql = await write(encoder, even);
    expect(sql).toMatch(/CAST\(substr\(\?1, i \* \d+ \+ \d+, 3\) AS TEXT\)/);
    expect(sql).not.toContain('AS INTEGER)) AS TEXT)');
    // Shorter labels afterwards (the width stays three): measured again, and stored exactly.
    const uneven: DbValue[][] = [
      ['H4', 'a', 4, null, 'S'],
      ['H5', 'bcd', 5, null, 'S'],
      ['H6', '', 6, null, 'S'],
    ];
    expect(await write(encoder, uneven)).toContain('AS INTEGER)) AS TEXT)');
    await expectStored([...even, ...uneven]);
  });

  it('keeps a batch intact while the next one is encoded (the upserter runs one while it fills the next)', async () => {
    const encoder = new SqliteBatchEncoder(spec);
    const batches: DbValue[][][] = [0, 1, 2].map((b) =>
      Array.from({ length: 50 }, (_, r) => [`J${b}${String(r).padStart(2, '0')}`, `label ${b}-${r}`, b * 1000 + r, r % 3 ? null : 'n', 'S']),
    );
    const encode = (batch: DbValue[][]) => encoder.encode(spec.dbColumns.map((_, c) => batch.map((row) => row[c])), batch.length);
    const first = encode(batches[0]);
    const second = encode(batches[1]);
    await run(first.sql, first.bindings);
    const third = encode(batches[2]);
    await run(second.sql, second.bindings);
    await run(third.sql, third.bindings);
    await expectStored(batches.flat());
  });

  it('writes a batch of one row', async () => {
    const batch: DbValue[][] = [['E1', 'only', 5, null, 'S']];
    await write(new SqliteBatchEncoder(spec), batch);
    await expectStored(batch);
  });
});
