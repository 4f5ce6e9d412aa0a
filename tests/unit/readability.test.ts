import {describe, expect, it} from 'vitest';
import {countSyllables, readingGrade} from '../../src/content/readability';

describe('reading grade', () => {
  it.each([
    ['phone', 1],
    ['window', 2],
    ['location', 3],
    ['verification', 5],
  ])('"%s" has %i syllables', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('scores short, plain sentences low and long, technical ones high', () => {
    expect(readingGrade('You are not alone. It is not your fault. Talk to someone you trust.')).toBeLessThan(4);
    expect(
      readingGrade(
        'Comprehensive surveillance methodologies frequently incorporate sophisticated telecommunications infrastructure, necessitating considerable investigative expertise.',
      ),
    ).toBeGreaterThan(14);
  });
});
