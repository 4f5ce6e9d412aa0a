/**
 * The home page's "What are you noticing?" signs: where each leads, in the order shown. Their words, in every
 * locale, are in src/components/WhatAreYouNoticing (one text per id, which TypeScript requires). The content check
 * reads this list: every guide in the sidebar's "What is happening" category needs a sign.
 */
export const homeSigns = [
  {id: 'location', to: '/location-tracking'},
  {id: 'messages', to: '/is-someone-monitoring-me'},
  {id: 'accounts', to: '/account-hijacking'},
  {id: 'phone', to: '/stalkerware'},
  {id: 'tracker', to: '/location-tracking#trackers'},
  {id: 'social', to: '/social-media'},
  {id: 'harassment', to: '/harassment'},
  {id: 'images', to: '/image-abuse'},
  {id: 'home', to: '/smart-home'},
  {id: 'children', to: '/children'},
  {id: 'car', to: '/cars'},
  {id: 'computer', to: '/computers'},
  {id: 'money', to: '/money'},
] as const satisfies readonly {id: string; to: `/${string}`}[];

export type HomeSignId = (typeof homeSigns)[number]['id'];
