import { describe, expect, it } from 'vitest';
import { analyse } from '../test-support/corpus.ts';
import { creditLine } from './credit-lines.ts';

/** The credit line of an article of these paragraphs, analysed as the build analyses it. */
function creditOf(...paragraphs: string[]) {
  const [article] = analyse([
    { name: 'a.txt', bytes: new TextEncoder().encode(`${paragraphs.join('\n\n')}\n`) },
  ]).articles;
  return article ? creditLine(article) : undefined;
}

const HEADLINE = 'Storm closes the harbour';
const BODY = 'The storm closed the harbour on Friday, and ferries will not run until Sunday.';

describe('creditLine', () => {
  it('reads an agency in brackets before a dash at the head of a paragraph, after a place or a date', () => {
    for (const dateline of [
      'MIAMI (Reuters) -',
      'July 19 (Reuters) –',
      '(Reuters) —',
      'Rome, Jan. 30 (Reuters) -',
    ])
      expect(creditOf(HEADLINE, `${dateline} ${BODY}`)).toEqual({ agency: 'Reuters', kind: 'dateline' });
    expect(creditOf(HEADLINE, `PORT CALDER (Gull Line) — ${BODY}`)).toEqual({
      agency: 'Gull Line',
      kind: 'dateline',
    });
  });

  it('takes no bracketed name inside a sentence, as a ticker symbol', () => {
    expect(
      creditOf(HEADLINE, `Shares of Delta Air Lines (DAL.N) - the largest carrier - fell. ${BODY}`),
    ).toBeNull();
  });

  it('reads "X contributed to this report" anywhere, less a leading "The"', () => {
    expect(creditOf(HEADLINE, BODY, 'The Associated Press contributed to this report.')).toEqual({
      agency: 'Associated Press',
      kind: 'contributed',
    });
  });

  it('reads "according to X" at the top only, and not when X is someone the article quotes', () => {
    expect(creditOf(HEADLINE, `According to Bloomberg, ${BODY.toLowerCase()}`)).toEqual({
      agency: 'Bloomberg',
      kind: 'according-to',
    });
    expect(creditOf(HEADLINE, BODY, BODY, `The port lost money, according to Bloomberg.`)).toBeNull();
    expect(
      creditOf(
        HEADLINE,
        `According to Jane Doe, the harbour master, ferries will not run. "It is not safe," Jane Doe said.`,
      ),
    ).toBeNull();
  });

  it('prefers a dateline to a weaker credit', () => {
    expect(creditOf(HEADLINE, `According to Bloomberg, ${BODY}`, `LONDON (Reuters) - ${BODY}`)?.kind).toBe(
      'dateline',
    );
  });
});
