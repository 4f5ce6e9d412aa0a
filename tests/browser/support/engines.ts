/**
 * The two other engines our readers use, from Debian's packages, driven over WebDriver (never a downloaded browser):
 * - Firefox ESR over WebDriver BiDi, which Firefox speaks itself, with puppeteer-core as the client;
 * - WebKit (every iPhone browser's engine) as WebKitGTK's MiniBrowser, over classic WebDriver through
 *   WebKitWebDriver, with WebdriverIO's `webdriver` client, under a private Xvfb display.
 * Both start with an empty profile. Firefox keeps off the network: every request for another host is recorded and
 * answered by a local stub, never sent. WebKitGTK's driver takes no proxy for https and refuses one in its own
 * environment, so in WebKit the tests see what a page asked for through the page itself (resource timing).
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import type {AddressInfo} from 'node:net';
import puppeteer, {type Browser as FirefoxBrowser, type Page as FirefoxPage} from 'puppeteer-core';
import WebDriver, {type Client} from 'webdriver';

type SessionOptions = Parameters<typeof WebDriver.newSession>[0];

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const stubPage = '<!doctype html><title>Neutral page</title><p>Neutral page</p>';

export type Firefox = {browser: FirefoxBrowser; page: FirefoxPage; outside: {url: string; referer: string | undefined}[]; close(): Promise<void>};

/**
 * Firefox with the meta viewport honoured, as on a phone. Headless Firefox keeps its window at least 500 CSS px
 * wide, and here a second browsing context or a viewport change closes the connection, so each caller gets one
 * browser with one page.
 */
export async function launchFirefox(origin: string, width: number): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    args: [`--width=${width}`, '--height=800'],
    extraPrefsFirefox: {
      'dom.meta-viewport.enabled': true,
      // Keep off the network: no captive-portal probe, no connectivity check, no remote settings or experiments.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'services.settings.server': 'data:,',
      'messaging-system.rsexperimentloader.enabled': false,
      'app.normandy.enabled': false,
      'browser.region.network.url': '',
    },
  });
  const [page] = await browser.pages();
  if (!page) throw new Error('Firefox started without a page');
  const outside: Firefox['outside'] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    // A request can be gone by the time it is answered (a page left mid-load); that is not a failure.
    if (url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:') || url.startsWith('about:')) {
      request.continue().catch(() => undefined);
      return;
    }
    outside.push({url, referer: request.headers()['referer']});
    request.respond({status: 200, contentType: 'text/html', body: stubPage}).catch(() => undefined);
  });
  return {browser, page, outside, close: () => browser.close()};
}

export type WebKit = {client: Client; close(): Promise<void>};

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function stop(child: ChildProcess) {
  if (child.exitCode === null) child.kill('SIGTERM');
}

/**
 * MiniBrowser under its own Xvfb display, through WebKitWebDriver. Its window keeps a minimum width (447 CSS px
 * here) and it does not emulate a phone's viewport; callers measure the width they got.
 */
export async function launchWebKit(): Promise<WebKit> {
  for (const file of [webkitDriverPath, miniBrowserPath, '/usr/bin/Xvfb']) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`bash scripts/install-browsers.sh\``);
  }
  const display = `:${90 + Math.floor(Math.random() * 800)}`;
  const xvfb = spawn('/usr/bin/Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {stdio: 'ignore'});
  const driverPort = await freePort();
  const driver = spawn(webkitDriverPath, [`--port=${driverPort}`], {stdio: 'ignore', env: {...process.env, DISPLAY: display}});
  const cleanUp = () => {
    stop(driver);
    stop(xvfb);
  };
  try {
    let client: Client | undefined;
    for (let attempt = 0; !client; attempt += 1) {
      try {
        const options: SessionOptions = {
          hostname: '127.0.0.1',
          port: driverPort,
          logLevel: 'silent',
          connectionRetryCount: 0,
          capabilities: {
            // WebKitGTK speaks classic WebDriver only; WebdriverIO would otherwise ask for BiDi and be refused.
            'wdio:enforceWebDriverClassic': true,
            'webkitgtk:browserOptions': {binary: miniBrowserPath, args: ['--automation']},
            // WebdriverIO's types list the vendor options of the browsers it knows; WebKitGTK's are not among them.
          } as SessionOptions['capabilities'],
        };
        client = await WebDriver.newSession(options);
      } catch (error) {
        // The display and the driver take a moment to start listening.
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    const session = client;
    return {
      client: session,
      async close() {
        await session.deleteSession().catch(() => undefined);
        cleanUp();
      },
    };
  } catch (error) {
    cleanUp();
    throw error;
  }
}
