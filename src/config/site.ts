import {company} from './company';

/** Facts about the deployed site, from the company file (company/company.ts). */
export const site = {
  // SITE_URL lets a test or preview build point its canonical links elsewhere.
  url: process.env.SITE_URL ?? company.url,
  baseUrl: '/',
  // The tab title stays calm: it is what a person checking the browser history would read.
  title: company.name,
} as const;
