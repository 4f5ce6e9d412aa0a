import {translate} from '@docusaurus/Translate';
import type {EscalationContactsProps} from '@site/src/plugins/company/remark';
import styles from './styles.module.css';

/**
 * `<EscalationContacts />` on the agent hub's escalation page: the teams the company that runs the site hands
 * cases to, from company/company.ts (src/plugins/company/remark.ts supplies them). Nothing when it lists none.
 */
export default function EscalationContacts({list: listJson}: {list?: string}) {
  const list = listJson ? (JSON.parse(listJson) as EscalationContactsProps) : undefined;
  if (!list || list.contacts.length === 0) return null;
  const title = translate(
    {id: 'escalationContacts.title', message: 'At {company}', description: 'Heading of the list of teams the company that runs the site hands cases to'},
    {company: list.company},
  );
  return (
    <section className={styles.contacts} aria-label={title} data-escalation-contacts>
      <p className={styles.title}>{title}</p>
      <ul className={styles.list}>
        {list.contacts.map((contact) => (
          <li key={contact.team}>
            <strong>{contact.team}</strong>: {contact.when} {contact.how}
          </li>
        ))}
      </ul>
    </section>
  );
}
