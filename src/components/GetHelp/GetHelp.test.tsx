import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import GetHelp from './index';
import {setTestLocale} from '../../../tests/unit/support/useDocusaurusContext';
import {setPluginData} from '../../../tests/unit/support/useGlobalData';
import {directory} from '../../../tests/unit/support/fixtures';

setPluginData('organizations', {countries: directory});

describe('<GetHelp>', () => {
  afterEach(() => {
    cleanup();
    setTestLocale('en');
  });

  it('opens the reader\'s first country, with tap-to-call numbers, and always shows international help', () => {
    setTestLocale('es');
    const {container} = render(<GetHelp kinds={['hotline', 'tech-safety']} />);
    const countries = [...container.querySelectorAll('details[data-country]')];
    expect(countries.map((item) => item.getAttribute('data-country'))).toEqual(['ES', 'MX', 'US']);
    expect(countries.map((item) => (item as HTMLDetailsElement).open)).toEqual([true, false, false]);
    expect(container.querySelector('details[data-country="ES"] a[data-emergency]')?.getAttribute('href')).toBe('tel:112');
    expect(container.querySelector('[data-organization="es-016"] a[href="tel:016"]')).not.toBeNull();
    expect([...container.querySelectorAll('[data-country="international"] [data-organization]')].map((c) => c.getAttribute('data-organization'))).toEqual([
      'intl-tech',
    ]);
    expect(container.querySelector('a[href="/get-help"]')).not.toBeNull();
  });
});
