import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/** Guides as the survivor sidebar groups them; the first group (plan first) has no label. Built by src/plugins/home. */
export type GuideGroup = {label?: string; guides: {title: string; to: string}[]};

/** Every guide, in the sidebar's order and groups, each group under its label. */
export default function TopicList({groups}: {groups: readonly GuideGroup[]}) {
  return (
    <section aria-labelledby="all-guides" className={styles.section}>
      <Heading as="h2" id="all-guides">
        <Translate id="home.topics.title" description="Home page: heading over the list of all guides">
          All guides
        </Translate>
      </Heading>
      {groups.map((group) => (
        <div key={group.label ?? ''} className={styles.group}>
          {group.label && (
            <Heading as="h3" className={styles.label}>
              {group.label}
            </Heading>
          )}
          <ul className={styles.list}>
            {group.guides.map((guide) => (
              <li key={guide.to}>
                <Link to={guide.to}>{guide.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
