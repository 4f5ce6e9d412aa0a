import {describe, expect, it} from 'vitest';
import {directory} from './support/fixtures';
import {supplied} from './support/supplied';
import {helpBlockFor} from '../../src/content/ordering';

describe('organizations supplied to articles at build time', () => {
  it("gives <GetHelp> exactly the block the reader's locale shows, nothing more", () => {
    const block = supplied('GetHelp', {kinds: ['legal']}, directory, 'es', 'block');
    expect(JSON.parse(block!)).toEqual(helpBlockFor(directory, 'es', ['legal']));
    const ids = JSON.stringify(block);
    expect(ids).toContain('es-016');
    expect(ids).not.toContain('intl-tech');
  });

  it('gives each entry and emergency number what its date means, so the page can say it', () => {
    const block = JSON.parse(supplied('GetHelp', {kinds: ['hotline']}, directory, 'es', 'block')!) as {
      countries: {emergency?: {checked: unknown}; organizations: {checked: unknown}[]}[];
    };
    const [spain] = block.countries;
    expect(spain?.emergency?.checked).toEqual({how: 'read', date: '2026-11-01', basis: 'official'});
    expect(spain?.organizations[0]?.checked).toEqual({how: 'read', date: '2026-11-01', basis: 'own'});
  });

  it('orders the block for each locale on its own', () => {
    const countries = (locale: 'es' | 'fr') =>
      JSON.parse(supplied('GetHelp', {kinds: ['hotline']}, directory, locale, 'block')!).countries.map((c: {code: string}) => c.code);
    expect(countries('es')[0]).toBe('ES');
    expect(countries('fr')[0]).toBe('FR');
  });

  it('gives <Org> its name, site and first number, and nothing for an unknown id', () => {
    expect(JSON.parse(supplied('Org', {id: 'us-hotline'}, directory, 'en', 'org')!)).toEqual({
      id: 'us-hotline',
      name: 'US-HOTLINE',
      website: 'https://us-hotline.example.org',
      phone: {number: '016', href: 'tel:016'},
    });
    expect(supplied('Org', {id: 'nobody'}, directory, 'en', 'org')).toBeUndefined();
  });
});
