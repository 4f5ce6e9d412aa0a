import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import Risk from './index';

describe('<Risk>', () => {
  afterEach(cleanup);

  it.each([
    ['alert', 'May be noticed'],
    ['evidence', 'May destroy evidence'],
    ['data', 'May lose your data'],
  ] as const)('marks a step of kind %s as "%s", in words, not only a colour', (kind, label) => {
    const {container} = render(<Risk kind={kind} />);
    const mark = container.querySelector(`[data-risk="${kind}"]`)!;
    expect(mark.textContent).toContain(label);
    expect(mark.tagName).toBe('STRONG');
  });
});
