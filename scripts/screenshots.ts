/**
 * `npm run screenshots`: phone screenshots of the pages readers land on (home, a guide, /get-help, the agent hub),
 * in every locale, light and dark, for writers and reviewers to look at before a release. Uses the existing build
 * (`npm run build` first), Debian's Chromium emulating a phone, and no network beyond 127.0.0.1.
 *
 *   npm run screenshots                      # into screenshots/ (not committed)
 *   npm run screenshots -- --out=some/folder --width=320
 */
import fs from 'node:fs';
import path from 'node:path';
import {guardedContext, launchBrowser} from './support/browser';
import {serveBuild} from './support/server';
import {localePrefix, locales} from '../src/config/locales';

const pages = {home: '/', guide: '/stalkerware', 'get-help': '/get-help', agents: '/agents'} as const;
const modes = ['light', 'dark'] as const;

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

async function main() {
  const out = path.resolve(option('out', 'screenshots'));
  const width = Number(option('width', '390'));
  if (!Number.isInteger(width) || width < 280 || width > 1024) throw new Error(`--width=${option('width', '')}: give a phone width in CSS px, 280 to 1024`);
  fs.mkdirSync(out, {recursive: true});
  const server = await serveBuild();
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const mode of modes) {
      const {context} = await guardedContext(browser, server.origin, {
        viewport: {width, height: 844},
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        colorScheme: mode,
      });
      const page = await context.newPage();
      for (const locale of locales) {
        for (const [name, pathname] of Object.entries(pages)) {
          const prefixed = `${localePrefix(locale)}${pathname === '/' ? '/' : pathname}`;
          await page.goto(`${server.origin}${prefixed}`);
          await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
          const file = path.join(out, `${locale}-${name}-${mode}.png`);
          await page.screenshot({path: file, fullPage: true});
          written.push(path.relative(process.cwd(), file));
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `Wrote ${written.length} screenshots at ${width} px into ${path.relative(process.cwd(), out) || '.'}/:\n${written.map((f) => `  ${f}`).join('\n')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
