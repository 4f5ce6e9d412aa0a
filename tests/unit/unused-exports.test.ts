// No dead exports: a named export that no other file mentions is either dead code or a name that should not be
// exported. (import-x's no-unused-modules cannot run under ESLint 10, so this does the same by name.)
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {cwd: root, encoding: 'utf8'})
  .split('\n')
  .filter((file) => /\.(ts|tsx|mts|mjs|js|mdx|md|json)$/.test(file) && fs.existsSync(path.join(root, file)));
const code = tracked.filter((file) => /^(src|scripts|tests|company)\/.*\.(ts|tsx|mjs|js)$/.test(file));
const texts = new Map(tracked.map((file) => [file, fs.readFileSync(path.join(root, file), 'utf8')]));

describe('exports', () => {
  it('every named export is used by another file', () => {
    const unused: string[] = [];
    for (const file of code) {
      const text = texts.get(file)!;
      for (const [, name] of text.matchAll(/^export (?:declare )?(?:const|let|function|async function|type|interface|class|enum) (\w+)/gm)) {
        const word = new RegExp(`\\b${name}\\b`);
        if (![...texts].some(([other, otherText]) => other !== file && word.test(otherText))) unused.push(`${file}: ${name}`);
      }
    }
    expect(unused).toEqual([]);
  });
});
