import {describe, expect, it} from 'vitest';
import {parseFeed} from '@rowanmanning/feed-parser';
import {completeAtom, updatesText} from '../../src/plugins/feeds';
import {locales} from '../../src/config/locales';

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
    <id>https://help.example.org/es/updates</id>
    <title>Tech Safety Help: Novedades</title>
    <updated>2026-11-24T00:00:00.000Z</updated>
    <entry>
        <title type="html"><![CDATA[Una nota]]></title>
        <id>https://help.example.org/es/updates/nota</id>
        <updated>2026-11-24T00:00:00.000Z</updated>
    </entry>
</feed>`;

describe('the update feeds', () => {
  it('gives an Atom feed its language and an author, once', () => {
    const completed = completeAtom(atom, 'es', 'Tech Safety Help');
    expect(completed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">');
    const feed = parseFeed(completed);
    expect(feed.language).toBe('es');
    expect(feed.authors.map((author) => author.name)).toEqual(['Tech Safety Help']);
    expect(completeAtom(completed, 'es', 'Tech Safety Help')).toBe(completed);
  });

  it('has a translated title and description for every locale', () => {
    const titles = locales.map((locale) => updatesText(process.cwd(), locale).title);
    expect(new Set(titles).size).toBe(locales.length);
    for (const locale of locales) expect(updatesText(process.cwd(), locale).description.length).toBeGreaterThan(10);
  });
});
