import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../src/corpus/analyse.ts';
import { newsCorpus, newsFiles, pseudoWord, tokens } from './news-corpus.ts';

const distinctAndTotal = (texts: readonly string[]) => {
  const distinct = new Set<string>();
  let total = 0;
  for (const text of texts)
    for (const t of tokens(text)) {
      distinct.add(t);
      total++;
    }
  return { distinct: distinct.size, total };
};

describe('news-like bench corpus', () => {
  const small = newsCorpus(100, 1);
  const large = newsCorpus(1000, 1);

  it('gives the same text for the same seed, and another text for another seed', () => {
    const again = newsCorpus(100, 1);
    expect(again.articles.map((a) => a.name + a.text)).toEqual(small.articles.map((a) => a.name + a.text));
    expect(again.sources).toEqual(small.sources);
    expect(again.events).toEqual(small.events);
    expect(newsCorpus(100, 2).articles[0]?.text).not.toBe(small.articles[0]?.text);
  });

  it('makes every rank a distinct pseudo-word', () => {
    const words = Array.from({ length: 50_000 }, (_, r) => pseudoWord(r));
    expect(new Set(words).size).toBe(words.length);
  });

  it('grows its vocabulary sub-linearly, as Heaps’ law says', () => {
    const a = distinctAndTotal(small.articles.map((x) => x.text));
    const b = distinctAndTotal(large.articles.map((x) => x.text));
    const beta = Math.log(b.distinct / a.distinct) / Math.log(b.total / a.total);
    expect(beta).toBeGreaterThanOrEqual(0.4);
    expect(beta).toBeLessThanOrEqual(0.8);
    // News at this size: some 20,000–30,000 distinct words in 600–800 words an article.
    expect(b.distinct).toBeGreaterThanOrEqual(20_000);
    expect(b.distinct).toBeLessThanOrEqual(32_000);
    expect(b.total / large.articles.length).toBeGreaterThan(600);
    expect(b.total / large.articles.length).toBeLessThan(800);
  });

  it('spreads word frequencies as Zipf’s law says: slope near −1 on log-log for the top 1,000 words', () => {
    const freq = new Map<string, number>();
    for (const a of large.articles) for (const t of tokens(a.text)) freq.set(t, (freq.get(t) ?? 0) + 1);
    const top = [...freq.values()].sort((x, y) => y - x).slice(0, 1000);
    const xs = top.map((_, i) => Math.log(i + 1));
    const ys = top.map((f) => Math.log(f));
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const mx = mean(xs);
    const my = mean(ys);
    const slope =
      xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] ?? 0) - my), 0) /
      xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(slope).toBeGreaterThan(-1.3);
    expect(slope).toBeLessThan(-0.7);
    // The most frequent words are English function words.
    expect([...freq.entries()].sort((x, y) => y[1] - x[1])[0]?.[0]).toBe('the');
  });

  it('groups articles into stories, with wire copies at a realistic rate, quotes and dates', () => {
    const { stats } = large;
    expect(stats.copies / stats.articles).toBeGreaterThan(0.15);
    expect(stats.copies / stats.articles).toBeLessThan(0.3);
    expect(stats.stories).toBeGreaterThan(50);
    expect(stats.biggestStory).toBeGreaterThanOrEqual(20);
    expect(stats.quotes).toBeGreaterThan(stats.articles);
    expect(stats.dates).toBeGreaterThan(stats.articles);
    const text = large.articles.map((a) => a.text).join('\n');
    expect(text).toMatch(/\$\d+\.\d (million|billion)/);
    expect(text).toMatch(/\b\d+%/);
    expect(text).toMatch(/," (Sen\.|Rep\.|Dr\.|CEO|[A-Z])[^"]* (said|added|noted|warned)\./);
    expect(text).toMatch(/: "[^"]+\."/);
    expect(text).toMatch(/\b(Jan|Feb)\. \d{1,2}, 2025\b/);
    expect(text).toMatch(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/);
  });

  it('writes a folder the pipeline accepts with no error, its events matched', () => {
    const result = analyseCorpus(newsFiles(newsCorpus(50, 1)));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.corpus.articles).toHaveLength(50);
    expect(result.corpus.quoteGroups.length).toBeGreaterThan(0);
    expect(result.corpus.alignments.length).toBeGreaterThan(0);
    expect(result.corpus.timeline.events.length).toBeGreaterThan(0);
    expect(result.corpus.articles.every((a) => a.published !== null && a.outlet !== '')).toBe(true);
  });
});
