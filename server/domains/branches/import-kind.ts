// The `branches` import kind: branch offices (code, name, region) into `branch`.
import { z } from 'zod';
import { branchCode, text } from '../../import/fields.ts';
import { cellText, type KindDefinition } from '../../import/kind-parts.ts';

const branchRow = z.object({
  code: branchCode(),
  name: text(200),
  region: text(200, { optional: true }),
});
type BranchRow = z.output<typeof branchRow>;

export const branchesKind: KindDefinition<BranchRow> = {
  kind: 'branches',
  columns: ['code', 'name', 'region'],
  required: ['code', 'name'],
  aliases: {
    kode: 'code', kode_cabang: 'code', branch: 'code', cabang: 'code', branch_code: 'code',
    nama: 'name', nama_cabang: 'name', branch_name: 'name',
    wilayah: 'region', provinsi: 'region', kanwil: 'region', province: 'region',
  },
  schema: branchRow,
  key: (r) => r.code,
  keyText: (r) => `code=${r.code}`,
  table: 'branch',
  dbColumns: ['code', 'name', 'region', 'source', 'import_id'],
  conflict: ['code'],
  compared: ['name', 'region', 'source'],
  optionalFeeds: { region: ['region'] },
  toDb: (r, importId) => ({ code: r.code, name: r.name, region: r.region === '' ? null : r.region, source: 'IMPORTED', import_id: importId }),
  orderBy: ['code'],
  toCsv: (d) => ({ code: cellText(d.code), name: cellText(d.name), region: cellText(d.region) }),
};
