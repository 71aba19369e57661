import { describe, expect, it } from 'vitest';
import { corpusOf } from '../test-support/corpus.ts';
import { alignable } from './alignable.ts';
import { storyElements } from './elements.ts';
import type { AlignedPair, Article } from './types.ts';

/**
 * Articles of plain one-sentence paragraphs, enough for storyElements to read. Each sentence is its own text
 * ("Article 1 says 0."), unless `say` gives it one: sentences alike word for word count as aligned.
 */
function articles(
  sentenceCounts: number[],
  say = (a: number, s: number) => `Article ${a} says ${s}.`,
): Article[] {
  return sentenceCounts.map((count, i) => {
    const sentences = Array.from({ length: count }, (_, s) => say(i, s));
    const text = sentences.join('\n\n');
    let at = 0;
    const ranges = sentences.map((sentence) => {
      const start = at;
      at += sentence.length + 2;
      return { start, end: start + sentence.length };
    });
    return {
      id: String(i),
      text,
      paragraphs: ranges.map((r) => ({ ...r, kind: 'paragraph' })),
      sentences: ranges.map((r, p) => ({ ...r, paragraph: p })),
    } as unknown as Article;
  });
}
const pair = (a: number, b: number, score: number): AlignedPair => ({ a, b, score, quoteGroup: null });

describe('storyElements', () => {
  it('joins pairs into elements, one sentence per article, best pairs first', () => {
    // Passages: article 0 → 0, 1; article 1 → 2, 3; article 2 → 4.
    const elements = storyElements(articles([2, 2, 1]), [
      pair(0, 2, 0.9),
      pair(2, 4, 0.8),
      pair(0, 4, 0.6),
      pair(1, 4, 0.5),
    ]);
    expect(elements.map((e) => e.members)).toEqual([
      [
        { article: 0, sentence: 0 },
        { article: 1, sentence: 0 },
        { article: 2, sentence: 0 },
      ],
      [{ article: 0, sentence: 1 }],
      [{ article: 1, sentence: 1 }],
    ]);
    expect(elements[0]?.articles).toEqual([0, 1, 2]);
    // Passages 0, 2 and 4 are each aligned with both others: the best scored, 2, labels the element.
    expect(elements[0]?.label).toEqual({ article: 1, sentence: 0 });
  });

  it('does not chain: a sentence joins an element only if it aligns with most of its members', () => {
    // One passage per article; 0 ≈ 1 ≈ 2 ≈ 3 ≈ 4 in a chain, each only with the next.
    const chain = [pair(0, 1, 0.9), pair(1, 2, 0.8), pair(2, 3, 0.7), pair(3, 4, 0.6)];
    const elements = storyElements(articles([1, 1, 1, 1, 1]), chain);
    expect(Math.max(...elements.map((e) => e.articles.length))).toBe(2);
    expect(elements.map((e) => e.articles)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('lets a sentence into a larger element when it aligns with more than half of it', () => {
    // 0, 1, 2 all aligned; 3 aligned with two of them joins, 4 aligned with one of four does not.
    const links = [pair(0, 1, 0.9), pair(0, 2, 0.9), pair(1, 2, 0.9), pair(3, 0, 0.5), pair(3, 1, 0.5)];
    const elements = storyElements(articles([1, 1, 1, 1, 1]), [...links, pair(4, 2, 0.8)]);
    expect(elements.map((e) => e.articles)).toEqual([[0, 1, 2, 3], [4]]);
  });

  it('counts sentences alike word for word as aligned with each other', () => {
    // Articles 1 and 2 carry one wire sentence; only article 1's copy is aligned with article 0's rewording.
    const say = (a: number, s: number) => (a === 0 ? `Reworded ${s}.` : `Wire copy ${s}.`);
    const elements = storyElements(articles([1, 1, 1], say), [pair(0, 1, 0.7)]);
    expect(elements.map((e) => e.articles)).toEqual([[0, 1, 2]]);
  });

  it('never lets a chain of pairs put two sentences of one article in an element', () => {
    const elements = storyElements(articles([2, 1]), [pair(0, 2, 0.9), pair(1, 2, 0.8)]);
    for (const element of elements)
      expect(new Set(element.members.map((m) => m.article)).size).toBe(element.members.length);
    expect(elements[0]?.members).toEqual([
      { article: 0, sentence: 0 },
      { article: 1, sentence: 0 },
    ]);
  });

  it('joins and labels by content when pairs score alike, in whatever order the articles come', () => {
    // Article x tells two claims, y one aligned as well with both: y's joins the one whose text comes first, and
    // the element is labelled by the earlier article by id, since both members are aligned alike.
    const told: Record<string, string[]> = { x: ['Beta claim.', 'Alpha claim.'], y: ['Gamma claim.'] };
    for (const ids of [
      ['x', 'y'],
      ['y', 'x'],
    ]) {
      const list = articles(
        ids.map((id) => told[id]?.length ?? 0),
        (a, s) => told[ids[a] ?? '']?.[s] ?? '',
      ).map((article, a) => ({ ...article, id: ids[a] ?? '' }));
      const all = ids.flatMap((id) => told[id] ?? []);
      const at = (text: string) => all.indexOf(text);
      const pairs = [at('Beta claim.'), at('Alpha claim.')].map((p) =>
        pair(Math.min(p, at('Gamma claim.')), Math.max(p, at('Gamma claim.')), 0.8),
      );
      const sentenceText = ({ article, sentence }: { article: number; sentence: number }) =>
        told[ids[article] ?? '']?.[sentence];
      const joined = storyElements(list, pairs).find((e) => e.members.length === 2);
      expect(joined?.members.map(sentenceText).sort()).toEqual(['Alpha claim.', 'Gamma claim.']);
      expect(joined && sentenceText(joined.label)).toBe('Alpha claim.');
    }
  });

  it('links two texts at the best score any pair of their copies has', () => {
    // Passages: Alpha (article 0) → 0; Beta, Gamma (article 1) → 1, 2; Alpha again (article 2) → 3. Alpha's copies
    // pair with Beta at 0.5 and 0.9: at 0.9, Beta joins before Gamma (0.7) can, and article 1 is then told.
    const say = (a: number, s: number) =>
      (a === 1 ? ['Beta claim.', 'Gamma claim.'][s] : 'Alpha claim.') ?? '';
    const elements = storyElements(articles([1, 2, 1], say), [
      pair(0, 1, 0.5),
      pair(3, 1, 0.9),
      pair(0, 2, 0.7),
    ]);
    expect(elements.map((e) => e.members)).toEqual([
      [
        { article: 0, sentence: 0 },
        { article: 1, sentence: 0 },
        { article: 2, sentence: 0 },
      ],
      [{ article: 1, sentence: 1 }],
    ]);
  });

  it('gives every alignable sentence of the seeds one element, and the BofA claim to PYMNTS alone', () => {
    const seeds = corpusOf('seeds');
    const alignableCount = seeds.articles.reduce(
      (n, a) => n + a.sentences.filter((_, s) => alignable(a, s)).length,
      0,
    );
    expect(seeds.elements.reduce((n, e) => n + e.members.length, 0)).toBe(alignableCount);
    const bofa = seeds.elements.find((e) =>
      e.members.some((m) => {
        const a = seeds.articles[m.article];
        const s = a?.sentences[m.sentence];
        return a && s ? a.text.slice(s.start, s.end).includes('$5.58 million') : false;
      }),
    );
    expect(bofa?.articles.map((a) => seeds.articles[a]?.outlet)).toEqual(['PYMNTS']);
    // The most widely carried elements come first.
    const counts = seeds.elements.map((e) => e.articles.length);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(counts[0]).toBeGreaterThanOrEqual(4);
  });
});
