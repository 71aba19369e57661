import { describe, expect, it } from 'vitest';
import { corpusOf } from '../../test-support/corpus.ts';
import { testArticle } from '../../test-support/test-article.ts';
import { clusters, paragraphRuns } from './clusters.ts';
import { compareLinks } from './links.ts';

describe('clusters', () => {
  it('gathers each number’s sentences on both sides, numbers ascending, sentences ascending', () => {
    const a = {
      badge: new Map([
        [9, 2],
        [1, 1],
        [4, 2],
        [3, 1],
      ]),
    };
    const b = {
      badge: new Map([
        [0, 2],
        [7, 1],
        [5, 1],
      ]),
    };
    expect(clusters(a, b)).toEqual([
      { badge: 1, a: [1, 3], b: [5, 7] },
      { badge: 2, a: [4, 9], b: [0] },
    ]);
  });

  it('holds every linked sentence of the seeds once, each cluster with a partner on both sides', () => {
    const seeds = corpusOf('seeds');
    const links = compareLinks(seeds, 0, 2);
    const found = clusters(links.a, links.b);
    expect(found.length).toBeGreaterThan(1);
    expect(found.flatMap((c) => c.a).sort((x, y) => x - y)).toEqual(
      [...links.a.links.keys()].sort((x, y) => x - y),
    );
    expect(found.flatMap((c) => c.b).sort((x, y) => x - y)).toEqual(
      [...links.b.links.keys()].sort((x, y) => x - y),
    );
    for (const cluster of found) {
      expect(cluster.a.length).toBeGreaterThan(0);
      expect(cluster.b.length).toBeGreaterThan(0);
    }
    expect(found.map((c) => c.badge)).toEqual(found.map((_, i) => i + 1));
  });
});

describe('paragraphRuns', () => {
  // Sentences 0–2 in the first paragraph, 3–4 in the second.
  const article = testArticle(['One. Two. Three.', 'Four. Five.']);

  it('runs consecutive sentences of one paragraph together, and cuts at a gap or a new paragraph', () => {
    expect(paragraphRuns(article, [0, 1, 2, 3, 4])).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(paragraphRuns(article, [0, 2, 3])).toEqual([[0], [2], [3]]);
    expect(paragraphRuns(article, [])).toEqual([]);
  });
});
