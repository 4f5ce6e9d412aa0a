/**
 * Rehype plugin for every Markdown page: links to other sites get rel="noopener noreferrer" (the organization's
 * site never learns which guide sent the reader) and open in the same tab (a new tab would stay open behind a
 * quick exit). Writers never add either by hand.
 */
type HastNode = {type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[]};

function markOutsideLinks(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'a') {
    const href = node.properties?.href;
    if (typeof href === 'string' && /^https?:\/\//.test(href)) {
      node.properties = {...node.properties, rel: ['noopener', 'noreferrer'], target: '_self'};
    }
  }
  node.children?.forEach(markOutsideLinks);
}

export default function rehypeOutsideLinks() {
  return (tree: HastNode) => markOutsideLinks(tree);
}
