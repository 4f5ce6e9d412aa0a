/**
 * Keyboard helpers for the browser tests: what has focus, whether its focus indicator can be seen, and Tab
 * pressed until a given element has focus (checking the indicator of every element passed on the way).
 */
import type {Page} from 'playwright-core';

type Focused = {
  /** A short description for failure messages: tag, classes, text. */
  what: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
  width: number;
  height: number;
};

/** The element that has focus now, described with the styles that make its focus indicator. */
export async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      what: `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${text}"`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
      width: box.width,
      height: box.height,
    };
  });
}

function transparent(color: string): boolean {
  return color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color) || /\/\s*0\)$/.test(color);
}

/**
 * A ring drawn by box-shadow: a shadow with a spread of 2 px or more in a colour that shows. A soft drop shadow
 * (spread 0, like the skip link's) is not a focus indicator.
 */
function shadowRing(boxShadow: string): boolean {
  if (boxShadow === 'none') return false;
  // Computed shadows read `rgb(11, 12, 12) 0px 0px 0px 5px[, ...]`: colour first, then offsets, blur, spread.
  return boxShadow.split(/,(?![^(]*\))/).some((shadow) => {
    const color = /^\s*(rgba?\([^)]*\)|[a-z]+)/.exec(shadow)?.[1] ?? '';
    const lengths = [...shadow.matchAll(/(-?[\d.]+)px/g)].map((match) => Number(match[1]));
    return !transparent(color) && lengths.length >= 4 && lengths[3]! >= 2;
  });
}

/** Why an element's focus cannot be seen, or undefined when it can. */
export function focusProblem(element: Focused | null): string | undefined {
  if (!element) return 'nothing has focus';
  if (element.width === 0 || element.height === 0) return `${element.what} has focus but takes no space`;
  const outline = element.outlineStyle !== 'none' && element.outlineWidth >= 2 && !transparent(element.outlineColor);
  if (outline || shadowRing(element.boxShadow)) return undefined;
  return `${element.what} shows no focus indicator (outline ${element.outlineStyle} ${element.outlineWidth}px ${element.outlineColor}, box-shadow ${element.boxShadow})`;
}

/**
 * Presses Tab until the element with focus matches `selector` (at most `max` times), and notes in `problems`
 * every element on the way, the last one included, whose focus cannot be seen.
 */
export async function tabTo(page: Page, selector: string, problems: string[], max = 60): Promise<void> {
  const passed: string[] = [];
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    const problem = focusProblem(now);
    if (problem) problems.push(problem);
    passed.push(now?.what ?? '(none)');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab did not reach ${selector} in ${max} presses; it went through:\n${passed.join('\n')}`);
}
