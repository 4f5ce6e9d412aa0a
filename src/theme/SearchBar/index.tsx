/**
 * Wraps the search bar so that search (lunr, its four languages and the worker that runs them) downloads only
 * when a reader reaches for it, not with every page: until then a plain input with the same markup and styles
 * stands in. Hover, touch, focus or the shortcut start the download; the switch happens in a transition, so the
 * stand-in keeps focus and whatever was typed until the real search bar takes them over.
 */
import {lazy, startTransition, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
// The real search bar's own styles, so the stand-in looks exactly like it (the module is in the page's CSS anyway).
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import ownStyles from './styles.module.css';

const SearchBar = lazy(() => import('@theme-original/SearchBar'));

/**
 * Starts the index downloading beside the search code instead of after it: the plugin's own loader (its worker, which
 * keeps one download per address), called as the search bar will call it once it is in the page, where it finds the
 * download under way. Without this the index waits for the search code to arrive and render.
 */
function startIndexDownload(localeBaseUrl: string): void {
  import('@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker')
    // The plugin has no search contexts or versions here: the index is the locale's one, at its base URL.
    .then(({fetchIndexesByWorker}) => fetchIndexesByWorker(localeBaseUrl, ''))
    // A failed download is the search bar's to report: it asks for the same index and shows its own error.
    .catch(() => undefined);
}

/** Ctrl+K, or ⌘K on a Mac: the search plugin's own shortcut, honoured before it has loaded. */
function isSearchShortcut(event: KeyboardEvent): boolean {
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

function StandIn({inputRef, onWanted}: {inputRef: RefObject<HTMLInputElement | null>; onWanted: () => void}) {
  const [focused, setFocused] = useState(false);
  const label = translate({id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button'});
  return (
    // Left to right even in Arabic, as the real search bar is.
    <div className={clsx('navbar__search', styles.searchBarContainer, ownStyles.standIn, focused && styles.focused)} dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={inputRef}
        type="text"
        placeholder={label}
        aria-label={label}
        className={`navbar__search-input ${styles.searchInput}`}
        onMouseEnter={onWanted}
        onTouchStart={onWanted}
        onFocus={() => {
          setFocused(true);
          onWanted();
        }}
        onBlur={() => setFocused(false)}
      />
    </div>
  );
}

/**
 * The search plugin focuses its input once the index has arrived, even when the reader has tabbed or clicked on
 * meanwhile, and focus jumps back to the navbar (WCAG 3.2.1). Its input's focus() is held back from the moment
 * focus settles elsewhere in the page until the reader returns to the box or presses the search shortcut.
 */
function keepFocusWithReader(input: HTMLInputElement): () => void {
  const focusInput = HTMLElement.prototype.focus.bind(input);
  let readerMovedOn = false;
  const onFocusOut = () =>
    // Decided once focus has settled: the plugin briefly detaches the input when it sets it up, which blurs it
    // with focus landing nowhere (the body); that is not the reader moving on.
    setTimeout(() => {
      const now = document.activeElement;
      readerMovedOn = now !== null && now !== document.body && now !== input;
    });
  const onFocusIn = () => (readerMovedOn = false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (isSearchShortcut(event)) readerMovedOn = false;
  };
  input.addEventListener('focusout', onFocusOut);
  input.addEventListener('focusin', onFocusIn);
  document.addEventListener('keydown', onKeyDown, {capture: true});
  input.focus = (options?: FocusOptions) => {
    if (!readerMovedOn) focusInput(options);
  };
  return () => {
    input.removeEventListener('focusout', onFocusOut);
    input.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('keydown', onKeyDown, {capture: true});
    Reflect.deleteProperty(input, 'focus');
  };
}

/**
 * While the reader is in the box and the index is still on its way (seconds on a slow phone), the box says so, in
 * its placeholder and to screen readers, instead of sitting empty. The plugin's own sign, a ring, shows only once
 * something is typed, and says nothing to a screen reader. The index is ready when the plugin has set up its
 * autocomplete on the input, which gives the input the plugin's `input` class.
 */
function showIndexLoading(input: HTMLInputElement, status: HTMLElement): () => void {
  const searchLabel = input.placeholder;
  const loadingLabel = translate({id: 'search.loading', message: 'Loading search…', description: 'Shown in the search box while the search index downloads'});
  const readyClass = styles.input;
  if (!readyClass) return () => undefined; // The plugin's styles changed: nothing to tell ready from loading.
  const update = () => {
    const loading = document.activeElement === input && !input.classList.contains(readyClass);
    input.placeholder = loading ? loadingLabel : searchLabel;
    status.textContent = loading ? loadingLabel : '';
  };
  const observer = new MutationObserver(update);
  observer.observe(input, {attributes: true, attributeFilter: ['class']});
  input.addEventListener('focus', update);
  input.addEventListener('blur', update);
  update();
  return () => {
    observer.disconnect();
    input.removeEventListener('focus', update);
    input.removeEventListener('blur', update);
  };
}

/** Hands what the reader typed, and the focus, from the stand-in to the real search bar once it is in the page. */
function Handover({
  container,
  status,
  typed,
  hadFocus,
}: {
  container: RefObject<HTMLElement | null>;
  status: RefObject<HTMLElement | null>;
  typed: string;
  hadFocus: boolean;
}) {
  useLayoutEffect(() => {
    const input = container.current?.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!input) return undefined;
    if (typed) {
      // The real input is controlled by React: set the value the way typing does, so its onChange sees it.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, typed);
      input.dispatchEvent(new Event('input', {bubbles: true}));
    }
    // The plugin names its box "Search" in every language; its placeholder is translated.
    input.setAttribute('aria-label', input.placeholder);
    const stopShowingLoading = status.current ? showIndexLoading(input, status.current) : () => undefined;
    if (hadFocus) input.focus();
    const stopKeepingFocus = keepFocusWithReader(input);
    return () => {
      stopShowingLoading();
      stopKeepingFocus();
    };
  }, [container, status, typed, hadFocus]);
  return null;
}

export default function LazySearchBar(props: Record<string, unknown>) {
  const [wanted, setWanted] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLSpanElement>(null);
  const standIn = useRef<HTMLInputElement>(null);
  const handover = useRef({typed: '', hadFocus: false});

  const {siteConfig} = useDocusaurusContext();
  const indexRequested = useRef(false);

  const want = useCallback(() => {
    if (!indexRequested.current) startIndexDownload(siteConfig.baseUrl);
    indexRequested.current = true;
    startTransition(() => setWanted(true));
  }, [siteConfig.baseUrl]);

  useEffect(() => {
    if (wanted) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      standIn.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [wanted]);

  if (wanted && standIn.current) {
    // Read while the stand-in is still in the page: the render that swaps it out is the last that can.
    handover.current = {typed: standIn.current.value, hadFocus: document.activeElement === standIn.current};
  }

  return (
    // display: contents keeps the navbar's layout as if this element were not there.
    <div ref={container} style={{display: 'contents'}}>
      {/* Empty until wanted. Its content then suspends inside a transition, which holds the whole switch, the
          stand-in's removal included, until the real search bar can show. The stand-in stays outside it: React
          writes a server-rendered boundary with content into the page's end, and moves it into place only after
          the first paint, which would shift the navbar. */}
      <Suspense fallback={null}>
        {wanted ? (
          <>
            <SearchBar {...props} />
            <Handover container={container} status={status} typed={handover.current.typed} hadFocus={handover.current.hadFocus} />
          </>
        ) : null}
      </Suspense>
      {wanted ? null : <StandIn inputRef={standIn} onWanted={want} />}
      {/* In the page from the start, so that screen readers announce what is later written into it. */}
      <span ref={status} role="status" className={ownStyles.status} data-search-status />
    </div>
  );
}
