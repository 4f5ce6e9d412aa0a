// Which chunk files a page's route needs, from route files shaped as Docusaurus generates them.
import {describe, expect, it} from 'vitest';
import {routeChunks, routeTree} from './route-chunks';

// The shape of .docusaurus/routes.js: a layout route for the guides, with the guides inside it.
const routesSource = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/get-help',
    component: ComponentCreator('/get-help', '53c'),
    exact: true
  },
  {
    path: '/',
    component: ComponentCreator('/', 'a1b'),
    routes: [
      {
        path: '/',
        component: ComponentCreator('/', 'c2d'),
        routes: [
          {
            path: '/stalkerware',
            component: ComponentCreator('/stalkerware', '175'),
            exact: true,
            sidebar: "guides"
          }
        ]
      }
    ]
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;

const routesChunkNames = {
  '/get-help-53c': {__comp: 'getHelpPage', __context: {plugin: 'organizations'}, directory: 'directoryData'},
  '/-a1b': {__comp: 'docsRoot'},
  '/-c2d': {__comp: 'docVersion', __props: 'versionData'},
  '/stalkerware-175': {__comp: 'docItem', content: 'stalkerwareMdx'},
};

const chunkGroups = {
  getHelpPage: ['assets/js/getHelpPage.js'],
  organizations: ['assets/js/organizations.js'],
  directoryData: ['assets/js/directoryData.js'],
  docsRoot: ['assets/js/shared.js', 'assets/js/docsRoot.js'],
  docVersion: ['assets/js/docVersion.js'],
  versionData: ['assets/js/versionData.js'],
  docItem: ['assets/js/shared.js', 'assets/js/docItem.js'],
  stalkerwareMdx: ['assets/js/stalkerwareMdx.js'],
};

describe('route chunks', () => {
  const chunks = routeChunks(routeTree(routesSource), routesChunkNames, chunkGroups);

  it('lists every chunk of the routes a guide sits in, and of the guide, each file once', () => {
    expect(chunks.filesFor('/stalkerware')).toEqual([
      'assets/js/shared.js',
      'assets/js/docsRoot.js',
      'assets/js/docVersion.js',
      'assets/js/versionData.js',
      'assets/js/docItem.js',
      'assets/js/stalkerwareMdx.js',
    ]);
  });

  it('lists a page outside the guides with its own chunks only', () => {
    expect(chunks.filesFor('/get-help')).toEqual(['assets/js/getHelpPage.js', 'assets/js/organizations.js', 'assets/js/directoryData.js']);
  });

  it('gives an address no page has what Docusaurus would load there: the layouts that match any address', () => {
    expect(chunks.filesFor('/no-such-page')).toEqual(['assets/js/shared.js', 'assets/js/docsRoot.js', 'assets/js/docVersion.js', 'assets/js/versionData.js']);
  });

  it('names the route and the chunk when the bundler has no files for it', () => {
    const {docItem: _dropped, ...withoutDocItem} = chunkGroups;
    expect(() => routeChunks(routeTree(routesSource), routesChunkNames, withoutDocItem).filesFor('/stalkerware')).toThrow(
      'page-scripts: route /stalkerware (/stalkerware) needs chunk "docItem", which the bundler\'s named chunk groups do not have',
    );
  });

  it('says so when the routes file is no longer the array Docusaurus used to write', () => {
    expect(() => routeTree('module.exports = []')).toThrow('page-scripts: .docusaurus/routes.js is no longer an `export default [...]` of routes');
  });
});
