// A content file compiled as the build compiles it (Docusaurus's MDX loader): heading ids escaped, its parser's
// plugins, and the content rules' remark plugin first, as docusaurus.config.ts puts it.
import fs from 'node:fs';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkContentStructure from '../../../src/plugins/content-rules/remark';

/** The error the compile stops with, if any. */
export async function compileAsTheBuild(siteDir: string, relative: string): Promise<Error | undefined> {
  const file = path.join(siteDir, relative);
  try {
    await compile(
      {value: escapeMarkdownHeadingIds(fs.readFileSync(file, 'utf8')), path: file},
      {remarkPlugins: [[remarkContentStructure, {siteDir}], remarkFrontmatter, remarkDirective, remarkGfm]},
    );
    return undefined;
  } catch (error) {
    return error as Error;
  }
}
