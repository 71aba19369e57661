// The app shell: a skip link, header with the main navigation, the routed view inside an error boundary, and focus
// on navigation. It sits above src/app and src/views, composing both: the views import the app's parts, never the
// reverse.
import {
  lazy,
  Suspense,
  useCallback,
  useLayoutEffect,
  useRef,
  type ComponentType,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { CorpusPart } from './corpus/client.ts';
import { ArticlesView } from './views/Articles/ArticlesView.tsx';
import { focusSearchBox } from './views/Search/SearchBox.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { Loading } from './app/Loading.tsx';
import { NotFound } from './app/NotFound.tsx';
import { Untrusted } from './app/Untrusted.tsx';
import {
  useCorpus,
  useCorpusNotHeld,
  useShellIfLoaded,
  useSource,
  useSourceName,
  type CorpusOf,
} from './app/corpus-parts.ts';
import { corpusUrl } from './app/corpus-source.ts';
import { useFileDrop } from './app/useFileDrop.ts';
import { countOf } from './app/format.ts';
import { href, matchRoute, navCurrent, navItems, type Route } from './app/routes.ts';
import { useHashLocation, type HashLocationApi } from './app/useHashLocation.ts';
import { useSlashKey } from './app/shortcut.ts';
import { returnTo, startPlaceMemory, takeReturnedPlace } from './app/placeMemory.ts';
import type { ViewProps } from './app/view-props.ts';

// Views off the first screen load when opened (the reader and search too: their code was 10 KB of the first load's
// 110 KB budget).
const CompareView = lazy(() => import('./views/Compare/CompareView.tsx'));
const CoverageView = lazy(() => import('./views/Coverage/CoverageView.tsx'));
const QuotesView = lazy(() => import('./views/Quotes/QuotesView.tsx'));
const TimelineView = lazy(() => import('./views/Timeline/TimelineView.tsx'));
const DisagreementsView = lazy(() => import('./views/Disagreements/DisagreementsView.tsx'));
const SourcesView = lazy(() => import('./views/Sources/SourcesView.tsx'));
const CorporaView = lazy(() => import('./views/Corpora/CorporaView.tsx'));
const ReaderView = lazy(() => import('./views/Reader/ReaderView.tsx'));
const SearchView = lazy(() => import('./views/Search/SearchView.tsx'));

/** A view, given the corpus parts it reads once they are loaded (the nearest `<Suspense>` shows meanwhile). */
function Loaded<P extends CorpusPart>(props: {
  parts: readonly P[];
  view: (corpus: CorpusOf<P>) => ReactNode;
}) {
  return props.view(useCorpus(props.parts));
}

/** What each route renders, and the corpus parts it reads: one entry per view. */
function renderView(route: Route, location: HashLocationApi): ReactNode {
  // A view that reads only what every view is given.
  const withParts = <P extends CorpusPart>(parts: readonly P[], View: ComponentType<ViewProps<P>>) => (
    <Loaded parts={parts} view={(corpus) => <View corpus={corpus} location={location} />} />
  );
  switch (route.view) {
    case 'articles':
      return <ArticlesView location={location} />;
    case 'article':
      return (
        <Loaded
          parts={['articles', 'disagreements']}
          view={(c) => <ReaderView corpus={c} id={route.id} location={location} />}
        />
      );
    case 'search':
      return withParts(['articles'], SearchView);
    case 'compare':
      return withParts(['articles', 'alignments', 'disagreements'], CompareView);
    case 'coverage':
      return withParts(['articles', 'elements'], CoverageView);
    case 'quotes':
      return withParts(['articles', 'quoteGroups'], QuotesView);
    case 'timeline':
      return withParts(['articles', 'timeline'], TimelineView);
    case 'disagreements':
      return withParts(['articles', 'disagreements'], DisagreementsView);
    case 'sources':
      return withParts(['articles', 'sources'], SourcesView);
    case 'corpora':
      return <CorporaView location={location} />;
    case 'not-found':
      return (
        <NotFound title="Page not found">
          Parallax has no page at{' '}
          <q>
            <Untrusted>{route.path}</Untrusted>
          </q>
          . The link may be mistyped or from a newer version.
        </NotFound>
      );
  }
}

/**
 * Focuses the view's heading now (or, with `toSearch`, the search box), or, for a view whose code is still loading,
 * as soon as it appears (unless the reader has moved focus into the page meanwhile). Returns what stops the waiting.
 */
function focusOnArrival(main: HTMLElement | null, toSearch: boolean): (() => void) | undefined {
  if (!main) return undefined;
  const focus = () => {
    if (toSearch) return focusSearchBox();
    const heading = main.querySelector('h1');
    if (heading) heading.focus({ preventScroll: true });
    return heading !== null;
  };
  if (focus()) return undefined;
  const observer = new MutationObserver(() => {
    // Main itself takes the focus from a click on the page (it is focusable, for the skip link): that is no choice of
    // the reader's, so the heading still takes it.
    const active = document.activeElement;
    if ((active !== main && main.contains(active)) || focus()) observer.disconnect();
  });
  observer.observe(main, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
  };
}

export function App() {
  const location = useHashLocation();
  const route = matchRoute(location.path);
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(location.path);
  const searchOnArrival = useRef(false);

  // `/` from anywhere: to the search box, opening the search view first when it is not the one shown.
  useSlashKey(() => {
    if (focusSearchBox()) return;
    searchOnArrival.current = true;
    location.navigate(href.search());
  });

  useLayoutEffect(startPlaceMemory, []);

  // Files dropped on any view are imported on the Corpora view.
  const { navigate } = location;
  useFileDrop(
    useCallback(() => {
      navigate(href.corpora());
    }, [navigate]),
  );
  const source = useSource();
  const notHeld = useCorpusNotHeld();

  // Back, Forward or a reload return the reader to their scroll and focus there. Otherwise a new view starts at the
  // top, and screen readers land on its heading (the first load keeps the browser's focus).
  useLayoutEffect(() => {
    const returned = takeReturnedPlace();
    const newPath = shownPath.current !== location.path;
    shownPath.current = location.path;
    if (returned)
      return returnTo(returned, () => (newPath ? focusOnArrival(main.current, false) : undefined));
    if (!newPath) return;
    window.scrollTo(0, 0);
    const toSearch = searchOnArrival.current;
    searchOnArrival.current = false;
    return focusOnArrival(main.current, toSearch);
  }, [location.path, location.query]);

  // Past the brand and the navigation in one key press; the view's heading, else main, takes the focus.
  const skipToContent = (event: MouseEvent) => {
    event.preventDefault();
    const target = main.current?.querySelector('h1') ?? main.current;
    target?.focus();
  };

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <a className="brand" href={href.articles()}>
            <Logo />
            Parallax
          </a>
          <nav aria-label="Main">
            <ul>
              {navItems.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={navCurrent(item, route.view)}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main ref={main} id="main" tabIndex={-1} className={`view view-${route.view}`}>
        {source.unstored !== undefined && (
          <p className="notice" role="status">
            This corpus is kept in this page only: the browser would not store it (
            <Untrusted>{source.unstored}</Untrusted>). It will be gone when the page closes or reloads.
          </p>
        )}
        {/* Another corpus opened in the page: every view starts afresh on it. */}
        <ErrorBoundary key={`${source.id ?? ''} ${location.path}`}>
          <Suspense fallback={<Loading />}>
            {notHeld !== null && route.view !== 'corpora' ? (
              <CorpusNotHeldPage id={notHeld.id} refused={notHeld.refused} />
            ) : (
              renderView(route, location)
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer-inner">
          <FooterLine />
        </div>
      </footer>
    </>
  );
}

/** The URL names a corpus this browser does not hold: say so, and lead to those it does. */
function CorpusNotHeldPage({ id, refused }: { id: string; refused: string | null }) {
  return (
    // Not "All articles": those of this corpus are what is missing.
    <NotFound title="Corpus not in this browser" back={<a href={corpusUrl(null)}>← The built-in corpus</a>}>
      This link opens the corpus{' '}
      <q>
        <Untrusted>{id}</Untrusted>
      </q>
      , which this browser does not hold:{' '}
      {refused === null ? (
        'it was imported in another browser or on another machine, or has been deleted'
      ) : (
        <>
          this browser refuses to store corpora (<Untrusted>{refused}</Untrusted>), so one imported here lasts
          only until its page closes
        </>
      )}
      . Import its articles again, or open <a href={corpusUrl(null)}>the built-in corpus</a> or{' '}
      <a href={href.corpora()}>another one</a>.
    </NotFound>
  );
}

/** Which corpus is open, what it is, and the download of it, once its shell is loaded. */
function FooterLine() {
  const shell = useShellIfLoaded();
  const source = useSource();
  const name = useSourceName(source);
  if (!shell) return <p>Parallax</p>;
  const json = source.corpusJson;
  return (
    <p>
      Parallax · {name !== null && <Untrusted>{name}</Untrusted>}
      {name !== null && ', '}
      {countOf(shell.articles.length, 'article')}, corpus schema {shell.schemaVersion} ·{' '}
      {json !== null ? (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            void Promise.all([json(), import('./export/download.ts')]).then(([blob, { downloadFile }]) => {
              downloadFile(`${source.id ?? 'corpus'}.json`, blob, 'application/json');
            });
          }}
        >
          Download the corpus (JSON)
        </button>
      ) : (
        // The one-file build (`npm run build:single`) has no corpus.json beside it.
        import.meta.env.MODE !== 'single' && (
          <a href="corpus.json" download>
            Download the corpus (JSON)
          </a>
        )
      )}
    </p>
  );
}

function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="3" y="6" width="18" height="20" rx="3" />
      <rect x="11" y="6" width="18" height="20" rx="3" />
    </svg>
  );
}
