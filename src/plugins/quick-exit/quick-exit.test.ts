// The inline quick-exit script, run in jsdom with a stand-in `window` whose location.replace is recorded.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {quickExitLinkHtml, quickExitScript} from './index';
import {blankAfterMs, quickExitDestination} from '../../config/quickExit';
import {locales} from '../../config/locales';

type FakeWindow = {location: {replace: ReturnType<typeof vi.fn>}; addEventListener: Window['addEventListener']};

// Each test gets a fresh document, so listeners from one test never answer another's events.
let doc: Document;

function install(locale: (typeof locales)[number] = 'en') {
  doc = document.implementation.createHTMLDocument('Stalkerware and monitoring apps');
  doc.body.innerHTML = `${quickExitLinkHtml(locale)}<input id="search" />`;
  const listeners: Record<string, EventListener[]> = {};
  const fakeWindow: FakeWindow = {
    location: {replace: vi.fn()},
    addEventListener: ((type: string, listener: EventListener) => {
      (listeners[type] ??= []).push(listener);
    }) as Window['addEventListener'],
  };
  // The script reads the globals `window` and `document`; give it the stand-in window and jsdom's document.
  new Function('window', 'document', quickExitScript(locale))(fakeWindow, doc);
  return {fakeWindow, listeners};
}

function press(key: string, options: KeyboardEventInit = {}, target: EventTarget = doc.body) {
  target.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, ...options}));
  target.dispatchEvent(new KeyboardEvent('keyup', {key, bubbles: true, ...options}));
}

describe('the quick exit', () => {
  beforeEach(() => vi.useFakeTimers({toFake: ['Date', 'setTimeout']}));
  afterEach(() => vi.useRealTimers());

  it('is a real link to the neutral page, without a referrer, in every locale', () => {
    for (const locale of locales) {
      document.body.innerHTML = quickExitLinkHtml(locale);
      const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!;
      expect(link.getAttribute('href')).toBe(quickExitDestination[locale]);
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.textContent?.length).toBeGreaterThan(5);
    }
  });

  it('hides the page, sets a neutral title, then replaces the location on click', () => {
    const {fakeWindow} = install();
    const link = doc.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!;
    const click = new MouseEvent('click', {bubbles: true, cancelable: true});
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(doc.documentElement.style.visibility).toBe('hidden');
    expect(doc.title).toBe('Weather');
    expect(fakeWindow.location.replace).toHaveBeenCalledWith(quickExitDestination.en);
  });

  it('puts a blank page in place of this one if the neutral page has not loaded after a moment', () => {
    const {fakeWindow} = install();
    doc.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
    expect(fakeWindow.location.replace).toHaveBeenLastCalledWith(quickExitDestination.en);
    vi.advanceTimersByTime(blankAfterMs - 1);
    expect(fakeWindow.location.replace).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(fakeWindow.location.replace).toHaveBeenLastCalledWith('about:blank');
  });

  it('leaves on Shift pressed three times, and announces the count', () => {
    const {fakeWindow} = install();
    press('Shift');
    expect(doc.getElementById('quick-exit-status')?.textContent).toBe('Press Shift 2 more times to leave this site.');
    press('Shift');
    expect(fakeWindow.location.replace).not.toHaveBeenCalled();
    press('Shift');
    expect(fakeWindow.location.replace).toHaveBeenCalledWith(quickExitDestination.en);
  });

  it('works from inside the search box', () => {
    const {fakeWindow} = install();
    const input = doc.getElementById('search')!;
    press('Shift', {}, input);
    press('Shift', {}, input);
    press('Shift', {}, input);
    expect(fakeWindow.location.replace).toHaveBeenCalledTimes(1);
  });

  it('does not count Shift held to type capitals', () => {
    const {fakeWindow} = install();
    for (const letter of ['S', 'O', 'S']) {
      doc.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', bubbles: true}));
      doc.body.dispatchEvent(new KeyboardEvent('keydown', {key: letter, shiftKey: true, bubbles: true}));
      doc.body.dispatchEvent(new KeyboardEvent('keyup', {key: 'Shift', bubbles: true}));
    }
    expect(fakeWindow.location.replace).not.toHaveBeenCalled();
  });

  it('starts counting again after another key or a long pause', () => {
    const {fakeWindow} = install();
    press('Shift');
    press('Shift');
    press('a');
    press('Shift');
    expect(fakeWindow.location.replace).not.toHaveBeenCalled();
    press('Shift');
    vi.setSystemTime(Date.now() + 6000);
    press('Shift');
    expect(fakeWindow.location.replace).not.toHaveBeenCalled();
  });

  it('leaves again if the page comes back from the back-forward cache', () => {
    const {fakeWindow, listeners} = install();
    doc.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!.click();
    const pageshow = listeners.pageshow![0]!;
    pageshow(Object.assign(new Event('pageshow'), {persisted: true}));
    expect(fakeWindow.location.replace).toHaveBeenCalledTimes(2);
    expect(doc.documentElement.style.visibility).toBe('hidden');
  });
});
