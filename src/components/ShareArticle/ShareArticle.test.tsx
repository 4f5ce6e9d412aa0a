import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, waitFor} from '@testing-library/react';
import ShareArticle from './index';
import {setTestLocale} from '../../../tests/unit/support/useDocusaurusContext';
import {setTestIsBrowser} from '../../../tests/unit/support/useIsBrowser';

describe('<ShareArticle>', () => {
  afterEach(() => {
    cleanup();
    setTestLocale('en');
    setTestIsBrowser(true);
  });

  it('shows the short link as text before JavaScript runs; the buttons keep their place, marked not ready', () => {
    setTestIsBrowser(false);
    setTestLocale('fr');
    const {container} = render(<ShareArticle route="/stalkerware" />);
    expect(container.textContent).toContain('/fr/s/sw');
    expect(container.querySelectorAll('button')).toHaveLength(2);
    expect(container.querySelector('[data-ready]')).toBeNull();
  });

  it('marks the buttons ready once JavaScript runs', () => {
    const {container} = render(<ShareArticle route="/stalkerware" />);
    expect(container.querySelector('[data-ready] [data-copy="link"]')).not.toBeNull();
  });

  it("copies the short link in the reader's locale, then a neutral message with it", async () => {
    setTestLocale('es');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    const {container} = render(<ShareArticle route="/location-tracking" />);
    fireEvent.click(container.querySelector('[data-copy="link"]')!);
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/es/s/loc`));
    fireEvent.click(container.querySelector('[data-copy="message"]')!);
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith(`Here is the page we talked about: ${window.location.origin}/es/s/loc`));
    expect(container.querySelector('[role="status"]')?.textContent).toContain('copied');
  });

  it('uses the full address for a page without a short code', () => {
    const {container} = render(<ShareArticle route="/no-code-here" />);
    expect(container.textContent).toContain('/no-code-here');
  });
});
