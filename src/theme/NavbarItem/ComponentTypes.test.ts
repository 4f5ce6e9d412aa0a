import {navbar} from '@site/src/config/navbar';
import ComponentTypes from './ComponentTypes';

type Item = {type?: string; items?: unknown[]};

// How the theme's NavbarItem picks a component for an item.
const typeOf = (item: Item) => item.type ?? (item.items ? 'dropdown' : 'default');

describe('the navbar item types the site ships', () => {
  it('has a component for every item the navbar shows', () => {
    const used = new Set(navbar.items.map((item: Item) => typeOf(item)));
    expect([...used].filter((type) => !(type in ComponentTypes))).toEqual([]);
  });

  it('ships no type the navbar does not use, except the dropdown the locale menu is built on', () => {
    const used = new Set([...navbar.items.map((item: Item) => typeOf(item)), 'dropdown']);
    expect(Object.keys(ComponentTypes).filter((type) => !used.has(type))).toEqual([]);
  });
});
