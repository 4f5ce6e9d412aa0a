import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import WhatAreYouNoticing from '@site/src/components/WhatAreYouNoticing';
import TopicList, {type GuideGroup} from '@site/src/components/TopicList';
import styles from './styles.module.css';

/** The home page; src/plugins/home adds its route, with every guide in the sidebar's groups. */
export default function HomePage({guideGroups}: {guideGroups: GuideGroup[]}) {
  return (
    <Layout
      description={translate({
        id: 'home.description',
        message: 'Calm, careful help when someone close to you is misusing your phone, accounts or location.',
        description: 'Home page meta description',
      })}
    >
      <main className="container margin-vert--lg">
        <header className={styles.hero}>
          <Heading as="h1">
            <Translate id="home.title" description="Home page main heading">
              Help with phones, accounts and tracking
            </Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.lead" description="Home page first paragraph">
              If someone close to you is watching your phone, getting into your accounts or tracking where you go, you are not alone, and it is not your fault.
              These guides help you understand what may be happening and think through your options, safely.
            </Translate>
          </p>
        </header>

        <div className={styles.urgent}>
          <section aria-labelledby="get-help-now" className={styles.card}>
            <Heading as="h2" id="get-help-now">
              <Translate id="home.getHelpNow.title" description="Home page: heading of the get-help box">
                Get help now
              </Translate>
            </Heading>
            <p>
              <Translate id="home.getHelpNow.body" description="Home page: text of the get-help box">
                If you are in danger, call your local emergency number. Advocates can help you make a plan before you change anything on your phone.
              </Translate>
            </p>
            <Link className="button button--primary button--lg" to="/get-help">
              <Translate id="home.getHelpNow.link" description="Home page: button to the organizations directory">
                Find help in your country
              </Translate>
            </Link>
          </section>
          <section aria-labelledby="is-it-safe" className={styles.card}>
            <Heading as="h2" id="is-it-safe">
              <Translate id="home.safe.title" description="Home page: heading of the site-safety box">
                Is it safe to be on this site?
              </Translate>
            </Heading>
            <p>
              <Translate id="home.safe.body" description="Home page: text of the site-safety box">
                This site stores nothing in your browser and contacts no other website. Its host may keep a short log of visits. Your browser history can still
                show this visit. Use the quick exit button at the top of every page, or press Shift three times, to leave at once.
              </Translate>
            </p>
            <Link to="/privacy">
              <Translate id="home.safe.link" description="Home page: link to the privacy page">
                What this site can and cannot hide
              </Translate>
            </Link>
          </section>
        </div>

        <WhatAreYouNoticing />
        <TopicList groups={guideGroups} />
      </main>
    </Layout>
  );
}
