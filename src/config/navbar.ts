import type {ThemeConfig} from '@docusaurus/preset-classic';

// Labels here are the English source; `npm run write-translations` puts them in
// i18n/<locale>/docusaurus-theme-classic/navbar.json for translators.
// The title (the company's short name) and logo are set per locale in docusaurus.config.ts from company/company.ts.
export const navbar = {
  hideOnScroll: false,
  items: [
    {type: 'docSidebar', sidebarId: 'survivor', label: 'Guides', position: 'left'},
    {to: '/get-help', label: 'Get help', position: 'left'},
    {type: 'docSidebar', sidebarId: 'agents', docsPluginId: 'agents', label: 'For agents', position: 'left'},
    {to: '/privacy', label: 'Privacy', position: 'left'},
    {type: 'localeDropdown', position: 'right'},
    {type: 'search', position: 'right'},
  ],
} satisfies ThemeConfig['navbar'];
