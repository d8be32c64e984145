import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR, loadConfig, parseDatabaseUrl } from '../../../server/config.ts';

describe('DATABASE_URL', () => {
  it('defaults to a SQLite file under data/', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ dialect: 'sqlite', file: path.join(ROOT_DIR, 'data', 'pantau.sqlite') });
  });

  it('reads paths and file: URLs as SQLite files, postgres:// as PostgreSQL', () => {
    expect(parseDatabaseUrl('/tmp/x.sqlite')).toEqual({ dialect: 'sqlite', file: '/tmp/x.sqlite' });
    expect(parseDatabaseUrl('file:///tmp/y.db')).toEqual({ dialect: 'sqlite', file: '/tmp/y.db' });
    expect(parseDatabaseUrl('file:rel/z.db')).toEqual({ dialect: 'sqlite', file: path.resolve('rel/z.db') });
    expect(parseDatabaseUrl('postgres://u@h:5/db')).toEqual({ dialect: 'postgresql', url: 'postgres://u@h:5/db' });
    expect(parseDatabaseUrl('postgresql://u@h/db').dialect).toBe('postgresql');
  });

  it('names an unsupported scheme', () => {
    expect(() => parseDatabaseUrl('mysql://h/db')).toThrow(/DATABASE_URL: unsupported scheme/);
  });
});

describe('loadConfig', () => {
  it('reads PORT and DEMO_DATA, refusing nonsense with the variable named', () => {
    expect(loadConfig({ PORT: '5000', DEMO_DATA: 'false' })).toMatchObject({ port: 5000, demoData: false });
    expect(loadConfig({})).toMatchObject({ port: 4000, demoData: true, introspection: true });
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/^PORT/);
    expect(() => loadConfig({ DEMO_DATA: 'maybe' })).toThrow(/^DEMO_DATA/);
  });
});
