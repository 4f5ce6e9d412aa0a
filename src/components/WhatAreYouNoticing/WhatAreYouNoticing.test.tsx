import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import WhatAreYouNoticing from './index';

describe('<WhatAreYouNoticing>', () => {
  afterEach(cleanup);

  it("offers a sign for each topic in the reader's words, each a plain link to its guide", () => {
    const {container} = render(<WhatAreYouNoticing />);
    const links = [...container.querySelectorAll('a[data-sign]')].map((a) => [a.getAttribute('data-sign'), a.getAttribute('href')]);
    expect(links).toEqual([
      ['location', '/location-tracking'],
      ['messages', '/is-someone-monitoring-me'],
      ['accounts', '/account-hijacking'],
      ['phone', '/stalkerware'],
      ['tracker', '/location-tracking#trackers'],
      ['social', '/social-media'],
      ['harassment', '/harassment'],
      ['images', '/image-abuse'],
      ['home', '/smart-home'],
      ['children', '/children'],
      ['car', '/cars'],
      ['computer', '/computers'],
      ['money', '/money'],
    ]);
    expect(container.textContent).toContain('They know where I go');
  });
});
