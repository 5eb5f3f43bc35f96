import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES, type ImportIssue } from '../../../shared/importModel';
import { issueText } from './issueText';

describe('import issue text', () => {
  it('translates a code with the row, column and parameters in each language', () => {
    const issue: ImportIssue = {
      severity: 'error',
      code: 'unreadableStartDate',
      row: 7,
      column: 'Start',
      message: 'Row 7: the English sentence.',
      params: { value: 'soon' },
    };
    for (const language of ['en', 'fi'] as const) {
      const text = issueText(issue, language);
      expect(text).toContain('7');
      expect(text).toContain('Start');
      expect(text).toContain('soon');
    }
    expect(issueText(issue, 'fi')).not.toBe(issueText(issue, 'en'));
  });

  it('names a field by its name in the UI language', () => {
    const issue: ImportIssue = {
      severity: 'warning',
      code: 'uncertainColumn',
      row: 1,
      column: 'When',
      message: '',
      params: { field: 'startDate', confidence: 30 },
    };
    expect(issueText(issue, 'en')).toContain('is read as Start date');
    expect(issueText(issue, 'fi')).toContain('kenttään Alkupäivä');
    expect(issueText(issue, 'fi')).toContain('(varmuus 30 %)');
  });

  it('has a message for every issue code', () => {
    for (const code of IMPORT_ISSUE_CODES) {
      const issue: ImportIssue = { severity: 'warning', code, row: 1, column: 'A', message: '' };
      expect(issueText(issue, 'fi'), code).not.toMatch(/^importIssue\./);
    }
  });
});
