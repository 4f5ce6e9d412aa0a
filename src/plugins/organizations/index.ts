/**
 * Local plugin: the organizations directory. Validates src/data/organizations/*.yaml (the build stops with file,
 * entry and field on any error) and adds the /get-help route in every locale, with the current locale's directory
 * as that route's data: only /get-help downloads all of it. Articles get the entries they show from remark.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {isLocale} from '../../config/locales';
import {ContentError} from '../../content/issues';
import {localizeDirectory, loadDirectory, organizationsDir, type LocalCountry} from '../../content/organizations';
import {verificationIssues} from '../../content/freshness';

/** Countries in the locale's alphabetical order. */
export type Directory = {countries: LocalCountry[]};

export default function organizationsPlugin(context: LoadContext): Plugin<Directory> {
  const {siteDir, i18n} = context;
  const locale = i18n.currentLocale;
  if (!isLocale(locale)) throw new Error(`organizations plugin: unknown locale "${locale}"; declare it in src/config/languages.ts`);

  return {
    name: 'organizations',

    getPathsToWatch() {
      return [path.join(siteDir, organizationsDir, '*.yaml')];
    },

    loadContent() {
      const {countries, issues} = loadDirectory(siteDir);
      const all = [...issues, ...verificationIssues(countries, new Date())];
      for (const warning of all.filter((issue) => issue.severity === 'warning')) {
        console.warn(`[organizations] ${warning.file} › ${warning.where}: ${warning.message}`);
      }
      if (all.some((issue) => issue.severity === 'error')) throw new ContentError(all);
      return {countries: localizeDirectory(countries, locale)};
    },

    async contentLoaded({content, actions}) {
      const directory = await actions.createData('directory.json', JSON.stringify(content));
      actions.addRoute({
        path: `${context.baseUrl}get-help`,
        component: '@site/src/components/OrganizationsDirectory/index.tsx',
        modules: {directory},
        exact: true,
      });
    },

    configureWebpack() {
      // Articles have the directory compiled into them (remark.ts), and the bundler's persistent cache does not
      // know that: a changed phone number must rebuild them, never be served from the cache.
      const files = fs.readdirSync(path.join(siteDir, organizationsDir)).filter((file) => file.endsWith('.yaml'));
      return {experiments: {cache: {buildDependencies: files.map((file) => path.join(siteDir, organizationsDir, file))}}};
    },
  };
}
