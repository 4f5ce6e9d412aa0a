import {describe, expect, it} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import SearchNeedsJavaScript from './index';

// What the built page holds is the server's markup; a browser with scripts off shows what is inside <noscript>.
describe('<SearchNeedsJavaScript>', () => {
  const html = renderToStaticMarkup(<SearchNeedsJavaScript />);

  it('says why search cannot work, only to a reader whose scripts are off', () => {
    expect(html).toMatch(/^<noscript>.*<\/noscript>$/s);
    expect(html).toContain('Search needs JavaScript, which is off in this browser.');
  });

  it('links to where every guide and every hotline can still be reached', () => {
    expect(html).toContain('<a href="/">the home page</a>');
    expect(html).toContain('<a href="/get-help">Get help</a>');
  });
});
