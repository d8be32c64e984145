// PostgreSQL databases with ICU collation (en-US), where text sorts as people read it:
// punctuation before letters, case compared last (FACE_TO_FACE before FACEBOOK, which byte
// order puts after). A database, not a second cluster: PostgreSQL 15 takes the locale provider
// per database, from template0.
import pg from 'pg';

export const ICU_LOCALE = 'en-US';

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const urlOf = (admin: string, database: string) => {
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return url.toString();
};

/**
 * Creates (or keeps) the ICU database `name` on the server of `admin` and returns its URL. It is
 * never connected to by tests, only copied (CREATE DATABASE … TEMPLATE refuses a source in use).
 */
export async function createIcuTemplate(admin: string, name: string): Promise<string> {
  await withClient(admin, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return;
    await client.query(`CREATE DATABASE "${name}" LOCALE_PROVIDER icu ICU_LOCALE '${ICU_LOCALE}' TEMPLATE template0`);
  });
  return urlOf(admin, name);
}

/**
 * A new empty database copied from the ICU template at `templateUrl`, created through the
 * server's `admin` database (a session in the template would block the copy); returns its URL.
 */
export async function createIcuDatabase(admin: string, templateUrl: string, name: string): Promise<string> {
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  await withClient(admin, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return urlOf(templateUrl, name);
}

export async function dropDatabase(admin: string, name: string): Promise<void> {
  await withClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}"`));
}
