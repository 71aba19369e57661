import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseArticle,
  analyseCorpus,
  wholeArticles,
  type ReadArticle,
  type SourceFile,
} from './analyse.ts';
import { groupQuotes } from './quote-groups.ts';
import { buildTimeline, publishedBounds, resolveDates } from './timeline.ts';
import type { Article } from './types.ts';
import { readCorpusFolder } from '../node/read-folder.ts';

const seedFiles = readCorpusFolder('seeds');

function seedCorpus() {
  const result = analyseCorpus(seedFiles);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.corpus;
}

/** Every range of an article lies in its text, and sentences keep to their paragraphs without overlap. */
function expectExactRanges(article: ReadArticle) {
  const { text } = article;
  let previousEnd = 0;
  for (const p of article.paragraphs) {
    expect(p.start).toBeGreaterThanOrEqual(previousEnd);
    expect(p.end).toBeLessThanOrEqual(text.length);
    previousEnd = p.end;
  }
  previousEnd = 0;
  for (const s of article.sentences) {
    const p = article.paragraphs[s.paragraph];
    expect(p && p.start <= s.start && s.end <= p.end).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    previousEnd = s.end;
  }
  for (const m of article.metadata)
    expect(m.end).toBeLessThanOrEqual(article.paragraphs[0]?.start ?? text.length);
}

describe('the seeds', () => {
  const corpus = seedCorpus();
  const sources = JSON.parse(readFileSync('seeds/sources.json', 'utf8')) as Record<
    string,
    { outlet: string; url: string }
  >;

  it('gives five articles, ids 000 to 004, each text its file exactly', () => {
    expect(corpus.articles.map((a) => a.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const article of corpus.articles) {
      expect(article.text).toBe(readFileSync(`seeds/${article.file}`, 'utf8'));
      expectExactRanges(article);
    }
    expect(corpus.warnings).toEqual([]);
  });

  it('takes outlets and URLs from sources.json', () => {
    for (const article of corpus.articles) {
      expect(article.outlet).toBe(sources[article.file]?.outlet);
      expect(article.url).toBe(sources[article.file]?.url);
    }
  });

  it('titles 000 by its headline and the others by their URL slugs', () => {
    const titles = Object.fromEntries(corpus.articles.map((a) => [a.id, [a.titleSource, a.title]]));
    expect(titles['000']).toEqual([
      'headline',
      'Anthropic’s CEO Drops TRUTH BOMB: DeepSeek Proves U.S. Export Rules Are WORKING',
    ]);
    expect(titles['003']).toEqual([
      'url',
      'Anthropic CEO doubts DeepSeek’s efficiency claims says US needs to limit China’s access to all AI chips',
    ]);
    for (const id of ['001', '002', '004']) expect(titles[id]?.[0]).toBe('url');
  });

  it('dates 004 from its metadata line and leaves the others undated', () => {
    const dates = corpus.articles.map((a) => [a.id, a.published, a.publishedSource]);
    expect(dates).toEqual([
      ['000', null, null],
      ['001', null, null],
      ['002', null, null],
      ['003', null, null],
      ['004', '2025-01-30', 'metadata'],
    ]);
  });

  it('cuts sentences where a reader would', () => {
    const a002 = corpus.articles[2];
    const sentences = a002?.sentences.map((s) => a002.text.slice(s.start, s.end)) ?? [];
    expect(sentences).toContain(
      'For now, he maintains that DeepSeek’s rise does not mean U.S. AI firms are falling behind—just that the stakes for export controls are higher than ever.',
    );
    expect(sentences).toContain('The implications for U.S. export policy are significant.');
    const a004 = corpus.articles[4];
    expect(a004?.sentences[0] && a004.text.slice(a004.sentences[0].start, a004.sentences[0].end)).toMatch(
      /^Anthropic CEO Dario Amodei wrote in an essay posted Wednesday \(Jan\. 29\) that .*“baffling\.”$/,
    );
  });

  it('survives CRLF line breaks and a byte-order mark with the same sentences', () => {
    const crlf = seedFiles.map((f) => ({
      name: f.name,
      bytes: f.name.endsWith('.txt')
        ? new TextEncoder().encode('\uFEFF' + new TextDecoder().decode(f.bytes).replace(/\n/g, '\r\n'))
        : f.bytes,
    }));
    const result = analyseCorpus(crlf);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const flat = (a: Article) => a.sentences.map((s) => a.text.slice(s.start, s.end).replace(/\r\n/g, '\n'));
    expect(result.corpus.articles.map(flat)).toEqual(corpus.articles.map(flat));
    expect(result.corpus.articles[0]?.text.startsWith('\uFEFF')).toBe(false);
  });
});

describe('the stages over the whole corpus', () => {
  it('each return values of their own, and leave the articles as read untouched', () => {
    const read = seedFiles
      .filter((f) => f.name.endsWith('.txt'))
      .map((f) => analyseArticle(f.name, new TextDecoder().decode(f.bytes), {}).article);
    const asRead = structuredClone(read);
    const dated = resolveDates(read);
    const { timeline } = buildTimeline(dated, []);
    const bounds = publishedBounds(dated, timeline);
    const { quotes } = groupQuotes(dated);
    const articles = wholeArticles(dated, quotes, bounds);
    expect(read).toEqual(asRead);
    expect(articles.every((a, i) => a !== read[i] && a !== dated[i])).toBe(true);
    // Dating and grouping did something to see: dates found, and a scare quote no other article carries dropped.
    expect(articles.some((a) => a.dates.length > 0)).toBe(true);
    expect(articles.reduce((n, a) => n + a.quotes.length, 0)).toBeLessThan(
      read.reduce((n, a) => n + a.quotes.length, 0),
    );
  });
});

describe('another story: a dozen articles in assorted formats, no sources.json', () => {
  const folder = 'src/corpus/fixtures/other-story';
  const files = readCorpusFolder(folder);
  const result = analyseCorpus(files);

  it('keeps every article, with its text exactly, without a warning', () => {
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    const articleFiles = files.filter((f) => f.name.endsWith('.txt'));
    expect(result.corpus.articles.map((a) => a.file)).toEqual(articleFiles.map((f) => f.name));
    for (const article of result.corpus.articles) {
      expect(article.text).toBe(readFileSync(`${folder}/${article.file}`, 'utf8').replace(/^\uFEFF/, ''));
      expectExactRanges(article);
    }
  });

  it('gives each article a title and whole sentences, wrapped lines or not', () => {
    if (!result.ok) throw new Error('corpus failed');
    for (const article of result.corpus.articles) {
      expect(article.sentences.length).toBeGreaterThanOrEqual(10);
      expect(article.titleSource).not.toBe('file-name');
      for (const s of article.sentences) {
        if (article.paragraphs[s.paragraph]?.kind !== 'paragraph') continue;
        expect(article.text.slice(s.start, s.end)).toMatch(/[.!?"”’)…:]$/u);
      }
    }
  });
});

describe('analyseArticle on any text', () => {
  it('keeps the text exactly and every range within it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const { article } = analyseArticle('any.txt', text, {});
        expect(article.text).toBe(text);
        expectExactRanges(article);
        expect(article.title.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('files the folder holds besides articles', () => {
  const file = (name: string, text: string): SourceFile => ({ name, bytes: new TextEncoder().encode(text) });
  const story = file('story.txt', 'The council voted on Tuesday.');

  it.each([
    [
      'README.txt',
      'is taken for notes about the folder, so it is not in the corpus: if it is an article, rename it',
    ],
    [
      'Sources.json',
      'is not read: it is probably sources.json, whose name must be exactly that, in lower case',
    ],
    [
      'EVENTS.JSON',
      'is not read: it is probably events.json, whose name must be exactly that, in lower case',
    ],
    ['notes.md', 'is not a .txt article, so it is not in the corpus: rename it to .txt if it is one'],
  ])('leaves %s out with a warning saying why, and keeps the articles', (name, message) => {
    const result = analyseCorpus([file(name, '{}'), story]);
    expect(result.warnings).toEqual([
      { severity: 'warning', code: 'ignored-file', file: name, message: expect.stringContaining(message) },
    ]);
    expect(result.ok && result.corpus.articles.map((a) => a.file)).toEqual(['story.txt']);
  });

  it('passes over README.md in silence', () => {
    expect(analyseCorpus([file('README.md', '# Notes'), story]).warnings).toEqual([]);
  });

  it('holds sources.json and events.json to the size limit and 4 KB per article, without calling them articles', () => {
    const sources = (bytes: number) => file('sources.json', `{${' '.repeat(bytes - 2)}}`);
    const other = file('other.txt', 'Another story, told in one line.\n');
    // One article: 200 bytes + 4,096. Two: 200 + 8,192.
    expect(analyseCorpus([sources(4296), story], { maxBytes: 200 }).ok).toBe(true);
    expect(analyseCorpus([sources(5000), story, other], { maxBytes: 200 }).ok).toBe(true);
    const result = analyseCorpus([sources(5000), story], { maxBytes: 200 });
    expect(!result.ok && result.errors).toEqual([
      {
        severity: 'error',
        code: 'too-big',
        file: 'sources.json',
        message: expect.stringMatching(
          /^is 4\.9 KB, more than the 4\.2 KB limit on it for a folder of this many articles/,
        ),
      },
    ]);
  });
});
