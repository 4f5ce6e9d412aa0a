import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import Risk, {type RiskEntry} from './index';
import RiskNote from '../RiskNote';

const id = 'apple-find-my-stop-sharing';
const entry: RiskEntry = {
  notified: {
    answer: 'not-confirmed',
    text: 'We could not confirm whether they are told.',
    quote: {text: 'Exact words.', url: 'https://support.apple.com/x', lang: 'en'},
  },
  noticed: 'You drop off their map.',
  evidence: 'The list of who could see you.',
  undo: {answer: 'partly', text: 'They are told if you share again.'},
  first: 'Screenshot your People list.',
};

describe('<Risk>', () => {
  afterEach(cleanup);

  it.each([
    ['alert', 'May be noticed'],
    ['evidence', 'May destroy evidence'],
    ['data', 'May lose your data'],
  ] as const)('marks a step of kind %s as "%s", in words, not only a colour', (kind, label) => {
    const {container} = render(<Risk action={id} marks={JSON.stringify(['alert', 'evidence', 'data'])} />);
    const mark = container.querySelector(`[data-risk="${kind}"]`)!;
    expect(mark.textContent).toContain(label);
    expect(mark.tagName).toBe('STRONG');
  });

  it("shows the marks the dataset gives and links to the action's row", () => {
    const {container} = render(<Risk action={id} marks={JSON.stringify(['alert'])} />);
    expect([...container.querySelectorAll('[data-risk]')].map((mark) => mark.getAttribute('data-risk'))).toEqual(['alert']);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/who-gets-told#apple-find-my-stop-sharing');
  });

  it('refuses to render without its entry, naming the action', () => {
    expect(() => render(<Risk action="apple-wish" />)).toThrow('<Risk action="apple-wish"> has no marks');
  });
});

describe('<RiskNote>', () => {
  afterEach(cleanup);

  it('answers "will they be told?" in its summary, closed, with every fact and the vendor\'s words inside', () => {
    const {container} = render(<RiskNote action={id} entry={JSON.stringify(entry)} />);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toContain('We could not confirm');
    for (const fact of [entry.notified.text, entry.noticed, entry.evidence, entry.undo.text, entry.first]) expect(details.textContent).toContain(fact);
    const quote = details.querySelector('q')!;
    expect(quote.getAttribute('lang')).toBe('en');
    expect(quote.getAttribute('cite')).toBe('https://support.apple.com/x');
    expect(details.querySelector('a')?.getAttribute('href')).toBe('/who-gets-told#apple-find-my-stop-sharing');
  });
});
