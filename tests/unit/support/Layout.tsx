import type {ReactNode} from 'react';

// Stands in for the theme's page layout: the page's own content is what a component test looks at.
export default function Layout({children}: {children?: ReactNode; title?: string}) {
  return <>{children}</>;
}
