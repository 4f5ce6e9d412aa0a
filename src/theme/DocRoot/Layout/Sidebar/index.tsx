/**
 * Replaces the docs sidebar's column to name it: the theme's <aside> is a landmark without a name, on every guide
 * and agent page. A wrapper cannot reach that element; the rest is the theme's component as it is (the collapse
 * and expand logic stays for a config that turns `hideable` back on).
 */
import {Fragment, useCallback, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {prefersReducedMotion, ThemeClassNames} from '@docusaurus/theme-common';
import {useDocsSidebar} from '@docusaurus/plugin-content-docs/client';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import DocSidebar from '@theme/DocSidebar';
import ExpandButton from '@theme/DocRoot/Layout/Sidebar/ExpandButton';
import type {Props} from '@theme/DocRoot/Layout/Sidebar';
import styles from '@docusaurus/theme-classic/lib/theme/DocRoot/Layout/Sidebar/styles.module.css';

/** A new sidebar starts afresh (facebook/docusaurus#3414): its key unmounts the old one. */
function ResetOnSidebarChange({children}: {children: ReactNode}) {
  const sidebar = useDocsSidebar();
  return <Fragment key={sidebar?.name ?? 'noSidebar'}>{children}</Fragment>;
}

export default function DocRootLayoutSidebar({sidebar, hiddenSidebarContainer, setHiddenSidebarContainer}: Props) {
  const {pathname} = useLocation();
  const [hiddenSidebar, setHiddenSidebar] = useState(false);
  const toggleSidebar = useCallback(() => {
    if (hiddenSidebar) setHiddenSidebar(false);
    // No transition ends when the sidebar does not animate (facebook/docusaurus#8918).
    if (!hiddenSidebar && prefersReducedMotion()) setHiddenSidebar(true);
    setHiddenSidebarContainer((value) => !value);
  }, [setHiddenSidebarContainer, hiddenSidebar]);
  return (
    <aside
      className={clsx(ThemeClassNames.docs.docSidebarContainer, styles.docSidebarContainer, hiddenSidebarContainer && styles.docSidebarContainerHidden)}
      aria-label={translate({
        id: 'sidebar.pagesInSection',
        message: 'Pages in this section',
        description: 'Name of the column beside a guide or an agent page that lists the pages of its section',
      })}
      onTransitionEnd={(event) => {
        if (!event.currentTarget.classList.contains(styles.docSidebarContainer!)) return;
        if (hiddenSidebarContainer) setHiddenSidebar(true);
      }}
    >
      <ResetOnSidebarChange>
        <div className={clsx(styles.sidebarViewport, hiddenSidebar && styles.sidebarViewportHidden)}>
          <DocSidebar sidebar={sidebar} path={pathname} onCollapse={toggleSidebar} isHidden={hiddenSidebar} />
          {hiddenSidebar && <ExpandButton toggleSidebar={toggleSidebar} />}
        </div>
      </ResetOnSidebarChange>
    </aside>
  );
}
