/**
 * The issues of one import: every issue counts, the first 200 are listed. Each carries its
 * English sentence for the CLI; the UI builds its own from the code and params.
 */
import { translate, type MessageKey } from '../../shared/i18n';
import { IMPORT_ISSUE_SEVERITIES, type ImportIssue, type ImportIssueCode } from '../../shared/importModel';

export const MAX_LISTED_ISSUES = 200;

export class IssueLog {
  readonly issues: ImportIssue[] = [];
  omitted = 0;

  add(
    code: ImportIssueCode,
    row: number | null,
    column: string | null,
    extra: Record<string, string | number> = {},
  ): void {
    if (this.issues.length >= MAX_LISTED_ISSUES) {
      this.omitted++;
      return;
    }
    const params = { ...extra, ...(row !== null && { row }), ...(column !== null && { column }) };
    const message = translate('en', `importIssue.${code}` as MessageKey, params);
    this.issues.push({ severity: IMPORT_ISSUE_SEVERITIES[code], code, row, column, message, params });
  }
}
