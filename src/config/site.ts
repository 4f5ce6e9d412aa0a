/** Facts about the deployed site that a fork changes first. */
export const site = {
  // A fork sets its own address; the default keeps builds and tests self-contained.
  url: process.env.SITE_URL ?? 'https://help.example.org',
  baseUrl: '/',
  // The tab title stays calm: it is what a person checking the browser history would read.
  title: 'Tech Safety Help',
} as const;
