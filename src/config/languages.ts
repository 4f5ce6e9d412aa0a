/**
 * Every language the site ships, declared once: what the build, the quick exit and the Get help blocks need to know
 * about it. Adding a language starts with an entry here; the type checker then names the one other table that needs
 * it, the long dates in src/content/format.ts (kept apart because they run in the browser, and this file does not).
 * Translations of the pages and interface follow (CONTRIBUTING, "Translating").
 */

/** A country a locale's Get help blocks show first; `language` keeps only the services that answer in it. */
export type RegionPick = {country: string; language?: string};

type LanguageDeclaration = {
  /** The name in the language itself, as the language menu shows it. */
  label: string;
  htmlLang: string;
  direction: 'ltr' | 'rtl';
  /**
   * The quick exit: a neutral, common page in the reader's language that loads fast and says nothing about this
   * site; the tab title shown for the instant before it arrives; and the link's words, which are rendered into the
   * static HTML before any script runs (so they live here, not in code.json).
   */
  quickExit: {
    destination: `https://${string}`;
    neutralTitle: string;
    label: string;
    purpose: string;
    hint: string;
    counting: string;
    leaving: string;
  };
  /**
   * Which countries a guide's Get help block shows first. Every other country is one tap away on /get-help;
   * international services are always shown. Each country needs a file in src/data/organizations/ (the content
   * check fails otherwise), so a locale never silently loses a country.
   */
  countriesFirst: readonly RegionPick[];
  /** The link on a short link page (/s/<code>), shown for an instant in case the page does not move on by itself. */
  shortLinkContinue: string;
};

// India was listed for English without a directory file and is left out until a sourced one exists. Morocco,
// Algeria and Tunisia are listed for French without a language filter: many readers there read French, and their
// services answer in Arabic, which the card says.
export const languages = {
  en: {
    label: 'English',
    htmlLang: 'en',
    direction: 'ltr',
    quickExit: {
      destination: 'https://www.bbc.co.uk/weather',
      neutralTitle: 'Weather',
      label: 'Quick exit',
      purpose: 'leave this site now',
      hint: 'or press Shift 3 times',
      counting: 'Press Shift {count} more times to leave this site.',
      leaving: 'Leaving this site.',
    },
    countriesFirst: [{country: 'US'}, {country: 'GB'}, {country: 'CA'}, {country: 'AU'}, {country: 'IE'}],
    shortLinkContinue: 'Open the guide',
  },
  es: {
    label: 'Español',
    htmlLang: 'es',
    direction: 'ltr',
    quickExit: {
      destination: 'https://es.wikipedia.org/wiki/Wikipedia:Portada',
      neutralTitle: 'Portada',
      label: 'Salida rápida',
      purpose: 'salir de este sitio ahora',
      hint: 'o pulsa Mayús 3 veces',
      counting: 'Pulsa Mayús {count} veces más para salir de este sitio.',
      leaving: 'Saliendo de este sitio.',
    },
    countriesFirst: [{country: 'ES'}, {country: 'MX'}, {country: 'US', language: 'es'}, {country: 'AR'}, {country: 'CO'}, {country: 'CL'}, {country: 'PE'}],
    shortLinkContinue: 'Abrir la guía',
  },
  fr: {
    label: 'Français',
    htmlLang: 'fr',
    direction: 'ltr',
    quickExit: {
      destination: 'https://fr.wikipedia.org/wiki/Wikip%C3%A9dia:Accueil_principal',
      neutralTitle: 'Accueil',
      label: 'Sortie rapide',
      purpose: 'quitter ce site maintenant',
      hint: 'ou appuyez 3 fois sur Maj',
      counting: 'Appuyez encore {count} fois sur Maj pour quitter ce site.',
      leaving: 'Vous quittez ce site.',
    },
    countriesFirst: [
      {country: 'FR'},
      {country: 'CA', language: 'fr'},
      {country: 'BE', language: 'fr'},
      {country: 'CH', language: 'fr'},
      {country: 'MA'},
      {country: 'DZ'},
      {country: 'TN'},
    ],
    shortLinkContinue: 'Ouvrir le guide',
  },
  ar: {
    label: 'العربية',
    htmlLang: 'ar',
    direction: 'rtl',
    quickExit: {
      destination: 'https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D8%B5%D9%81%D8%AD%D8%A9_%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3%D9%8A%D8%A9',
      neutralTitle: 'الصفحة الرئيسية',
      label: 'خروج سريع',
      purpose: 'غادر هذا الموقع الآن',
      hint: 'أو اضغط Shift ثلاث مرات',
      counting: 'اضغط Shift {count} مرات أخرى لمغادرة هذا الموقع.',
      leaving: 'جارٍ مغادرة هذا الموقع.',
    },
    countriesFirst: [
      {country: 'EG'},
      {country: 'MA'},
      {country: 'LB'},
      {country: 'SA'},
      {country: 'TN'},
      {country: 'JO'},
      {country: 'DZ'},
      {country: 'PS'},
      {country: 'IQ'},
      {country: 'AE'},
    ],
    shortLinkContinue: 'افتح الدليل',
  },
} as const satisfies Record<string, LanguageDeclaration>;
