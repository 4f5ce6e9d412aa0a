/**
 * The kinds of reading a guide can have on record, in the order a page shows them. Apart from the schema so the
 * page's components can use them without bundling the validator.
 */
export const readingKinds = ['second-reading', 'advocate-review', 'translation-review', 'device-check'] as const;
export type ReadingKind = (typeof readingKinds)[number];
export const readingScopes = ['whole', 'changes'] as const;
