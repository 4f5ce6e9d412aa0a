import {describe, expect, it} from 'vitest';
import {guideGroups, homeSidebar} from '../../src/plugins/home';

type Version = Parameters<typeof guideGroups>[0];

const doc = (id: string, title: string, frontMatter: Record<string, unknown> = {}) =>
  ({id, title, permalink: `/es/${id}`, frontMatter}) as unknown as Version['docs'][number];
const category = (label: string, items: unknown[]) => ({type: 'category', label, collapsed: false, collapsible: false, items});

describe("the home page's list of guides", () => {
  const docs = [doc('plan', 'Plan'), doc('watch', '¿Me vigilan?', {sidebar_label: 'Vigilancia'}), doc('phone', 'Teléfono'), doc('keys', 'Claves')];

  it("follows the sidebar: its order, its groups and their labels, each guide's title in the locale", () => {
    const sidebars = {
      [homeSidebar]: [
        {type: 'doc', id: 'plan'},
        {type: 'doc', id: 'watch'},
        category('Qué pasa', [{type: 'doc', id: 'phone'}]),
        category('Herramientas', [{type: 'doc', id: 'keys', label: 'Contraseñas'}]),
      ],
    } as unknown as Version['sidebars'];
    expect(guideGroups({docs, sidebars})).toEqual([
      {
        guides: [
          {title: 'Plan', to: '/es/plan'},
          {title: 'Vigilancia', to: '/es/watch'},
        ],
      },
      {label: 'Qué pasa', guides: [{title: 'Teléfono', to: '/es/phone'}]},
      {label: 'Herramientas', guides: [{title: 'Contraseñas', to: '/es/keys'}]},
    ]);
  });

  it('names what is wrong when the sidebar is missing or lists what is not a guide', () => {
    expect(() => guideGroups({docs, sidebars: {}})).toThrow(`sidebar "${homeSidebar}", which sidebars.ts does not define`);
    const sidebars = {[homeSidebar]: [{type: 'doc', id: 'gone'}]} as unknown as Version['sidebars'];
    expect(() => guideGroups({docs, sidebars})).toThrow('lists "gone", which is not a guide');
  });
});
