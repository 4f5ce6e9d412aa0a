/**
 * Local plugin: the organizations directory. Validates src/data/organizations/*.yaml (the build stops with file,
 * entry and field on any error), hands the current locale's directory to the pages as global data, and adds the
 * /get-help route in every locale.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {isLocale} from '../../config/locales';
import {ContentError} from '../../content/issues';
import {localizeCountry, loadDirectory, organizationsDir, type LocalCountry} from '../../content/organizations';
import {verificationIssues} from '../../content/freshness';

export type OrganizationsGlobalData = {countries: LocalCountry[]};

export default function organizationsPlugin(context: LoadContext): Plugin<OrganizationsGlobalData> {
  const {siteDir, i18n} = context;
  const locale = i18n.currentLocale;
  if (!isLocale(locale)) throw new Error(`organizations plugin: unknown locale "${locale}"; add it to src/config/locales.ts`);

  return {
    name: 'organizations',

    getPathsToWatch() {
      return [path.join(siteDir, organizationsDir, '*.yaml')];
    },

    async loadContent() {
      const {countries, issues} = loadDirectory(siteDir);
      const all = [...issues, ...verificationIssues(countries, new Date())];
      for (const warning of all.filter((issue) => issue.severity === 'warning')) {
        console.warn(`[organizations] ${warning.file} › ${warning.where}: ${warning.message}`);
      }
      if (all.some((issue) => issue.severity === 'error')) throw new ContentError(all);
      return {countries: countries.map((country) => localizeCountry(country, locale))};
    },

    async contentLoaded({content, actions}) {
      actions.setGlobalData(content);
      actions.addRoute({
        path: `${context.baseUrl}get-help`,
        component: '@site/src/components/OrganizationsDirectory/index.tsx',
        exact: true,
      });
    },
  };
}
