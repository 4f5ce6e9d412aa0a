import {languages} from '../../config/languages';
import {locales, type Locale} from '../../config/locales';

type QuickExitWords = Record<'label' | 'purpose' | 'hint' | 'counting' | 'leaving', string>;

/**
 * The quick exit's words, per locale (declared in src/config/languages.ts). They live there rather than in
 * code.json because the link is rendered outside React, into the static HTML, before any script runs.
 */
export const quickExitMessages = Object.fromEntries(
  locales.map((locale) => {
    const {label, purpose, hint, counting, leaving} = languages[locale].quickExit;
    return [locale, {label, purpose, hint, counting, leaving}];
  }),
) as Record<Locale, QuickExitWords>;
