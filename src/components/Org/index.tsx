import type {OrgMention} from '@site/src/plugins/organizations/remark';
import styles from './styles.module.css';

/**
 * `<Org id="us-hotline" />` in an article: the organization's name, linked without a referrer, and its first
 * phone number to tap. The id is checked at build time, so a mention never points at nobody; the build also
 * adds `org`, the entry itself (src/plugins/organizations/remark.ts).
 */
export default function Org({org: orgJson}: {id: string; org?: string}) {
  if (!orgJson) return null;
  const org = JSON.parse(orgJson) as OrgMention;
  const phone = org.phone;
  return (
    <span className={styles.org} data-org={org.id}>
      <a href={org.website} rel="noopener noreferrer">
        {org.name}
      </a>
      {phone ? (
        <>
          {' '}
          (
          <a href={phone.href}>
            <bdi dir="ltr">{phone.number}</bdi>
          </a>
          )
        </>
      ) : null}
    </span>
  );
}
