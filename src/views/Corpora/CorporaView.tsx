// The corpora (`#/corpora`): the one open now, those this browser holds to switch to, and the import of more.
import { useSource, useSourceName } from '../../app/corpus-parts.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import type { HashLocationApi } from '../../app/useHashLocation.ts';
import { href } from '../../app/routes.ts';
import { CorpusList } from './CorpusList.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import './corpora.css';

export default function CorporaView({ location }: { location: HashLocationApi }) {
  useDocumentTitle('Corpora');
  const source = useSource();
  const name = useSourceName(source);
  const { navigate } = location;
  return (
    <>
      <div className="view-head">
        <h1 tabIndex={-1}>Corpora</h1>
      </div>
      <p className="lede">
        The articles Parallax reads: the corpus built with this page, or your own folders of articles,
        analysed and kept in this browser.
      </p>
      <CorpusList openId={source.id} openName={name} />
      <ImportPanel
        onOpenedInPage={() => {
          navigate(href.articles());
        }}
      />
    </>
  );
}
