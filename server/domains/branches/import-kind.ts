// The `branches` import kind: branch offices (code, name, region, region_code) into `branch`;
// region_code names a regional office already imported (kind `regions`).
import { z } from 'zod';
import { branchCode, text } from '../../import/fields.ts';
import { cellText, type KindDefinition } from '../../import/kind-parts.ts';
import { refreshMembershipRollup } from '../membership/rollup.ts';

const branchRow = z.object({
  code: branchCode(),
  name: text(200),
  region: text(200, { optional: true }),
  region_code: text(32, { optional: true }),
});
type BranchRow = z.output<typeof branchRow>;

export const branchesKind: KindDefinition<BranchRow> = {
  kind: 'branches',
  columns: ['code', 'name', 'region', 'region_code'],
  required: ['code', 'name'],
  aliases: {
    kode: 'code', kode_cabang: 'code', branch: 'code', cabang: 'code', branch_code: 'code',
    nama: 'name', nama_cabang: 'name', branch_name: 'name',
    wilayah: 'region', provinsi: 'region', kanwil: 'region', province: 'region',
    kode_wilayah: 'region_code', kode_kanwil: 'region_code', kanwil_code: 'region_code', regional_office: 'region_code',
  },
  schema: branchRow,
  key: (r) => r.code,
  regionOf: (r) => (r.region_code ? r.region_code.toUpperCase() : null),
  keyText: (r) => `code=${r.code}`,
  table: 'branch',
  dbColumns: ['code', 'name', 'region', 'region_code', 'source', 'import_id'],
  conflict: ['code'],
  compared: ['name', 'region', 'region_code', 'source'],
  optionalFeeds: { region: ['region'], region_code: ['region_code'] },
  toDb: (r, importId) => ({
    code: r.code,
    name: r.name,
    region: r.region === '' ? null : r.region,
    region_code: r.region_code ? r.region_code.toUpperCase() : null,
    source: 'IMPORTED',
    import_id: importId,
  }),
  // The membership month rollup sums each office's branches as the branch table names them: a
  // branch that moved (or joined) changes its groups.
  afterStore: (trx) => refreshMembershipRollup(trx, 'months'),
  orderBy: ['code'],
  toCsv: (d) => ({ code: cellText(d.code), name: cellText(d.name), region: cellText(d.region), region_code: cellText(d.region_code) }),
};
