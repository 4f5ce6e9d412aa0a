/**
 * Focus not obscured (WCAG 2.2, 2.4.11): after each Tab, whether the element with focus is hidden behind the fixed
 * quick exit. Runs in the page (any engine), so it uses nothing but the DOM.
 */

/** Runs in the page: how the focused element sits under the quick exit, or null when it does not. */
export function focusUnderQuickExit(): {what: string; covered: 'wholly' | 'partly'} | null {
  const element = document.activeElement;
  const exit = document.querySelector('a[data-quick-exit]');
  if (!element || !exit || element === document.body || exit.contains(element)) return null;
  const box = element.getBoundingClientRect();
  const cover = exit.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  const overlapWidth = Math.min(box.right, cover.right) - Math.max(box.left, cover.left);
  const overlapHeight = Math.min(box.bottom, cover.bottom) - Math.max(box.top, cover.top);
  if (overlapWidth <= 0.5 || overlapHeight <= 0.5) return null;
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const what = `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('href') ? ` href="${element.getAttribute('href')}"` : ''}> "${text}"`;
  const wholly = overlapWidth >= box.width - 0.5 && overlapHeight >= box.height - 0.5;
  return {what, covered: wholly ? 'wholly' : 'partly'};
}
