import { describe, expect, it } from 'vitest';
import { readSources, safeUrl } from './sources.ts';

const files = new Set(['a.txt', 'b.txt']);

describe('readSources', () => {
  it('reads outlet, url, title and published per file', () => {
    const text = JSON.stringify({
      'a.txt': { outlet: ' Daily ', url: 'https://d.example/x', title: 'T', published: '2025-01-30' },
    });
    const { entries, errors, warnings } = readSources(text, files);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(entries.get('a.txt')).toEqual({
      outlet: 'Daily',
      url: 'https://d.example/x',
      title: 'T',
      published: '2025-01-30',
    });
  });

  it.each([
    ['{"a.txt": {"outlet": "x"},}', 1, 'invalid-json', 'is not valid JSON'],
    ['[]', 1, 'bad-shape', 'must be one JSON object'],
    ['{\n"a.txt": "Daily"\n}', 2, 'bad-shape', 'must be an object'],
    ['{\n"a.txt": {\n"outlet": 3\n}\n}', 3, 'bad-shape', 'must be a string'],
    ['{\n"a.txt": {\n"autor": "x"\n}\n}', 3, 'unknown-field', 'has an unknown field "autor"'],
    ['{\n"a.txt": {\n"published": "yesterday"\n}\n}', 3, 'bad-date', 'write it as YYYY-MM-DD'],
    ['{\n"a.txt": {},\n"c.txt": {}\n}', 3, 'unknown-article', 'names "c.txt"'],
  ])('%j → line %i: %s', (text, line, code, message) => {
    const { errors } = readSources(text, files);
    expect(errors).toEqual([
      expect.objectContaining({
        severity: 'error',
        code,
        file: 'sources.json',
        line,
        message: expect.stringContaining(message),
      }),
    ]);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['data:text/html,<script>', null],
    ['example.com', null],
  ])('%s → %s', (url, expected) => expect(safeUrl(url)).toBe(expected));
});
