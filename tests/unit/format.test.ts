import {describe, expect, it} from 'vitest';
import {formatDate} from '../../src/content/format';
import {locales} from '../../src/config/locales';

const day = 24 * 60 * 60 * 1000;

describe('formatDate', () => {
  for (const locale of locales) {
    it(`writes every day of 2020–2030 as Intl's long date in ${locale}`, () => {
      const intl = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'});
      const wrong: string[] = [];
      for (let time = Date.UTC(2020, 0, 1); time <= Date.UTC(2030, 11, 31); time += day) {
        const date = new Date(time);
        const iso = date.toISOString().slice(0, 10);
        if (formatDate(iso, locale) !== intl.format(date)) wrong.push(`${iso}: ${formatDate(iso, locale)} ≠ ${intl.format(date)}`);
      }
      expect(wrong.slice(0, 5)).toEqual([]);
    });
  }

  it('names what is wrong with a date it cannot write', () => {
    expect(() => formatDate('2026-13-01', 'en')).toThrow('"2026-13-01" is not a real calendar date written YYYY-MM-DD');
    expect(() => formatDate('2026-02-29', 'en')).toThrow('"2026-02-29" is not a real calendar date written YYYY-MM-DD');
    expect(() => formatDate('2026-04-31', 'ar')).toThrow('"2026-04-31" is not a real calendar date written YYYY-MM-DD');
    expect(formatDate('2028-02-29', 'en')).toBe('February 29, 2028');
    expect(() => formatDate('1 March 2026', 'fr')).toThrow('is not a real calendar date written YYYY-MM-DD');
    expect(() => formatDate('2026-03-01', 'de')).toThrow('no long date format for locale "de"');
  });
});
