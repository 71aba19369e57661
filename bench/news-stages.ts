// The pipeline's stages timed one by one on news-like corpora generated in memory, and how each grows:
// `npx tsx bench/news-stages.ts 500 1000 2000` (sizes in articles; seed 1).
import { analyseArticle } from '../src/corpus/analyse.ts';
import { alignArticles } from '../src/corpus/align.ts';
import { decodeText, DEFAULT_MAX_BYTES } from '../src/corpus/decode.ts';
import { storyElements } from '../src/corpus/elements.ts';
import { readEvents } from '../src/corpus/events.ts';
import { parseStructure } from '../src/corpus/parse.ts';
import { findQuotes } from '../src/corpus/quotes.ts';
import { groupQuotes } from '../src/corpus/quote-groups.ts';
import { buildSearchIndex } from '../src/corpus/search-index.ts';
import { segment } from '../src/corpus/segment.ts';
import { readSources } from '../src/corpus/sources.ts';
import { buildTimeline, publishedBounds, resolveDates } from '../src/corpus/timeline.ts';
import type { Article } from '../src/corpus/types.ts';
import { newsCorpus, newsFiles } from './news-corpus.ts';

/** Milliseconds of each stage for one corpus size, in pipeline order. */
export function stageTimes(count: number, seed = 1): Map<string, number> {
  const times = new Map<string, number>();
  const timed = <T>(stage: string, fn: () => T): T => {
    const start = performance.now();
    const value = fn();
    times.set(stage, (times.get(stage) ?? 0) + performance.now() - start);
    return value;
  };
  const generated = newsCorpus(count, seed);
  const files = newsFiles(generated);
  const texts = files
    .filter((f) => f.name.endsWith('.txt'))
    .map((f) => {
      const decoded = decodeText(f.name, f.bytes, DEFAULT_MAX_BYTES);
      if (!decoded.ok) throw new Error(decoded.error.message);
      return { name: f.name, text: decoded.text };
    });
  const sourcesFile = files.find((f) => f.name === 'sources.json')?.bytes ?? new Uint8Array();
  const sources = timed('readSources (sources.json)', () =>
    readSources(new TextDecoder().decode(sourcesFile), new Set(texts.map((t) => t.name))),
  );
  // The per-article stages apart, for their shares (analyseArticle below does them again, as the pipeline does).
  timed('parse (parseStructure)', () => texts.map((t) => parseStructure(t.text)));
  const parsed = texts.map((t) => ({ ...t, ...parseStructure(t.text) }));
  const segmented = timed('segment', () => parsed.map((p) => segment(p.text, p.paragraphs)));
  timed('find quotes (findQuotes)', () =>
    parsed.forEach((p, i) => findQuotes(p.text, p.paragraphs, segmented[i] ?? [])),
  );
  const articles: Article[] = timed('analyseArticle, all per-article work', () =>
    texts.map((t) => analyseArticle(t.name, t.text, sources.entries.get(t.name) ?? {}).article),
  );
  timed('resolveDates', () => resolveDates(articles));
  const { events } = readEvents(JSON.stringify(generated.events));
  const { timeline } = timed('buildTimeline', () => buildTimeline(articles, events));
  timed('publishedBounds', () => publishedBounds(articles, timeline));
  const { groups } = timed('groupQuotes', () => groupQuotes(articles));
  const alignments = timed('alignArticles', () => alignArticles(articles, groups));
  timed('buildSearchIndex', () => buildSearchIndex(articles));
  timed('storyElements', () => storyElements(articles, alignments));
  times.set('(alignments)', alignments.length);
  return times;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  const results = (sizes.length > 0 ? sizes : [500, 1000]).map((n) => [n, stageTimes(n)] as const);
  const stages = [...(results[0]?.[1].keys() ?? [])];
  const header = ['stage', ...results.map(([n]) => `${n} articles`), 'growth per doubling'];
  console.log(header.join('\t'));
  for (const stage of stages) {
    const values = results.map(([, t]) => t.get(stage) ?? NaN);
    const [first = NaN, last = NaN] = [values[0], values[values.length - 1]];
    const firstN = results[0]?.[0] ?? 1;
    const lastN = results[results.length - 1]?.[0] ?? 1;
    const perDoubling = Math.pow(last / first, Math.log(2) / Math.log(lastN / firstN));
    console.log(
      [
        stage,
        ...values.map((v) => (stage.startsWith('(') ? String(v) : `${(v / 1000).toFixed(2)} s`)),
        `${perDoubling.toFixed(2)}×`,
      ].join('\t'),
    );
  }
}
