import {useEffect, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {shortCodeFor} from '@site/src/config/shortLinks';
import styles from './styles.module.css';

/** Copies text with the Clipboard API, or with a selection where that API is not allowed. Never sends anything. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** Section links (the # beside each heading) copy the full address too, instead of adding a history entry. */
function useCopyableHeadingLinks(onCopied: (what: 'section') => void) {
  useEffect(() => {
    const handler = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('.markdown .hash-link');
      if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.metaKey || event.ctrlKey) return;
      event.preventDefault();
      window.history.replaceState(window.history.state, '', link.href);
      void copyText(link.href).then((ok) => ok && onCopied('section'));
    };
    document.addEventListener('click', handler);
    return () => document.removeEventListener('click', handler);
  }, [onCopied]);
}

/**
 * "Copy link" and "Copy as message" for a guide. The short link is visible as text in the static HTML, so it can
 * be read aloud or selected with JavaScript off; the buttons show once JavaScript has taken over the page.
 */
export default function ShareArticle({route}: {route: string}) {
  const {siteConfig} = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  const code = shortCodeFor(route);
  const path = useBaseUrl(code ? `/s/${code}` : route);
  const [status, setStatus] = useState('');
  const origin = isBrowser ? window.location.origin : siteConfig.url;
  const link = `${origin}${path}`;

  const copied = (what: 'link' | 'message' | 'section') =>
    setStatus(
      what === 'message'
        ? translate({id: 'share.copiedMessage', message: 'Message copied. Check that the place you paste it is safe.'})
        : translate({id: 'share.copiedLink', message: 'Link copied.'}),
    );
  useCopyableHeadingLinks(copied);

  const message = translate(
    {
      id: 'share.message',
      message: 'Here is the page we talked about: {link}',
      description: 'Neutral message copied with a guide link; it must not reveal what the guide is about',
    },
    {link},
  );

  return (
    <div className={styles.share} data-share>
      <span className={styles.link}>
        <Translate id="share.shortLink" description="Label before a guide's short link" values={{link: <bdi className={styles.url}>{link}</bdi>}}>
          {'Short link: {link}'}
        </Translate>
      </span>
      {/* In the static HTML too, so that nothing below moves when they start working (see the CSS). */}
      <span className={styles.buttons} data-ready={isBrowser || undefined}>
        <button
          type="button"
          className="button button--sm button--secondary"
          data-copy="link"
          onClick={() => void copyText(link).then((ok) => ok && copied('link'))}
        >
          <Translate id="share.copyLink">Copy link</Translate>
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          data-copy="message"
          onClick={() => void copyText(message).then((ok) => ok && copied('message'))}
        >
          <Translate id="share.copyMessage">Copy as message</Translate>
        </button>
      </span>
      <span className={styles.status} role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
