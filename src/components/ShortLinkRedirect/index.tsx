import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme/Layout';

/**
 * /s/<code>: sends the reader on to the guide at once. A tiny inline script (allowed by its CSP hash) replaces
 * this entry in the history, so Back never bounces the reader here, and keeps a #section; the meta refresh does
 * the same with JavaScript off; the link is for a browser that blocks both.
 */
export default function ShortLinkRedirect({link}: {link: {target: string}}) {
  const target = useBaseUrl(link.target);
  return (
    <Layout>
      <Head>
        <script>{`location.replace(${JSON.stringify(target)}+location.hash)`}</script>
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
