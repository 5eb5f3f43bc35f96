/**
 * An import issue in the UI language: its `importIssue.<code>` message filled with the
 * row, the column and the issue's own parameters (a field's code by its name). The English `message` the reader wrote
 * is for the CLI and logs; the UI never shows it.
 */
import type { UiLanguage } from '../../../shared/document';
import { issueMessage } from '../../../shared/i18n/issueMessage';
import type { ImportIssue } from '../../../shared/importModel';
import { messageNumbers } from '../i18n/messageText';

/** Its numbers written as the UI language writes them (a row number as the file names it). */
export function issueText(issue: ImportIssue, language: UiLanguage): string {
  const params = { row: issue.row ?? '', column: issue.column ?? '', ...issue.params };
  return issueMessage(language, issue.code, params, messageNumbers(language));
}
