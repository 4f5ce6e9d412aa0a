/**
 * A plain code block. The help center has no code to highlight, copy or number, so the theme's code block (and
 * Prism behind it) stays out of the readers' download; a stray fenced block still reads as preformatted text.
 * One of the two components replaced rather than wrapped: wrapping would keep the original in the bundle.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';

export default function CodeBlock({children, className}: {children?: ReactNode; className?: string}) {
  return (
    // Focusable, so a keyboard user can scroll a long line (WCAG 2.1.1).
    <pre className={clsx('code-block', className)} tabIndex={0}>
      <code>{children}</code>
    </pre>
  );
}
