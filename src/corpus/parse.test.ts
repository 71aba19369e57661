import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStructure } from './parse.ts';

const seed = (prefix: string) => {
  const name = readdirSync('seeds').find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(`seeds/${name}`, 'utf8');
};

const kinds = (text: string, kind: string) =>
  parseStructure(text)
    .paragraphs.filter((p) => p.kind === kind)
    .map((p) => text.slice(p.start, p.end));

describe('parseStructure on the seeds', () => {
  it('finds the two headline lines of 000 and its pull-quote credits', () => {
    const text = seed('000');
    expect(kinds(text, 'headline')).toEqual([
      'Anthropic’s CEO Drops TRUTH BOMB: DeepSeek Proves U.S. Export Rules Are WORKING',
      'Is China’s AI Dominance a MYTH? Anthropic’s CEO Says YES',
    ]);
    expect(kinds(text, 'attribution')).toEqual(['Dario Amodei, CEO of Anthropic', 'Dario Amodei']);
  });

  it('finds the three headings of 003 and no headline', () => {
    const text = seed('003');
    expect(kinds(text, 'heading')).toEqual([
      'DeepSeek’s R1 model: Claims and reality',
      'The stakes for global AI leadership',
      'Balancing technological power and ethical concerns',
    ]);
    expect(kinds(text, 'headline')).toEqual([]);
  });

  it('finds the list items of 000 and 002, with their bullets as markers', () => {
    for (const [prefix, count] of [
      ['000', 2],
      ['002', 4],
    ] as const) {
      const text = seed(prefix);
      const items = parseStructure(text).paragraphs.filter((p) => p.kind === 'list-item');
      expect(items).toHaveLength(count);
      for (const item of items) expect(text.slice(item.marker?.start, item.marker?.end)).toBe('- ');
    }
  });

  it('reads the leading metadata of 004 and starts the body after it, on the same line', () => {
    const text = seed('004');
    const { metadata, paragraphs } = parseStructure(text);
    expect(metadata).toEqual([{ key: 'date', value: '2025-01-30', start: 1, end: 16 }]);
    expect(text.slice(metadata[0]?.start, metadata[0]?.end)).toBe('date 2025-01-30');
    expect(text.slice(paragraphs[0]?.start, paragraphs[0]?.end)).toMatch(/^Anthropic CEO Dario Amodei wrote/);
    expect(paragraphs.every((p) => p.kind === 'paragraph')).toBe(true);
  });

  it('gives every seed the same structure with CRLF line breaks', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const lf = seed(prefix);
      const crlf = lf.replace(/\n/g, '\r\n');
      const shape = (t: string) => parseStructure(t).paragraphs.map((p) => [p.kind, t.slice(p.start, p.end)]);
      expect(shape(crlf)).toEqual(shape(lf));
    }
  });
});

describe('parseStructure', () => {
  it('joins a hard-wrapped paragraph and keeps paragraphs between blank lines', () => {
    const text = [
      'Officials said on Tuesday that the new rules would apply',
      'to every company that sells chips abroad, and that the',
      'change was long overdue.',
      '',
      'Critics were not convinced by the announcement and said',
      'they would challenge it in court before the summer.',
      '',
      'The ministry declined to comment further on the matter',
      'when reached by reporters late in the day.',
    ].join('\n');
    const { paragraphs } = parseStructure(text);
    expect(paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(text.slice(paragraphs[0]?.start, paragraphs[0]?.end)).toMatch(/^Officials.*overdue\.$/s);
  });

  it('joins a line that runs on in lower case, even in an unwrapped text', () => {
    const text =
      'This sentence was broken by a careless\nsave and continues here. And this is long enough to be a paragraph of its own.';
    expect(parseStructure(text).paragraphs).toHaveLength(1);
  });

  it.each([
    [
      'Title: A Story\nAuthor: Jane Doe\nBody text is here.',
      [
        ['title', 'A Story'],
        ['author', 'Jane Doe'],
      ],
    ],
    ['Published: January 30, 2025\nBody text.', [['published', '2025-01-30']]],
    ['date 30 Jan 2025\nBody.', [['date', '2025-01-30']]],
    ['Dates matter to everyone.', []],
  ])('reads metadata in %j', (text, expected) => {
    expect(parseStructure(text).metadata.map((m) => [m.key, m.value])).toEqual(expected);
  });

  it('reports a metadata date that is not a real day', () => {
    const { badDates, metadata } = parseStructure('date 2025-02-30\nBody.');
    expect(badDates.map((d) => d.value)).toEqual(['2025-02-30']);
    expect(metadata).toHaveLength(1);
  });

  it('keeps every non-space character in exactly one block or metadata field, in order, on any text', () => {
    const alphabet = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(
        '\n',
        '\r\n',
        '\r',
        '\n\n',
        '- ',
        '* ',
        '1. ',
        'date 2025-01-30 ',
        'Title: x',
        '“',
        '”',
        '.',
        ' ',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((p) => p.join('')),
        (text) => {
          const { metadata, paragraphs } = parseStructure(text);
          const ranges = [...metadata, ...paragraphs].sort((a, b) => a.start - b.start);
          let end = 0;
          for (const r of ranges) {
            expect(r.start).toBeGreaterThanOrEqual(end);
            expect(r.end).toBeGreaterThan(r.start);
            expect(text.slice(r.start, r.end).trim()).toBe(text.slice(r.start, r.end));
            end = r.end;
          }
          const covered = new Uint8Array(text.length);
          for (const r of ranges) covered.fill(1, r.start, r.end);
          for (let k = 0; k < text.length; k++) {
            if (!covered[k]) expect(text.charAt(k)).toMatch(/\s/u);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
