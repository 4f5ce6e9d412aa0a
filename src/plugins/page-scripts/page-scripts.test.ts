// The page rewrite, and the loader it writes run in jsdom with stand-ins for the browser's paint timing and frames.
import {describe, expect, it, vi} from 'vitest';
import {loadScriptsAfterFirstPaint} from './index';

// The end of a page as Docusaurus's minifier writes it.
const builtPage =
  '<!doctype html><html lang=en><head><meta charset=UTF-8><title>Stalkerware</title>' +
  '<link rel=stylesheet href=/assets/css/styles.css>' +
  '<script src=/assets/js/runtime~main.1.js defer></script><script src=/assets/js/main.2.js defer></script>' +
  '</head><body><a data-quick-exit href=https://example.org>Quick exit</a><div id=__docusaurus><p>Text</p></div></body></html>';

const guide = {file: 'build/stalkerware.html', pathname: '/stalkerware'};

/** The loader a rewritten page ends with: its `data-scripts` list (as the browser reads it) and its code. */
function loaderOf(html: string): {scripts: string; code: string} {
  const [, scripts = '', code = ''] = /<script data-scripts="([^"]*)">([\s\S]*?)<\/script><\/body>/.exec(html) ?? [];
  return {scripts: scripts.replace(/&quot;/g, '"').replace(/&amp;/g, '&'), code};
}

type Observer = {callback: (entries: unknown, observer: {disconnect: () => void}) => void; options?: unknown; disconnect: ReturnType<typeof vi.fn<() => void>>};

/** Runs the page's loader against a fresh document, with the browser features it may use stubbed or left out. */
function runLoader({hidden = false, paintTiming = true} = {}) {
  const doc = document.implementation.createHTMLDocument('Stalkerware');
  Object.defineProperty(doc, 'visibilityState', {value: hidden ? 'hidden' : 'visible'});
  const observers: Observer[] = [];
  class FakePerformanceObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    private record: Observer;
    constructor(callback: Observer['callback']) {
      this.record = {callback, disconnect: vi.fn<() => void>()};
      observers.push(this.record);
    }
    observe(options: unknown) {
      this.record.options = options;
    }
  }
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const fakeWindow = {PerformanceObserver: paintTiming ? FakePerformanceObserver : undefined};
  const loader = loaderOf(loadScriptsAfterFirstPaint(builtPage, guide, []));
  // The script reads its list from its own element, as in the page.
  const element = doc.createElement('script');
  element.setAttribute('data-scripts', loader.scripts);
  Object.defineProperty(doc, 'currentScript', {value: element});
  new Function('window', 'document', 'PerformanceObserver', 'requestAnimationFrame', 'setTimeout', loader.code)(
    fakeWindow,
    doc,
    fakeWindow.PerformanceObserver,
    (frame: () => void) => frames.push(frame),
    (task: () => void) => tasks.push(task),
  );
  const requested = () => [...doc.head.querySelectorAll('script')].map((script) => ({src: script.getAttribute('src'), async: script.async}));
  return {observers, frames, tasks, requested};
}

const inOrder = [
  {src: '/assets/js/runtime~main.1.js', async: false},
  {src: '/assets/js/main.2.js', async: false},
];

describe('scripts after the first paint', () => {
  it('takes the scripts out of the head and lists them, in order, in one loader at the end of the body', () => {
    const html = loadScriptsAfterFirstPaint(builtPage, guide, ['/assets/js/guide.3.js', '/assets/js/shared.4.js']);
    expect(html).not.toMatch(/defer/);
    expect(html).toContain('<link rel=stylesheet href=/assets/css/styles.css>');
    expect(html).toContain('<a data-quick-exit href=https://example.org>Quick exit</a>');
    // The runtime first and the main bundle last, with the route's chunks between: all in place when the bundle starts.
    expect(loaderOf(html).scripts).toBe('/assets/js/runtime~main.1.js /assets/js/guide.3.js /assets/js/shared.4.js /assets/js/main.2.js');
    expect(html).toMatch(/<\/script><\/body><\/html>$/);
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });

  it('writes the same inline script into every page, so that one CSP hash allows it everywhere', () => {
    const guidePage = loaderOf(loadScriptsAfterFirstPaint(builtPage, guide, ['/assets/js/guide.3.js']));
    const otherPage = loaderOf(loadScriptsAfterFirstPaint(builtPage.replace(/main\.2/g, 'main.9'), {file: 'build/es/index.html', pathname: '/es/'}, []));
    expect(guidePage.scripts).not.toBe(otherPage.scripts);
    expect(guidePage.code).toBe(otherPage.code);
  });

  it('writes each URL so that it stays one attribute value and one item of the list', () => {
    const html = loadScriptsAfterFirstPaint(builtPage, guide, ['/assets/js/a b.js', '/assets/js/c"&d.js']);
    expect(loaderOf(html).scripts.split(' ')).toEqual(['/assets/js/runtime~main.1.js', '/assets/js/a%20b.js', '/assets/js/c"&d.js', '/assets/js/main.2.js']);
  });

  it('names the page and what is missing when a page is not as Docusaurus writes it', () => {
    expect(() => loadScriptsAfterFirstPaint(builtPage.replace(/ defer/g, ''), {file: 'build/es/get-help.html', pathname: '/es/get-help'}, [])).toThrow(
      /page-scripts: build\/es\/get-help\.html does not have Docusaurus's <script src=… defer><\/script> tags/,
    );
    expect(() => loadScriptsAfterFirstPaint(builtPage.replace('</body>', ''), {file: 'build/fr/index.html', pathname: '/fr/'}, [])).toThrow(
      /page-scripts: build\/fr\/index\.html has no <\/body>/,
    );
  });

  it('asks for nothing until the browser reports the first paint, then for every script in order', () => {
    const {observers, frames, tasks, requested} = runLoader();
    expect(observers).toHaveLength(1);
    expect(observers[0]!.options).toEqual({type: 'paint', buffered: true});
    expect(frames.length + tasks.length).toBe(0);
    expect(requested()).toEqual([]);
    observers[0]!.callback([], {disconnect: observers[0]!.disconnect});
    expect(requested()).toEqual(inOrder);
    expect(observers[0]!.disconnect).toHaveBeenCalled();
  });

  it('without paint timing, waits for a frame and the task after it', () => {
    const {observers, frames, tasks, requested} = runLoader({paintTiming: false});
    expect(observers).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(requested()).toEqual([]);
    expect(tasks).toHaveLength(1);
    tasks[0]!();
    expect(requested()).toEqual(inOrder);
  });

  it('in a hidden tab, which paints nothing until shown, asks at once', () => {
    const {observers, frames, requested} = runLoader({hidden: true});
    expect(requested()).toEqual(inOrder);
    expect(observers.length + frames.length).toBe(0);
  });
});
