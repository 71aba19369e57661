// Decode: a file's bytes as text, or a clear reason why they are not an article's text.
import type { CorpusError } from './problems.ts';

/** An article is a page of news, not a book: bigger files are almost always the wrong file. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

/**
 * sources.json and events.json grow with the folder (an entry per article is a few hundred bytes), so each article
 * of the folder adds this much to their limit: 10,000 articles need no flag.
 */
export const COMPANION_BYTES_PER_ARTICLE = 4 * 1024;

/** The size limit on sources.json and events.json in a folder of `articles` articles. */
export const companionLimit = (maxBytes: number, articles: number) =>
  maxBytes + COMPANION_BYTES_PER_ARTICLE * articles;

export type Decoded = { ok: true; text: string } | { ok: false; error: CorpusError };

const strictUtf8 = new TextDecoder('utf-8', {
  fatal: true,
  ignoreBOM: false /* drops a leading byte-order mark */,
});

/** Whether a file is an article or one of the folder's JSON companions: the size limit's message differs. */
export type FileKind = 'article' | 'companion';

/** A size in the unit a reader would use for it: bytes, KB or MB, one decimal. */
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A file's size and the limit, each in its unit; exact byte counts when rounding would show them equal. */
function sizes(bytes: number, limit: number): [string, string] {
  const [a, b] = [size(bytes), size(limit)];
  return a !== b
    ? [a, b]
    : [`${bytes.toLocaleString('en-US')} bytes`, `${limit.toLocaleString('en-US')} bytes`];
}

/** The error for a file over the limit, worded for an article or for sources.json / events.json. */
function tooBig(file: string, bytes: number, maxBytes: number, kind: FileKind): CorpusError {
  const [actual, limit] = sizes(bytes, maxBytes);
  const raise = 'raise the limit (CLI --max-bytes, or PARALLAX_MAX_BYTES)';
  const message =
    kind === 'article'
      ? `is ${actual}, more than the ${limit} one article may have: check it is an article (one per file), or ${raise}`
      : `is ${actual}, more than the ${limit} limit on it for a folder of this many articles (the file limit, and ` +
        `${size(COMPANION_BYTES_PER_ARTICLE)} per article): check it is the right file, or ${raise}`;
  return { severity: 'error', code: 'too-big', file, message };
}

/**
 * UTF-16's byte order when the bytes look like it: a byte-order mark, or (for text mostly in Latin script) a NUL in
 * nearly every other byte of the first few hundred. UTF-16 is the usual NUL-holding file a user meets, not a binary
 * one: Windows tools save it as "Unicode".
 */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
  const pairs = Math.min(256, Math.floor(bytes.length / 2));
  if (pairs < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  // A character such as U+4E00 puts a NUL on the other side now and then; a binary file, often.
  if (oddNuls >= (pairs * 3) / 4 && evenNuls < oddNuls / 8) return 'LE';
  if (evenNuls >= (pairs * 3) / 4 && oddNuls < evenNuls / 8) return 'BE';
  return null;
}

/** 1-based line of byte `offset`, counting `\n` and lone `\r` line breaks. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** The text of a file of the folder: UTF-8, less a byte-order mark, no NUL bytes, not over `maxBytes`. */
export function decodeText(
  file: string,
  bytes: Uint8Array,
  maxBytes = DEFAULT_MAX_BYTES,
  kind: FileKind = 'article',
): Decoded {
  if (bytes.length > maxBytes) return { ok: false, error: tooBig(file, bytes.length, maxBytes, kind) };
  const order = utf16Order(bytes);
  if (order !== null) {
    const message =
      `is UTF-16 text (${order === 'LE' ? 'little' : 'big'}-endian), not UTF-8: re-save it as UTF-8, ` +
      `for example with \`iconv -f UTF-16${order} -t UTF-8\``;
    return { ok: false, error: { severity: 'error', code: 'utf-16', file, message } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      error: {
        severity: 'error',
        code: 'binary-file',
        file,
        line: lineOfByte(bytes, nul),
        message:
          'looks like a binary file (it holds a NUL byte): save the article as UTF-8 plain text, or move the file out of the folder',
      },
    };
  }
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      error: {
        severity: 'error',
        code: 'not-utf-8',
        file,
        line: lineOfByte(bytes, at),
        message:
          `is not UTF-8 (byte 0x${byte} cannot start a UTF-8 character): re-save it as UTF-8, ` +
          `for example with \`iconv -f windows-1252 -t utf-8\``,
      },
    };
  }
}
