// The nginx include: nginx refuses one parameter over 4,096 characters, and the CSP grows with the site's inline scripts.
import {describe, expect, it} from 'vitest';
import {nginxHeader} from '../../src/security/host-configs';

describe('nginx header lines', () => {
  it('writes a short value as one add_header', () => {
    expect(nginxHeader('X-Frame-Options', 'DENY')).toEqual(['add_header X-Frame-Options "DENY" always;']);
  });

  it("builds a long value from set variables under nginx's limit, joined back exactly", () => {
    const value = Array.from({length: 200}, (_, i) => `'sha256-${String(i).padStart(44, 'x')}='`).join(' ');
    const lines = nginxHeader('Content-Security-Policy', value);
    const sets = lines.filter((line) => line.startsWith('set '));
    expect(sets.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThan(4096);
    const variables = new Map(sets.map((line) => /^set \$(\w+) "([^"]*)";$/.exec(line)!.slice(1) as [string, string]));
    const header = /^add_header Content-Security-Policy "([^"]+)" always;$/.exec(lines.at(-1)!)![1]!;
    expect(header.replace(/\$(\w+)/g, (_, name: string) => variables.get(name)!)).toBe(value);
  });
});
