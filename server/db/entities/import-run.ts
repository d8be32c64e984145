import { EntitySchema } from '@mikro-orm/core';

/** The history of imports: one row per file offered, whether it was stored or refused. */
export interface ImportRun {
  id: number;
  kind: string;
  fileName: string;
  sha256: string;
  rows: number;
  rejectedRows: number;
  outcome: 'STORED' | 'REJECTED' | 'DRY_RUN';
  actor: string;
  startedAt: Date;
  finishedAt?: Date | null;
  message?: string | null;
  /** The process running the attempt (`host:pid:token`), so that one that died can be told apart from one still running. */
  owner?: string | null;
}

export const ImportRunSchema = new EntitySchema<ImportRun>({
  name: 'ImportRun',
  tableName: 'import_run',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    kind: { type: 'string', length: 16 },
    fileName: { type: 'string', length: 500 },
    sha256: { type: 'string', length: 64 },
    rows: { type: 'integer' },
    rejectedRows: { type: 'integer', default: 0 },
    outcome: { type: 'string', length: 16 },
    actor: { type: 'string', length: 200 },
    startedAt: { type: 'datetime' },
    finishedAt: { type: 'datetime', nullable: true },
    message: { type: 'text', nullable: true },
    owner: { type: 'string', length: 300, nullable: true },
  },
});
