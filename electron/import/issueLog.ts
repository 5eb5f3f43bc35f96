/**
 * The issues of one import: every issue counts, the first 200 are listed. Each carries its
 * English sentence for the CLI; the UI builds its own from the code and params. A value or
 * column name is quoted to at most 80 characters (quoteValue): a 10 MB cell makes an issue
 * of a line, not of 10 MB. An issue that stands for many rows (`periodLabelsRead`,
 * `lostDiffersFromFlow`) is listed at its first row and its count revised as the rows are read.
 */
import { issueMessage } from '../../shared/i18n/issueMessage';
import { IMPORT_ISSUE_SEVERITIES, type ImportIssue, type ImportIssueCode } from '../../shared/importModel';
import { quoteValue } from '../../shared/quote';

function quoted(params: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? quoteValue(value) : value]),
  );
}

export const MAX_LISTED_ISSUES = 200;

export class IssueLog {
  readonly issues: ImportIssue[] = [];
  omitted = 0;

  add(
    code: ImportIssueCode,
    row: number | null,
    column: string | null,
    extra: Record<string, string | number> = {},
  ): ImportIssue | null {
    if (this.issues.length >= MAX_LISTED_ISSUES) {
      this.omitted++;
      return null;
    }
    const shownColumn = column === null ? null : quoteValue(column);
    const params = quoted({
      ...extra,
      ...(row !== null && { row }),
      ...(shownColumn !== null && { column: shownColumn }),
    });
    const message = issueMessage('en', code, params);
    const issue: ImportIssue = {
      severity: IMPORT_ISSUE_SEVERITIES[code],
      code,
      row,
      column: shownColumn,
      message,
      params,
    };
    this.issues.push(issue);
    return issue;
  }

  /**
   * Sets params of an issue already listed, and its message with them: a count of the rows an
   * issue stands for, known only as the rows are read. The issue keeps its place (its first row).
   */
  revise(issue: ImportIssue, extra: Record<string, string | number>): void {
    issue.params = { ...issue.params, ...quoted(extra) };
    issue.message = issueMessage('en', issue.code, issue.params);
  }
}
