/**
 * The kinds of reading a guide can have on record, in the order a page shows them. Apart from the schema so the
 * page's components can use them without bundling the validator.
 */
export const readingKinds = ['second-reading', 'advocate-review', 'translation-review', 'device-check'] as const;
export const readingScopes = ['whole', 'changes'] as const;

/**
 * Orders readings oldest first by their `YYYY-MM-DD` date, as plain text: localeCompare would make a page load the
 * browser's locale data.
 */
export function byDate(a: {date: unknown}, b: {date: unknown}): number {
  const [x, y] = [String(a.date), String(b.date)];
  return x < y ? -1 : x > y ? 1 : 0;
}
