import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import ArticleMeta from './index';

describe('<ArticleMeta>', () => {
  afterEach(cleanup);

  it('says the steps come from help pages, read on a day, and were not tried on a device', () => {
    const {container} = render(<ArticleMeta lastReviewed="2026-12-03" stepsChecked={{how: 'help-pages', date: '2026-12-02'}} />);
    expect(container.textContent).toBe(
      "Last reviewed December 3, 2026Steps from the makers' own help pages, read December 2, 2026. Not yet tried on a device.",
    );
    expect(container.querySelector('[data-steps-checked]')!.getAttribute('data-steps-checked')).toBe('help-pages');
  });

  it('names the versions the help pages describe, when given', () => {
    const {container} = render(<ArticleMeta lastReviewed="2026-12-03" stepsChecked={{how: 'help-pages', date: '2026-12-03', versions: ['iOS 18']}} />);
    expect(container.textContent).toContain("Steps from the makers' own help pages for iOS 18, read December 3, 2026.");
  });

  it('says a device check only when there was one, with what the device ran', () => {
    const {container} = render(
      <ArticleMeta lastReviewed="2026-12-03" stepsChecked={{how: 'device', date: '2026-12-01', versions: ['iOS 18.6', 'Android 15']}} />,
    );
    expect(container.textContent).toContain('Steps tried on iOS 18.6, Android 15 on December 1, 2026');
    expect(container.textContent).not.toContain('help pages');
    expect(container.querySelector('time')!.getAttribute('datetime')).toBe('2026-12-03');
  });

  it('says each reading in plain words: the latest whole reading of each kind, and later changes read', () => {
    const reading = (kind: 'second-reading' | 'translation-review' | 'device-check', scope: 'whole' | 'changes', date: string) => ({
      kind,
      scope,
      date,
      covered: 'What it covered',
      hash: 'abcdefabcdef',
    });
    const {container} = render(
      <ArticleMeta
        lastReviewed="2026-12-03"
        stepsChecked={{how: 'help-pages', date: '2026-12-03'}}
        readings={[
          reading('second-reading', 'whole', '2026-11-01'),
          reading('second-reading', 'whole', '2026-12-03'),
          reading('second-reading', 'changes', '2026-12-07'),
          reading('translation-review', 'changes', '2026-12-01'),
        ]}
      />,
    );
    const said = [...container.querySelectorAll('[data-reading]')].map((span) => [span.getAttribute('data-reading'), span.textContent]);
    expect(said).toEqual([
      ['second-reading whole', 'Read again against its sources on December 3, 2026'],
      ['second-reading changes', 'Latest changes read against their sources on December 7, 2026'],
      ['translation-review changes', 'Latest changes to the translation read against the English on December 1, 2026'],
    ]);
  });

  it('shows no reading that was not done', () => {
    const {container} = render(<ArticleMeta lastReviewed="2026-12-03" stepsChecked={{how: 'help-pages', date: '2026-12-03'}} />);
    expect(container.querySelector('[data-reading]')).toBeNull();
    expect(container.textContent).not.toMatch(/advocate|followed on a device/);
  });
});
