import { describe, expect, it } from 'vitest';
import { MAX_PERIODS, MAX_TEXT_LENGTH } from '../../shared/limits';
import type { SheetRow } from '../../shared/parse';
import { PitoError } from '../errors';
import { requestSchemas } from '../ipc/schemas';
import { periodTableDocument } from './buildDocument';
import { IssueLog } from './issueLog';
import { PeriodRowReader } from './periodRows';

const headers = ['Period', 'S', 'N', 'E'];
const columns = { period: 0, customersAtStart: 1, newCustomers: 2, customersAtEnd: 3 };

function reader(fileName = 'periods.csv'): PeriodRowReader {
  return new PeriodRowReader(columns, headers, false, new IssueLog(), fileName);
}

function rowOf(number: number, label: string): SheetRow {
  return { number, cells: [label, 100, 10, 100] };
}

function readAll(periods: PeriodRowReader, labels: readonly string[]): void {
  labels.forEach((label, index) => periods.read(rowOf(index + 2, label)));
}

function refusal(action: () => void): PitoError {
  try {
    action();
  } catch (error) {
    if (error instanceof PitoError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

describe('period table limits', () => {
  it('saves the largest period table and the longest label it imports', () => {
    const periods = reader();
    const longest = 'x'.repeat(MAX_TEXT_LENGTH);
    readAll(periods, [longest, ...Array.from({ length: MAX_PERIODS - 1 }, (_, index) => `P${index}`)]);
    const rows = periods.finish();
    expect(rows).toHaveLength(MAX_PERIODS);
    expect(rows[0]?.label).toBe(longest);
    const document = periodTableDocument(rows, 'month', 'en');
    const saved = requestSchemas['document:save'].safeParse({ document, saveAs: false });
    expect(saved.error?.issues ?? []).toEqual([]);
    expect(requestSchemas['recovery:write'].safeParse({ document }).success).toBe(true);
  });

  it('refuses a label longer than a document holds, naming the row and never cutting it', () => {
    const error = refusal(() => readAll(reader('periods.csv'), ['2024-01', 'y'.repeat(MAX_TEXT_LENGTH + 1)]));
    expect(error).toMatchObject({ code: 'badFile', file: 'periods.csv', row: 3, column: 'Period' });
    expect(error.message).toBe(
      `periods.csv: row 3, column "Period": the period label "${'y'.repeat(79)}…" has ${MAX_TEXT_LENGTH + 1} characters; a label may have at most ${MAX_TEXT_LENGTH}.`,
    );
  });

  it('refuses a table of more periods than a document holds at the first row too many', () => {
    const labels = Array.from({ length: MAX_PERIODS + 1 }, (_, index) => `P${index}`);
    const error = refusal(() => readAll(reader(), labels));
    expect(error).toMatchObject({ code: 'badFile', row: MAX_PERIODS + 2 });
    expect(error.message).toBe(
      `periods.csv: row ${MAX_PERIODS + 2}, column "Period": the table has more than ${MAX_PERIODS} periods, the most one document holds.`,
    );
  });

  it('quotes at most 80 characters of a 10 MB value in an issue', () => {
    const log = new IssueLog();
    const huge = 'z'.repeat(10 * 1024 * 1024);
    const periods = new PeriodRowReader(columns, [huge, 'S', 'N', 'E'], false, log, 'huge.csv');
    periods.read({ number: 2, cells: ['2024-01', huge, 10, 100] });
    periods.read(rowOf(3, '2024-01'));
    expect(log.issues.length).toBeGreaterThan(0);
    for (const issue of log.issues) {
      expect(issue.message.length, issue.code).toBeLessThan(400);
      expect(JSON.stringify(issue.params).length, issue.code).toBeLessThan(400);
      expect(issue.column?.length ?? 0).toBeLessThanOrEqual(80);
    }
    expect(log.issues.find((issue) => issue.code === 'unreadableNumber')?.params?.value).toBe(`${'z'.repeat(79)}…`);
  });
});
