import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import BackToTopButton from './index';

describe('the back-to-top button', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it.each([
    ['jumps to the top, without the theme animation, for a reader who asked for less motion', true, 'instant'],
    ["leaves the click to the theme's smooth scroll otherwise", false, 'smooth'],
  ])('%s', (_name, lessMotion, behavior) => {
    vi.stubGlobal('matchMedia', (query: string) => ({matches: lessMotion && query === '(prefers-reduced-motion: reduce)', media: query}));
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    render(<BackToTopButton />);
    fireEvent.click(screen.getByRole('button', {name: 'Scroll back to top'}));
    expect(scrollTo.mock.calls).toEqual([[{top: 0, behavior}]]);
  });
});
