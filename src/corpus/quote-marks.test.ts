import { describe, expect, it } from 'vitest';
import { quotedSpans } from './quote-marks.ts';

/** The inner and outer text of each quoted span of `text`, taken as one paragraph. */
const spansOf = (text: string) =>
  quotedSpans(text, 0, text.length).map(({ inner, outer }) => [
    text.slice(inner.start, inner.end),
    text.slice(outer.start, outer.end),
  ]);

describe('quotedSpans', () => {
  it('finds double quotes of either style, closed by either style', () => {
    expect(spansOf('“one” and "two" and “three" and "four”.')).toEqual([
      ['one', '“one”'],
      ['two', '"two"'],
      ['three', '“three"'],
      ['four', '"four”'],
    ]);
  });

  it('finds single quotes, straight or curly, paired any way', () => {
    expect(spansOf("'one,' and ‘two’ and ‘three‘ said.")).toEqual([
      ['one,', "'one,'"],
      ['two', '‘two’'],
      ['three', '‘three‘'],
    ]);
  });

  it('reads apostrophes as apostrophes', () => {
    expect(spansOf("Don't say Nvidia's ’90s rock ’n’ roll was the fans' own, 'til then.")).toEqual([]);
  });

  it('keeps single quotes inside a double quote as part of it', () => {
    expect(spansOf('“It was ‘fine’, really.”')).toEqual([
      ['It was ‘fine’, really.', '“It was ‘fine’, really.”'],
    ]);
  });

  it('runs a double quote left open to the end of the paragraph; drops a single one', () => {
    expect(spansOf('He said “we go on and on.  ')).toEqual([['we go on and on.', '“we go on and on.']]);
    expect(spansOf("He said 'we go on and on.")).toEqual([]);
  });

  it('closes a quote whose opener was lost, at the paragraph’s end, after other single quotes', () => {
    expect(spansOf("‘One,’ it says. Two is here'.")).toEqual([
      ['One,', '‘One,’'],
      ['Two is here', "Two is here'"],
    ]);
    expect(spansOf("No quote before. The fans'.")).toEqual([]);
  });

  it('takes time in proportion to the text', () => {
    const text = `${'“a” b ‘c’ don’t '.repeat(20000)}“open`;
    const started = performance.now();
    expect(spansOf(text).length).toBe(40001);
    // A freeze, not a benchmark: well under 0.1 s here on a quiet machine; a scan per mark would take minutes.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
