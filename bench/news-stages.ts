// The pipeline's stages timed one by one on news-like corpora generated in memory, each one's share of the
// pipeline's time and how it grows: `npx tsx bench/news-stages.ts 500 1000 2000` (sizes in articles; seed 1).
import { analyseArticle, wholeArticles } from '../src/corpus/analyse.ts';
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
import { newsCorpus, newsFiles } from './news-corpus.ts';

/** Stages timed apart from the stage they are part of, for their share; they are not added to the total. */
const PART = '  part: ';

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
  timed(`${PART}parse (parseStructure)`, () => texts.map((t) => parseStructure(t.text)));
  const parsed = texts.map((t) => ({ ...t, ...parseStructure(t.text) }));
  const segmented = timed(`${PART}segment`, () => parsed.map((p) => segment(p.text, p.paragraphs)));
  timed(`${PART}find quotes (findQuotes)`, () =>
    parsed.forEach((p, i) => findQuotes(p.text, p.paragraphs, segmented[i] ?? [])),
  );
  const read = timed('analyseArticle, all per-article work (the parts above)', () =>
    texts.map((t) => analyseArticle(t.name, t.text, sources.entries.get(t.name) ?? {}).article),
  );
  const dated = timed('resolveDates', () => resolveDates(read));
  const { events } = readEvents(JSON.stringify(generated.events));
  const { timeline } = timed('buildTimeline', () => buildTimeline(dated, events));
  const bounds = timed('publishedBounds', () => publishedBounds(dated, timeline));
  const { groups, quotes } = timed('groupQuotes', () => groupQuotes(dated));
  const articles = wholeArticles(dated, quotes, bounds);
  const alignments = timed('alignArticles', () => alignArticles(articles, groups));
  timed('buildSearchIndex', () => buildSearchIndex(articles));
  timed('storyElements', () => storyElements(articles, alignments));
  times.set(
    'pipeline (the stages above, less their parts)',
    [...times].reduce((sum, [stage, t]) => (stage.startsWith(PART) ? sum : sum + t), 0),
  );
  times.set('(alignments)', alignments.length);
  return times;
}

/** How many times as long a stage takes for twice the articles, from its times at the first and last sizes. */
export function growthPerDoubling(
  first: [articles: number, ms: number],
  last: [articles: number, ms: number],
) {
  return Math.pow(last[1] / first[1], Math.log(2) / Math.log(last[0] / first[0]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  const results = (sizes.length > 0 ? sizes : [500, 1000]).map((n) => [n, stageTimes(n)] as const);
  const stages = [...(results[0]?.[1].keys() ?? [])];
  const header = ['stage', ...results.map(([n]) => `${n} articles (share)`), 'growth per doubling'];
  console.log(header.join('\t'));
  const total = ([, t]: (typeof results)[number]) =>
    t.get('pipeline (the stages above, less their parts)') ?? NaN;
  for (const stage of stages) {
    const count = stage.startsWith('(');
    const cells = results.map((result) => {
      const v = result[1].get(stage) ?? NaN;
      return count ? String(v) : `${(v / 1000).toFixed(2)} s (${((100 * v) / total(result)).toFixed(0)} %)`;
    });
    const [first, last] = [results[0], results[results.length - 1]];
    const growth =
      first && last
        ? growthPerDoubling([first[0], first[1].get(stage) ?? NaN], [last[0], last[1].get(stage) ?? NaN])
        : NaN;
    console.log([stage, ...cells, `${growth.toFixed(2)}×`].join('\t'));
  }
}
