import {afterEach, describe, expect, it, vi} from 'vitest';
import {renderHook} from '@testing-library/react';
import type {GlobalPluginData} from '@docusaurus/plugin-content-docs/client';
import {getActivePlugin as docusaurusGetActivePlugin} from '@docusaurus/plugin-content-docs/lib/client/docsClientUtils.js';
import * as docusaurusReactUtils from '../../../node_modules/@docusaurus/theme-common/lib/utils/reactUtils.js';
import * as docusaurusDocsClientUtils from '@docusaurus/plugin-content-docs/lib/client/docsClientUtils.js';
import * as docsClientUtils from './docs-client-utils';
import * as reactUtils from './react-utils';
import {locales, localePrefix} from '../../config/locales';

const instance = (path: string): GlobalPluginData => ({path, versions: [], breadcrumbs: true});

/** The docs instances as each locale's build has them: the guides at the root, the agents' pages under /agents. */
const instancesByLocale = locales.map((locale) => {
  const prefix = localePrefix(locale);
  return {prefix, instances: {default: instance(prefix || '/'), agents: instance(`${prefix}/agents`)}};
});

const pathnames = ['', '/', '/stalkerware', '/agents', '/agents/', '/agents/referring', '/agentsx', '/get-help', '/updates/first'];

describe('stand-ins that keep collation out of a page start', () => {
  afterEach(() => vi.restoreAllMocks());

  it('re-export every helper the originals export', () => {
    expect(Object.keys(docsClientUtils).sort()).toEqual(Object.keys(docusaurusDocsClientUtils).sort());
    expect(Object.keys(reactUtils).sort()).toEqual(Object.keys(docusaurusReactUtils).sort());
  });

  it('find the same docs instance as Docusaurus for every kind of path, in every locale, without localeCompare', () => {
    for (const {prefix, instances} of instancesByLocale) {
      for (const pathname of pathnames.map((p) => `${prefix}${p}`)) {
        const expected = docusaurusGetActivePlugin(instances, pathname);
        const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
        expect(docsClientUtils.getActivePlugin(instances, pathname), pathname).toEqual(expected);
        expect(localeCompare, pathname).not.toHaveBeenCalled();
        localeCompare.mockRestore();
      }
    }
    expect(docsClientUtils.getActivePlugin(instancesByLocale[1]!.instances, '/es/agents/referring')?.pluginId).toBe('agents');
  });

  it("throw Docusaurus's own error when a docs page is required and there is none", () => {
    const {instances} = instancesByLocale[1]!;
    expect(() => docsClientUtils.getActivePlugin(instances, '/elsewhere', {failfast: true})).toThrow(/Can't find active docs plugin for "\/elsewhere"/);
    expect(docsClientUtils.getActivePlugin(instances, '/elsewhere')).toBeUndefined();
  });

  it('give back the same object while keys and values stay the same, whatever their order, without localeCompare', () => {
    const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
    const sidebar = {items: []};
    const {result, rerender} = renderHook((props: Record<string, unknown>) => reactUtils.useShallowMemoObject(props), {
      initialProps: {sidebar, path: '/stalkerware'},
    });
    const first = result.current;
    rerender({path: '/stalkerware', sidebar});
    expect(result.current).toBe(first);
    rerender({path: '/location-tracking', sidebar});
    expect(result.current).not.toBe(first);
    expect(localeCompare).not.toHaveBeenCalled();
  });
});
