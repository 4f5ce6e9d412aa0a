// Wraps the doc content: above a survivor guide, when it was last reviewed and on which versions, its short link
// and copy controls; above any page still waiting for its translation, a notice that says so.
import type {ComponentProps} from 'react';
import Content from '@theme-original/DocItem/Content';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import ArticleMeta from '@site/src/components/ArticleMeta';
import ShareArticle from '@site/src/components/ShareArticle';
import UntranslatedNotice from '@site/src/components/UntranslatedNotice';

type Props = ComponentProps<typeof Content>;

type GuideFrontMatter = {last_reviewed?: unknown; tested_on?: unknown; slug?: unknown; untranslated?: unknown};

export default function ContentWrapper(props: Props) {
  const frontMatter = useDoc().frontMatter as GuideFrontMatter;
  const isGuide = frontMatter.tested_on !== undefined && typeof frontMatter.slug === 'string';
  const reviewed = frontMatter.last_reviewed;
  return (
    <>
      {frontMatter.untranslated === true ? <UntranslatedNotice /> : null}
      {isGuide && (typeof reviewed === 'string' || reviewed instanceof Date) ? (
        <ArticleMeta lastReviewed={reviewed} testedOn={Array.isArray(frontMatter.tested_on) ? frontMatter.tested_on.map(String) : []} />
      ) : null}
      {isGuide ? <ShareArticle route={frontMatter.slug as string} /> : null}
      <Content {...props} />
    </>
  );
}
