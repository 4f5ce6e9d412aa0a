import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import Org from './index';
import {setPluginData} from '../../../tests/unit/support/useGlobalData';
import {directory} from '../../../tests/unit/support/fixtures';

setPluginData('organizations', {countries: directory});

describe('<Org>', () => {
  afterEach(cleanup);

  it('names the organization with a link that sends no referrer, and its number to tap', () => {
    const {container} = render(<Org id="es-016" />);
    expect(container.querySelector('a[href="https://es-016.example.org"]')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('a[href="tel:016"]')?.textContent).toBe('016');
  });
});
