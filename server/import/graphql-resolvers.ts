// GraphQL front door of the importer: `importData` (an account allowed to import, or the
// ADMIN_TOKEN; see server/auth/permissions.ts), `importHistory` (accounts) and `importKinds`
// (the columns of each kind, from the kinds' own definitions, so the upload page keeps no
// copy). The same pipeline as the CLI (importer.ts).
import { demand, importScope } from '../auth/permissions.ts';
import { actorName } from '../auth/principal.ts';
import { BadInputError } from '../errors.ts';
import type {
  ImportKindInfo as GqlImportKindInfo,
  ImportReport as GqlImportReport,
  ImportRun as GqlImportRun,
  Resolvers,
} from '../graphql/generated/resolvers-types.ts';
import { listRuns, type ImportRun } from './history.ts';
import { importFile, type ImportReport } from './importer.ts';
import { IMPORT_KINDS, KINDS, isImportKind, type KindSpec } from './kinds.ts';

const iso = (d: Date | string | number | null | undefined): string | null => (d === null || d === undefined ? null : new Date(d).toISOString());

export function toGqlReport(r: ImportReport): GqlImportReport {
  return {
    runId: r.runId === null ? null : String(r.runId),
    kind: r.kind,
    fileName: r.fileName,
    sha256: r.sha256,
    format: r.format,
    delimiter: r.delimiter,
    sheet: r.sheet,
    columns: r.columns,
    rows: r.rows,
    rejectedRows: r.rejectedRows,
    problemCount: r.problemCount,
    problems: r.problems.map((p) => ({ line: p.line, column: p.column, value: p.value, code: p.code, reason: p.reason })),
    problemsTruncated: r.problemsTruncated,
    notes: r.notes.map((n) => ({ code: n.code, count: n.count, line: n.line, column: n.column, text: n.text })),
    outcome: r.outcome,
    dryRun: r.dryRun,
    storedRows: r.storedRows,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt.toISOString(),
    durationMs: r.durationMs,
  };
}

function toGqlRun(r: ImportRun): GqlImportRun {
  return {
    id: String(r.id),
    kind: r.kind,
    fileName: r.fileName,
    sha256: r.sha256,
    rows: r.rows,
    rejectedRows: r.rejectedRows,
    outcome: r.outcome,
    actor: r.actor,
    startedAt: iso(r.startedAt) ?? '',
    finishedAt: iso(r.finishedAt),
    message: r.message ?? null,
  };
}

/** A kind's columns as the contract fixes them: required first (the export's order), with the header aliases of each. */
export function importKindInfo(spec: KindSpec): GqlImportKindInfo {
  return {
    kind: spec.kind,
    columns: spec.columns.map((name) => ({
      name,
      required: spec.required.includes(name),
      aliases: Object.keys(spec.aliases).filter((alias) => spec.aliases[alias] === name),
    })),
  };
}

export const importResolvers: Resolvers = {
  Query: {
    importKinds: () => IMPORT_KINDS.map((kind) => importKindInfo(KINDS[kind])),
    importHistory: async (_parent, args, { db, principal, config }) => {
      demand(principal, { do: 'readImportHistory' }, config.authRead);
      const limit = args.limit ?? 50;
      if (limit < 1 || limit > 1000) throw new BadInputError('limit', `expected 1 to 1000, got ${limit}`);
      const runs = await listRuns(db, { limit, kind: args.kind ?? undefined });
      return runs.map(toGqlRun);
    },
  },
  Mutation: {
    importData: async (_parent, args, context) => {
      if (!isImportKind(args.kind)) throw new BadInputError('kind', `unknown kind "${args.kind}"`);
      // Who may import this kind at all; the rows' branches are checked by the importer itself.
      demand(context.principal, { do: 'import', kind: args.kind, branches: [] }, context.config.authRead);
      const fileName = args.fileName.trim();
      if (!fileName) throw new BadInputError('fileName', 'must not be empty');
      let buffer: Buffer;
      if ((args.contentEncoding ?? 'TEXT') === 'BASE64') {
        const clean = args.content.replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) throw new BadInputError('content', 'not valid base64');
        buffer = Buffer.from(clean, 'base64');
      } else {
        buffer = Buffer.from(args.content, 'utf8');
      }
      const report = await importFile(context.db, {
        kind: args.kind,
        source: { buffer },
        fileName,
        dryRun: args.dryRun ?? false,
        sheet: args.sheet ?? undefined,
        actor: actorName(context.principal),
        branchScope: importScope(context.principal),
        ip: context.ip,
        lang: args.lang === 'EN' ? 'en' : 'id',
      });
      return toGqlReport(report);
    },
  },
};
