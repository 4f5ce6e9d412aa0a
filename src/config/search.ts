/**
 * What the search index leaves out of every page: each thing is indexed once, where it lives. A guide's Get help
 * block is the directory's (/get-help), and the note after a risky step is its "Who gets told?" entry
 * (/who-gets-told). Indexed inside every guide, they made the index several times larger and answered "helpline" or
 * a country's name with every guide. docusaurus.config.ts gives these to the search plugin; the benchmark gives
 * the same to the stock site it compares ours with (scripts/bench/stock.ts).
 */
export const searchIgnoredSelectors = ['[data-get-help]', '[data-risk-note]'];
