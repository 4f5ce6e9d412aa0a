// Docusaurus internals are declared in one place (src/docusaurus-internals.ts); an upgrade fails here until they are
// rechecked, and no file may reach into a package's lib/ or dist/ without being declared.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkedWith, internals} from '../../src/docusaurus-internals';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = {...pkg.dependencies, ...pkg.devDependencies};

const installedVersion = (name: string) =>
  (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {version: string}).version;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.(ts|tsx|js)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => `${dir}/${file.split(path.sep).join('/')}`);
}

describe('Docusaurus internals', () => {
  it('pins Docusaurus and the search plugin exactly', () => {
    const ranged = Object.entries(declared).filter(([name, version]) => /^(@docusaurus\/|@easyops-cn\/)/.test(name) && !/^\d+\.\d+\.\d+$/.test(version));
    expect(ranged).toEqual([]);
  });

  it('were checked against the versions installed (after an upgrade, recheck src/docusaurus-internals.ts, then update checkedWith)', () => {
    const changed = Object.entries(checkedWith)
      .map(([name, version]) => ({name, checked: version, installed: installedVersion(name)}))
      .filter(({checked, installed}) => checked !== installed);
    expect(changed).toEqual([]);
  });

  it('lists modules that still exist, and files that do', () => {
    for (const internal of internals) {
      for (const file of internal.files) expect(fs.existsSync(path.join(root, file)), file).toBe(true);
      // By path, not require.resolve: these packages' export maps do not list their lib/ modules, which is the point.
      for (const module of internal.modules ?? []) expect(fs.existsSync(path.join(root, 'node_modules', module)), module).toBe(true);
    }
  });

  it('declares every file that reaches into a package’s lib/ or dist/ (imports, dynamic imports, type declarations), or replaces a theme component', () => {
    const listed = new Set(internals.flatMap((internal) => internal.files));
    const reaching = sourceFiles('src').filter((file) =>
      /(?:from |import\(|module )'(?:\.\.\/)*(?:node_modules\/)?@[\w.-]+\/[\w.-]+\/(?:lib|dist)\//.test(fs.readFileSync(path.join(root, file), 'utf8')),
    );
    // A theme file that does not import its original replaces it.
    const replacing = sourceFiles('src/theme').filter(
      (file) => file !== 'src/theme/Root.tsx' && !fs.readFileSync(path.join(root, file), 'utf8').includes('@theme-original/'),
    );
    expect([...reaching, ...replacing].filter((file) => !listed.has(file))).toEqual([]);
  });
});
