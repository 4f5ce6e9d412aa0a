import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// Survivor guides, in the order a reader is best served by: plan first, then the topic, then the tools.
// `npm run new:article` adds a new guide to `topicGuides`; the content check fails on a guide in none of these lists,
// and on a guide in `topicGuides` or `homeGuides` (topics a reader recognizes) without a sign on the home page
// (src/config/homeSigns.ts).
export const firstGuides = ['safety-planning', 'is-someone-monitoring-me'];
export const topicGuides = ['stalkerware', 'account-hijacking', 'location-tracking', 'social-media', 'harassment', 'image-abuse'];
export const homeGuides = ['smart-home', 'children', 'cars', 'computers', 'money'];
export const toolGuides = ['new-phone', 'passwords', 'documenting-evidence'];

const sidebars = {
  survivor: [
    ...firstGuides,
    {type: 'category', label: 'What is happening', collapsible: false, items: topicGuides},
    {type: 'category', label: 'Home, family and money', collapsible: false, items: homeGuides},
    {type: 'category', label: 'Tools and next steps', collapsible: false, items: toolGuides},
  ],
} satisfies SidebarsConfig;

export default sidebars;
