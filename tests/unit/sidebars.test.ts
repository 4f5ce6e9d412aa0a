// Docusaurus reads every export of sidebars.ts as a sidebar of its own: a named export there once split the guides
// into several sidebars and broke "next" and "previous" between them.
import {describe, expect, it} from 'vitest';
import * as sidebarsModule from '../../sidebars';
import {firstGuides, homeGuides, toolGuides, topicGuides} from '../../src/config/guides';
import {collectionRoutes} from '../../src/content/project';
import path from 'node:path';

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
