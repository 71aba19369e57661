import { describe, expect, it } from 'vitest';
import {
  articleId,
  chooseOutlet,
  choosePublished,
  chooseTitle,
  countWords,
  titleFromUrl,
  urlInText,
} from './metadata.ts';
import { parseStructure } from './parse.ts';
import { segment } from './segment.ts';

describe('articleId', () => {
  it.each([
    ['000_fba6e2117cdd8943.txt', '000'],
    ['My Story (final).txt', 'my-story-final'],
    ['2025-01-30-reuters.txt', '2025-01-30-reuters'],
    ['Ärger_in_Berlin.TXT', 'ärger'],
    ['_.txt', ''],
  ])('%s → %s', (file, id) => expect(articleId(file)).toBe(id));
});

describe('titleFromUrl', () => {
  it('spells slug words as the article does and drops trailing ids', () => {
    const text = 'The US says Anthropic and its CEO are right about AI chips in the U.S. market.';
    expect(titleFromUrl('https://example.com/tech/anthropic-ceo-says-us-ai-chips-13857710.html', text)).toBe(
      'Anthropic CEO says US AI chips',
    );
    const american = 'The CEO defends the U.S. market, as U.S. firms do.';
    expect(titleFromUrl('https://example.com/posts/ceo-defends-u-s-market-679a6df352e1f', american)).toBe(
      'CEO defends U.S. market',
    );
  });

  it('puts back the decimal point a slug loses, where the text has the number', () => {
    const text = 'Microsoft says 8.5 million Windows devices were affected.';
    expect(titleFromUrl('https://example.com/microsoft-says-8-5-million-windows-devices', text)).toBe(
      'Microsoft says 8.5 million Windows devices',
    );
  });

  it('gives up on slugs that are not words', () => {
    expect(titleFromUrl('https://example.com/?p=123', '')).toBeNull();
    expect(titleFromUrl('https://example.com/a/12345', '')).toBeNull();
    expect(titleFromUrl('not a url', '')).toBeNull();
  });
});

describe('chooseTitle', () => {
  const titleOf = (text: string, source = {}, url: string | null = null) => {
    const { metadata, paragraphs } = parseStructure(text);
    return chooseTitle({
      file: 'a-file.txt',
      text,
      source,
      metadata,
      paragraphs,
      sentences: segment(text, paragraphs),
      url,
    });
  };
  it('takes sources.json, then metadata, then the headline, then the URL, then the first sentence, then the file name', () => {
    const body = 'A Headline Here\nThe first sentence of the body is this one. A second.';
    expect(titleOf(body, { title: 'From sources' })).toEqual({
      title: 'From sources',
      titleSource: 'sources.json',
    });
    expect(titleOf(`Title: From metadata\n${body}`)).toEqual({
      title: 'From metadata',
      titleSource: 'metadata',
    });
    expect(titleOf(body)).toEqual({ title: 'A Headline Here', titleSource: 'headline' });
    const prose = 'The first sentence of the body is this one. A second.';
    expect(titleOf(prose, {}, 'https://x.org/the-body-sentence-story')).toEqual({
      title: 'The body sentence story',
      titleSource: 'url',
    });
    expect(titleOf(prose)).toEqual({
      title: 'The first sentence of the body is this one.',
      titleSource: 'first-sentence',
    });
    expect(titleOf('')).toEqual({ title: 'a-file', titleSource: 'file-name' });
  });
});

describe('choosePublished and chooseOutlet', () => {
  it('prefers sources.json, then metadata, then the file name', () => {
    const date = [{ key: 'date', value: '2025-01-30', start: 0, end: 15 }];
    expect(choosePublished('x.txt', { published: '2024-12-01' }, date, null)).toEqual({
      published: '2024-12-01',
      publishedSource: 'sources.json',
    });
    expect(choosePublished('x.txt', {}, date, null)).toEqual({
      published: '2025-01-30',
      publishedSource: 'metadata',
    });
    expect(choosePublished('2025-02-03-x.txt', {}, [], null)).toEqual({
      published: '2025-02-03',
      publishedSource: 'file-name',
    });
    expect(choosePublished('2025-02-31-x.txt', {}, [], null)).toEqual({
      published: null,
      publishedSource: null,
    });
  });
  it('names the outlet from sources.json, metadata, or the URL host', () => {
    expect(chooseOutlet({ outlet: 'PYMNTS' }, [], 'https://www.pymnts.com/a', 'a.txt')).toEqual({
      outlet: 'PYMNTS',
      outletSource: 'sources.json',
    });
    const source = [{ key: 'source', value: 'Reuters', start: 0, end: 1 }];
    expect(chooseOutlet({}, source, null, 'a.txt')).toEqual({ outlet: 'Reuters', outletSource: 'metadata' });
    expect(chooseOutlet({}, [], 'https://www.pymnts.com/a', 'a.txt')).toEqual({
      outlet: 'pymnts.com',
      outletSource: 'url',
    });
    expect(chooseOutlet({}, [], null, '12_some-outlet-story.txt')).toEqual({
      outlet: 'some-outlet-story',
      outletSource: 'file-name',
    });
    expect(chooseOutlet({}, [], null, '_.txt')).toEqual({ outlet: null, outletSource: null });
  });
});

describe('countWords', () => {
  it('counts words with inner punctuation as one, and not bullets', () => {
    const text = '- U.S. chips cost $5.58 million, 7-10 months older; DeepSeek’s “few $10M’s.”';
    const { paragraphs } = parseStructure(text);
    expect(countWords(text, paragraphs)).toBe(11);
  });
});

describe('chooseTitle from the text', () => {
  const title = (text: string) => {
    const { metadata, paragraphs } = parseStructure(text);
    const sentences = segment(text, paragraphs);
    return chooseTitle({ file: 'a.txt', text, source: {}, metadata, paragraphs, sentences, url: null });
  };
  it('skips a byline, a date line and a section label over the headline, and bullets before it', () => {
    expect(
      title('BY MILCAH TANIMU\nMicrosoft has announced that 8.5 million devices were hit.\nMore.'),
    ).toMatchObject({
      titleSource: 'first-sentence',
    });
    expect(
      title('Technology\nChip stocks slide as a rival model spooks investors\nText follows here.'),
    ).toEqual({
      title: 'Chip stocks slide as a rival model spooks investors',
      titleSource: 'headline',
    });
    expect(title('▶ Chip stocks slide as a rival model spooks investors\nJan 27 2025\nText.')).toEqual({
      title: 'Chip stocks slide as a rival model spooks investors',
      titleSource: 'headline',
    });
  });
});

describe('urlInText', () => {
  const url = (text: string) => urlInText(text, parseStructure(text).paragraphs);
  it('finds the address on a line of its own, or after a label, at the top or the bottom', () => {
    expect(url('Headline\nSource: https://www.reuters.com/a/b\nText.')).toBe('https://www.reuters.com/a/b');
    expect(url('Headline\nText.\nMore text.\nhttps://example.org/story')).toBe('https://example.org/story');
  });
  it('leaves addresses inside sentences, and ones that are not web addresses', () => {
    expect(url('Headline\nRead it at https://example.org/x, he said.\nText.')).toBeNull();
    expect(url('Headline\nSource: javascript:alert(1)\nText.')).toBeNull();
  });
});
