import {useOrganizations} from '@site/src/hooks/useOrganizations';
import styles from './styles.module.css';

/**
 * `<Org id="us-hotline" />` in an article: the organization's name, linked without a referrer, and its first
 * phone number to tap. The id is checked at build time, so a mention never points at nobody.
 */
export default function Org({id}: {id: string}) {
  const org = useOrganizations()
    .countries.flatMap((country) => country.organizations)
    .find((candidate) => candidate.id === id);
  if (!org) return null;
  const phone = org.phone[0];
  return (
    <span className={styles.org} data-org={org.id}>
      <a href={org.website} rel="noopener noreferrer">
        {org.name}
      </a>
      {phone ? (
        <>
          {' '}
          (<a href={phone.href}>
            <bdi dir="ltr">{phone.number}</bdi>
          </a>)
        </>
      ) : null}
    </span>
  );
}
