// What an import reads, whatever the format: the source (a path or bytes), the records it
// yields, the refusals it can give (SourceError: a problem code of messages.ts, never a library's
// or the OS's English), and the file's bytes counted and hashed as they stream past.
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline, Readable, Transform } from 'node:stream';
import { describeProblem, type SourceProblemCode } from './messages.ts';
import type { TextEncoding } from './text-encoding.ts';
import type { ImportFormat } from '../../common/vocabulary/schema-enums.ts';

/** Where the file comes from: a path on disk (CLI) or its bytes (GraphQL). */
export type ImportSource = { path: string } | { buffer: Buffer };

/** A cell as read: text, or a date when a spreadsheet stored one. */
export type Cell = string | Date;

export interface SourceRecord {
  /** Line of the file (CSV) or row of the sheet (XLSX); the header is line 1 in a plain file. */
  line: number;
  cells: Cell[];
}

/** The problems the reader reports (their texts, in both languages, are in messages.ts). */
export type SourceProblem = SourceProblemCode;

export class SourceError extends Error {
  constructor(
    readonly code: SourceProblem,
    readonly params: Record<string, string | number>,
    readonly line: number | null,
  ) {
    super(describeProblem(code, params, 'en'));
  }
}

export interface OpenedSource {
  format: ImportFormat;
  delimiter?: string;
  /** CSV: how the bytes were decoded. */
  encoding?: TextEncoding;
  sheet?: string;
  /** Total bytes, for progress. */
  size: number;
  /** The non-blank records in batches (fewer promises per row than one record at a time). */
  batches(): AsyncIterable<SourceRecord[]>;
  /** Bytes consumed so far. */
  bytesRead(): number;
  /** SHA-256 of the whole file; complete once batches() has been consumed. */
  sha256(): string;
  /** XLSX: the workbook's sheet names, in tab order; complete once batches() has been consumed. */
  sheets(): string[];
}

/** Bytes read from a file at a time. */
export const CHUNK_BYTES = 64 * 1024;

/** An OS error (a path that does not exist, a directory, no permission…) as a problem of ours. */
export function fileError(err: unknown): SourceError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new SourceError('file_not_found', {}, null);
  if (code === 'EISDIR') return new SourceError('file_is_directory', {}, null);
  if (code === 'EACCES' || code === 'EPERM') return new SourceError('file_no_permission', {}, null);
  // Anything else: the system's error code only (EIO, EMFILE…), no English sentence.
  return new SourceError('file_unreadable', { detail: typeof code === 'string' ? code : 'I/O' }, null);
}

function* chunksOf(buffer: Buffer): Generator<Buffer> {
  for (let at = 0; at < buffer.length; at += CHUNK_BYTES) yield buffer.subarray(at, at + CHUNK_BYTES);
}

/**
 * The file's bytes as a stream of CHUNK_BYTES chunks, counted (for progress) and hashed (for the
 * import history) as they pass. Destroying the stream also closes the file.
 */
export function countedBytes(source: ImportSource): { open(): Readable; read(): number; sha256(): string } {
  const hash: Hash = createHash('sha256');
  let bytes = 0;
  return {
    open() {
      const input: Readable =
        'buffer' in source ? Readable.from(chunksOf(source.buffer), { objectMode: false }) : fs.createReadStream(source.path, { highWaterMark: CHUNK_BYTES });
      const counted = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          hash.update(chunk);
          done(null, chunk);
        },
      });
      // pipeline: an error or destroy on either side ends both.
      pipeline(input, counted, () => undefined);
      return counted;
    },
    read: () => bytes,
    sha256: () => hash.copy().digest('hex'),
  };
}
