import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import EscalationContacts from './index';
import {supplyCompany} from '../../plugins/company/remark';
import type {Company} from '../../config/company-schema';
import type {MdastNode} from '../../content/mdx-jsx';

const company: Company = {
  name: 'Acme Security',
  shortName: 'Acme',
  url: 'https://help.acme.test',
  locales: ['en', 'fr'],
  escalation: [{team: {en: 'Trust and Safety', fr: 'Confiance et sécurité'}, when: 'Threats to life.', how: 'Tag the ticket ts-urgent.'}],
};

function supplied(of: Company, locale: 'en' | 'fr'): string | undefined {
  const element: MdastNode = {type: 'mdxJsxFlowElement', name: 'EscalationContacts', attributes: [], children: []};
  supplyCompany({type: 'root', children: [element]}, of, locale, undefined);
  return element.attributes?.find((attribute) => attribute.name === 'list')?.value as string | undefined;
}

describe('<EscalationContacts>', () => {
  afterEach(cleanup);

  it("lists the company's teams in the reader's language", () => {
    const {getByRole} = render(<EscalationContacts list={supplied(company, 'fr')} />);
    const section = getByRole('region', {name: 'At Acme Security'});
    expect(section.textContent).toContain('Confiance et sécurité: Threats to life. Tag the ticket ts-urgent.');
  });

  it('shows nothing when the company lists no contacts, as on our own site', () => {
    expect(render(<EscalationContacts list={supplied({...company, escalation: undefined}, 'en')} />).container.innerHTML).toBe('');
  });
});
