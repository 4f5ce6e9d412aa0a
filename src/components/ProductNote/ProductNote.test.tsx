import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import ProductNote from './index';
import {supplyCompany} from '../../plugins/company/remark';
import type {Company} from '../../config/company-schema';
import type {MdastNode} from '../../content/mdx-jsx';

const company: Company = {
  name: 'Acme Security',
  shortName: 'Acme',
  url: 'https://help.acme.test',
  locales: ['en', 'es'],
  productNotes: [
    {
      guide: 'stalkerware',
      section: 'limits',
      text: {en: 'Our scan finds some monitoring apps.', es: 'Nuestro análisis encuentra algunas apps.'},
      reviewed: '2026-12-01',
    },
  ],
};

const heading = (id: string, depth = 2): MdastNode & {depth: number} => ({
  type: 'heading',
  depth,
  children: [{type: 'text', value: `Title {#${id}}`} as MdastNode],
});
const guideTree = (): MdastNode => ({
  type: 'root',
  children: [heading('signs'), {type: 'paragraph'}, heading('limits'), {type: 'paragraph'}, heading('sub', 3), {type: 'paragraph'}, heading('get-help')],
});
const noteProp = (node: MdastNode) => node.attributes?.find((attribute) => attribute.name === 'note')?.value as string;

describe('<ProductNote>', () => {
  afterEach(cleanup);

  it('is placed at the end of its section, after any sub-heading, in the locale being built', () => {
    const tree = guideTree();
    supplyCompany(tree, company, 'es', 'stalkerware');
    const types = tree.children!.map((node) => node.name ?? node.type);
    // The page imports the component itself, so no other page downloads it.
    expect(types).toEqual(['mdxjsEsm', 'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'ProductNote', 'heading']);
    expect((tree.children![0] as MdastNode & {value: string}).value).toBe('import ProductNote from "@site/src/components/ProductNote";');
    expect(JSON.parse(noteProp(tree.children![7]!))).toEqual({company: 'Acme Security', text: 'Nuestro análisis encuentra algunas apps.'});
  });

  it('is not placed in another guide, or on a site without notes', () => {
    const other = guideTree();
    supplyCompany(other, company, 'en', 'passwords');
    const plain = guideTree();
    supplyCompany(plain, {...company, productNotes: undefined}, 'en', 'stalkerware');
    for (const tree of [other, plain]) expect(tree.children!.map((node) => node.name ?? node.type)).toEqual(guideTree().children!.map((node) => node.type));
  });

  it("shows the note in a box labelled with the company's name", () => {
    const {getByRole} = render(<ProductNote note={JSON.stringify({company: 'Acme Security', text: 'Our scan finds some monitoring apps.'})} />);
    const box = getByRole('complementary', {name: 'A note from Acme Security about its product'});
    expect(box.textContent).toContain('Our scan finds some monitoring apps.');
  });

  it('shows nothing without a note', () => {
    expect(render(<ProductNote />).container.innerHTML).toBe('');
  });
});
