// Text encodings of CSV files: which one a file is in (UTF-8, UTF-16LE with its BOM, or
// Windows-1252, what Excel's plain "CSV" writes in an ANSI locale), whether its first bytes are
// binary data, and decoders of its chunks that never make up a U+FFFD.
import { isAscii, isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';

export type TextEncoding = 'utf8' | 'utf16le' | 'windows1252';

/**
 * The text encoding of a CSV file from its first bytes: UTF-16 little-endian with its BOM (what
 * Excel writes for "Unicode Text"); UTF-8 with a BOM, or without one when the sample is valid
 * UTF-8 or holds UTF-8 characters next to a stray invalid byte (a damaged UTF-8 file, refused at
 * that byte's line rather than misread); otherwise Windows-1252, what Excel's plain "CSV" writes
 * in an ANSI locale. Undefined for UTF-16 big-endian. `complete`: the sample is the whole file
 * (else it may end inside a character).
 */
export function textEncoding(first: Buffer, complete = true): TextEncoding | undefined {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf16le';
  if (first[0] === 0xfe && first[1] === 0xff) return undefined;
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return 'utf8';
  const sample = complete ? first : first.subarray(0, first.length - incompleteTail(first));
  if (isUtf8(sample)) return 'utf8';
  return scanUtf8(sample).characters > 0 ? 'utf8' : 'windows1252';
}

/** Bytes of an unfinished UTF-8 character at the end of `bytes` (0 when it ends on a character boundary). */
function incompleteTail(bytes: Buffer): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** Where the first byte that is not UTF-8 is (`bytes.length` when none), and how many multi-byte characters precede it. */
function scanUtf8(bytes: Buffer): { invalidAt: number; characters: number } {
  let characters = 0;
  const n = bytes.length;
  let i = 0;
  scan: while (i < n) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const more = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (more === 0 || i + more >= n) break;
    let cp = c & (0x3f >> more);
    for (let k = 1; k <= more; k++) {
      const d = bytes[i + k];
      if ((d & 0xc0) !== 0x80) break scan;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < [0, 0x80, 0x800, 0x10000][more] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) break;
    characters++;
    i += more + 1;
  }
  return { invalidAt: i, characters };
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the others are Latin-1's). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 text. Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1's C1
 * controls (0x80 as U+0080, not €), so Latin-1 is mended here: each of those bytes present is
 * looked for (memchr-fast) and its character replaced, 10× quicker than a regular expression.
 * One byte per character: chunks need no carrying.
 */
export function decodeWindows1252(bytes: Buffer): string {
  let text = bytes.toString('latin1');
  for (let k = 0; k < 32; k++) {
    if (CP1252_HIGH.charCodeAt(k) !== 0x80 + k && bytes.indexOf(0x80 + k) >= 0) text = text.replaceAll(String.fromCharCode(0x80 + k), CP1252_HIGH[k]);
  }
  return text;
}

/**
 * Whether the first bytes are binary data rather than text: control characters other than tab,
 * line breaks, form feed and Ctrl-Z in more than 1 byte of 50 (a stray NUL in a text file is
 * not enough; NUL-padded, compressed or executable data always is).
 */
export function looksBinary(sample: Buffer): boolean {
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) || b === 0x7f) controls++;
  }
  return controls > 2 && controls * 50 > sample.length;
}

/**
 * UTF-8 text of a stream of chunks, checked (Buffer's isUtf8, SIMD-fast) so that no bad byte is
 * silently decoded as U+FFFD. A character split between chunks is carried into the next one.
 * After a bad byte, `bad` is set and the text returned is what precedes it.
 */
class Utf8Chunks {
  bad = false;
  private pending: Buffer | undefined;
  // Until a character beyond ASCII has been read, the file may as well be Windows-1252 whose
  // first accent comes after the sample (a long branch list): then the first byte that is not
  // UTF-8 switches the rest of the file to Windows-1252 instead of refusing it.
  private nonAscii = false;
  private windows1252 = false;

  write(chunk: Buffer): string {
    if (this.windows1252) return decodeWindows1252(chunk);
    const whole = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    let bytes = whole;
    const tail = incompleteTail(bytes);
    if (tail) {
      this.pending = Buffer.from(bytes.subarray(bytes.length - tail));
      bytes = bytes.subarray(0, bytes.length - tail);
    }
    if (isUtf8(bytes)) {
      if (!this.nonAscii && !isAscii(bytes)) this.nonAscii = true;
      return bytes.toString('utf8');
    }
    const scan = scanUtf8(bytes);
    if (!this.nonAscii && scan.characters === 0) {
      this.windows1252 = true;
      this.pending = undefined;
      return decodeWindows1252(whole);
    }
    this.bad = true;
    return bytes.toString('utf8', 0, scan.invalidAt);
  }

  /** At the end of the file: a character left unfinished is a bad byte too (or, in a file of ASCII so far, a Windows-1252 one). */
  end(): string {
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return '';
    if (this.nonAscii) {
      this.bad = true;
      return '';
    }
    this.windows1252 = true;
    return decodeWindows1252(pending);
  }
}

/** A decoder of the file's chunks into text. */
export interface ChunkDecoder {
  bad: boolean;
  write(chunk: Buffer): string;
  end(): string;
}

export function chunkDecoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'utf8') return new Utf8Chunks();
  if (encoding === 'windows1252') return { bad: false, write: decodeWindows1252, end: () => '' };
  const decoder = new StringDecoder('utf16le');
  return { bad: false, write: (chunk) => decoder.write(chunk), end: () => decoder.end() };
}
