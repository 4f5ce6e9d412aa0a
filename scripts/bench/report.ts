/** The shape of bench/results.json, and bench/results.md made from it: ours beside stock, with the ratio. */
import type {Locale} from '../../src/config/locales';
import type {FirstLoad} from '../support/first-load';
import type {SecondVisit} from './second-visit';
import {categories, targets, type Category, type LighthouseFigures} from './lighthouse';
import type {ScaleFigures} from './scale';

export const pageKinds = ['home', 'article', 'get-help'] as const;
export type PageKind = (typeof pageKinds)[number];

type PageFigures = FirstLoad & {
  locale: Locale;
  page: PageKind;
  path: string;
  /** Requests the page made to other hosts (answered by a local stub, never sent): expected empty. */
  outsideRequests: string[];
  /** The same page opened again in a new tab: what came over the wire, and what the browser's cache answered. */
  secondVisit?: SecondVisit;
  lighthouse?: LighthouseFigures;
};

export type SiteFigures = {
  /** The origin the build's canonical and hreflang URLs point at. */
  siteUrl: string;
  build: {seconds: number; peakMiB: number} | null;
  pages: PageFigures[];
  latency: {locale: Locale; quickExitHiddenMs: number | null; quickExitNavigationMs: number | null; searchMs: number}[];
};

export type BenchResults = {
  date: string;
  machine: string;
  options: {build: boolean; stock: boolean; lighthouse: boolean; lighthouseRuns: number};
  ours: SiteFigures;
  stock: SiteFigures | null;
  scale: ScaleFigures | null;
  /** When the second-visit figures were measured, if not with the rest (`--only-second-visit`). */
  secondVisitDate?: string;
};

const categoryNames: Record<Category, string> = {performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO'};

/** `207.1 (stock 60.2, 3.44×)`: our figure, the stock one and ours/stock. */
function cell(ours: number | null | undefined, stock: number | null | undefined, format: (value: number) => string): string {
  if (ours === null || ours === undefined || Number.isNaN(ours)) return '–';
  if (stock === null || stock === undefined || Number.isNaN(stock)) return format(ours);
  const ratio = stock === 0 ? '–' : `${(ours / stock).toFixed(2)}×`;
  return `${format(ours)} (stock ${format(stock)}, ${ratio})`;
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const plain = (value: number) => String(value);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/**
 * Lighthouse's CPU slowdown is relative to the host, so its scores only compare across machines alongside the host's
 * benchmark index (see Lighthouse's docs/throttling.md for the device classes).
 */
function benchmarkNote(pages: PageFigures[]): string {
  const indexes = pages.flatMap((row) => (row.lighthouse ? [row.lighthouse.benchmarkIndex] : []));
  const low = Math.min(...indexes);
  const high = Math.max(...indexes);
  return (
    `Lighthouse rated this machine's CPU ${low === high ? low : `${low}–${high}`} (its benchmark index). Its fixed 4× slowdown ` +
    'is meant to turn a high-end desktop (1500–2000) into a mid-tier phone; on a slower host the same 4× stands for a ' +
    'slower phone, and performance scores and blocking times come out worse for both sites.'
  );
}

export function markdownReport(results: BenchResults, runs: number): string {
  const {ours, stock} = results;
  const stockPage = (row: PageFigures) => stock?.pages.find((other) => other.locale === row.locale && other.page === row.page);
  const stockLatency = (locale: Locale) => stock?.latency.find((other) => other.locale === locale);
  const lines: string[] = [
    `Measured ${results.date} on ${results.machine}. Each site is served from 127.0.0.1 with text gzip-compressed, as static hosts do.`,
    ours.build
      ? `Our site was built afresh (all locales, no persistent cache) with its canonical URLs pointing at the origin it was served from.`
      : `Our site is the existing build/ (\`--no-build\`), whose canonical URLs point at ${ours.siteUrl}.`,
  ];
  if (stock) {
    lines.push(
      `"Stock" is Docusaurus's classic TypeScript scaffold (create-docusaurus at the version of @docusaurus/core) with the same locales and search plugin, built and measured the same way; its pages: ${stock.pages
        .filter((row) => row.locale === 'en')
        .map((row) => row.path)
        .join(', ')}. Cells read: ours (stock, ours/stock).`,
    );
  }
  lines.push('', '### Build', '', '| | Time (s) | Peak memory (MiB) |', '| --- | ---: | ---: |');
  lines.push(
    `| All locales | ${cell(ours.build?.seconds, stock?.build?.seconds, (value) => value.toFixed(1))} | ${cell(ours.build?.peakMiB, stock?.build?.peakMiB, plain)} |`,
  );

  lines.push(
    '',
    '### First load',
    '',
    '| Locale | Page | JS (KiB gzip) | CSS (KiB gzip) | Requests | Prefetches |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  );
  for (const row of ours.pages) {
    const other = stockPage(row);
    lines.push(
      `| ${row.locale} | ${row.page} | ${cell(row.jsGzip, other?.jsGzip, kib)} | ${cell(row.cssGzip, other?.cssGzip, kib)} | ${cell(row.requests, other?.requests, plain)} | ${cell(row.prefetches, other?.prefetches, plain)} |`,
    );
  }
  const outside = [...ours.pages, ...(stock?.pages ?? [])].flatMap((row) => [...row.outsideRequests, ...(row.lighthouse?.outsideRequests ?? [])]);
  lines.push(
    '',
    'Counted once the page has hydrated and the network has been quiet for a second. Prefetches are the distinct files fetched ahead for pages a reader might open next; how many start in that time varies.',
  );
  lines.push(
    '',
    outside.length === 0
      ? 'No page made a request to another host.'
      : `Requests to other hosts (stubbed or unresolvable, never sent): ${[...new Set(outside)].join(', ')}`,
  );

  if (ours.pages.some((row) => row.secondVisit)) {
    lines.push(
      '',
      '### Second visit',
      '',
      "| Locale | Page | Over the wire (KiB) | Requests | Answered by the browser's cache |",
      '| --- | --- | ---: | ---: | ---: |',
    );
    for (const row of ours.pages) {
      const other = stockPage(row)?.secondVisit;
      const visit = row.secondVisit;
      if (!visit) continue;
      lines.push(
        `| ${row.locale} | ${row.page} | ${cell(visit.wireBytes, other?.wireBytes, kib)} | ${cell(visit.requests, other?.requests, plain)} | ${cell(visit.fromCache, other?.fromCache, plain)} |`,
      );
    }
    lines.push(
      '',
      `Measured ${results.secondVisitDate ?? results.date}. The same page opened again in a new tab of the same browser. Ours sends \`Cache-Control: no-store\` with every response, as every shipped host config does, so nothing a reader read stays on the device: a second visit downloads the page and its scripts again. Stock is served as a typical static host serves it (hashed assets cached for a year, the rest revalidated).`,
    );
  }

  if (ours.pages.some((row) => row.lighthouse)) {
    lines.push(
      '',
      '### Lighthouse (mobile, simulated throttling)',
      '',
      `Each page's median of ${results.options.lighthouseRuns} runs, as Lighthouse picks it (closest to the median first paint and time to interactive). ${benchmarkNote(ours.pages)}`,
      '',
      `| Locale | Page | ${categories.map((category) => categoryNames[category]).join(' | ')} | LCP (s) | TBT (ms) |`,
      `| --- | --- | ${categories.map(() => '---:').join(' | ')} | ---: | ---: |`,
    );
    for (const row of ours.pages) {
      const mine = row.lighthouse;
      const theirs = stockPage(row)?.lighthouse;
      const scores = categories.map((category) => cell(mine?.scores[category], theirs?.scores[category], plain));
      lines.push(
        `| ${row.locale} | ${row.page} | ${scores.join(' | ')} | ${cell(mine?.lcpMs, theirs?.lcpMs, seconds)} | ${cell(mine?.tbtMs, theirs?.tbtMs, plain)} |`,
      );
    }
    const below = ours.pages.filter((row) => row.lighthouse?.belowTarget.length);
    lines.push(
      '',
      `Below target (performance ${targets.performance}, the others ${targets.accessibility}), with the audits that cost points:`,
      '',
      ...(below.length === 0
        ? ['- none']
        : below.map(
            (row) =>
              `- ${row.locale} ${row.page} (${row.path}): ${row.lighthouse!.belowTarget.map((entry) => `${categoryNames[entry.category]} ${entry.score}: ${entry.audits.map((id) => `\`${id}\``).join(', ')}`).join('; ')}`,
          )),
    );
  }

  lines.push(
    '',
    '### Quick exit and search',
    '',
    '| Locale | Quick exit: tap → hidden (ms) | tap → navigation (ms) | Search: typing → results (ms) |',
    '| --- | ---: | ---: | ---: |',
    ...ours.latency.map(
      (row) =>
        `| ${row.locale} | ${cell(row.quickExitHiddenMs, null, plain)} | ${cell(row.quickExitNavigationMs, null, plain)} | ${cell(row.searchMs, stockLatency(row.locale)?.searchMs, plain)} |`,
    ),
    '',
    `Medians of ${runs} runs in headless Chromium on this machine${stock ? ' (stock has no quick exit)' : ''}.`,
  );

  if (results.scale) lines.push('', ...scaleReport(results.scale));
  return `${lines.join('\n')}\n`;
}

/** The curves: ours beside stock at each size, then what each local plugin took. */
function scaleReport(scale: ScaleFigures): string[] {
  const sizes = scale.points.map((point) => point.articles);
  const lines = [
    '### At scale: ours beside stock with the same guides',
    '',
    `Measured ${scale.date} on ${scale.machine}. At each size, the same synthetic guides (scripts/bench/synthetic.ts) in ` +
      `each of the ${scale.locales} locales, built into a copy of our site (real config, every plugin and content rule) and ` +
      'into the stock scaffold as plain Markdown with the same words (the risk notes and Get help blocks our guides show, ' +
      'taken from our built pages: scripts/bench/guide-extras.ts), each afresh with no persistent cache. Cells read: ours ' +
      '(stock, ours/stock). A guide page: the first synthetic guide in English as built, and the words a reader sees in it.',
    '',
    '| Guides per locale | Build (s) | Peak memory (MiB) | A guide page (KiB) | Words on it |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...scale.points.map(
      ({articles, ours, stock}) =>
        `| ${articles} | ${cell(ours.buildSeconds, stock.buildSeconds, (value) => value.toFixed(1))} | ${cell(ours.peakMiB, stock.peakMiB, plain)} | ` +
        `${cell(ours.guidePage.kib, stock.guidePage.kib, plain)} | ${cell(ours.guidePage.words, stock.guidePage.words, plain)} |`,
    ),
    '',
    '| Guides per locale | Locale | Search index (KiB gzip) | First search (ms) | Later search (ms) |',
    '| ---: | --- | ---: | ---: | ---: |',
    ...scale.points.flatMap(({articles, ours, stock}) =>
      (Object.keys(ours.firstSearchMs) as Locale[]).map(
        (locale) =>
          `| ${articles} | ${locale} | ${cell(ours.index[locale].gzipKib, stock.index[locale].gzipKib, plain)} | ` +
          `${cell(ours.firstSearchMs[locale], stock.firstSearchMs[locale], plain)} | ${cell(ours.laterSearchMs[locale], stock.laterSearchMs[locale], plain)} |`,
      ),
    ),
    '',
    `Search: medians of ${scale.searchRuns} fresh visits to the first synthetic guide in headless Chromium, from typing a ` +
      'word to its results; the first with the index not yet loaded, the later one a second word in the same box.',
  ];
  const plugins = [...new Set(scale.points.flatMap((point) => Object.keys(point.ours.pluginMs ?? {})))].sort();
  if (plugins.length === 0) return lines;
  const perGuide = (ms: number | undefined, articles: number) =>
    ms === undefined ? '–' : `${ms} (${((ms / (articles * scale.locales)) * 1000).toFixed(0)} µs)`;
  return [
    ...lines,
    '',
    `| Local plugin | ${sizes.map((size) => `${size} per locale`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    ...plugins.map((name) => `| ${name} | ${scale.points.map((point) => perGuide(point.ours.pluginMs?.[name], point.articles)).join(' | ')} |`),
    '',
    'Milliseconds each local plugin took over the whole build (all locales), and in brackets per synthetic guide page: ' +
      'a plugin that grows linearly keeps the same time per page at every size (src/plugins/plugin-times.ts). A method ' +
      "that returns a promise is timed until it settles, so its time can include other plugins' work done meanwhile.",
  ];
}
