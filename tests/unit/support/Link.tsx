// Stand-in for @docusaurus/Link: a plain anchor.
import type {ReactNode} from 'react';

export default function Link({to, children, ...rest}: {to: string; children: ReactNode; className?: string}) {
  return (
    <a href={to} {...rest}>
      {children}
    </a>
  );
}
