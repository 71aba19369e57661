import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark, nothing else', () => {
    expect(decodeText('a.txt', utf8('\uFEFFcafé\r\n“x”'))).toEqual({ ok: true, text: 'café\r\n“x”' });
  });

  it.each([
    ['a lone continuation byte', bytes(0x61, 0x0a, 0x80), 2, '0x80'],
    ['a Latin-1 é', bytes(0x63, 0x61, 0x66, 0xe9, 0x0a), 1, '0xE9'],
    ['an overlong slash', bytes(0x0a, 0x0a, 0xc0, 0xaf), 3, '0xC0'],
    ['a UTF-16 surrogate', bytes(0xed, 0xa0, 0x80), 1, '0xED'],
    ['a cut-off sequence', bytes(0x0d, 0x0a, 0xe2, 0x80), 2, '0xE2'],
  ])('rejects %s, naming line and byte', (_, input, line, byte) => {
    const result = decodeText('a.txt', input);
    expect(result).toEqual({
      ok: false,
      error: {
        severity: 'error',
        code: 'not-utf-8',
        file: 'a.txt',
        line,
        message: expect.stringContaining(`byte ${byte}`),
      },
    });
  });

  it.each([
    ['with a little-endian byte-order mark', [0xff, 0xfe], 'utf-16le', 'little-endian', 'UTF-16LE'],
    ['with a big-endian byte-order mark', [0xfe, 0xff], 'utf-16be', 'big-endian', 'UTF-16BE'],
    ['without a mark, little-endian', [], 'utf-16le', 'little-endian', 'UTF-16LE'],
    ['without a mark, big-endian', [], 'utf-16be', 'big-endian', 'UTF-16BE'],
  ])('names UTF-16 %s, and how to convert it', (_, mark, encoding, order, iconv) => {
    const text = 'Nvidia’s shares fell on Monday.\n';
    const units = [...text].map((c) => c.charCodeAt(0));
    const body = units.flatMap((u) => (encoding === 'utf-16le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
    expect(decodeText('w.txt', bytes(...mark, ...body))).toEqual({
      ok: false,
      error: {
        severity: 'error',
        code: 'utf-16',
        file: 'w.txt',
        message: `is UTF-16 text (${order}), not UTF-8: re-save it as UTF-8, for example with \`iconv -f ${iconv} -t UTF-8\``,
      },
    });
  });

  it.each([
    [150, 100, 'is 150 bytes, more than the 100 bytes one article may have'],
    [3_000, 1_000, 'is 2.9 KB, more than the 1000 bytes one article may have'],
    [2 * 1024 * 1024, 1024 * 1024, 'is 2.0 MB, more than the 1.0 MB one article may have'],
    [1_048_600, 1_048_576, 'is 1,048,600 bytes, more than the 1,048,576 bytes one article may have'],
  ])('says a size of %i bytes over a %i-byte limit in a unit that shows it', (size, limit, message) => {
    expect(decodeText('a.txt', new Uint8Array(size).fill(0x61), limit)).toMatchObject({
      ok: false,
      error: { code: 'too-big', message: expect.stringContaining(message) },
    });
  });

  it("speaks of the folder's files, not articles, when sources.json or events.json is over the limit", () => {
    const result = decodeText('sources.json', utf8('{}'.padEnd(200)), 100, 'companion');
    expect(result).toEqual({
      ok: false,
      error: {
        severity: 'error',
        code: 'too-big',
        file: 'sources.json',
        message:
          'is 200 bytes, more than the 100 bytes limit on it for a folder of this many articles (the file limit, and 4.0 KB per article): check it is the right file, or raise the limit (CLI --max-bytes, or PARALLAX_MAX_BYTES)',
      },
    });
  });

  it('rejects NUL bytes as binary and files over the limit', () => {
    expect(decodeText('b.txt', bytes(0x61, 0x0a, 0x0a, 0x00))).toMatchObject({
      ok: false,
      error: { code: 'binary-file', line: 3, message: expect.stringContaining('binary') },
    });
    expect(decodeText('c.txt', utf8('x'.repeat(11)), 10)).toMatchObject({
      ok: false,
      error: { code: 'too-big', message: expect.stringContaining('--max-bytes') },
    });
  });
});
