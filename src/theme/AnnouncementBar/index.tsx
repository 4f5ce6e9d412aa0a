// The site has no announcement bar (themeConfig sets none), and a dismissable one would remember its dismissal
// in the browser, which the privacy page promises the site does not do. This keeps its code off every page.
export default function AnnouncementBar(): null {
  return null;
}
