// An article's outlet as text, isolated, broken only after its dots, with how it is known beside it where it is only a guess from the file name.
import type { Article } from '../corpus/types.ts';
import { outletName } from './format.ts';
import { Untrusted } from './Untrusted.tsx';
import { BreakAtDots } from './BreakAtDots.tsx';

export function OutletName({ article }: { article: Pick<Article, 'outlet' | 'outletSource'> }) {
  const name = (
    <span className="outlet-name">
      <Untrusted>
        <BreakAtDots text={outletName(article)} />
      </Untrusted>
    </span>
  );
  if (article.outletSource !== 'file-name') return name;
  return (
    <>
      {name} <span className="basis">from the file name</span>
    </>
  );
}
