/**
 * "Who gets told?": what each action a reader may take reveals to the other person, read from
 * src/data/who-gets-told/*.yaml, validated against the one schema, and shaped for one locale. The build (marks in
 * guides, the /who-gets-told page), the checker and the tests all use these functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {
  riskActionsFile,
  yamlSchema,
  type NotifiedAnswer,
  type ActionSource,
  type RiskAction,
  type RiskActionsFile,
  type RiskKind,
  type UndoAnswer,
} from './schema';
import {type Locale} from '../config/locales';
import {zodIssues, type ContentIssue} from './issues';
import {ageIssue} from './freshness';

export const whoGetsToldDir = 'src/data/who-gets-told';
export const whoGetsToldRoute = '/who-gets-told';

type LoadedActions = {platforms: RiskActionsFile[]; issues: ContentIssue[]};

/** Reads and validates every file; an invalid file is reported with file and field, never half-used. */
export function loadRiskActions(siteDir: string): LoadedActions {
  const dir = path.join(siteDir, whoGetsToldDir);
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
    : [];
  return parseRiskActions(files.map((name) => ({file: path.posix.join(whoGetsToldDir, name), text: fs.readFileSync(path.join(dir, name), 'utf8')})));
}

export function parseRiskActions(sources: {file: string; text: string}[]): LoadedActions {
  const platforms: RiskActionsFile[] = [];
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const {file, text} of sources) {
    let data: unknown;
    try {
      data = yaml.load(text, {schema: yamlSchema});
    } catch (error) {
      const {mark, reason} = error as yaml.YAMLException;
      issues.push({
        severity: 'error',
        file,
        where: mark ? `line ${mark.line + 1}` : '',
        message: `is not valid YAML (${reason ?? String(error)})`,
        fix: 'check the indentation and quoting on that line',
      });
      continue;
    }
    const parsed = riskActionsFile.safeParse(data);
    if (!parsed.success) {
      issues.push(...zodIssues(file, parsed.error, (issuePath) => describeAction(data, issuePath)));
      continue;
    }
    const platform = parsed.data;
    const expectedFile = `${platform.platform}.yaml`;
    if (path.posix.basename(file) !== expectedFile) {
      issues.push({
        severity: 'error',
        file,
        where: 'platform',
        message: `is ${platform.platform}, but the file is ${path.posix.basename(file)}`,
        fix: `rename the file to ${expectedFile}, or fix the platform id`,
      });
    }
    platform.actions.forEach((action, index) => {
      const where = `actions[${index}].id`;
      if (!action.id.startsWith(`${platform.platform}-`)) {
        issues.push({
          severity: 'error',
          file,
          where,
          message: `"${action.id}" does not start with the platform id`,
          fix: `name it ${platform.platform}-<what the reader does>`,
        });
      }
      const earlier = seen.get(action.id);
      if (earlier) issues.push({severity: 'error', file, where, message: `"${action.id}" is also used in ${earlier}`, fix: 'give each action its own id'});
      seen.set(action.id, file);
    });
    platforms.push(platform);
  }
  return {platforms, issues};
}

/** Names the action a validation issue is about, so a writer finds it among dozens. */
function describeAction(data: unknown, issuePath: readonly PropertyKey[]): string {
  if (issuePath[0] !== 'actions' || typeof issuePath[1] !== 'number') return '';
  const actions = (data as {actions?: {id?: unknown}[]} | undefined)?.actions;
  const id = actions?.[issuePath[1]]?.id;
  return typeof id === 'string' ? `id ${id}` : '';
}

/** Every action's `checked.date`, by age: read its sources again before it is a year old. */
export function actionAgeIssues(platforms: RiskActionsFile[], today: Date): ContentIssue[] {
  return platforms.flatMap((platform) =>
    platform.actions.flatMap((action, index) => {
      const issue = ageIssue(
        `${whoGetsToldDir}/${platform.platform}.yaml`,
        `actions[${index}].checked.date (id ${action.id})`,
        action.checked.date,
        today,
        'read its sources',
      );
      return issue ? [issue] : [];
    }),
  );
}

export function actionIds(platforms: RiskActionsFile[]): Set<string> {
  return new Set(platforms.flatMap((platform) => platform.actions.map((action) => action.id)));
}

/** One action as a page in one locale shows it. */
export type LocalRiskAction = {
  id: string;
  platform: string;
  marks: RiskKind[];
  versions?: string;
  action: string;
  keywords: string;
  notified: {answer: NotifiedAnswer; text: string; quote?: {text: string; url: string; lang: Locale | 'en'}};
  noticed: string;
  evidence: string;
  undo: {answer: UndoAnswer; text: string};
  first: string;
  sources: ActionSource[];
  checked: RiskAction['checked'];
};

export type LocalPlatform = {id: string; name: string; actions: LocalRiskAction[]};

function localizeAction(action: RiskAction, platform: string, locale: Locale): LocalRiskAction {
  const quote = action.notified.quote;
  // The vendor's words in the reader's language where we read them; otherwise in English, marked as such.
  const localQuote = quote?.[locale] ? {...quote[locale], lang: locale} : quote?.en ? {...quote.en, lang: 'en' as const} : undefined;
  return {
    id: action.id,
    platform,
    marks: action.marks,
    ...(action.versions ? {versions: action.versions[locale]} : {}),
    action: action.action[locale],
    keywords: action.keywords[locale],
    notified: {answer: action.notified.answer, text: action.notified.text[locale], ...(localQuote ? {quote: localQuote} : {})},
    noticed: action.noticed[locale],
    evidence: action.evidence[locale],
    undo: {answer: action.undo.answer, text: action.undo.text[locale]},
    first: action.first[locale],
    sources: action.sources,
    checked: action.checked,
  };
}

/**
 * The platforms in a fixed order: phones and accounts first, then chat and social apps, then the household (devices,
 * children, cars, money), "any phone or account" last. A platform not listed goes just before "general".
 */
const platformOrder = [
  ...['apple', 'apple-family', 'apple-home', 'google', 'google-family-link', 'google-home', 'google-search', 'microsoft'],
  ...['windows', 'mac', 'chrome', 'whatsapp', 'meta', 'snapchat', 'tiktok', 'telegram', 'x', 'phone-plans', 'trackers'],
  ...['ring', 'amazon-alexa', 'smart-home', 'children', 'cars', 'tesla', 'ford', 'gm', 'bmw', 'strava', 'fitbit'],
  ...['banking', 'payment-apps', 'credit', 'image-abuse', 'take-it-down', 'general'],
];

export function localizePlatforms(platforms: RiskActionsFile[], locale: Locale): LocalPlatform[] {
  const rank = (id: string) => (platformOrder.includes(id) ? platformOrder.indexOf(id) : platformOrder.length - 1);
  return [...platforms]
    .sort((a, b) => rank(a.platform) - rank(b.platform) || a.platform.localeCompare(b.platform))
    .map((platform) => ({
      id: platform.platform,
      name: platform.name[locale],
      actions: platform.actions.map((action) => localizeAction(action, platform.platform, locale)),
    }));
}
