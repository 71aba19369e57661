// Decode: a file's bytes as text, or a clear reason why they are not an article's text.
import type { CorpusError } from './problems.ts';

/** An article is a page of news, not a book: bigger files are almost always the wrong file. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; error: CorpusError };

const strictUtf8 = new TextDecoder('utf-8', {
  fatal: true,
  ignoreBOM: false /* drops a leading byte-order mark */,
});

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
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

/** The text of an article file: UTF-8, less a byte-order mark, no NUL bytes, not over `maxBytes`. */
export function decodeText(file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      error: {
        file,
        message:
          `is ${megabytes(bytes.length)}, more than the ${megabytes(maxBytes)} one article may have: ` +
          `check it is an article (one per file), or raise the limit (CLI --max-bytes, or PARALLAX_MAX_BYTES)`,
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      error: {
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
        file,
        line: lineOfByte(bytes, at),
        message:
          `is not UTF-8 (byte 0x${byte} cannot start a UTF-8 character): re-save it as UTF-8, ` +
          `for example with \`iconv -f windows-1252 -t utf-8\``,
      },
    };
  }
}
