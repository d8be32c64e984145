// Branch offices: the list, and the check every analytic argument `branch` goes through.
import { inByteOrder } from '../../analytics/byte-order.ts';
import type { Database } from '../../db/orm.ts';
import type { DataSource } from '../../../common/vocabulary/catalog.ts';
import { BadInputError } from '../../errors.ts';

export interface BranchRow {
  code: string;
  name: string;
  region: string | null;
  regionCode: string | null;
  source: DataSource;
}

export interface RegionRow {
  code: string;
  name: string;
  source: DataSource;
  branches: BranchRow[];
}

export async function listBranches(db: Database): Promise<BranchRow[]> {
  return db.read('branch').select('code', 'name', 'region', { regionCode: 'region_code' }, 'source').orderBy(inByteOrder(db, 'branch', 'code'));
}

/** The regional offices, each with its branches (both in code order). */
export async function listRegions(db: Database): Promise<RegionRow[]> {
  const [regions, branches] = await Promise.all([
    db.read('region').select('code', 'name', 'source').orderBy(inByteOrder(db, 'region', 'code')) as Promise<Omit<RegionRow, 'branches'>[]>,
    listBranches(db),
  ]);
  return regions.map((r) => ({ ...r, branches: branches.filter((b) => b.regionCode === r.code) }));
}

/**
 * Normalises a branch argument (codes are upper case) and checks it exists; undefined means
 * "all branches". Throws a BadInputError naming `argument` for an unknown code.
 */
export async function resolveBranch(db: Database, code: string | null | undefined, argument = 'branch'): Promise<string | undefined> {
  if (code === undefined || code === null) return undefined;
  const normalised = code.trim().toUpperCase();
  if (!normalised) throw new BadInputError(argument, 'is empty; give a branch code such as MADIUN or omit it');
  const found = await db.read('branch').where('code', normalised).first('code');
  if (!found) throw new BadInputError(argument, `unknown branch code "${code}"`, 'UNKNOWN_BRANCH');
  return normalised;
}

/** Region code → display name, for titles ("Kantor Wilayah Jawa Timur"); null without a code. */
export async function regionName(db: Database, code: unknown): Promise<string | null> {
  if (typeof code !== 'string') return null;
  const row = (await db.read('region').where('code', code.toUpperCase()).first('name')) as { name: string } | undefined;
  return row?.name ?? code;
}

/** Branch code → display name, for titles ("Kantor Cabang Madiun"); null without a code. */
export async function branchName(db: Database, code: unknown): Promise<string | null> {
  if (typeof code !== 'string') return null;
  const rows = await listBranches(db);
  return rows.find((b) => b.code === code.toUpperCase())?.name ?? code;
}

/** A branch argument (checked, upper case) with its regional office, as permissions need it (BranchRef). */
export async function branchReference(db: Database, code: string, argument = 'branch'): Promise<{ code: string; region: string | null }> {
  const branch = (await resolveBranch(db, code, argument))!;
  const row = (await db.read('branch').where('code', branch).first('region_code')) as { region_code: string | null } | undefined;
  return { code: branch, region: row?.region_code ?? null };
}
