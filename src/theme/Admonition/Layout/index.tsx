/**
 * Wraps the callout layout. Each callout's icon (the theme's tip, note, warning drawings) stands beside its
 * title, which says the same in words: the icon is hidden from assistive technology, so the title is read once.
 */
import {cloneElement, isValidElement, type SVGProps} from 'react';
import AdmonitionLayout from '@theme-original/Admonition/Layout';
import type {Props} from '@theme/Admonition/Layout';

export default function AdmonitionLayoutWrapper({icon, ...props}: Props) {
  const decorative = isValidElement<SVGProps<SVGSVGElement>>(icon) ? cloneElement(icon, {'aria-hidden': true, focusable: false}) : icon;
  return <AdmonitionLayout {...props} icon={decorative} />;
}
