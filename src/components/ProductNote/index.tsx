import {translate} from '@docusaurus/Translate';
import type {ProductNoteProps} from '@site/src/plugins/company/remark';
import styles from './styles.module.css';

/**
 * A note about the company's own product, at the end of a guide section (src/plugins/company/remark.ts puts it
 * there from company/company.ts). Labelled with the company's name so nobody mistakes it for the guide's own advice.
 */
export default function ProductNote({note: noteJson}: {note?: string}) {
  if (!noteJson) return null;
  const note = JSON.parse(noteJson) as ProductNoteProps;
  const label = translate(
    {
      id: 'productNote.label',
      message: 'A note from {company} about its product',
      description: 'The label of a box in a guide where the company that runs the site writes about its own product',
    },
    {company: note.company},
  );
  return (
    <aside className={styles.note} aria-label={label} data-product-note>
      <p className={styles.label}>{label}</p>
      <p className={styles.text}>{note.text}</p>
    </aside>
  );
}
