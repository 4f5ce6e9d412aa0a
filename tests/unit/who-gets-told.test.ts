import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatIssue} from '../../src/content/issues';
import {actionAgeIssues, loadRiskActions, localizePlatforms, parseRiskActions, whoGetsToldDir} from '../../src/content/who-gets-told';
import {supplyRiskActions} from '../../src/plugins/who-gets-told/remark';
import {locales} from '../../src/config/locales';

const text = (words: string) => `{en: "${words}", es: "${words} (es)", fr: "${words} (fr)", ar: "${words} (ar)"}`;
const action = (overrides: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    id: 'apple-find-my-stop-sharing',
    marks: '[alert]',
    action: text('Stop sharing your location in Find My'),
    keywords: text('will they know'),
    notified: `{answer: no, text: ${text('Apple says they are not told.')}, quote: {en: {text: "They won't be notified.", url: "https://support.apple.com/guide"}}}`,
    noticed: text('You drop off their map.'),
    evidence: text('Nothing we know of; screenshot first.'),
    undo: `{answer: partly, text: ${text('They are told if you share again.')}}`,
    first: text('Screenshot your People list.'),
    sources: '[{url: "https://support.apple.com/guide", kind: own}]',
    checked: '{how: read, date: 2026-12-07}',
    ...overrides,
  };
  return Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value}`)
    .join('\n');
};
const file = (actions: string, platform = 'apple') => `platform: ${platform}\nname: ${text('Apple')}\nactions:\n${actions}\n`;
const issuesOf = (text: string, name = 'apple.yaml') => parseRiskActions([{file: `${whoGetsToldDir}/${name}`, text}]).issues.map(formatIssue);

describe('the "Who gets told?" dataset', () => {
  it('accepts a sourced action, with "not confirmed" as a real answer', () => {
    expect(issuesOf(file(action()))).toEqual([]);
    expect(issuesOf(file(action({notified: `{answer: not-confirmed, text: ${text('We could not confirm.')}}`})))).toEqual([]);
  });

  it.each([
    ['no source', {sources: '[]'}, 'actions[0].sources (id apple-find-my-stop-sharing): needs at least one source'],
    ['only an "other" source', {sources: '[{url: "https://copies.fixture-org.net/copy", kind: other}]'}, 'rests only on sources of kind other'],
    [
      'a guess for an answer',
      {notified: `{answer: probably, text: ${text('x')}}`},
      'actions[0].notified.answer (id apple-find-my-stop-sharing): must be one of yes, no, not-confirmed',
    ],
    ['a missing translation', {first: '{en: "Screenshot first."}'}, 'actions[0].first.es (id apple-find-my-stop-sharing): needs the es text'],
    ['no date', {checked: ''}, 'actions[0].checked (id apple-find-my-stop-sharing)'],
    ['an id without its platform', {id: 'find-my-stop'}, 'actions[0].id: "find-my-stop" does not start with the platform id'],
  ])('refuses %s, naming the file and field', (_case, overrides, expected) => {
    const issues = issuesOf(file(action(overrides)));
    expect(
      issues.some((issue) => issue.includes(`${whoGetsToldDir}/apple.yaml`) && issue.includes(expected)),
      issues.join('\n'),
    ).toBe(true);
  });

  it('refuses an id used twice and a file named for another platform', () => {
    expect(issuesOf(file(`${action()}\n${action()}`)).join('\n')).toContain('is also used in');
    expect(issuesOf(file(action()), 'google.yaml').join('\n')).toContain('platform: is apple, but the file is google.yaml');
  });

  it('fails an entry past its verification date, and warns before', () => {
    const {platforms} = parseRiskActions([{file: `${whoGetsToldDir}/apple.yaml`, text: file(action())}]);
    expect(actionAgeIssues(platforms, new Date('2027-03-01'))).toEqual([]);
    expect(actionAgeIssues(platforms, new Date('2027-07-01')).map((issue) => issue.severity)).toEqual(['warning']);
    const [stale] = actionAgeIssues(platforms, new Date('2027-12-08'));
    expect(stale?.severity).toBe('error');
    expect(stale?.where).toContain('id apple-find-my-stop-sharing');
  });

  it("the shipped dataset is valid, has at least 40 actions, and every guide's risk mark names one of them", () => {
    const {platforms, issues} = loadRiskActions(process.cwd());
    expect(issues.map(formatIssue)).toEqual([]);
    const ids = new Set(platforms.flatMap((platform) => platform.actions.map((entry) => entry.id)));
    expect(ids.size).toBeGreaterThanOrEqual(40);
    const guides = ['docs', ...locales.filter((locale) => locale !== 'en').map((locale) => `i18n/${locale}/docusaurus-plugin-content-docs/current`)];
    for (const dir of guides) {
      for (const name of fs.readdirSync(dir).filter((entry) => entry.endsWith('.mdx'))) {
        const body = fs.readFileSync(path.join(dir, name), 'utf8');
        for (const mark of body.matchAll(/<Risk\b[^>]*\/>/g)) {
          expect(ids.has(/action="([^"]+)"/.exec(mark[0])?.[1] ?? ''), `${dir}/${name}: ${mark[0]}`).toBe(true);
        }
      }
    }
  });
});

describe('risk marks supplied at build time', () => {
  const {platforms} = parseRiskActions([{file: `${whoGetsToldDir}/apple.yaml`, text: file(action())}]);
  const jsx = (name: string, attributes: Record<string, string>) => ({
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({type: 'mdxJsxAttribute', name: key, value})),
    children: [],
  });

  it("gives a mark its entry in the page's locale and puts the note after its paragraph", () => {
    const risk = jsx('Risk', {action: 'apple-find-my-stop-sharing'});
    const paragraph = {type: 'paragraph', children: [risk, {type: 'text', value: ' Stop sharing.'}]};
    const tree = {type: 'root', children: [{type: 'listItem', children: [paragraph]}]};
    supplyRiskActions(tree, localizePlatforms(platforms, 'fr'));
    expect(JSON.parse(String(risk.attributes.find((a) => a.name === 'marks')?.value))).toEqual(['alert']);
    const item = tree.children[0]!;
    expect(item.children.map((node) => ('name' in node ? node.name : node.type))).toEqual(['paragraph', 'RiskNote']);
    const note = item.children[1] as unknown as {attributes: {name: string; value: string}[]};
    const entry = JSON.parse(note.attributes.find((a) => a.name === 'entry')!.value);
    expect(entry.noticed).toBe('You drop off their map. (fr)');
    // The French page quotes Apple in English, said to be English, since we read no French page.
    expect(entry.notified.quote).toEqual({text: "They won't be notified.", url: 'https://support.apple.com/guide', lang: 'en'});
  });

  it('leaves an unknown action for the content check to report, with no note', () => {
    const risk = jsx('Risk', {action: 'apple-wish'});
    const tree = {type: 'root', children: [{type: 'paragraph', children: [risk]}]};
    supplyRiskActions(tree, localizePlatforms(platforms, 'en'));
    expect(risk.attributes).toHaveLength(1);
    expect(tree.children).toHaveLength(1);
  });
});
