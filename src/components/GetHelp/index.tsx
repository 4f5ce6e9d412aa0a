import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import OrganizationCard from '@site/src/components/OrganizationCard';
import EmergencyNumber from '@site/src/components/EmergencyNumber';
import type {HelpBlock} from '@site/src/content/ordering';
import type {HelpKind} from '@site/src/content/schema';
import styles from './styles.module.css';

/**
 * The "Get help" block of a survivor article: organizations from the directory that fit the article's kinds of
 * help, the reader's locale's countries first, international services always, and the way to every country.
 * Writers give `kinds`; the build adds `block`, those organizations already chosen and ordered
 * (src/plugins/organizations/remark.ts).
 */
export default function GetHelp({kinds, block: blockJson}: {kinds: HelpKind[]; block?: string}) {
  if (!blockJson) throw new Error('<GetHelp> has no organizations: the organizations remark plugin adds them at build time.');
  const block = JSON.parse(blockJson) as HelpBlock;
  return (
    <div className={styles.block} data-get-help={kinds.join(' ')}>
      <p className={styles.lead}>
        <Translate id="getHelp.lead" description="First line of the Get help block in articles">
          If you are in danger now, call your local emergency number. These organizations can talk things through with you and help you plan. A call or a
          website visit may show in your phone's history.
        </Translate>
      </p>
      {block.countries.map((country, index) => (
        <details key={country.code} className={styles.country} open={index === 0} data-country={country.code}>
          {/* A summary holds no links (they would be nested in its button): the number to tap comes first inside. */}
          <summary className={styles.summary}>
            <span className={styles.countryName}>{country.name}</span>
          </summary>
          <div className={styles.list}>
            {country.emergency ? <EmergencyNumber emergency={country.emergency} /> : null}
            {/* The summary is not a heading, so these sit right under the block's h2 (no skipped level). */}
            {country.organizations.map((org) => (
              <OrganizationCard key={org.id} org={org} headingLevel={3} />
            ))}
          </div>
        </details>
      ))}
      {block.international.length > 0 ? (
        <div className={styles.international} data-country="international">
          <h3 className={styles.heading}>
            <Translate id="getHelp.international" description="Heading over international organizations">
              In any country
            </Translate>
          </h3>
          <div className={styles.list}>
            {block.international.map((org) => (
              <OrganizationCard key={org.id} org={org} headingLevel={4} />
            ))}
          </div>
        </div>
      ) : null}
      <p className={styles.more}>
        <Link to="/get-help">
          <Translate id="getHelp.allCountries" description="Link from an article's Get help block to the full directory">
            See organizations in every country
          </Translate>
        </Link>
      </p>
    </div>
  );
}
