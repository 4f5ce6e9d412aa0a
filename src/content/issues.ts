/**
 * A content problem as every tool reports it: the file, where in it, what is wrong and how to fix it.
 * The build throws on errors, the checker prints them all, the tests compare them.
 */
import type {z} from 'zod';

type Severity = 'error' | 'warning';

export type ContentIssue = {
  severity: Severity;
  file: string;
  /** A field path (`organizations[2].phone[0].number`), a line (`line 12`), or empty for the whole file. */
  where: string;
  message: string;
  fix?: string;
};

export function formatIssue(issue: ContentIssue): string {
  const place = issue.where ? `${issue.file} › ${issue.where}` : issue.file;
  const fix = issue.fix ? ` Fix: ${issue.fix}` : '';
  return `${issue.severity === 'error' ? 'error' : 'warning'}: ${place}: ${issue.message}.${fix}`;
}

/** `['organizations', 2, 'phone', 0, 'number']` → `organizations[2].phone[0].number`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

export function zodIssues(file: string, error: z.ZodError, describe?: (path: readonly PropertyKey[]) => string): ContentIssue[] {
  return error.issues.map((issue) => {
    const where = formatPath(issue.path);
    const label = describe?.(issue.path);
    return {
      severity: 'error' as const,
      file,
      where: label ? `${where} (${label})` : where,
      message: where ? issue.message : `front matter or data is not valid: ${issue.message}`,
    };
  });
}

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    super(
      `The content has ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix (run \`npm run check:content\` for the full report):\n` +
        errors.map((issue) => `  ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
