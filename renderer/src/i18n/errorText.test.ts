import { describe, expect, it } from 'vitest';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from './errorText';

describe('refusal text', () => {
  it('names missing fields and the shape in the UI language', () => {
    const error: IpcError = {
      code: 'invalidRequest',
      message: 'periods.xlsx: no column is chosen for "Customers at end", which a period table needs.',
      reason: {
        key: 'importError.missingFields',
        params: { fields: 'customersAtStart, customersAtEnd', shape: 'periodTable' },
      },
    };
    expect(errorText(error, 'en')).toContain(
      'No column is chosen for "Customers at start", "Customers at end", which a period table needs.',
    );
    expect(errorText(error, 'fi')).toContain('"Asiakkaat jakson alussa", "Asiakkaat jakson lopussa"');
    expect(errorText(error, 'fi')).toContain('jaksotaulukko');
  });

  it('fill any other reason with its own params, and fall back to the message', () => {
    const reason = {
      key: 'importError.readMonthFirstButDayFirst' as const,
      params: { file: 'us.csv', row: 4, column: 'Start', value: '13/04/2024' },
    };
    expect(errorText({ code: 'badFile', message: 'x', reason }, 'en')).toBe(
      'us.csv: row 4 of column "Start" has "13/04/2024", which only day first reads, but the dates were being read month first. Choose day first and import again.',
    );
    expect(errorText({ code: 'badFile', message: 'The file is broken.' }, 'fi')).toBe('The file is broken.');
  });

  it('words a reader error in Finnish from its reason, not from the English message', () => {
    const error: IpcError = {
      code: 'badFile',
      message: 'secret.xlsx is a password-protected workbook. Open it in Excel, remove the password.',
      file: 'secret.xlsx',
      reason: { key: 'importError.passwordProtected', params: { file: 'secret.xlsx' } },
    };
    expect(errorText(error, 'fi')).toBe(
      'secret.xlsx on salasanalla suojattu työkirja. Avaa se Excelissä, poista salasana (Tiedosto > Tiedot > Suojaa työkirja) ja tuo se uudelleen.',
    );
  });

  it('fills a damaged-workbook reason with its place in Finnish', () => {
    const reason = {
      key: 'readerError.xlsx.cutShort' as const,
      params: { file: 'cut.xlsx', part: 'xl/worksheets/sheet1.xml' },
    };
    expect(errorText({ code: 'badFile', message: 'cut.xlsx is damaged.', reason }, 'fi')).toBe(
      'cut.xlsx on vioittunut: osan xl/worksheets/sheet1.xml XML katkeaa kesken.',
    );
  });
});
