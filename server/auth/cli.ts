// npm run users -- add <username> --role ROLE [--branch CODE] [--region CODE] | list |
// disable <username> | enable <username> | password <username>
//
// Accounts of the configured database (DATABASE_URL). The password is read from standard input:
// typed twice without echo at a terminal, else the first line of what is piped in, so that it
// never appears in the process list or the shell's history. Exit status: 0 done, 2 bad usage or
// a refused account (the message says why).
import os from 'node:os';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import type { Role } from '../../common/vocabulary/schema-enums.ts';
import { usersCli } from '../../common/i18n/users-cli.ts';
import type { Locale } from '../../common/i18n/format.ts';
import { cli } from '../../common/i18n/cli.ts';
import { loadConfig } from '../config.ts';
import { BadInputError } from '../errors.ts';
import { argLanguage, CliError, openCliDatabase, runCli } from '../cli/run-cli.ts';
import { type Account, createAccount, listAccounts, setDisabled, setPassword } from './accounts.ts';
import { audit } from './audit.ts';
import { isRole, ROLES } from './roles.ts';

async function readHidden(prompt: string): Promise<string> {
  // Echo goes to a sink: the typed password never shows on the terminal.
  let muted = false;
  const output = new Writable({ write: (chunk, _enc, done) => (muted ? done() : process.stderr.write(chunk, done)) });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = new Promise<string>((resolve) => rl.question(prompt, resolve));
    muted = true;
    const password = await answer;
    process.stderr.write('\n');
    return password;
  } finally {
    rl.close();
  }
}

async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

async function readPassword(lang: Locale): Promise<string> {
  const t = usersCli[lang];
  if (process.stdin.isTTY) {
    const first = await readHidden(t.passwordPrompt);
    if (first !== (await readHidden(t.passwordAgain))) throw new CliError(t.passwordsDiffer);
    return first;
  }
  const password = await readPiped();
  if (!password) throw new CliError(t.noPassword);
  return password;
}

function scopeOf(a: Account, lang: Locale): string {
  const t = usersCli[lang];
  return a.branch ? t.scopeBranch(a.branch) : a.region ? t.scopeRegion(a.region) : t.scopeNation;
}

interface Parsed {
  command?: string;
  username?: string;
  role?: string;
  branch?: string;
  region?: string;
}

function parseArgs(args: string[], lang: Locale, usage: string): Parsed {
  const say = cli[lang].usageErrors;
  const out: Parsed = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = () => (eq > 0 && name !== a ? a.slice(eq + 1) : args[++i]);
    if (name === '--role' || name === '--branch' || name === '--region' || name === '--lang') {
      const v = value();
      if (!v) throw new CliError(`${say.needsValue(name)}\n${usage}`);
      if (name === '--role') out.role = v.toUpperCase();
      else if (name === '--branch') out.branch = v;
      else if (name === '--region') out.region = v;
    } else if (a.startsWith('--')) {
      throw new CliError(`${say.unknownOption(a)}\n${usage}`);
    } else positional.push(a);
  }
  [out.command, out.username] = positional;
  if (positional.length > 2) throw new CliError(`${say.unexpected(positional[2])}\n${usage}`);
  return out;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const lang = argLanguage(args);
  const t = usersCli[lang];
  const usage = t.usage(ROLES.join('|'));
  if (args.includes('--help') || args.includes('-h')) {
    console.error(usage);
    return 0;
  }
  const p = parseArgs(args, lang, usage);
  const needsName = p.command === 'add' || p.command === 'disable' || p.command === 'enable' || p.command === 'password';
  if (!p.command || !(needsName || p.command === 'list') || (needsName && !p.username)) throw new CliError(usage);
  if (p.command === 'add' && (!p.role || !isRole(p.role))) throw new CliError(`--role: ${p.role ? `"${p.role}" is not a role; ` : ''}roles: ${ROLES.join(', ')}\n${usage}`);
  const actor = `cli:${os.userInfo().username}`;
  const config = loadConfig();
  const db = await openCliDatabase(config.database, lang);
  try {
    switch (p.command) {
      case 'list': {
        const accounts = await listAccounts(db);
        if (!accounts.length) console.log(t.none);
        else {
          console.log(t.header);
          for (const a of accounts) console.log([a.username, a.role, scopeOf(a, lang), a.disabledAt ? t.stateDisabled : t.stateActive, a.createdAt.toISOString().slice(0, 10)].join('\t'));
        }
        return 0;
      }
      case 'add': {
        const password = await readPassword(lang);
        const account = await createAccount(db, { username: p.username!, password, role: p.role as Role, branch: p.branch, region: p.region });
        await audit(db, { actor, action: 'account.created', target: account.username, detail: { role: account.role, branch: account.branch, region: account.region } });
        console.log(t.created(account.username, account.role, scopeOf(account, lang)));
        // The scope confines reads only where reads need a login (permissions.ts defaultScope).
        if ((account.branch || account.region) && config.authRead !== 'login') console.log(t.scopeNeedsLogin);
        return 0;
      }
      case 'disable':
      case 'enable': {
        const account = await setDisabled(db, p.username!, p.command === 'disable');
        await audit(db, { actor, action: p.command === 'disable' ? 'account.disabled' : 'account.enabled', target: account.username });
        console.log(p.command === 'disable' ? t.disabled(account.username) : t.enabled(account.username));
        return 0;
      }
      case 'password': {
        const password = await readPassword(lang);
        const account = await setPassword(db, p.username!, password);
        await audit(db, { actor, action: 'account.password_set', target: account.username });
        console.log(t.passwordSet(account.username));
        return 0;
      }
    }
    return 2;
  } catch (err) {
    if (err instanceof BadInputError) throw new CliError(err.message);
    throw err;
  } finally {
    await db.close().catch(() => undefined);
  }
}

runCli(main);
