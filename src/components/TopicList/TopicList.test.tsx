import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import TopicList from './index';

describe('<TopicList>', () => {
  afterEach(cleanup);

  it('lists every guide it is given, each group under its label as a heading, the first without one', () => {
    const {container} = render(
      <TopicList
        groups={[
          {guides: [{title: 'Plan', to: '/plan'}]},
          {
            label: 'What is happening',
            guides: [
              {title: 'Stalkerware', to: '/stalkerware'},
              {title: 'Accounts', to: '/accounts'},
            ],
          },
        ]}
      />,
    );
    expect([...container.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Plan', '/plan'],
      ['Stalkerware', '/stalkerware'],
      ['Accounts', '/accounts'],
    ]);
    expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['What is happening']);
    expect(container.querySelector('h2#all-guides')?.textContent).toBe('All guides');
  });
});
