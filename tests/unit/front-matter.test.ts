/**
 * Docusaurus reads every Markdown file's front matter through our parser (markdown.parseFrontMatter): the checker's
 * reading, so a page and the checker see the same values, and the collection's schema, so a mistake stops the
 * compile at that file, naming the field.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {frontMatterParser} from '../../src/content/front-matter';
import {collectionOfFile, collections, translationDir} from '../../src/content/collections';

const siteDir = path.resolve(__dirname, '../..');
const parse = frontMatterParser(siteDir);
const read = (file: string) => parse({filePath: path.join(siteDir, file), fileContent: fs.readFileSync(path.join(siteDir, file), 'utf8')});

describe('front matter as Docusaurus reads it', () => {
  it('keeps dates as the text the writer typed, in a guide and in its translation', async () => {
    for (const file of ['docs/stalkerware.mdx', 'i18n/ar/docusaurus-plugin-content-docs/current/stalkerware.mdx']) {
      const {frontMatter, content} = await read(file);
      expect(frontMatter.last_reviewed, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((frontMatter.steps_checked as {date: unknown}).date, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(content.startsWith('---'), file).toBe(false);
    }
  });

  it('stops at a guide whose front matter breaks its schema, naming the file and the field', async () => {
    const text = fs.readFileSync(path.join(siteDir, 'docs/stalkerware.mdx'), 'utf8').replace(/^last_reviewed: .*$/m, 'last_reviewed: 2026-02-31');
    await expect(parse({filePath: path.join(siteDir, 'docs/stalkerware.mdx'), fileContent: text})).rejects.toThrow(
      /docs\/stalkerware\.mdx › front matter › last_reviewed: is not a real calendar date/,
    );
  });

  it('reads a page outside the collections, or with no front matter, without a schema', async () => {
    await expect(parse({filePath: path.join(siteDir, 'src/pages/x.mdx'), fileContent: '---\nanything: 1\n---\n\nText'})).resolves.toEqual({
      frontMatter: {anything: 1},
      content: 'Text',
    });
    await expect(parse({filePath: path.join(siteDir, 'docs/_partial.mdx'), fileContent: 'Just text\n'})).resolves.toEqual({
      frontMatter: {},
      content: 'Just text',
    });
  });
});

describe('content collections', () => {
  it('find the collection of an English file and of each translation, and nothing else', () => {
    for (const collection of collections) {
      expect(collectionOfFile(`${collection.dir}/a.mdx`)).toBe(collection);
      expect(collectionOfFile(`i18n/fr/${translationDir(collection)}/a.mdx`)).toBe(collection);
      // Each translation folder is a real one in every locale.
      expect(fs.existsSync(path.join(siteDir, 'i18n/es', translationDir(collection))), translationDir(collection)).toBe(true);
    }
    expect(collectionOfFile('src/pages/privacy.mdx')).toBeUndefined();
    expect(collectionOfFile('i18n/fr/docusaurus-plugin-content-pages/privacy.mdx')).toBeUndefined();
  });
});
