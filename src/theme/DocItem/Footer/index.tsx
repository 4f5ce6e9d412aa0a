// An article's footer would hold tags, an edit link and the last-updated line. Articles have none of these: the
// review date is ArticleMeta's, nothing links to a repository, and the content schema refuses tags on guides and
// agent pages. This keeps the theme's footer code off every article.
export default function DocItemFooter(): null {
  return null;
}
