/**
 * Docusaurus's `markdown.parseFrontMatter` (docusaurus.config.ts): every Markdown file's front matter is read the way
 * the content check reads it (`splitFrontMatter`, YAML's core schema), so dates stay the text the writer typed, in
 * the built pages as in the checker, and a guide, agent page or update note is validated against its collection's
 * schema: a mistake stops the compile at that file, naming the field, in `docusaurus start` as in a build.
 */
import path from 'node:path';
import {frontMatterIssues, splitFrontMatter} from './articles';
import {collectionOfFile} from './collections';
import {ContentError} from './issues';

type ParseParams = {filePath: string; fileContent: string};

type Parsed = {frontMatter: Record<string, unknown>; content: string};

export function frontMatterParser(siteDir: string): (params: ParseParams) => Promise<Parsed> {
  // Docusaurus awaits the result; a mistake becomes a rejection that names the file and field.
  return (params) => Promise.resolve(params).then(({filePath, fileContent}) => parse(siteDir, filePath, fileContent));
}

function parse(siteDir: string, filePath: string, fileContent: string): Parsed {
  // A page with no front matter (a partial, say) has none to read; Docusaurus's own parser trims the rest too.
  if (!/^---\r?\n/.test(fileContent)) return {frontMatter: {}, content: fileContent.trim()};
  const file = path.relative(siteDir, filePath).split(path.sep).join('/');
  const {parsed, issues} = splitFrontMatter(file, fileContent);
  if (!parsed) throw new ContentError(issues);
  // Partials (`_name.mdx`) are pieces of pages, not pages of a collection.
  const collection = path.basename(file).startsWith('_') ? undefined : collectionOfFile(file);
  const schemaIssues = collection ? frontMatterIssues(collection.kind, file, parsed.frontMatter) : [];
  if (schemaIssues.length > 0) throw new ContentError(schemaIssues);
  return {frontMatter: parsed.frontMatter, content: parsed.body.trim()};
}
