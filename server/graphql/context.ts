import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import type { Principal } from '../auth/principal.ts';

/** What every resolver receives: the database, the configuration and the caller. */
export interface GraphQLContext {
  db: Database;
  config: Config;
  /** Who is calling (server/auth/identify.ts); every permission is decided from it. */
  principal: Principal;
  /** The client's address, for the audit log. */
  ip?: string;
}
