import {describe, expect, it} from 'vitest';
import {helpBlockFor} from '../../src/content/ordering';
import {directory} from './support/fixtures';

const ids = (block: ReturnType<typeof helpBlockFor>) => block.countries.map((country) => [country.code, country.organizations.map((org) => org.id)]);

describe('which organizations a guide shows, per locale', () => {
  it('shows Spanish readers Spain, then Mexico, then the Spanish-language services of the US', () => {
    expect(ids(helpBlockFor(directory, 'es', ['hotline', 'tech-safety']))).toEqual([
      ['ES', ['es-016']],
      ['MX', ['mx-line']],
      ['US', ['us-hotline']],
    ]);
  });

  it('shows French readers France first and Arabic readers Arab countries first', () => {
    expect(helpBlockFor(directory, 'fr', ['hotline']).countries[0]!.code).toBe('FR');
    expect(helpBlockFor(directory, 'ar', ['hotline']).countries[0]!.code).toBe('EG');
  });

  it('keeps only the kinds of help the guide asks for, and always the international ones that fit', () => {
    const block = helpBlockFor(directory, 'en', ['legal']);
    expect(ids(block)).toEqual([['US', ['us-legal']]]);
    expect(helpBlockFor(directory, 'en', ['tech-safety']).international.map((org) => org.id)).toEqual(['intl-tech']);
  });

  it("still shows a country's emergency number when none of its organizations fit", () => {
    const block = helpBlockFor(directory, 'es', ['shelter']);
    expect(block.countries.map((country) => [country.code, country.organizations.length, country.emergency?.number])).toEqual([
      ['ES', 0, '112'],
      ['MX', 0, '911'],
      ['US', 0, '911'],
    ]);
  });
});
