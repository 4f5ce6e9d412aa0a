import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// Survivor guides, in the order a reader is best served by: plan first, then the topic, then the tools.
const sidebars = {
  survivor: [
    'safety-planning',
    'is-someone-monitoring-me',
    {
      type: 'category',
      label: 'What is happening',
      collapsible: false,
      items: ['stalkerware', 'account-hijacking', 'location-tracking'],
    },
    {
      type: 'category',
      label: 'Tools and next steps',
      collapsible: false,
      items: ['new-phone', 'passwords', 'documenting-evidence'],
    },
  ],
} satisfies SidebarsConfig;

export default sidebars;
