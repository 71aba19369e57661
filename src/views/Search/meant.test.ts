import { describe, expect, it } from 'vitest';
import { analyse } from '../../test-support/corpus.ts';
import { pageSearch } from '../../test-support/search.ts';
import { meantAsWritten } from './meant.ts';

const corpus = analyse([
  {
    name: 'a.txt',
    bytes: new TextEncoder().encode(
      'Lindqvist met the Harbour Board on Monday.\n\nThe board said LINDQVIST would return in spring.\n',
    ),
  },
]);
const search = pageSearch(corpus);

describe('meantAsWritten', () => {
  it('spells the word taken for a typed one as the first passage shown writes it', () => {
    expect(meantAsWritten(search('Lindqvst'))).toBe('Lindqvist');
  });

  it('spells every word of the query searched as the passages shown write it', () => {
    expect(meantAsWritten(search('harbour boardd'))).toBe('Harbour Board');
    expect(meantAsWritten(search('Lindqvst harbor'))).toBe('Lindqvist Harbour');
  });

  it('is null when every word was searched as typed', () => {
    expect(meantAsWritten(search('Lindqvist'))).toBeNull();
  });
});
