import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import OrganizationCard from '@site/src/components/OrganizationCard';
import EmergencyNumber from '@site/src/components/EmergencyNumber';
import type {Directory} from '@site/src/plugins/organizations';
import styles from './styles.module.css';

/**
 * /get-help: every country's organizations. Choosing a country is a plain anchor link, so it works without
 * JavaScript and nothing about the choice is remembered or sent anywhere.
 */
export default function OrganizationsDirectory({directory: {countries}}: {directory: Directory}) {
  const international = countries.find((country) => country.code === 'international');
  const national = countries.filter((country) => country.code !== 'international');
  const title = translate({id: 'directory.title', message: 'Get help', description: 'Title of the organizations directory page'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'directory.description',
        message: 'Organizations that help with abuse and tech safety, by country, with phone numbers and hours.',
        description: 'Meta description of the organizations directory page',
      })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p className={styles.lead}>
          <Translate id="directory.lead" description="Opening line of the organizations directory">
            If you are in danger now, call your country's emergency number. The organizations below can listen, help you plan for your safety, and help with
            phones and accounts. Calls and visits to their websites may show in your phone's history.
          </Translate>
        </p>
        <nav aria-labelledby="choose-country" className={styles.picker}>
          <Heading as="h2" id="choose-country">
            <Translate id="directory.chooseCountry" description="Heading over the list of countries">
              Choose your country
            </Translate>
          </Heading>
          <ul className={styles.countries}>
            {national.map((country) => (
              <li key={country.code}>
                <a href={`#${country.code.toLowerCase()}`}>{country.name}</a>
              </li>
            ))}
            {international ? (
              <li>
                <a href="#international">{international.name}</a>
              </li>
            ) : null}
          </ul>
        </nav>
        {[...national, ...(international ? [international] : [])].map((country) => (
          <section key={country.code} className={styles.country} aria-labelledby={country.code.toLowerCase()} data-country={country.code}>
            <Heading as="h2" id={country.code.toLowerCase()}>
              {country.name}
            </Heading>
            {country.emergency ? <EmergencyNumber emergency={country.emergency} /> : null}
            <div className={styles.list}>
              {country.organizations.map((org) => (
                <OrganizationCard key={org.id} org={org} />
              ))}
            </div>
            <p className={styles.top}>
              <a href="#choose-country">
                <Translate id="directory.backToCountries" description="Link back up to the list of countries">
                  Back to the list of countries
                </Translate>
              </a>
            </p>
          </section>
        ))}
        <p className={styles.note}>
          <Translate id="directory.sourcesNote" description="How the directory is kept current and what its dates mean">
            Each entry and emergency number says what kind of page its details come from (the organization's own site, an official site, or news reports) and
            the day we read them. We did not call the numbers. Numbers and hours can change: if something looks wrong, the organization's own website has the
            latest details.
          </Translate>
        </p>
      </main>
    </Layout>
  );
}
