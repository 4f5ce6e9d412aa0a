// The docs have one version (no versions.json), so there is no version to badge. If the docs are ever versioned,
// delete this file.
export default function DocVersionBadge(): null {
  return null;
}
