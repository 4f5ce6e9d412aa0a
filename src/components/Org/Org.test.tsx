import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import Org from './index';
import {directory} from '../../../tests/unit/support/fixtures';
import {supplied} from '../../../tests/unit/support/supplied';

const mention = (id: string) => supplied('Org', {id}, directory, 'en', 'org');

describe('<Org>', () => {
  afterEach(cleanup);

  it('names the organization with a link that sends no referrer, and its number to tap', () => {
    const {container} = render(<Org id="es-016" org={mention('es-016')} />);
    expect(container.querySelector('a[href="https://es-016.example.org"]')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('a[href="tel:016"]')?.textContent).toBe('016');
  });

  it('shows nothing for an id the directory does not have (the content check names it)', () => {
    expect(mention('nobody')).toBeUndefined();
    const {container} = render(<Org id="nobody" org={mention('nobody')} />);
    expect(container.innerHTML).toBe('');
  });
});
