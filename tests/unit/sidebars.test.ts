// Docusaurus reads every export of sidebars.ts as a sidebar of its own: a named export there once split the guides
// into several sidebars and broke "next" and "previous" between them.
import {describe, expect, it} from 'vitest';
import * as sidebarsModule from '../../sidebars';
import {firstGuides, homeGuides, toolGuides, topicGuides} from '../../src/config/guides';
import {collectionRoutes} from '../../src/content/project';
import fs from 'node:fs';
import path from 'node:path';
import agentSidebars from '../../sidebars.agents';
import {locales, defaultLocale} from '../../src/config/locales';
import {collections, translationDir} from '../../src/content/collections';

describe('the survivor sidebar', () => {
  it('is the only thing sidebars.ts exports', () => {
    expect(Object.keys(sidebarsModule)).toEqual(['default']);
    expect(Object.keys(sidebarsModule.default)).toEqual(['survivor']);
  });

  it('lists every guide once', () => {
    const listed = [...firstGuides, ...topicGuides, ...homeGuides, ...toolGuides];
    expect(new Set(listed).size).toBe(listed.length);
    const guides = collectionRoutes(path.resolve(__dirname, '../..'), 'article').map((route) => route.slice(1));
    expect([...listed].sort()).toEqual([...guides].sort());
  });
});

describe('sidebar categories', () => {
  it("are translated in every locale (Docusaurus shows the English label where the locale's current.json has none)", () => {
    const root = path.resolve(__dirname, '../..');
    const labelsOf = (items: readonly unknown[]): string[] =>
      items.flatMap((item) => {
        if (typeof item !== 'object' || item === null || (item as {type?: string}).type !== 'category') return [];
        const category = item as {label: string; items: unknown[]};
        return [category.label, ...labelsOf(category.items)];
      });
    const sidebarsOf = {default: sidebarsModule.default, agents: agentSidebars} as Record<string, Record<string, readonly unknown[]>>;
    const missing = collections
      .filter((collection) => collection.plugin === 'docs')
      .flatMap((collection) =>
        Object.entries(sidebarsOf[collection.pluginId]!).flatMap(([sidebar, items]) =>
          locales
            .filter((locale) => locale !== defaultLocale)
            .flatMap((locale) => {
              const file = path.join('i18n', locale, `${translationDir(collection).replace(/\/current$/, '')}/current.json`);
              const translated = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
              return labelsOf(items)
                .filter((label) => !(`sidebar.${sidebar}.category.${label}` in translated))
                .map((label) => `${file}: "${label}"`);
            }),
        ),
      );
    expect(missing).toEqual([]);
  });
});
