// For unit tests: an Article built from paragraphs, each cut into sentences after `. `, `? ` or `! `.
import type { Article, Paragraph, ParagraphKind, Sentence } from '../../corpus/types.ts';

export function testArticle(lines: readonly (string | [ParagraphKind, string])[], id = 'a'): Article {
  let text = '';
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  lines.forEach((line, index) => {
    const [kind, content] = typeof line === 'string' ? (['paragraph', line] as const) : line;
    const start = text.length;
    text += `${content}\n\n`;
    paragraphs.push({ kind, start, end: start + content.length });
    for (const match of content.matchAll(/\S(?:[^.?!]|[.?!](?!\s))*(?:[.?!]+|$)/g)) {
      sentences.push({
        start: start + match.index,
        end: start + match.index + match[0].length,
        paragraph: index,
      });
    }
  });
  return {
    id,
    file: `${id}.txt`,
    title: id,
    titleSource: 'file-name',
    outlet: null,
    url: null,
    published: null,
    publishedSource: null,
    text,
    metadata: [],
    paragraphs,
    sentences,
    wordCount: 0,
    quotes: [],
    dateReference: null,
    dates: [],
    publishedBound: null,
  };
}
