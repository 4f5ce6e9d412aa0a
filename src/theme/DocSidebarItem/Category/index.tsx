/**
 * Wraps the sidebar category. One that neither links anywhere nor folds ("What is happening") is a heading over
 * its guides, so its label is text: the theme renders it as an <a> without an address, which search engines and
 * Lighthouse read as a broken link and which no reader can follow. Every other category is the theme's own.
 */
import Category from '@theme-original/DocSidebarItem/Category';
import DocSidebarItems from '@theme/DocSidebarItems';
import type {Props} from '@theme/DocSidebarItem/Category';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {isActiveSidebarItem} from '@docusaurus/plugin-content-docs/client';
import clsx from 'clsx';
import styles from './styles.module.css';

export default function CategoryWrapper(props: Props) {
  const {item, onItemClick, activePath, level} = props;
  if (item.href || item.collapsible) return <Category {...props} />;
  return (
    <li
      className={clsx(ThemeClassNames.docs.docSidebarItemCategory, ThemeClassNames.docs.docSidebarItemCategoryLevel(level), 'menu__list-item', item.className)}
    >
      <div className="menu__list-item-collapsible">
        <span className={clsx('menu__link', styles.label, isActiveSidebarItem(item, activePath) && 'menu__link--active')}>{item.label}</span>
      </div>
      <ul className="menu__list">
        <DocSidebarItems items={item.items} onItemClick={onItemClick} activePath={activePath} level={level + 1} />
      </ul>
    </li>
  );
}
