import { describe, expect, it } from 'vitest';
import { testArticle } from '../test-support/test-article.ts';
import { corrected, correctionOf, withCorrections } from './corrections.ts';

describe('corrections', () => {
  const article = {
    ...testArticle(['Own title', 'A sentence.'], '01'),
    file: '01_a.txt',
    title: 'Own title',
    outlet: 'Own Outlet',
    published: '2025-01-27',
  };

  it('sets what was corrected over the article, says so, and keeps the rest', () => {
    const fixed = corrected(article, { outlet: 'Reuters' });
    expect(fixed.outlet).toBe('Reuters');
    expect(fixed.outletSource).toBe('corrected');
    expect(fixed.title).toBe('Own title');
    expect(fixed.titleSource).toBe(article.titleSource);
    expect(corrected(article, undefined)).toBe(article);
  });

  it('corrects only the articles named, and gives back the same array when none is', () => {
    const other = { ...testArticle(['Other'], '02'), file: '02_b.txt' };
    const both = [article, other];
    expect(withCorrections(both, new Map())).toBe(both);
    const fixed = withCorrections(both, new Map([['02_b.txt', { published: '2025-02-01' }]]));
    expect(fixed[0]).toBe(article);
    expect(fixed[1]?.published).toBe('2025-02-01');
    expect(fixed[1]?.publishedSource).toBe('corrected');
  });

  it('keeps a field corrected before, when the form leaves it as it is', () => {
    const shown = corrected(article, { outlet: 'Reuters' });
    expect(correctionOf(shown, { title: 'Own title', outlet: 'Reuters', published: '2025-01-27' })).toEqual({
      outlet: 'Reuters',
    });
  });

  it('keeps of a form only what differs from the article, trimmed, and a date only when it is a day', () => {
    expect(
      correctionOf(article, { title: ' Own title ', outlet: 'Own Outlet', published: '2025-01-27' }),
    ).toEqual({});
    expect(correctionOf(article, { title: 'New', outlet: '', published: '27/01/2025' })).toEqual({
      title: 'New',
    });
    expect(correctionOf(article, { title: '', outlet: 'AP ', published: '2025-01-28' })).toEqual({
      outlet: 'AP',
      published: '2025-01-28',
    });
  });
});
