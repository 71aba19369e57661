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
      error: { file: 'a.txt', line, message: expect.stringContaining(`byte ${byte}`) },
    });
  });

  it('rejects NUL bytes as binary and files over the limit', () => {
    expect(decodeText('b.txt', bytes(0x61, 0x0a, 0x0a, 0x00))).toMatchObject({
      ok: false,
      error: { line: 3, message: expect.stringContaining('binary') },
    });
    expect(decodeText('c.txt', utf8('x'.repeat(11)), 10)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('--max-bytes') },
    });
  });
});
