// Synthetic corpora for benchmarks: articles made by recombining the seeds' sentences, reproducibly.
import type { SourceFile } from '../src/corpus/analyse.ts';
import type { Corpus } from '../src/corpus/types.ts';

/** A small, fast, seeded generator (mulberry32): the same seed gives the same corpus on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` article files of 12–40 sentences each, drawn from the sentences of `seeds`, in paragraphs of one to
 * four sentences, some under a heading, some opening with a date line, so every stage of the pipeline has work.
 */
export function syntheticFiles(seeds: Corpus, count: number, seed = 1): SourceFile[] {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const prose = seeds.articles.flatMap((a) =>
    a.sentences
      .filter((s) => a.paragraphs[s.paragraph]?.kind === 'paragraph')
      .map((s) => a.text.slice(s.start, s.end)),
  );
  const headings = seeds.articles.flatMap((a) =>
    a.paragraphs.filter((p) => p.kind === 'heading').map((p) => a.text.slice(p.start, p.end)),
  );
  const encoder = new TextEncoder();
  return Array.from({ length: count }, (_, i) => {
    const lines: string[] = [];
    if (next() < 0.3) lines.push(`date 2025-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`);
    let sentences = 12 + Math.floor(next() * 29);
    while (sentences > 0) {
      if (headings.length > 0 && next() < 0.15) lines.push(pick(headings));
      const size = Math.min(sentences, 1 + Math.floor(next() * 4));
      lines.push(Array.from({ length: size }, () => pick(prose)).join(' '));
      sentences -= size;
    }
    const name = `s${String(i).padStart(5, '0')}_synthetic.txt`;
    return { name, bytes: encoder.encode(lines.join('\n\n')) };
  });
}
