// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../../shared/i18n';
import { I18nProvider, useI18n } from './I18nContext';
import { issueText } from '../import/issueText';
import { messageText } from './messageText';

/** Intl groups with no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
type Params = Record<string, string | number>;
const fi = (key: MessageKey, params?: Params) => plain(messageText('fi', key, params));
const en = (key: MessageKey, params?: Params) => messageText('en', key, params);

afterEach(cleanup);

describe('message text', () => {
  it('groups a count in a message as the language writes numbers', () => {
    expect(fi('ui.import.rowsRead', { rows: 32323 })).toBe('32 323 riviä luettu');
    expect(en('ui.import.rowsRead', { rows: 32323 })).toBe('32,323 rows read');
    expect(fi('ui.import.done', { used: 32322, read: 32323, file: 'a.csv' })).toBe(
      'Tuotiin 32 322 / 32 323 riviä tiedostosta a.csv.',
    );
    expect(en('ui.import.done', { used: 32322, read: 32323, file: 'a.csv' })).toBe(
      'Imported 32,322 of 32,323 rows from a.csv.',
    );
    expect(fi('ui.paste.refused.tooManyPeriods', { maxPeriods: 10000 })).toBe(
      'Mitään ei liitetty: asiakirjassa voi olla enintään 10 000 jaksoa.',
    );
    expect(en('ui.paste.refused.tooManyPeriods', { maxPeriods: 10000 })).toBe(
      'Nothing was pasted: a document holds at most 10,000 periods.',
    );
  });

  it('writes a number with the language’s decimal mark', () => {
    expect(fi('importError.outOfMemory', { file: 'a.csv', limit: 1536.5 })).toContain('(1 536,5 Mt)');
    expect(en('importError.outOfMemory', { file: 'a.csv', limit: 1536.5 })).toContain('(1,536.5 MB)');
  });

  it('leaves a number that names a place as the file names it: a row, a line, a version', () => {
    const duplicate = { value: 'C1', column: 'Id', row: 12345, firstRow: 10234 };
    expect(en('importIssue.duplicateId', duplicate)).toBe(
      'Row 12345: customer ID "C1" in column "Id" also appears on row 10234.',
    );
    expect(en('readerError.xlsx.rowsOutOfOrder', { file: 'a.xlsx', sheet: 'S', row: 1200, previous: 1500 })).toContain(
      'row 1200 comes after row 1500',
    );
    expect(
      fi('documentError.data.newerVersion', { file: 'a.xlsx', sheet: 'S', version: 1000, supported: 3 }),
    ).toContain('versio on 1000');
    expect(fi('readerError.csv.tooManyFields', { file: 'a.csv', row: 20001, line: 20002, limit: 16384 })).toBe(
      'a.csv: rivillä 20001 on yli 16 384 kenttää, enemmän kuin Excel sallii sarakkeita yhteen taulukkoon (tekstieditorissa rivi 20002). Tarkista rivin erottimet.',
    );
  });

  it('picks the plural form for 1 and 2 in both languages', () => {
    expect(en('ui.paste.appended', { count: 1 })).toBe('1 period was added below the last one.');
    expect(en('ui.paste.appended', { count: 2 })).toBe('2 periods were added below the last one.');
    expect(fi('ui.paste.appended', { count: 1 })).toBe('1 jakso lisättiin viimeisen perään.');
    expect(fi('ui.paste.appended', { count: 2 })).toBe('2 jaksoa lisättiin viimeisen perään.');
    expect(en('ui.import.rowsReadOf', { rows: 1, total: 1 })).toBe('1 of 1 row read');
    expect(en('ui.import.rowsReadOf', { rows: 1200, total: 2500 })).toBe('1,200 of 2,500 rows read');
    expect(fi('ui.import.rowsReadOf', { rows: 1, total: 1 })).toBe('1 / 1 rivi luettu');
    expect(fi('ui.import.rowsReadOf', { rows: 1200, total: 2500 })).toBe('1 200 / 2 500 riviä luettu');
    const aboveHeader = (values: number) => ({ row: 1, headerRow: 3, values });
    expect(en('importIssue.rowAboveHeader', aboveHeader(1))).toContain('holds 1 value, so');
    expect(en('importIssue.rowAboveHeader', aboveHeader(2))).toContain('holds 2 values, so');
    expect(fi('importIssue.rowAboveHeader', aboveHeader(1))).toContain('siinä on 1 arvo, joten');
    expect(fi('importIssue.rowAboveHeader', aboveHeader(2))).toContain('siinä on 2 arvoa, joten');
    const shared = (count: number) => ({ file: 'a.xlsx', sheet: 'S', cell: 'A1', index: '5', count });
    expect(en('readerError.xlsx.missingSharedString', shared(1))).toContain('holds only 1 shared text, numbered');
    expect(en('readerError.xlsx.missingSharedString', shared(2))).toContain('holds only 2 shared texts, numbered');
    expect(fi('readerError.xlsx.missingSharedString', shared(1))).toContain('vain 1 jaettu teksti nollasta');
    expect(fi('readerError.xlsx.missingSharedString', shared(2))).toContain('vain 2 jaettua tekstiä nollasta');
  });

  it('groups the number of a plural form too', () => {
    expect(fi('ui.report.omitted', { count: 1234 })).toBe('1 234 muuta ongelmaa jätettiin luettelematta.');
    expect(en('ui.report.omitted', { count: 1234 })).toBe('1,234 more problems are not listed.');
  });

  it('words an import issue with its numbers grouped, its row as the file names it', () => {
    const issue = {
      severity: 'warning' as const,
      code: 'rowAboveHeader' as const,
      row: 1,
      column: null,
      message: 'Row 1: …',
      params: { headerRow: 1200, values: 1500 },
    };
    expect(plain(issueText(issue, 'fi'))).toContain(
      'Rivi 1: rivi on otsikkorivin 1200 yläpuolella ja siinä on 1 500 arvoa',
    );
    expect(issueText(issue, 'en')).toContain('above the header on row 1200 and holds 1,500 values');
  });

  it('is what t() of the UI gives, while the CLI’s English keeps plain digits', () => {
    function Probe() {
      const { t } = useI18n();
      return <p data-testid="probe">{t('ui.import.rowsRead', { rows: 32323 })}</p>;
    }
    render(
      <I18nProvider language="fi" setLanguage={() => {}}>
        <Probe />
      </I18nProvider>,
    );
    expect(plain(screen.getByTestId('probe').textContent ?? '')).toBe('32 323 riviä luettu');
    expect(translate('en', 'ui.import.rowsRead', { rows: 32323 })).toBe('32323 rows read');
  });
});
