/**
 * The survivor guides in the sidebar, in the order a reader is best served by: plan first, then the topics a reader
 * recognizes, then the tools. sidebars.ts builds the sidebar from these lists (Docusaurus reads every export of
 * sidebars.ts as a sidebar, so they live here). `npm run new:article` adds a new guide to `topicGuides`; the content
 * check fails on a guide in none of these lists, and on a guide in `topicGuides` or `homeGuides` without a sign on the
 * home page (src/config/homeSigns.ts).
 */
export const firstGuides = ['safety-planning', 'is-someone-monitoring-me'];
export const topicGuides = ['stalkerware', 'account-hijacking', 'location-tracking', 'social-media', 'harassment', 'image-abuse'];
export const homeGuides = ['smart-home', 'children', 'cars', 'computers', 'money'];
export const toolGuides = ['new-phone', 'passwords', 'documenting-evidence'];
