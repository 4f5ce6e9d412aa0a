// Its own module: the browser bundle imports it (src/theme/Root.tsx), and the quick exit's other settings stay out of it.
/**
 * In-site navigation replaces the current history entry instead of adding one, so that after a quick exit the
 * Back button does not land on any page of this site. The cost: Back leaves the site instead of returning to the
 * previous guide (the sidebar, breadcrumbs and links remain). See /privacy and CONTRIBUTING.md.
 */
export const replaceHistoryOnNavigation = true;
