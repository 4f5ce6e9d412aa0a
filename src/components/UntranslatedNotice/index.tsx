import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/** Shown on a page whose translation is not done yet, so a reader knows why it is in English. */
export default function UntranslatedNotice() {
  return (
    <p className={styles.notice} data-untranslated>
      <Translate id="untranslated.notice" description="Notice on a page that is still in English in another locale">
        This page has not been translated yet, so it is shown in English. The organizations below each guide are listed for your language.
      </Translate>
    </p>
  );
}
