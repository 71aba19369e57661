// An article's class among copy families for unit tests: independent unless told otherwise.
import type { ArticleSource } from '../corpus/types.ts';

export const articleSource = (over: Partial<ArticleSource>): ArticleSource => ({
  kind: 'independent',
  of: null,
  share: 0,
  family: null,
  evidence: null,
  ...over,
});
