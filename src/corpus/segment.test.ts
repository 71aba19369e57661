import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStructure } from './parse.ts';
import { segment, splitSentences } from './segment.ts';

const sentencesOf = (text: string) =>
  splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it.each([
    ['The U.S. Export Rules Are Working. Next.', ['The U.S. Export Rules Are Working.', 'Next.']],
    [
      'If the U.S. tightens controls, it wins. Then what?',
      ['If the U.S. tightens controls, it wins.', 'Then what?'],
    ],
    ['Translation? U.S. AI models are ahead.', ['Translation?', 'U.S. AI models are ahead.']],
    [
      'It was posted Wednesday (Jan. 29) at noon. Fine.',
      ['It was posted Wednesday (Jan. 29) at noon.', 'Fine.'],
    ],
    ['She met Dr. Smith and Mr. Jones. They talked.', ['She met Dr. Smith and Mr. Jones.', 'They talked.']],
    ['Claude 3.5 Sonnet cost $5.58 million. Cheap.', ['Claude 3.5 Sonnet cost $5.58 million.', 'Cheap.']],
    ['Donald J. Trump spoke. He left.', ['Donald J. Trump spoke.', 'He left.']],
    ['The DeepSeek vs. Claude showdown began. Go.', ['The DeepSeek vs. Claude showdown began.', 'Go.']],
    ['It moved to the U.S. The move was quick.', ['It moved to the U.S.', 'The move was quick.']],
    ['He said "Stop." Then he left.', ['He said "Stop."', 'Then he left.']],
    [
      'It failed at 11:40 p.m. Friday, after high tide. Homes flooded.',
      ['It failed at 11:40 p.m. Friday, after high tide.', 'Homes flooded.'],
    ],
    [
      'The march ends at 3 p.m. The police will watch.',
      ['The march ends at 3 p.m.', 'The police will watch.'],
    ],
    [
      'A line wrapped\nmid-sentence, and\r\nagain. Next.',
      ['A line wrapped\nmid-sentence, and\r\nagain.', 'Next.'],
    ],
    [
      '“We’re at a ‘crossover point,’ it is true,” Amodei wrote. “This will cease.”',
      ['“We’re at a ‘crossover point,’ it is true,” Amodei wrote.', '“This will cease.”'],
    ],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('splitSentences on long paragraphs', () => {
  it('splits a paragraph far longer than one chunk exactly as it splits its sentences alone', () => {
    const pool = [
      'The U.S. Senate met.',
      'Dr. Smith said “No.”',
      'It cost $5.58 million!',
      'Why?',
      'Sales rose 3.5% in Jan. 2025.',
    ];
    const sentences = Array.from({ length: 400 }, (_, i) => pool[(i * 7) % pool.length] ?? '');
    expect(sentencesOf(sentences.join(' '))).toEqual(sentences);
  });

  it('splits one where no capital ever follows a sentence’s end as it splits its sentences alone', () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `${i} rose!` : 'why?'));
    expect(sentencesOf(sentences.join(' '))).toEqual(sentences);
  });

  it('keeps "Jan. 29, 2025" repeated over a megabyte-long line one sentence, in linear time (issue 10)', () => {
    const text = 'Jan. 29, 2025 '.repeat(75_000).trim();
    const started = performance.now();
    expect(sentencesOf(text)).toEqual([text]);
    // A freeze, not a benchmark: about 0.5 s here on a quiet machine; the segmenter given the whole line at once, and
    // the repair reading all of the sentence so far at each "Jan.", took minutes.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('segment', () => {
  it('keeps a list item, heading and headline whole, without the bullet', () => {
    const text =
      'A Title Line\nIntro here. More.\nKey Points\n- First point. Second part.\n- Next one.\nEnd. Done.';
    const { paragraphs } = parseStructure(text);
    const units = segment(text, paragraphs).map((s) => text.slice(s.start, s.end));
    expect(units).toEqual([
      'A Title Line',
      'Intro here.',
      'More.',
      'Key Points',
      'First point. Second part.',
      'Next one.',
      'End.',
      'Done.',
    ]);
  });

  it('gives sentences in order, inside their paragraph, trimmed, covering every character of it', () => {
    const alphabet = fc.constantFrom(
      ...'ab AB.?!\n\r-“”"\'U.S. Dr. 3.5 $ \u00a0\t'.split(''),
      'U.S.',
      'Jan. 29',
      '- ',
      '\n\n',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join('')),
        (text) => {
          const { paragraphs } = parseStructure(text);
          const sentences = segment(text, paragraphs);
          let last = -1;
          for (const s of sentences) {
            const p = paragraphs[s.paragraph];
            expect(p).toBeDefined();
            if (!p) return;
            expect(s.start).toBeGreaterThan(last);
            expect(s.start).toBeGreaterThanOrEqual(p.marker?.end ?? p.start);
            expect(s.end).toBeLessThanOrEqual(p.end);
            expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
            expect(s.end).toBeGreaterThan(s.start);
            last = s.end - 1;
          }
          // Nothing lost: every non-space character of a paragraph's content is in exactly one sentence.
          for (const [i, p] of paragraphs.entries()) {
            for (let k = p.marker?.end ?? p.start; k < p.end; k++) {
              if (/\s/u.test(text.charAt(k))) continue;
              const holders = sentences.filter((s) => s.paragraph === i && s.start <= k && k < s.end);
              expect(holders).toHaveLength(1);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
