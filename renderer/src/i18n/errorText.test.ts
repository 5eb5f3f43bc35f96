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
});
