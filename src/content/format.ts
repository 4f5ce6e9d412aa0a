// A type only: this module runs in the browser, and the locale list (src/config/languages.ts) stays out of it.
import type {Locale} from '../config/locales';

type LongDate = {months: readonly string[]; write: (day: number, month: string, year: number) => string};

/**
 * Each locale's long date ("1 March 2026"), the way `Intl.DateTimeFormat(locale, {dateStyle: 'long'})` writes it
 * (tests/unit/format.test.ts checks every day of eleven years against it). Written out rather than asked of Intl
 * because this runs in the browser too, as a page starts, where a first Intl call blocks the page while it loads
 * locale data (CONTRIBUTING, "No locale data as a page starts").
 */
const longDates: Record<Locale, LongDate> = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    write: (day, month, year) => `${month} ${day}, ${year}`,
  },
  es: {
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    write: (day, month, year) => `${day} de ${month} de ${year}`,
  },
  fr: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    write: (day, month, year) => `${day} ${month} ${year}`,
  },
  ar: {
    months: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    write: (day, month, year) => `${day} ${month} ${year}`,
  },
};

/** The parts of `YYYY-MM-DD` if it names a day the calendar has: not 2026-02-31, which `Date.parse` reads as 3 March. */
function calendarDate(isoDate: string): {year: number; month: number; day: number} | undefined {
  const [, year, month, day] = (/^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? {year, month, day} : undefined;
}

export const isCalendarDate = (isoDate: string): boolean => calendarDate(isoDate) !== undefined;

/** A calendar date (`2026-03-01`) written out in the reader's locale, the same on the server and in the browser. */
export function formatDate(isoDate: string, locale: string): string {
  const longDate = (longDates as Record<string, LongDate | undefined>)[locale];
  if (!longDate) throw new Error(`formatDate: no long date format for locale "${locale}"; add one to src/content/format.ts`);
  const date = calendarDate(isoDate);
  if (!date) throw new Error(`formatDate: "${isoDate}" is not a real calendar date written YYYY-MM-DD`);
  const {months, write} = longDate;
  return write(date.day, months[date.month - 1]!, date.year);
}

/** A language's name in the reader's locale. Build time only (organizations.ts): it needs Intl. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], {type: 'language'}).of(code) ?? code;
  } catch {
    return code;
  }
}
