/** Dates and language names shown the same way on the server and in the browser, in the reader's locale. */
export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${isoDate}T00:00:00Z`));
}

export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], {type: 'language'}).of(code) ?? code;
  } catch {
    return code;
  }
}
