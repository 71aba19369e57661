// Determinism: the same articles under other file names, read in another order, give the same analysis up to
// order. Each corpus is analysed as read and again with half its files renamed (same ids) and all shuffled; both
// are normalised to what does not depend on file order (articles by id, sentences by id and index, arrays of sets
// sorted) and compared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { random, syntheticFiles } from '../../bench/synthetic.ts';
import { readCorpusFolder } from '../node/read-folder.ts';
import { analyse } from '../test-support/corpus.ts';
import type { SourceFile } from './analyse.ts';
import { EVENTS_FILE } from './events.ts';
import { articleId } from './metadata.ts';
import { passages } from './passages.ts';
import { SOURCES_FILE } from './sources.ts';
import type { Corpus, EventDate } from './types.ts';

const CORPORA = '../shared/corpora';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A new name with the same article id: `000_fba6.txt` → `000_xfba6.txt`, `My story.txt` → `My story_renamed.txt`. */
function rename(name: string): string {
  const renamed = name.includes('_') ? name.replace('_', '_x') : name.replace(/(\.[^.]*)?$/, '_renamed$1');
  expect(articleId(renamed)).toBe(articleId(name));
  return renamed;
}

/**
 * The files with about half the articles (a seeded draw) renamed, sources.json's keys following, and all of
 * them in a seeded shuffled order.
 */
function renameAndShuffle(files: readonly SourceFile[], seed: number): SourceFile[] {
  const next = random(seed);
  const names = new Map<string, string>();
  for (const { name } of files)
    if (name.endsWith('.txt')) names.set(name, next() < 0.5 ? rename(name) : name);
  const moved = files.map(({ name, bytes }): SourceFile => {
    if (name !== SOURCES_FILE) return { name: names.get(name) ?? name, bytes };
    const entries = Object.entries(JSON.parse(decoder.decode(bytes)) as Record<string, unknown>);
    const renamed = Object.fromEntries(entries.map(([file, entry]) => [names.get(file) ?? file, entry]));
    return { name, bytes: encoder.encode(JSON.stringify(renamed)) };
  });
  const keyed = moved.map((file) => ({ file, key: next() }));
  return keyed.sort((x, y) => x.key - y.key).map(({ file }) => file);
}

const sorted = (values: Iterable<string>) => [...values].sort();

/**
 * What the corpus says, with every index that follows file order replaced by a stable key: an article by its id, a
 * sentence, quote or date by its article's id and its index in that article, an event by its id, a quote group by
 * its members; arrays that are sets sorted.
 */
function normalise(corpus: Corpus) {
  const { articles, timeline } = corpus;
  const idOf = (a: number) => articles[a]?.id ?? `#${String(a)}`;
  const sentenceKey = (ref: { article: number; sentence: number }) =>
    `${idOf(ref.article)}:${String(ref.sentence)}`;
  const refs = passages(articles);
  const passageText = (p: number) => {
    const ref = refs[p];
    const article = ref && articles[ref.article];
    const s = ref && article?.sentences[ref.sentence];
    return s ? article.text.slice(s.start, s.end) : `#${String(p)}`;
  };
  const dating = (d: EventDate | undefined) =>
    d
      ? JSON.stringify({
          ...d,
          mention: d.mention && `${idOf(d.mention.article)}:${String(d.mention.date)}`,
        })
      : null;
  const quoteKey = (ref: { article: number; quote: number }) => `${idOf(ref.article)}:q${String(ref.quote)}`;
  const groupKeys = corpus.quoteGroups.map((g) => sorted(g.occurrences.map(quoteKey)).join(' '));
  const byId = [...articles].sort((x, y) => (x.id < y.id ? -1 : 1));
  return {
    articles: byId.map((a) => ({
      id: a.id,
      published: a.published,
      dateReference: a.dateReference,
      dates: a.dates,
      publishedBound: a.publishedBound && {
        after: a.publishedBound.after,
        event: timeline.events[a.publishedBound.event]?.id,
      },
      quoteGroups: a.quotes.map((q) => groupKeys[q.group] ?? null),
    })),
    events: timeline.events
      .map((e) => ({
        id: e.id,
        date: e.date === null ? null : dating(e.dates[e.date]),
        dates: sorted(e.dates.map((d) => dating(d) ?? '')),
        conflict: e.conflict,
        mentions: sorted(
          e.mentions.map((m) => `${sentenceKey(m)} ${m.date === null ? '-' : String(m.date)}`),
        ),
      }))
      .sort((x, y) => (x.id < y.id ? -1 : 1)),
    unnamed: sorted(timeline.unnamed.map((u) => `${idOf(u.article)}:${String(u.date)}`)),
    quoteGroups: sorted(
      corpus.quoteGroups.map((g, i) =>
        JSON.stringify([
          groupKeys[i],
          g.text,
          g.speaker,
          sorted(g.variants.map((v) => `${quoteKey(v.occurrence)} ${JSON.stringify(v.diff)}`)),
        ]),
      ),
    ),
    elements: sorted(
      corpus.elements.map((e) => JSON.stringify([sentenceKey(e.label), sorted(e.members.map(sentenceKey))])),
    ),
    alignments: sorted(
      corpus.alignments.map((p) =>
        JSON.stringify([...sorted([passageText(p.a), passageText(p.b)]), p.score]),
      ),
    ),
  };
}

type Normalised = ReturnType<typeof normalise>;

/** The normalised corpus of the files as given, and of them renamed and shuffled. */
function underRenaming(files: SourceFile[], seed: number): [Normalised, Normalised] {
  return [normalise(analyse(files)), normalise(analyse(renameAndShuffle(files, seed)))];
}

/** Expects the two normalised corpora alike in `parts` (all by default), naming each part that differs. */
function expectSame(
  [before, after]: [Normalised, Normalised],
  parts = Object.keys(before) as (keyof Normalised)[],
) {
  for (const part of parts) expect.soft(after[part], `${part} differ under renaming`).toEqual(before[part]);
}

/** A development corpus's articles and sources, with its gold events (see eval/) as events.json when there are some. */
function developmentCorpus(name: string): SourceFile[] {
  const files = readCorpusFolder(join(CORPORA, name)).filter(
    (f) => f.name.endsWith('.txt') || f.name === SOURCES_FILE,
  );
  const gold = join('eval/gold', `${name}.json`);
  if (existsSync(gold)) {
    const { events } = JSON.parse(readFileSync(gold, 'utf8')) as {
      events: { id: string; name: string; cues: string[] }[];
    };
    const cues = events.map(({ id, name: title, cues: list }) => ({ id, name: title, cues: list }));
    files.push({ name: EVENTS_FILE, bytes: encoder.encode(JSON.stringify({ events: cues })) });
  }
  return files;
}

const seedFiles = readCorpusFolder('seeds');

describe('the analysis under renaming and reordering of the files', () => {
  it('is the same on the seeds, under several shuffles', () => {
    for (const seed of [1, 2, 3, 4]) expectSame(underRenaming(seedFiles, seed));
  });

  const development = existsSync(CORPORA)
    ? readdirSync(CORPORA).filter((name) => existsSync(join(CORPORA, name, SOURCES_FILE)))
    : [];
  it.skipIf(development.length === 0)(`is the same on the development corpora in ${CORPORA}`, () => {
    for (const name of development)
      for (const seed of [1, 2]) expectSame(underRenaming(developmentCorpus(name), seed));
  });
});

/**
 * `count` synthetic articles (see bench/synthetic.ts) with the seeds' events, every third also telling of a vote
 * "on Tuesday": told in one sentence alike, resolved against the articles' different publication dates, its
 * datings are equally well known, equally narrow and equally supported, yet on different days.
 */
function syntheticWithTies(count: number): SourceFile[] {
  const files = syntheticFiles(analyse(seedFiles), count, 5).map(({ name, bytes }, i) =>
    i % 3 === 0 ? { name, bytes: encoder.encode(`${decoder.decode(bytes)}\n\n${VOTE}\n`) } : { name, bytes },
  );
  const seedEvents = seedFiles.find((f) => f.name === EVENTS_FILE);
  const { events } = JSON.parse(seedEvents ? decoder.decode(seedEvents.bytes) : '{"events":[]}') as {
    events: unknown[];
  };
  events.push({ id: 'pier-vote', name: 'The harbour council votes', cues: ['council voted'] });
  files.push({ name: EVENTS_FILE, bytes: encoder.encode(JSON.stringify({ events })) });
  return files;
}

const VOTE = 'The harbour council voted on Tuesday to close the pier.';

describe('300 synthetic articles with conflicting dates, renamed and reordered', () => {
  let compared: [Normalised, Normalised] | undefined;
  const synthetic = () => {
    compared ??= underRenaming(syntheticWithTies(300), 1);
    return compared;
  };

  it('keep their timeline, publication bounds and quote groups', () => {
    expectSame(synthetic(), ['articles', 'events', 'unnamed', 'quoteGroups']);
  });

  // Every sentence here is in dozens of articles, so past MAX_PARTNERS the tie-breaks decide which pairs are kept.
  it('keep their alignments and story elements', () => {
    expectSame(synthetic(), ['alignments', 'elements']);
  });
});
