import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser} from '../../scripts/support/browser';
import {startNginx, type NginxServer} from './support/nginx';
import {buildDir} from '../../scripts/support/server';
import {securityHeaders} from '../../src/security/policy';
import {locales} from '../../src/config/locales';

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

/** A `_headers` file as Netlify and Cloudflare Pages read it: each rule's path pattern (`*` matches anything). */
function parseHeadersFile(text: string): {matches: (address: string) => boolean; headers: [string, string][]}[] {
  const rules: {matches: (address: string) => boolean; headers: [string, string][]}[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      );
      rules.push({matches: (address) => pattern.test(address), headers: []});
      continue;
    }
    const [name, ...value] = line.trim().split(': ');
    rules.at(-1)?.headers.push([name!, value.join(': ')]);
  }
  return rules;
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

  it('nginx sends every security header a browser should receive, and no-store on every response in every locale', async () => {
    const page = await (await browser.newContext()).newPage();
    const pageAddresses = ['/', '/stalkerware', '/stalkerware.html', '/get-help', '/search/?q=phone', '/updates/atom.xml', '/sitemap.xml'];
    for (const locale of locales) {
      const prefix = locale === 'en' ? '' : `/${locale}`;
      const assets = fs.readdirSync(path.join(buildDir, prefix, 'assets/js')).filter((file) => file.endsWith('.js'));
      const css = fs.readdirSync(path.join(buildDir, prefix, 'assets/css')).find((file) => file.endsWith('.css'))!;
      const addresses = [
        ...pageAddresses.map((address) => `${prefix}${address}`),
        `${prefix}/search-index.json`,
        `${prefix}/assets/css/${css}`,
        // The main bundle and a content chunk: both hold words a reader read.
        ...assets.filter((file) => file.startsWith('main.')).map((file) => `${prefix}/assets/js/${file}`),
        `${prefix}/assets/js/${assets.find((file) => /^[0-9a-f]{8}\./.test(file))!}`,
      ];
      for (const address of addresses) {
        const response = (await page.goto(`${nginx.origin}${address}`))!;
        expect(response.status(), address).toBe(200);
        const headers = response.headers();
        for (const [name, value] of securityHeaders) expect(headers[name.toLowerCase()], `${address} ${name}`).toBe(value);
        expect(headers['cache-control'], address).toBe('no-store');
        expect(headers['content-security-policy'], address).toBe(headersFileCsp());
      }
    }
    const notFound = (await page.goto(`${nginx.origin}/es/nothing-here`))!;
    expect(notFound.headers()['cache-control']).toBe('no-store');
    // Compressed on the wire: a first visit on a slow phone plan weighs what bench/budgets.json says.
    const asset = fs.readdirSync(path.join(buildDir, 'assets/js')).find((file) => file.endsWith('.js'))!;
    expect((await page.goto(`${nginx.origin}/assets/js/${asset}`))!.headers()['content-encoding']).toBe('gzip');
    const css = fs.readdirSync(path.join(buildDir, 'assets/css')).find((file) => file.endsWith('.css'))!;
    expect((await page.goto(`${nginx.origin}/assets/css/${css}`))!.headers()['content-encoding']).toBe('gzip');
    expect((await page.goto(`${nginx.origin}/stalkerware`))!.headers()['content-encoding']).toBe('gzip');
  });

  it('_headers gives every address exactly one Cache-Control, no-store, as hosts that combine matching rules read it', () => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(buildDir, '_headers'), 'utf8'));
    const files = fs.readdirSync(buildDir, {recursive: true, encoding: 'utf8'}).filter((file) => fs.statSync(path.join(buildDir, file)).isFile());
    // Readers ask for /stalkerware, not /stalkerware.html; hosts match the address asked for.
    const addresses = files.flatMap((file) => {
      const address = `/${file}`;
      return address.endsWith('.html') ? [address, address.replace(/(index)?\.html$/, '')] : [address];
    });
    expect(addresses.length).toBeGreaterThan(200);
    for (const address of addresses) {
      const values = rules.filter((rule) => rule.matches(address)).flatMap((rule) => rule.headers.filter(([name]) => name.toLowerCase() === 'cache-control'));
      expect(
        values.map(([, value]) => value),
        address,
      ).toEqual(['no-store']);
    }
  });

  it("nginx answers in the reader's language when a page is not found, and keeps the quick exit", async () => {
    const page = await (await browser.newContext()).newPage();
    const response = (await page.goto(`${nginx.origin}/fr/nothing-here`))!;
    expect(response.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('a[data-quick-exit]').count()).toBe(1);
  });

  it('allows the inline scripts by a few hashes, not one per page: the header goes out with every response', () => {
    const scriptSources = directives(headersFileCsp())['script-src'] ?? [];
    // 'self'; in each locale the quick exit as the minifier left it in the rendered pages and as the static short link
    // pages carry it, and the colour-mode script; the page-scripts loader and the short links' redirect, each the
    // same on every page. Nothing grows with the number of guides or short links.
    const expected = 1 + locales.length * 3 + 2;
    expect(scriptSources.length, scriptSources.join(' ')).toBeLessThanOrEqual(expected);
  });

  it('the meta CSP of every page agrees with the headers: same rules, and its scripts are allowed by both', () => {
    const header = directives(headersFileCsp());
    const nginxConf = fs.readFileSync(path.join(buildDir, 'nginx-security-headers.conf'), 'utf8');
    // A long value is built from `set` variables (nginx refuses a parameter over 4,096 characters): put it back together.
    const variables = new Map([...nginxConf.matchAll(/^set \$(\w+) "([^"]*)";$/gm)].map((match) => [match[1]!, match[2]!]));
    const nginxCsp = /Content-Security-Policy "([^"]+)"/.exec(nginxConf)![1]!.replace(/\$(\w+)/g, (_, name: string) => variables.get(name)!);
    expect(directives(nginxCsp)).toEqual(header);
    expect(header['frame-ancestors']).toEqual(["'none'"]);
    const pages = fs.readdirSync(buildDir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.html'));
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
