import { describe, expect, it } from 'vitest';
import { catalogs, translate, type MessageKey } from './i18n';
import { IMPORT_ISSUE_CODES } from './importModel';

describe('import issue codes', () => {
  it('each have a message in both languages that names the row', () => {
    for (const code of IMPORT_ISSUE_CODES) {
      const key = `importIssue.${code}` as MessageKey;
      expect(catalogs.en[key], code).toContain('{row}');
      expect(catalogs.fi[key], code).toContain('{row}');
    }
  });

  it('fill row, column and value', () => {
    expect(translate('fi', 'importIssue.unreadableNumber', { row: 7, column: 'Ostot', value: 'x' })).toBe(
      'Rivi 7: "x" sarakkeessa "Ostot" ei ole luku, joten se jätetään tyhjäksi.',
    );
  });
});
