// The `regions` import kind: regional offices (code, name) into `region`; import them before the
// branches that name them in `region_code`.
import { z } from 'zod';
import { branchCode, text } from '../../import/fields.ts';
import { cellText, type KindDefinition } from '../../import/kind-parts.ts';

const regionRow = z.object({
  // The same rules as a branch code: letters, digits, `_`, `-`, `.`, upper-cased.
  code: branchCode(),
  name: text(200),
});
type RegionRow = z.output<typeof regionRow>;

export const regionsKind: KindDefinition<RegionRow> = {
  kind: 'regions',
  columns: ['code', 'name'],
  required: ['code', 'name'],
  aliases: {
    kode: 'code', kode_wilayah: 'code', kode_kanwil: 'code', region: 'code', region_code: 'code', wilayah: 'code', kanwil: 'code',
    nama: 'name', nama_wilayah: 'name', nama_kanwil: 'name', region_name: 'name',
  },
  schema: regionRow,
  key: (r) => r.code,
  keyText: (r) => `code=${r.code}`,
  table: 'region',
  dbColumns: ['code', 'name', 'source', 'import_id'],
  conflict: ['code'],
  compared: ['name', 'source'],
  optionalFeeds: {},
  toDb: (r, importId) => ({ code: r.code, name: r.name, source: 'IMPORTED', import_id: importId }),
  orderBy: ['code'],
  toCsv: (d) => ({ code: cellText(d.code), name: cellText(d.name) }),
};
