/**
 * What a reader on a phone would see go wrong, measured inside the page. The function runs in the page as it is
 * (Playwright's evaluate, WebDriver's execute script), in any engine, so it uses nothing but the DOM.
 *
 * Why the screen width is passed in rather than read: on a phone, content wider than the screen widens the layout
 * viewport itself (window.innerWidth grows), and the fixed quick exit moves with it, off screen. Measured against
 * the page's own viewport, such a page looks fine; measured against the phone's screen, it is not.
 */

type LayoutProblem = string;

/** Runs in the page: every problem, in words, or an empty list. */
export function phoneLayoutProblems(screenWidth: number): LayoutProblem[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const tolerance = 1;
  const describe = (element: Element) => {
    const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).slice(0, 2).join('.');
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}> "${text}"`;
  };
  const onScreen = (box: DOMRect) => box.right <= screenWidth + tolerance && box.left >= -tolerance;
  // Content that is meant to be out of view: visually hidden text, a skip link waiting for focus, closed menus, and
  // what a box on screen clips or scrolls within itself (a title cut short with an ellipsis, a wide table).
  const meantToBeHidden = (element: Element): boolean => {
    for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (node !== element && style.overflowX !== 'visible' && onScreen(node.getBoundingClientRect())) return true;
      if (style.visibility === 'hidden' || style.display === 'none') return true;
      if (style.position === 'fixed' && node.matches('[class*="skipToContent"], .navbar-sidebar, .navbar-sidebar__backdrop')) return true;
      if (style.clipPath === 'inset(50%)' || (style.position === 'absolute' && node.getBoundingClientRect().width <= 1)) return true;
      if (node.tagName === 'DETAILS' && !(node as HTMLDetailsElement).open && node !== element && !node.querySelector(':scope > summary')?.contains(element))
        return true;
    }
    return false;
  };

  if (window.innerWidth > screenWidth + tolerance) problems.push(`the page is ${window.innerWidth}px wide on a ${screenWidth}px screen`);
  if (root.scrollWidth > root.clientWidth + tolerance) problems.push(`it scrolls sideways: ${root.scrollWidth}px of content in ${root.clientWidth}px`);

  // The outermost elements that stick out (their children would only repeat them).
  const outside: string[] = [];
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    if (element.closest('[data-quick-exit], #quick-exit-status')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (onScreen(box)) continue;
    const parent = element.parentElement;
    if (parent && parent !== document.body) {
      const parentBox = parent.getBoundingClientRect();
      if (parentBox.right > screenWidth + tolerance || parentBox.left < -tolerance) continue;
    }
    if (meantToBeHidden(element)) continue;
    outside.push(`${describe(element)} spans ${Math.round(box.left)} to ${Math.round(box.right)}px`);
  }
  if (outside.length) problems.push(`off screen: ${outside.slice(0, 3).join('; ')}${outside.length > 3 ? ` and ${outside.length - 3} more` : ''}`);

  const exit = document.querySelector('a[data-quick-exit]');
  if (!exit) return [...problems, 'no quick exit'];
  const box = exit.getBoundingClientRect();
  const screenHeight = window.visualViewport?.height ?? window.innerHeight;
  if (box.left < -tolerance || box.right > screenWidth + tolerance || box.top < -tolerance || box.bottom > screenHeight + tolerance) {
    problems.push(
      `the quick exit is not wholly on screen: ${Math.round(box.left)}-${Math.round(box.right)} x ${Math.round(box.top)}-${Math.round(box.bottom)}px`,
    );
  }
  if (box.width < 44 || box.height < 44) problems.push(`the quick exit is ${Math.round(box.width)}x${Math.round(box.height)}px, under 44x44`);
  const label = exit.querySelector('.quick-exit__label');
  if (label) {
    const labelBox = label.getBoundingClientRect();
    const clipped = labelBox.left < box.left - tolerance || labelBox.right > box.right + tolerance;
    if (clipped) problems.push(`the quick exit's label "${label.textContent}" is cut off`);
  }
  const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (!onTop?.closest('a[data-quick-exit]')) problems.push(`the quick exit is covered by ${onTop ? describe(onTop) : 'nothing it can be tapped through'}`);
  return problems;
}
