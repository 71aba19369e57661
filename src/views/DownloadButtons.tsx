// The buttons that download what a view holds: its table as CSV, the articles' sources as sources.json. The code
// that writes the file (papaparse among it) loads on the first click: the first view's code is held to a budget.
import type { ReactNode } from 'react';
import type { ArticleSummary } from '../corpus/client.ts';
import type { Table } from '../export/table.ts';

type Save = (module: typeof import('../export/save.ts')) => void;

function DownloadButton({ children, save }: { children: ReactNode; save: Save }) {
  return (
    <button
      type="button"
      className="button small"
      onClick={() => {
        // No message if the code fails to load (the network dropped): the button stays, for another try. A
        // message would cost the first load more than the button itself.
        void import('../export/save.ts').then(save);
      }}
    >
      {children}
    </button>
  );
}

/**
 * "Download CSV" of a view's whole table, whatever its filters show, in the table's own order: the name says "of
 * the quotes", not "of the quotes shown", and a spreadsheet filters and sorts it again. The table is made on the
 * click, not as the view renders.
 */
export function DownloadCsv({ name, table }: { name: string; table: () => Table }) {
  return (
    <DownloadButton
      save={(module) => {
        module.saveCsv(table());
      }}
    >
      Download CSV<span className="visually-hidden"> of the {name}</span>
    </DownloadButton>
  );
}

/** `sources.json` of every article: its titles, outlets, dates and URLs, which a corpus folder can take back. */
export function DownloadSourcesJson({ articles }: { articles: readonly ArticleSummary[] }) {
  return (
    <DownloadButton
      save={(module) => {
        module.saveSourcesJson(articles);
      }}
    >
      Download sources.json
    </DownloadButton>
  );
}
