// Stand-in for @docusaurus/useBaseUrl: prefixes the test locale, as Docusaurus does for /es/, /fr/, /ar/.
import useDocusaurusContext from './useDocusaurusContext';

export default function useBaseUrl(url: string): string {
  const {i18n} = useDocusaurusContext();
  return i18n.currentLocale === 'en' ? url : `/${i18n.currentLocale}${url}`;
}
