import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../corpus/fold.ts';
import { stemmer } from 'stemmer';
import { WORD_CHAR } from '../corpus/client.ts';
import { closeErrors, LONGEST_UNFUZZED, parseQuery } from './query.ts';
import { prefixDistance } from './word-match.ts';
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
  const words = [...new Set(seeds.articles.flatMap((a) => a.text.match(/[\p{L}]{3,}/gu) ?? []))];

  it('mark whole words the query stands for: exact ones in exact groups, close ones only past four letters', () => {
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
        if (parsed.kind !== 'plain' || parsed.terms.length !== 1) return;
        const typed = parsed.terms[0]?.text ?? '';
        const result = search(query);
        const spellings = [typed, result.meant ?? typed];
        const exactly = (found: string) =>
          spellings.some((s) => found.startsWith(s) || stemmer(found) === stemmer(s));
        for (const group of result.groups) {
          for (const hit of group.hits) {
            const sentence = group.article.sentences[hit.sentence];
            for (const range of hit.ranges) {
              expect(sentence && range.start >= sentence.start && range.end <= sentence.end).toBe(true);
              const text = group.article.text;
              // Whole words: no letter or digit runs on past either end.
              expect(
                WORD_CHAR.test(text.charAt(range.start - 1)) && WORD_CHAR.test(text.charAt(range.start)),
              ).toBe(false);
              expect(
                WORD_CHAR.test(text.charAt(range.end)) && WORD_CHAR.test(text.charAt(range.end - 1)),
              ).toBe(false);
              const found = fold(text.slice(range.start, range.end));
              const why = `${JSON.stringify(found)} for ${JSON.stringify(query)}`;
              if (!group.close) expect(exactly(found), why).toBe(true);
              else {
                expect(typed.length, why).toBeGreaterThan(LONGEST_UNFUZZED);
                expect(exactly(found) || prefixDistance(typed, found) <= closeErrors(typed), why).toBe(true);
              }
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('exact and close matches', () => {
  const marks = (result: SearchResult, close: boolean) =>
    result.groups
      .filter((g) => g.close === close)
      .flatMap((g) => g.hits.flatMap((h) => h.ranges.map((r) => g.article.text.slice(r.start, r.end))));

  it('chip marks chips, never China, leadership or flagship', () => {
    const result = search('chip');
    const marked = marks(result, false);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((m) => m.toLowerCase().startsWith('chip'))).toBe(true);
    expect(marks(result, true)).toEqual([]);
    expect(result.close).toEqual({ passages: 0, articles: 0 });
  });

  it('export marks exports as exact, experts as close, and never reported', () => {
    const result = search('export');
    expect(new Set(marks(result, false).map((m) => m.toLowerCase()))).toEqual(new Set(['export']));
    expect(marks(result, true)).toContain('experts');
    expect([...marks(result, false), ...marks(result, true)]).not.toContain('reported');
  });

  it('lists exact groups first, then close ones, with the counts of each', () => {
    const result = search('export');
    const firstClose = result.groups.findIndex((g) => g.close);
    expect(firstClose).toBeGreaterThan(0);
    expect(result.groups.slice(firstClose).every((g) => g.close)).toBe(true);
    const count = (close: boolean) => {
      const groups = result.groups.filter((g) => g.close === close);
      return { passages: groups.reduce((n, g) => n + g.hits.length, 0), articles: groups.length };
    };
    expect(result.exact).toEqual(count(false));
    expect(result.close).toEqual(count(true));
    expect(result.total).toBe(result.exact.passages + result.close.passages);
  });

  it('says which word it searched when the typed one is in no passage', () => {
    expect(search('Lutnik').meant).toBe('lutnick');
    expect(search('militray dominance').meant).toBe('military dominance');
    expect(search('Lutnick').meant).toBeNull();
    // Taken as meant, its passages are exact matches.
    expect(search('Lutnik').exact).toEqual(search('Lutnick').exact);
  });

  it('counts each article’s passages with no filter, whatever the filters', () => {
    const all = search('Amodei');
    const perArticle = Array.from(all.perArticle);
    expect(perArticle.reduce((a, b) => a + b, 0)).toBe(all.total);
    seeds.articles.forEach((article, a) => {
      const one = search('Amodei', { articles: [article.id] });
      expect(one.total).toBe(perArticle[a]);
      expect(Array.from(one.perArticle)).toEqual(perArticle);
    });
  });
});
