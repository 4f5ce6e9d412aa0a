/**
 * Wraps the page layout to put a notice at the top of the search page for readers whose scripts are off (see
 * SearchNeedsJavaScript). The search plugin's page renders the layout itself, so its content cannot take it.
 */
import type {Props} from '@theme/Layout';
import Layout from '@theme-original/Layout';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import SearchNeedsJavaScript from '@site/src/components/SearchNeedsJavaScript';

export default function LayoutWrapper({children, ...props}: Props) {
  const onSearchPage = useLocation().pathname === useBaseUrl('/search');
  return (
    <Layout {...props}>
      {onSearchPage && <SearchNeedsJavaScript />}
      {children}
    </Layout>
  );
}
