// Wraps the doc content to show, above a survivor article, when it was last reviewed and on which versions.
import type {ComponentProps} from 'react';
import Content from '@theme-original/DocItem/Content';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import ArticleMeta from '@site/src/components/ArticleMeta';

type Props = ComponentProps<typeof Content>;

export default function ContentWrapper(props: Props) {
  const {frontMatter} = useDoc();
  const {last_reviewed: lastReviewed, tested_on: testedOn} = frontMatter as {last_reviewed?: unknown; tested_on?: unknown};
  return (
    <>
      {typeof lastReviewed === 'string' || lastReviewed instanceof Date ? (
        <ArticleMeta lastReviewed={lastReviewed} testedOn={Array.isArray(testedOn) ? testedOn.map(String) : []} />
      ) : null}
      <Content {...props} />
    </>
  );
}
