/**
 * Replaces the blog sidebar's desktop column to name it: the theme's <aside> is a landmark without a name. It is
 * named by the title it shows ("Recent posts", translated with the blog's options); the rest is the theme's.
 */
import {memo, useId} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {BlogSidebarItemList, useVisibleBlogSidebarItems} from '@docusaurus/plugin-content-blog/client';
import type {BlogSidebarItem} from '@docusaurus/plugin-content-blog';
import BlogSidebarContent from '@theme/BlogSidebar/Content';
import type {Props} from '@theme/BlogSidebar/Desktop';
import styles from '@docusaurus/theme-classic/lib/theme/BlogSidebar/Desktop/styles.module.css';

function ListComponent({items}: {items: BlogSidebarItem[]}) {
  return (
    <BlogSidebarItemList
      items={items}
      ulClassName={clsx(styles.sidebarItemList, 'clean-list')}
      liClassName={styles.sidebarItem}
      linkClassName={styles.sidebarItemLink}
      linkActiveClassName={styles.sidebarItemLinkActive}
    />
  );
}

function BlogSidebarDesktop({sidebar}: Props) {
  const items = useVisibleBlogSidebarItems(sidebar.items);
  const titleId = useId();
  return (
    <aside className="col col--3" aria-labelledby={titleId}>
      <nav
        className={clsx(styles.sidebar, 'thin-scrollbar')}
        aria-label={translate({
          id: 'theme.blog.sidebar.navAriaLabel',
          message: 'Blog recent posts navigation',
          description: 'The ARIA label for recent posts in the blog sidebar',
        })}
      >
        <div className={clsx(styles.sidebarItemTitle, 'margin-bottom--md')} id={titleId}>
          {sidebar.title}
        </div>
        <BlogSidebarContent items={items} ListComponent={ListComponent} yearGroupHeadingClassName={styles.yearGroupHeading} />
      </nav>
    </aside>
  );
}

export default memo(BlogSidebarDesktop);
