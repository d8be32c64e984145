import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';

/** What every resolver receives: the database and the configuration, plus the caller's token. */
export interface GraphQLContext {
  db: Database;
  config: Config;
  /** Bearer token from the Authorization header, if any (imports check it against ADMIN_TOKEN). */
  bearerToken?: string;
}
