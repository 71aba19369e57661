// Pure layout of an article for reading: its title, deks and body blocks, each a run of sentence pieces.
import type { Article, ParagraphKind } from '../../corpus/types.ts';

/** A run of text: a sentence (by its index in `article.sentences`) or the text between sentences. */
export interface Piece {
  text: string;
  /** Where the text starts in the article's text. */
  start: number;
  sentence: number | null;
}

/** One paragraph of the article, ready to render: list items without their bullet. */
export interface Block {
  kind: ParagraphKind;
  paragraph: number;
  pieces: Piece[];
}

export type BodyItem =
  | { type: 'block'; block: Block }
  | { type: 'list'; items: Block[] }
  /** A paragraph that is only a quotation, with the credit line that follows it. */
  | { type: 'quote'; quote: Block; credit: Block };

export interface ArticleLayout {
  /** The headline that is the article's title, or null when the title came from elsewhere. */
  title: Block | null;
  /** Further headline lines: a subtitle under the title. */
  deks: Block[];
  body: BodyItem[];
}

export function layoutArticle(article: Article): ArticleLayout {
  const blocks = toBlocks(article);
  const headlines = blocks.filter((block) => block.kind === 'headline');
  const titleIsHeadline = article.titleSource === 'headline' && headlines.length > 0;
  const body: BodyItem[] = [];
  for (const block of blocks) {
    if (block.kind === 'headline') continue;
    const previous = body[body.length - 1];
    if (block.kind === 'list-item' && previous?.type === 'list') previous.items.push(block);
    else if (block.kind === 'list-item') body.push({ type: 'list', items: [block] });
    else if (
      block.kind === 'attribution' &&
      previous?.type === 'block' &&
      previous.block.kind === 'paragraph'
    ) {
      body[body.length - 1] = { type: 'quote', quote: previous.block, credit: block };
    } else body.push({ type: 'block', block });
  }
  return {
    title: titleIsHeadline ? (headlines[0] ?? null) : null,
    deks: titleIsHeadline ? headlines.slice(1) : headlines,
    body,
  };
}

/** Every paragraph as a block of pieces, in text order. */
function toBlocks(article: Article): Block[] {
  const byParagraph: number[][] = article.paragraphs.map(() => []);
  article.sentences.forEach((sentence, index) => byParagraph[sentence.paragraph]?.push(index));
  return article.paragraphs.map((paragraph, index) => {
    // A list item's bullet is outside every sentence, and not shown: the list draws its own.
    const start = paragraph.marker ? Math.max(paragraph.start, paragraph.marker.end) : paragraph.start;
    return {
      kind: paragraph.kind,
      paragraph: index,
      pieces: toPieces(article, start, paragraph.end, byParagraph[index] ?? []),
    };
  });
}

/** The text of `[start, end)` cut at its sentences; gaps kept as plain pieces, blank edges dropped. */
function toPieces(article: Article, start: number, end: number, sentenceIndexes: readonly number[]): Piece[] {
  const pieces: Piece[] = [];
  let cursor = start;
  const gap = (until: number) => {
    if (until > cursor)
      pieces.push({ text: article.text.slice(cursor, until), start: cursor, sentence: null });
  };
  for (const index of sentenceIndexes) {
    const sentence = article.sentences[index];
    if (!sentence) continue;
    const from = Math.max(cursor, sentence.start, start);
    const to = Math.min(sentence.end, end);
    if (to <= from) continue;
    gap(from);
    pieces.push({ text: article.text.slice(from, to), start: from, sentence: index });
    cursor = to;
  }
  gap(end);
  return trimEdges(pieces);
}

function trimEdges(pieces: Piece[]): Piece[] {
  const first = pieces[0];
  if (first?.sentence === null) {
    const trimmed = first.text.trimStart();
    first.start += first.text.length - trimmed.length;
    first.text = trimmed;
  }
  const last = pieces[pieces.length - 1];
  if (last?.sentence === null) last.text = last.text.trimEnd();
  return pieces.filter((piece) => piece.text !== '');
}

/** The element id of a sentence in the reader, the target of `?p=`. */
export function sentenceId(index: number): string {
  return `s-${String(index)}`;
}

/** The sentence index in `?p=`, if it is a whole number naming a sentence of the article. */
export function parsePassage(value: string | undefined, sentenceCount: number): number | null {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  const index = Number(value);
  return index < sentenceCount ? index : null;
}

/** The article with this id, if the corpus has one. */
export function findArticle(articles: readonly Article[], id: string): Article | null {
  return articles.find((article) => article.id === id) ?? null;
}
