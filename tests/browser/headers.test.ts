import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser} from './support/browser';
import {startNginx, type NginxServer} from './support/nginx';
import {buildDir} from './support/server';
import {securityHeaders} from '../../src/security/policy';
import {locales} from '../../src/config/locales';
import {shortLinks} from '../../src/config/shortLinks';

/** `default-src 'self'; script-src 'self' 'sha256-…'` → {'default-src': ["'self'"], ...} */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values.sort()]),
  );
}

function headersFileCsp(): string {
  return /Content-Security-Policy: (.+)/.exec(fs.readFileSync(path.join(buildDir, '_headers'), 'utf8'))![1]!;
}

describe('the shipped host configs', () => {
  let nginx: NginxServer;
  let browser: Browser;
  beforeAll(async () => {
    nginx = await startNginx();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
  });

  it('nginx sends every security header a browser should receive, and no-store on pages', async () => {
    const page = await (await browser.newContext()).newPage();
    for (const pathname of ['/', '/stalkerware', '/es/stalkerware', '/ar/get-help', '/search/?q=phone', '/es/search/?q=tel']) {
      const response = (await page.goto(`${nginx.origin}${pathname}`))!;
      expect(response.status(), pathname).toBe(200);
      const headers = response.headers();
      for (const [name, value] of securityHeaders) expect(headers[name.toLowerCase()], `${pathname} ${name}`).toBe(value);
      expect(headers['cache-control'], pathname).toBe('no-store');
      expect(headers['content-security-policy'], pathname).toBe(headersFileCsp());
    }
    const asset = fs.readdirSync(path.join(buildDir, 'assets/js')).find((file) => file.endsWith('.js'))!;
    const assetResponse = (await page.goto(`${nginx.origin}/assets/js/${asset}`))!;
    expect(assetResponse.headers()['cache-control']).toContain('immutable');
    expect(assetResponse.headers()['x-content-type-options']).toBe('nosniff');
    // Compressed on the wire: a first visit on a slow phone plan weighs what bench/budgets.json says.
    expect(assetResponse.headers()['content-encoding']).toBe('gzip');
    const css = fs.readdirSync(path.join(buildDir, 'assets/css')).find((file) => file.endsWith('.css'))!;
    expect((await page.goto(`${nginx.origin}/assets/css/${css}`))!.headers()['content-encoding']).toBe('gzip');
    expect((await page.goto(`${nginx.origin}/stalkerware`))!.headers()['content-encoding']).toBe('gzip');
  });

  it('nginx answers in the reader\'s language when a page is not found, and keeps the quick exit', async () => {
    const page = await (await browser.newContext()).newPage();
    const response = (await page.goto(`${nginx.origin}/fr/nothing-here`))!;
    expect(response.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('a[data-quick-exit]').count()).toBe(1);
  });

  it('allows the inline scripts by a few hashes, not one per page: the header goes out with every response', () => {
    const scriptSources = directives(headersFileCsp())['script-src'] ?? [];
    // 'self'; in each locale the quick exit, the colour-mode script and each short link's redirect; and the
    // page-scripts loader, the same on every page.
    const expected = 1 + locales.length * (2 + Object.keys(shortLinks).length) + 1;
    expect(scriptSources.length, scriptSources.join(' ')).toBeLessThanOrEqual(expected);
  });

  it('the meta CSP of every page agrees with the headers: same rules, and its scripts are allowed by both', () => {
    const header = directives(headersFileCsp());
    const nginxConf = fs.readFileSync(path.join(buildDir, 'nginx-security-headers.conf'), 'utf8');
    expect(directives(/Content-Security-Policy "([^"]+)"/.exec(nginxConf)![1]!)).toEqual(header);
    expect(header['frame-ancestors']).toEqual(["'none'"]);
    const pages = (fs.readdirSync(buildDir, {recursive: true, encoding: 'utf8'}) as string[]).filter((file) => file.endsWith('.html'));
    for (const file of pages) {
      const html = fs.readFileSync(path.join(buildDir, file), 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
      expect(meta, file).not.toBeNull();
      const page = directives(meta![1]!);
      const {'script-src': pageScripts, ...pageRest} = page;
      const {'script-src': headerScripts, 'frame-ancestors': _frameAncestors, ...headerRest} = header;
      expect(pageRest, file).toEqual(headerRest);
      for (const source of pageScripts ?? []) expect(headerScripts, `${file} ${source}`).toContain(source);
      expect(pageScripts, file).not.toContain("'unsafe-inline'");
    }
  });
});
