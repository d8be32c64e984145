// Writes that name a row by id (a review, an action, a planned activity): the answer never tells
// which ids exist. Anonymous callers are refused before the id is looked up; a signed-in caller
// who may not even read the row's branch gets the very answer a missing id gets; only one who
// may read it hears why the write itself is refused (an AR of the branch: "written by the KABID").
import type { Database } from '../db/orm.ts';
import { BadInputError } from '../errors.ts';
import { type Action, type BranchRef, decide, demand, type ReadAccess } from './permissions.ts';
import type { Principal } from './principal.ts';

export interface ByIdRequest<T> {
  /** The argument that carries the id, and what it names: `review`, `"review"`. */
  argument: string;
  what: string;
  id: number;
  find(): Promise<T | null>;
  branchOf(row: T): string;
  /** Who may see that the row exists: the readers of its branch's reviews or plan. */
  read(branch: BranchRef): Action;
  /** Who may make this write. */
  write(branch: string): Action;
}

export async function writableById<T>(context: { db: Database; principal: Principal; config: { authRead: ReadAccess } }, request: ByIdRequest<T>): Promise<T> {
  const { principal } = context;
  const readAccess = context.config.authRead;
  // Every write needs an account: refused as such, whatever the id.
  if (principal.kind === 'anonymous') demand(principal, request.write(''), readAccess);
  const row = await request.find();
  const branch = row === null ? null : await branchRef(context.db, request.branchOf(row));
  if (row === null || branch === null || !decide(principal, request.read(branch), readAccess).ok) {
    throw new BadInputError(request.argument, `no ${request.what} ${request.id} that your account may see`, 'NOT_FOUND');
  }
  demand(principal, request.write(branch.code), readAccess);
  return row;
}

async function branchRef(db: Database, code: string): Promise<BranchRef | null> {
  const row = (await db.read('branch').where('code', code).first('region_code')) as { region_code: string | null } | undefined;
  return row ? { code, region: row.region_code ?? null } : null;
}
