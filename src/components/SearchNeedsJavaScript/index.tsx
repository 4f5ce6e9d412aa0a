import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * Shown on the search page only when scripts are off: search runs in the browser, so its box cannot work then,
 * and the reader should not be left typing into it. Points to where every guide and every hotline can be reached.
 */
export default function SearchNeedsJavaScript() {
  return (
    <noscript>
      <div className={`container ${styles.notice}`} role="note">
        <p>
          <Translate
            id="search.noJavaScript"
            description="On the search page when JavaScript is off; {guides} and {getHelp} are links"
            values={{
              guides: (
                <Link to="/">
                  <Translate id="search.noJavaScript.guides" description="Link to the home page, in the no-JavaScript search notice">
                    the home page
                  </Translate>
                </Link>
              ),
              getHelp: (
                <Link to="/get-help">
                  <Translate id="search.noJavaScript.getHelp" description="Link to /get-help, in the no-JavaScript search notice">
                    Get help
                  </Translate>
                </Link>
              ),
            }}
          >
            {'Search needs JavaScript, which is off in this browser. Every guide can be reached from {guides}, and phone numbers and hotlines from {getHelp}.'}
          </Translate>
        </p>
      </div>
    </noscript>
  );
}
