// Wraps the doc content: above a survivor guide, when it was last reviewed, how its steps were checked and the readings
// it had, its short link and copy controls; above any page still waiting for its translation, a notice that says so.
import type {ComponentProps} from 'react';
import Content from '@theme-original/DocItem/Content';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import ArticleMeta from '@site/src/components/ArticleMeta';
import type {Reading, StepsChecked} from '@site/src/content/schema';
import ShareArticle from '@site/src/components/ShareArticle';
import UntranslatedNotice from '@site/src/components/UntranslatedNotice';

type Props = ComponentProps<typeof Content>;

// Front matter was read and checked against the guide's schema as the file compiled (src/content/front-matter.ts):
// dates are text, YYYY-MM-DD.
type GuideFrontMatter = {
  last_reviewed?: string;
  steps_checked?: StepsChecked;
  readings?: Reading[];
  slug?: unknown;
  untranslated?: unknown;
};

export default function ContentWrapper(props: Props) {
  const frontMatter = useDoc().frontMatter as GuideFrontMatter;
  const {steps_checked: stepsChecked, last_reviewed: reviewed} = frontMatter;
  const isGuide = stepsChecked !== undefined && typeof frontMatter.slug === 'string';
  return (
    <>
      {frontMatter.untranslated === true ? <UntranslatedNotice /> : null}
      {isGuide && reviewed !== undefined ? (
        <ArticleMeta lastReviewed={reviewed} stepsChecked={stepsChecked} readings={frontMatter.untranslated === true ? [] : frontMatter.readings} />
      ) : null}
      {isGuide ? <ShareArticle route={frontMatter.slug as string} /> : null}
      <Content {...props} />
    </>
  );
}
