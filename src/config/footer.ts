import type {ThemeConfig} from '@docusaurus/preset-classic';

export const footer = {
  style: 'dark',
  links: [
    {
      title: 'Guides',
      items: [
        {label: 'Safety planning with technology', to: '/safety-planning'},
        {label: 'Stalkerware', to: '/stalkerware'},
        {label: 'Taking back your accounts', to: '/account-hijacking'},
        {label: 'Location tracking', to: '/location-tracking'},
      ],
    },
    {
      title: 'Help',
      items: [
        {label: 'Get help', to: '/get-help'},
        {label: 'Privacy and quick exit', to: '/privacy'},
        {label: 'Search', to: '/search'},
      ],
    },
    {
      title: 'About',
      items: [
        {label: 'For support agents', to: '/agents'},
        {label: 'Updates', to: '/updates'},
      ],
    },
  ],
  copyright: 'This site does not replace a trained advocate. If you are in danger now, call your local emergency number.',
} satisfies ThemeConfig['footer'];
