import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import GetHelp from './index';
import {directory} from '../../../tests/unit/support/fixtures';
import {supplied} from '../../../tests/unit/support/supplied';

describe('<GetHelp>', () => {
  afterEach(cleanup);

  it("opens the reader's first country, with tap-to-call numbers, and always shows international help", () => {
    const kinds = ['hotline', 'tech-safety'] as const;
    const {container} = render(<GetHelp kinds={[...kinds]} block={supplied('GetHelp', {kinds}, directory, 'es', 'block')} />);
    const countries = [...container.querySelectorAll('details[data-country]')];
    expect(countries.map((item) => item.getAttribute('data-country'))).toEqual(['ES', 'MX', 'US']);
    expect(countries.map((item) => (item as HTMLDetailsElement).open)).toEqual([true, false, false]);
    expect(container.querySelector('details[data-country="ES"] a[data-emergency]')?.getAttribute('href')).toBe('tel:112');
    expect(container.querySelector('details[data-country="ES"] [data-checked="official"]')?.textContent).toBe(
      'Number from official sites, read November 1, 2026.',
    );
    expect(container.querySelector('[data-organization="es-016"] a[href="tel:016"]')).not.toBeNull();
    expect([...container.querySelectorAll('[data-country="international"] [data-organization]')].map((c) => c.getAttribute('data-organization'))).toEqual([
      'intl-tech',
    ]);
    expect(container.querySelector('a[href="/get-help"]')).not.toBeNull();
  });

  it('keeps to what HTML allows: no paragraph inside a span, every card named by its heading', () => {
    const kinds = ['hotline', 'tech-safety'] as const;
    const {container} = render(<GetHelp kinds={[...kinds]} block={supplied('GetHelp', {kinds}, directory, 'es', 'block')} />);
    expect(container.querySelector('[data-checked]')).not.toBeNull();
    expect(container.querySelector('span p')).toBeNull();
    const cards = [...container.querySelectorAll('article[data-organization]')];
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.querySelector(':is(h3, h4)')?.id).toBe(card.getAttribute('aria-labelledby'));
    }
  });
});
