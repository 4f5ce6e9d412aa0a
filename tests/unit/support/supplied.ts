// What the organizations remark plugin adds to <GetHelp> and <Org> in an article, for component tests.
import type {Locale} from '../../../src/config/locales';
import type {LocalCountry} from '../../../src/content/organizations';
import {supplyOrganizations} from '../../../src/plugins/organizations/remark';

/** The attribute `name` the build gives to an MDX element written as `<element attributes />`. */
export function supplied(element: string, attributes: Record<string, unknown>, countries: LocalCountry[], locale: Locale, name: string): string | undefined {
  const node = {
    type: 'mdxJsxFlowElement',
    name: element,
    attributes: Object.entries(attributes).map(([key, value]) => ({
      type: 'mdxJsxAttribute',
      name: key,
      value: typeof value === 'string' ? value : {type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value)},
    })),
  };
  supplyOrganizations({type: 'root', children: [node]}, countries, locale);
  const value = node.attributes.find((attribute) => attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}
