import type {Locale} from '../../config/locales';

/**
 * The quick exit's words, per locale. They live here rather than in code.json because the link is rendered
 * outside React, into the static HTML, before any script runs.
 */
export const quickExitMessages = {
  en: {
    label: 'Quick exit',
    purpose: 'leave this site now',
    hint: 'or press Shift 3 times',
    counting: 'Press Shift {count} more times to leave this site.',
    leaving: 'Leaving this site.',
  },
  es: {
    label: 'Salida rápida',
    purpose: 'salir de este sitio ahora',
    hint: 'o pulsa Mayús 3 veces',
    counting: 'Pulsa Mayús {count} veces más para salir de este sitio.',
    leaving: 'Saliendo de este sitio.',
  },
  fr: {
    label: 'Sortie rapide',
    purpose: 'quitter ce site maintenant',
    hint: 'ou appuyez 3 fois sur Maj',
    counting: 'Appuyez encore {count} fois sur Maj pour quitter ce site.',
    leaving: 'Vous quittez ce site.',
  },
  ar: {
    label: 'خروج سريع',
    purpose: 'غادر هذا الموقع الآن',
    hint: 'أو اضغط Shift ثلاث مرات',
    counting: 'اضغط Shift {count} مرات أخرى لمغادرة هذا الموقع.',
    leaving: 'جارٍ مغادرة هذا الموقع.',
  },
} as const satisfies Record<Locale, Record<'label' | 'purpose' | 'hint' | 'counting' | 'leaving', string>>;
