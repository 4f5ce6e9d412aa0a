import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {firstGuides, homeGuides, toolGuides, topicGuides} from './src/config/guides';

// The guides and their order are in src/config/guides.ts. Only the default export belongs here: Docusaurus reads
// every export of this file as a sidebar of its own.
const sidebars = {
  survivor: [
    ...firstGuides,
    {type: 'category', label: 'What is happening', collapsible: false, items: topicGuides},
    {type: 'category', label: 'Home, family and money', collapsible: false, items: homeGuides},
    {type: 'category', label: 'Tools and next steps', collapsible: false, items: toolGuides},
  ],
} satisfies SidebarsConfig;

export default sidebars;
