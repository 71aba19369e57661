// The coverage matrix for export, long rather than wide: a row per claim and article telling it, with the sentence
// that tells it. A wide matrix (a column per article) outgrows a spreadsheet's columns (16,384 in Excel) long before
// the app's 10,000-article corpora, and is mostly empty cells; a long table filters and pivots back into the matrix.
// The claims are those the view holds, shared ones first: sentences making no claim are left out, as there.
import type { Corpus } from '../corpus/types.ts';
import { outletName } from '../app/format.ts';
import { cellOf, coverageParts, coverageRows } from '../views/Coverage/coverage.ts';
import { passageText } from './passage.ts';
import type { Table } from './table.ts';

export function coverageTable(corpus: Pick<Corpus, 'articles' | 'elements'>): Table {
  const { shared, single } = coverageParts(coverageRows(corpus));
  return {
    name: 'coverage',
    fields: ['element', 'claim', 'articles', 'article_id', 'outlet', 'sentence', 'passage'],
    rows: [...shared, ...single].flatMap((row) => {
      const carrying = [...new Set(row.members.map((member) => member.article))].sort((a, b) => a - b);
      return carrying.map((index) => {
        const article = corpus.articles[index];
        // The article's first sentence telling the claim: the one the view's tick opens.
        const sentence = cellOf(row, index);
        return [
          row.element,
          row.label,
          row.sources,
          article?.id ?? null,
          article ? outletName(article) : null,
          sentence,
          article && sentence !== null ? passageText(article, sentence) : null,
        ];
      });
    }),
  };
}
