// The docs plugin's client helpers, with one change to `getActivePlugin`. Docusaurus sorts the docs instances' paths
// with `localeCompare` to try the longest first, and the first `localeCompare` a page makes loads the browser's
// collation data: 25–75 ms of blocking time here (four times that on Lighthouse's phone), on every guide, to order
// two ASCII paths. Here only the instance whose path is the longest match is passed on, so Docusaurus's own code
// picks the same instance, with its own result and errors, and has nothing left to sort.
import {matchPath} from '@docusaurus/router';
import type {GlobalPluginData} from '@docusaurus/plugin-content-docs/client';
import {getActivePlugin as docusaurusGetActivePlugin} from '@docusaurus/plugin-content-docs/lib/client/docsClientUtils.js';

export * from '@docusaurus/plugin-content-docs/lib/client/docsClientUtils.js';

export const getActivePlugin: typeof docusaurusGetActivePlugin = (allPluginData, pathname, options = {}) => {
  // Every instance whose path matches is a prefix of the pathname, so the longest is the one Docusaurus tries first.
  let longest: [string, GlobalPluginData] | undefined;
  for (const entry of Object.entries(allPluginData)) {
    const matches = matchPath(pathname, {path: entry[1].path, exact: false, strict: false});
    if (matches && (!longest || entry[1].path.length > longest[1].path.length)) longest = entry;
  }
  if (longest) return docusaurusGetActivePlugin({[longest[0]]: longest[1]}, pathname, options);
  // No docs page: Docusaurus returns nothing, or with `failfast` throws its error listing every instance's path.
  return options.failfast ? docusaurusGetActivePlugin(allPluginData, pathname, options) : undefined;
};
