import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import type {ReadingStatus, TranslationStatus as Status} from '@site/src/content/project';
import TranslationStatus from './index';

const guide = {source: 'docs/stalkerware.mdx', title: 'Stalkerware', route: '/stalkerware'};
const reading = (kind: 'second-reading' | 'translation-review', date: string) => ({
  kind,
  date,
  scope: 'whole' as const,
  covered: 'The whole guide',
  hash: 'abcdefabcdef',
});

describe('<TranslationStatus>', () => {
  afterEach(cleanup);

  it("shows each page by locale, and each guide's readings with what needs reading next", () => {
    const statuses: Status[] = [
      {...guide, kind: 'article', locale: 'es', state: 'up-to-date'},
      {...guide, kind: 'article', locale: 'fr', state: 'outdated'},
    ];
    const readings: ReadingStatus[] = [
      {
        ...guide,
        locale: 'en',
        readings: [reading('second-reading', '2026-12-03'), reading('second-reading', '2026-12-07')],
        untranslated: false,
        changedSince: false,
      },
      {...guide, locale: 'es', readings: [reading('translation-review', '2026-12-03')], untranslated: false, changedSince: true},
      {...guide, locale: 'fr', readings: [], untranslated: false, changedSince: false},
    ];
    const {container} = render(<TranslationStatus statuses={statuses} readings={readings} />);
    expect([...container.querySelectorAll('[data-state]')].map((cell) => cell.getAttribute('data-state'))).toEqual(['up-to-date', 'outdated']);
    expect([...container.querySelectorAll('[data-readings]')].map((cell) => cell.getAttribute('data-readings'))).toEqual(['current', 'changed', 'none']);
    const english = container.querySelector('[data-readings="current"]')!;
    expect([...english.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Second reading (whole text), 2026-12-07: The whole guide',
      'Second reading (whole text), 2026-12-03: The whole guide',
    ]);
    expect(container.querySelector('[data-readings="changed"]')!.textContent).toContain('Changed since the last reading');
  });
});
