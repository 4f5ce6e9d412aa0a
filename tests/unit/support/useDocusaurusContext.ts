// Stand-in for @docusaurus/useDocusaurusContext; tests set the locale with setTestLocale().
let currentLocale = 'en';

export function setTestLocale(locale: string) {
  currentLocale = locale;
}

export default function useDocusaurusContext() {
  return {i18n: {currentLocale, defaultLocale: 'en', locales: ['en', 'es', 'fr', 'ar']}, siteConfig: {baseUrl: '/'}};
}
