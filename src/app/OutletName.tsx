// An article's outlet as text, with how it is known beside it where it is only a guess from the file name.
import type { Article } from '../corpus/types.ts';
import { outletName } from './format.ts';

export function OutletName({ article }: { article: Pick<Article, 'outlet' | 'outletSource'> }) {
  if (article.outletSource !== 'file-name') return <>{outletName(article)}</>;
  return (
    <>
      <bdi>{outletName(article)}</bdi> <span className="basis">from the file name</span>
    </>
  );
}
