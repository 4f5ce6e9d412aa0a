import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import BackToTopButton from './index';

function preferLessMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({matches: reduce && query === '(prefers-reduced-motion: reduce)', media: query}));
}

describe('the back-to-top button', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('jumps to the top, without the theme animation, for a reader who asked for less motion', () => {
    preferLessMotion(true);
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    render(<BackToTopButton />);
    fireEvent.click(screen.getByRole('button', {name: 'Scroll back to top'}));
    expect(scrollTo.mock.calls).toEqual([[{top: 0, behavior: 'instant'}]]);
  });

  it("leaves the click to the theme's smooth scroll otherwise", () => {
    preferLessMotion(false);
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    render(<BackToTopButton />);
    fireEvent.click(screen.getByRole('button', {name: 'Scroll back to top'}));
    expect(scrollTo.mock.calls).toEqual([[{top: 0, behavior: 'smooth'}]]);
  });
});
