// A sentence that mentions an event or a date, as a link to it in the reader, the date's words marked in it; and
// beside it, a button that copies its citation.
import type { Article, DateMention } from '../../corpus/types.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { balanceBidi, isolateText } from '../../app/bidi.ts';
import { CopyCitation } from '../CopyCitation.tsx';

interface Props {
  article: Article;
  sentence: number;
  /** The date expression to mark inside the sentence, if it dates what the passage is listed for. */
  date: DateMention | null;
  /** The article's short name, said before the sentence. */
  label: string;
}

export function Passage({ article, sentence, date, label }: Props) {
  const range = article.sentences[sentence];
  if (!range) return null;
  const text = (from: number, to: number) => balanceBidi(article.text.slice(from, to).replace(/\s+/g, ' '));
  const marked = date !== null && date.start >= range.start && date.end <= range.end;
  return (
    <div className="tl-cited reveal-citation">
      <a className="tl-passage" href={href.article(article.id, { p: String(sentence) })}>
        <span className="tl-source">
          <Untrusted>{label}</Untrusted>
        </span>{' '}
        <span className="tl-sentence">
          <Untrusted>
            {marked ? (
              <>
                {text(range.start, date.start)}
                <strong className="tl-phrase">{text(date.start, date.end)}</strong>
                {text(date.end, range.end)}
              </>
            ) : (
              text(range.start, range.end)
            )}
          </Untrusted>
        </span>
      </a>
      <CopyCitation
        text={article.text.slice(range.start, range.end)}
        article={article}
        sentence={sentence}
        label={`Copy citation of the passage in ${isolateText(label)}`}
      />
    </div>
  );
}
