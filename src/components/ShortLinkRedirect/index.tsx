import {useEffect} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme/Layout';

/** /s/<code>: sends the reader on to the guide, replacing this entry so Back does not bounce them here again. */
export default function ShortLinkRedirect({link}: {link: {target: string}}) {
  const target = useBaseUrl(link.target);
  const history = useHistory();
  useEffect(() => {
    history.replace(`${target}${window.location.hash}`);
  }, [history, target]);
  return (
    <Layout>
      <Head>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--xl">
        <p>
          <Link to={link.target}>
            <Translate id="shortLink.continue" description="Shown for an instant on a short link page, in case it does not move on by itself">
              Open the guide
            </Translate>
          </Link>
        </p>
      </main>
    </Layout>
  );
}
