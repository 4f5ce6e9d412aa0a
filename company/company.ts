/**
 * The company (or helpline) this help center is built for. A fork edits this file and adds its assets to
 * company/static/; nothing else. We change this folder only when the Company type gains a field, and a fork's
 * merges keep its own (deploy/README.md, "Running it as your help center").
 * This is the project's own public site: every locale, our neutral exit pages, no product notes.
 */
import type {Company} from '../src/config/company-schema';

export default {
  name: 'Tech Safety Help',
  shortName: {en: 'Tech Safety Help', es: 'Ayuda de seguridad digital', fr: 'Aide sécurité numérique', ar: 'مساعدة الأمان الرقمي'},
  url: 'https://help.example.org',
  locales: ['en', 'es', 'fr', 'ar'],
} satisfies Company;
