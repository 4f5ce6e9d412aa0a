import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import OrganizationCard from './index';
import {org} from '../../../tests/unit/support/fixtures';

describe('<OrganizationCard>', () => {
  afterEach(cleanup);

  it('links to the organization without a referrer, and offers every way to reach it', () => {
    const {container} = render(
      <OrganizationCard
        org={org('us-hotline', {
          phone: [{number: '1-800-799-7233', href: 'tel:18007997233'}],
          text: [{number: '88788', href: 'sms:88788', keyword: 'START'}],
          tty: {number: '1-800-787-3224', href: 'tel:18007873224'},
          chat: 'https://chat.example.org',
        })}
      />,
    );
    const website = container.querySelector('h3 a')!;
    expect(website.getAttribute('rel')).toBe('noopener noreferrer');
    expect(website.getAttribute('target')).toBeNull();
    expect(container.querySelector('a[href="tel:18007997233"]')?.textContent).toBe('Call 1-800-799-7233');
    expect(container.querySelector('a[href="sms:88788"]')?.textContent).toBe('Text START to 88788');
    expect(container.querySelector('a[href="tel:18007873224"]')?.textContent).toBe('TTY 1-800-787-3224');
    expect(container.querySelector('a[href="https://chat.example.org"]')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('[data-checked="own"]')?.textContent).toBe("Details from the organization's own site, read November 1, 2026.");
    expect(container.querySelector('time[datetime="2026-11-01"]')?.textContent).toBe('November 1, 2026');
  });

  it('says plainly when the details rest on news reports alone', () => {
    const {container} = render(<OrganizationCard org={org('eg', {checked: {how: 'read', date: '2026-11-24', basis: 'press'}})} />);
    expect(container.querySelector('[data-checked="press"]')?.textContent).toBe(
      "From news reports only, read November 24, 2026. Not yet confirmed on the organization's own site.",
    );
  });

  it('shows the official name beside the name readers use, when they differ', () => {
    const {container} = render(<OrganizationCard org={org('eg', {name: 'National Council for Women', officialName: 'المجلس القومي للمرأة'})} />);
    expect(container.querySelector('h3')?.textContent).toBe('National Council for Women');
    expect(container.textContent).toContain('Official name: المجلس القومي للمرأة');
  });

  it('says beside a line when it is confirmed only in other languages', () => {
    const text = [{number: '88788', href: 'sms:88788', keyword: 'START', confirmedOnlyIn: ['inglés']}];
    const {container} = render(<OrganizationCard org={org('us-hotline', {text})} />);
    expect(container.querySelector('[data-confirmed-only-in]')?.textContent).toBe(' (confirmed only in inglés)');
  });

  it('writes numbers left to right even in Arabic text', () => {
    const {container} = render(<OrganizationCard org={org('eg', {phone: [{number: '15115', href: 'tel:15115'}]})} />);
    expect(container.querySelector('a[href="tel:15115"] bdi')?.getAttribute('dir')).toBe('ltr');
  });

  it("is named by its heading, the organization's name", () => {
    const {container} = render(<OrganizationCard org={org('eg', {name: 'National Council for Women'})} headingLevel={4} />);
    const card = container.querySelector('article')!;
    const name = document.getElementById(card.getAttribute('aria-labelledby')!);
    expect(name?.tagName).toBe('H4');
    expect(name?.textContent).toBe('National Council for Women');
  });

  it('shows no list of ways to reach an organization that publishes none', () => {
    const {container} = render(<OrganizationCard org={org('eg', {phone: [], text: []})} />);
    expect(container.querySelector('ul')).toBeNull();
    const withPhone = render(<OrganizationCard org={org('eg', {phone: [{number: '15115', href: 'tel:15115'}], text: []})} />);
    expect(withPhone.container.querySelectorAll('ul > li')).toHaveLength(1);
  });
});
