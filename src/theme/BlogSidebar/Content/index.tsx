/**
 * Replaces the list of update notes in the blog sidebar (the desktop column and the phone menu). The theme groups
 * the notes under a heading per year, an h3 that came before each note's own h1, so "2026" was the first heading
 * of every update page. Here the year names its group of notes, as plain text: the page's headings are its own.
 */
import {memo, useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {useThemeConfig} from '@docusaurus/theme-common';
import {groupBlogSidebarItemsByYear} from '@docusaurus/plugin-content-blog/client';
import type {Props} from '@theme/BlogSidebar/Content';
import styles from './styles.module.css';

function YearGroup({year, className, children}: {year: string; className?: string; children: ReactNode}) {
  const yearId = useId();
  return (
    <div role="group" aria-labelledby={yearId}>
      <div className={clsx(styles.year, className)} id={yearId}>
        {year}
      </div>
      {children}
    </div>
  );
}

function BlogSidebarContent({items, yearGroupHeadingClassName, ListComponent}: Props) {
  const {blog} = useThemeConfig();
  if (!blog.sidebar.groupByYear) return <ListComponent items={items} />;
  return (
    <>
      {groupBlogSidebarItemsByYear(items).map(([year, yearItems]) => (
        <YearGroup key={year} year={year} className={yearGroupHeadingClassName}>
          <ListComponent items={yearItems} />
        </YearGroup>
      ))}
    </>
  );
}

export default memo(BlogSidebarContent);
