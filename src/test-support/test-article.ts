// For unit tests: an Article built from paragraphs, each cut into sentences after `. `, `? ` or `! `; a list item's
// `- ` is its marker.
import type { Article, Paragraph, ParagraphKind, Sentence } from '../corpus/types.ts';

export function testArticle(lines: readonly (string | [ParagraphKind, string])[], id = 'a'): Article {
  let text = '';
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  lines.forEach((line, index) => {
    const [kind, content] = typeof line === 'string' ? (['paragraph', line] as const) : line;
    const start = text.length;
    text += `${content}\n\n`;
    const paragraph: Paragraph = { kind, start, end: start + content.length };
    // A list item's bullet is its marker, outside every sentence.
    const bullet = kind === 'list-item' ? (/^[-*•] /.exec(content)?.[0].length ?? 0) : 0;
    if (bullet > 0) paragraph.marker = { start, end: start + bullet };
    paragraphs.push(paragraph);
    for (const match of content.slice(bullet).matchAll(/\S(?:[^.?!]|[.?!](?!\s))*(?:[.?!]+|$)/g)) {
      sentences.push({
        start: start + bullet + match.index,
        end: start + bullet + match.index + match[0].length,
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
    outletSource: null,
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
