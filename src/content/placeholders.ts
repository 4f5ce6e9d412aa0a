/**
 * The sample text `npm run new:article` and `npm run new:update` write (./templates.ts). The content check fails on
 * any of it left in any locale, so a half-written guide cannot ship.
 * Each is a whole sentence or line no finished page would keep word for word.
 */
export const placeholders = {
  description: 'One calm, plain sentence about what this guide helps with.',
  signs: 'Write the situations in the reader\'s own words: "they know where I went".',
  option: '### An option to replace',
  optionText: 'What this option changes, and what it risks. Replace this line.',
  step: 'A step the other person may notice. Replace this line.',
  limits: 'Say what this guide and its tools cannot do. Replace this line.',
  source: 'https://example.org/replace-with-the-page-you-checked',
  updateDescription: 'One plain sentence on what changed and which guide it affects.',
  updateText: 'What changed, and what readers should do differently. Replace this line.',
  updateDetails: 'The details, with links to the guides that changed. Replace this line.',
} as const;
