// The descriptions of the marks in the reader's text (quotes, dates), listed once, hidden, after the article: the
// marks point to them with `aria-describedby`, so screen readers read each mark's description and no one sees it twice.
interface Props {
  spans: readonly { description: string }[];
  /** The element id of the description of the span at an index, which its mark points to. */
  id: (index: number) => string;
}

export function Descriptions({ spans, id }: Props) {
  if (spans.length === 0) return null;
  return (
    <div hidden>
      {spans.map((span, i) => (
        <span key={i} id={id(i)}>
          {span.description}
        </span>
      ))}
    </div>
  );
}
