/**
 * Lighthouse (from npm, v12: v13 needs Node 22) on Debian's Chromium, mobile emulation with simulated throttling
 * (its defaults). Chromium runs headless with an empty profile, the flags that keep it off the network, and a
 * host resolver that knows no host but 127.0.0.1, so no audit can reach the internet; every request the page made
 * to another origin is still listed in the result, and should be none.
 */
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Result} from 'lighthouse';
import {chromiumArgs, chromiumPath} from '../support/browser';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

/** Below these (out of 100) the result file lists the audits that cost points. */
export const targets: Record<Category, number> = {performance: 95, accessibility: 100, 'best-practices': 100, seo: 100};

export type LighthouseFigures = {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  /**
   * Lighthouse's measure of the host CPU (`benchmarkIndex`, the median run's). Its 4x slowdown is meant for a
   * high-end desktop (about 1500 to 2000); on a slower host the same 4x stands for a slower phone.
   */
  benchmarkIndex: number;
  /** Categories under their target, with the ids of the audits that lost points. */
  belowTarget: {category: Category; score: number; audits: string[]}[];
  /** Requests to any origin but the site's: expected empty. */
  outsideRequests: string[];
  warnings: string[];
};

type DebuggableChromium = {port: number; close: () => Promise<void>};

/** Chromium with a DevTools port for Lighthouse to drive (Lighthouse opens and closes its own tabs). */
export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  const child = spawn(
    chromiumPath,
    [
      ...chromiumArgs,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      // Belt and braces: even a request nothing expects cannot leave the machine.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      'about:blank',
    ],
    // Its own process group, so that closing it stops its helper processes too, not just the browser.
    {stdio: ['ignore', 'ignore', 'pipe'], detached: true},
  );
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^/]+:(\d+)\//.exec(stderr);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening its DevTools port:\n${stderr.slice(-1000)}`)));
  });
  return {
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = once(child, 'exit');
        process.kill(-child.pid!, 'SIGTERM');
        await exited;
      }
      // A helper may still be finishing a write to the profile as the group exits: retry briefly.
      fs.rmSync(profile, {recursive: true, force: true, maxRetries: 10, retryDelay: 100});
    },
  };
}

/** The ids of the audits in a category that lost it points. */
function failingAudits(lhr: Result, category: Category): string[] {
  return lhr.categories[category]!.auditRefs.filter((ref) => {
    const score = lhr.audits[ref.id]?.score;
    if (score === null || score === undefined) return false; // manual, informative or not applicable
    if (category !== 'performance') return ref.weight > 0 && score < 1;
    // Performance: the weighted metrics not in the green, and the unweighted opportunities Lighthouse flags red.
    return ref.weight > 0 ? score < 0.9 : ref.group !== 'hidden' && score < 0.5;
  }).map((ref) => ref.id);
}

/**
 * Lighthouse `runs` times on one page, reporting the median run as Lighthouse itself picks it (the run closest to
 * the median first contentful paint and time to interactive). On a shared two-core machine one run's blocking time
 * can be half or twice the next one's, so a single run says little.
 */
export async function runLighthouse(chromium: DebuggableChromium, url: string, runs: number): Promise<LighthouseFigures> {
  // Lighthouse is an ES module; the scripts run as CommonJS.
  const {default: lighthouse} = await import('lighthouse');
  const {computeMedianRun} = await import('lighthouse/core/lib/median-run.js');
  const results: Result[] = [];
  for (let run = 0; run < runs; run += 1) {
    const runner = await lighthouse(url, {port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...categories]});
    if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
    const {lhr} = runner;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    results.push(lhr);
  }
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- lighthouse types computeMedianRun in a module TypeScript does not resolve here; it returns one of the results.
  const lhr: Result = computeMedianRun(results);
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const scores = Object.fromEntries(categories.map((category) => [category, score(category)])) as Record<Category, number>;
  const requests = lhr.audits['network-requests']?.details;
  const origin = new URL(url).origin;
  const outsideRequests = (requests?.type === 'table' ? requests.items : [])
    .map((item) => item.url)
    .filter((requested): requested is string => typeof requested === 'string' && !requested.startsWith(`${origin}/`) && !requested.startsWith('data:'));
  return {
    scores,
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    belowTarget: categories
      .filter((category) => scores[category] < targets[category])
      .map((category) => ({category, score: scores[category], audits: failingAudits(lhr, category)})),
    outsideRequests,
    warnings: lhr.runWarnings.map(String),
  };
}
