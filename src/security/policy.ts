/**
 * The site's security policy in one place: the Content-Security-Policy (as a page's <meta> and as a host
 * header) and the other headers every host config ships. The meta tag, the nginx config and the _headers file
 * are all generated from here, and a test checks they agree.
 */
import crypto from 'node:crypto';

/** CSP directives shared by the meta tag and the headers. Inline scripts are added by hash, per build. */
const cspDirectives: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  // Inline style attributes come from React and the theme; styles cannot send data anywhere on their own.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['media-src', ["'self'"]],
  ['frame-src', ["'none'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/** Directives a <meta> CSP cannot carry; they go in the headers only. */
const headerOnlyDirectives: [string, string[]][] = [['frame-ancestors', ["'none'"]]];

export function scriptHash(source: string): string {
  return `'sha256-${crypto.createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export function buildCsp(scriptHashes: Iterable<string>, forHeader: boolean): string {
  const hashes = [...new Set(scriptHashes)].sort();
  const directives = [...cspDirectives, ...(forHeader ? headerOnlyDirectives : [])];
  return directives.map(([name, values]) => `${name} ${(name === 'script-src' ? [...values, ...hashes] : values).join(' ')}`).join('; ');
}

/** Executable inline scripts in an HTML page (JSON-LD and other data blocks are not scripts to the CSP). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/.test(attributes)) continue;
    const type = /\btype\s*=\s*"?([^"\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

/** Headers every host sends with every response. */
export const securityHeaders: [string, string][] = [
  // Nothing is kept by the browser, pages or assets: the JavaScript chunks hold whole guides, the search index holds
  // every page, and each locale's main bundle holds its home page. A device check or a monitoring app could find
  // any of them in the disk cache. The cost, a repeat visit downloads everything again, is measured by the bench.
  ['Cache-Control', 'no-store'],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'geolocation=(), camera=(), microphone=(), interest-cohort=(), browsing-topics=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];
