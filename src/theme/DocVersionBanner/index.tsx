// The docs have one version (no versions.json), so the theme's "this is an old version" banner never shows. Its
// code would still come with every article; if the docs are ever versioned, delete this file.
export default function DocVersionBanner(): null {
  return null;
}
