// The timeline view (`#/timeline`): the events the articles cover, placed by date, with how each date is known.
import type { Corpus } from '../../corpus/types.ts';
import type { HashLocationApi } from '../../app/useHashLocation.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';

interface Props {
  corpus: Corpus;
  location: HashLocationApi;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export default function TimelineView({ corpus, location }: Props) {
  useDocumentTitle('Timeline');
  return (
    <div className="view-head">
      <h1 tabIndex={-1}>Timeline</h1>
    </div>
  );
}
