import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../corpus/fold.ts';
import { approximateMatches } from './highlight.ts';
import { parseQuery } from './query.ts';
import type { SearchResult } from './search.ts';
import { analyse, corpusOf } from '../test-support/corpus.ts';
import { pageSearch as createSearch } from '../test-support/search.ts';

const seeds = corpusOf('seeds');
const search = createSearch(seeds);
const idsHolding = (word: string) => seeds.articles.filter((a) => a.text.includes(word)).map((a) => a.id);
const ids = (result: SearchResult) => result.groups.map((g) => g.article.id).sort();
const marked = (result: SearchResult) =>
  result.groups.flatMap((g) =>
    g.hits.flatMap((h) => h.ranges.map((r) => g.article.text.slice(r.start, r.end))),
  );

describe('search on the seeds', () => {
  it.each([
    ['Lutnik', 'Lutnick'],
    ['Nvida', 'Nvidia'],
    ['Amodai', 'Amodei'],
    ['defense', 'defence'],
  ])('%s finds every passage with %s, marked, and nothing else', (query, word) => {
    const result = search(query);
    expect(ids(result)).toEqual(idsHolding(word));
    expect(new Set(marked(result))).toEqual(new Set([word]));
    const passagesWithWord = seeds.articles.reduce(
      (n, a) => n + a.sentences.filter((s) => a.text.slice(s.start, s.end).includes(word)).length,
      0,
    );
    expect(result.total).toBe(passagesWithWord);
  });

  it('Lutnik leaves out the PYMNTS article', () => {
    expect(ids(search('Lutnik'))).not.toContain(seeds.articles.find((a) => a.outlet === 'PYMNTS')?.id);
  });

  it('militray dominance ranks the passages holding both words first', () => {
    const hits = search('militray dominance').groups.flatMap((g) => g.hits);
    const both = hits.filter((h) => h.termsMatched === 2);
    expect(both.length).toBeGreaterThan(0);
    const ranked = [...hits].sort((a, b) => b.termsMatched - a.termsMatched);
    expect(search('militray dominance').groups[0]?.hits[0]?.termsMatched).toBe(2);
    expect(ranked[0]?.termsMatched).toBe(2);
    expect(marked(search('militray dominance'))).toEqual(expect.arrayContaining(['military', 'dominance']));
  });

  it('Hopper finds the 50,000-chip passage', () => {
    const result = search('Hopper');
    const [group] = result.groups;
    const hit = group?.hits[0];
    const sentence = hit && group.article.sentences[hit.sentence];
    expect(sentence && group.article.text.slice(sentence.start, sentence.end)).toContain(
      '50,000 Hopper-generation chips',
    );
  });

  it('"few $10M\'s" finds the curly and the straight spelling, as a phrase', () => {
    const result = search(`"few $10M's"`);
    expect(ids(result)).toEqual(['000', '001']);
    expect(marked(result).sort()).toEqual(['few $10M’s', "few $10M's"].sort());
    expect(result.groups.every((g) => g.hits[0]?.phrase)).toBe(true);
  });

  it('an exact phrase ranks above fuzzy matches of its words', () => {
    const hits = search('export controls').groups.flatMap((g) => g.hits);
    const firstFuzzy = hits.findIndex((h) => !h.phrase);
    expect(hits.slice(0, Math.max(firstFuzzy, 0)).every((h) => h.phrase)).toBe(true);
    expect(search('export controls').groups[0]?.hits[0]?.phrase).toBe(true);
  });

  it('filters by article and by outlet', () => {
    expect(ids(search('Amodei', { articles: ['002', '003'] }))).toEqual(['002', '003']);
    expect(ids(search('Amodei', { outlets: ['PYMNTS'] }))).toEqual(['004']);
    expect(search('Lutnick', { outlets: ['PYMNTS'] }).total).toBe(0);
  });

  it('understands Fuse extended syntax', () => {
    expect(ids(search("'Lutnick"))).toEqual(idsHolding('Lutnick'));
    const notAmodei = search('Lutnick !Amodei').groups.flatMap((g) =>
      g.hits.map((h) =>
        g.article.text.slice(g.article.sentences[h.sentence]?.start, g.article.sentences[h.sentence]?.end),
      ),
    );
    expect(notAmodei.length).toBeGreaterThan(0);
    expect(notAmodei.every((s) => !s.includes('Amodei'))).toBe(true);
    expect(search('Nvidia | Lutnick').total).toBe(search('Nvidia').total + search('Lutnick').total);
  });

  it.each([
    [''],
    ['x'.repeat(3000)],
    ['.*+?^${}()|[]\\'],
    ['"'],
    ['“unbalanced'],
    ['<script>alert(1)</script>'],
    ['🤖 AI 🇺🇸'],
    ['مرحبا بالعالم'],
    ['\\'],
    ['!'],
    ['^'],
    ['|'],
    ["! ^ | = '"],
    ['a'],
    [' '.repeat(50)],
  ])('answers %j without throwing, quickly', (query) => {
    const start = performance.now();
    const result = search(query);
    expect(performance.now() - start).toBeLessThan(2000); // a freeze, not a benchmark: timings live in npm run bench
    expect(result.total).toBe(result.groups.reduce((n, g) => n + g.hits.length, 0));
  });
});

describe('search on another corpus', () => {
  const other = corpusOf('src/corpus/fixtures/other-story');
  const searchOther = createSearch(other);
  it('finds names through typos there too', () => {
    const result = searchOther('Lindqvst');
    expect(result.total).toBeGreaterThan(0);
    expect(
      new Set(
        result.groups.flatMap((g) =>
          g.hits.flatMap((h) => h.ranges.map((r) => g.article.text.slice(r.start, r.end))),
        ),
      ),
    ).toEqual(new Set(['Lindqvist']));
  });
});

describe('search through invisible characters', () => {
  const text = [
    'Nvi\u200Bdia shares fell on Monday, a record loss.',
    '',
    'Lut\u00ADnick told the hearing that the rules would stay.',
    '',
    'Amodei said the ex\uFEFFport rules must tighten.',
  ].join('\n');
  const corpus = analyse([{ name: 'invisible.txt', bytes: new TextEncoder().encode(text) }]);
  const searchHere = createSearch(corpus);
  const marks = (query: string) =>
    searchHere(query).groups.flatMap((g) =>
      g.hits.flatMap((h) => h.ranges.map((r) => g.article.text.slice(r.start, r.end))),
    );

  it.each([
    ['Nvidia', ['Nvi\u200Bdia']],
    ['Lutnick', ['Lut\u00ADnick']],
    ['"nvidia shares"', ['Nvi\u200Bdia shares']],
    ["'lutnick", ['Lut\u00ADnick']],
    ['Nvi\u200Bdia', ['Nvi\u200Bdia']],
    ['export', ['ex\uFEFFport']],
  ])('%j finds and marks %j', (query, marked) => {
    expect(marks(query)).toEqual(marked);
  });
});

describe('match ranges', () => {
  const words = [...new Set(seeds.articles.flatMap((a) => a.text.match(/[\p{L}]{4,}/gu) ?? []))];

  it('slice to text that folds to something near a query term', () => {
    const typo = (word: string, at: number, kind: number) => {
      const i = at % word.length;
      if (kind === 0) return word.slice(0, i) + word.slice(i + 1); // deletion
      if (kind === 1) return word.slice(0, i) + 'x' + word.slice(i + 1); // substitution
      return word.slice(0, i) + 'e' + word.slice(i); // insertion
    };
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.nat(), fc.integer({ min: 0, max: 3 }), (word, at, kind) => {
        const query = kind === 3 ? word : typo(word, at, kind);
        const parsed = parseQuery(query);
        if (parsed.kind !== 'plain') return;
        for (const group of search(query).groups) {
          for (const hit of group.hits) {
            const sentence = group.article.sentences[hit.sentence];
            for (const range of hit.ranges) {
              expect(sentence && range.start >= sentence.start && range.end <= sentence.end).toBe(true);
              const found = fold(group.article.text.slice(range.start, range.end));
              const near = parsed.terms.some(
                (t) => approximateMatches(t.text, found, t.maxErrors).length > 0,
              );
              expect(near, `${JSON.stringify(found)} for ${JSON.stringify(query)}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
