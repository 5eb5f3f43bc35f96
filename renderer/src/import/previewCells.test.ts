import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../shared/importModel';
import { fieldsByColumn, previewReading, readAsOf, readPreviewCell } from './previewCells';

const list: ColumnMapping = {
  shape: 'customerList',
  columns: { customerId: 0, startDate: 1, endDate: 2, revenue: 3, npsDate: 1 },
  dateOrder: 'dayFirst',
};

describe('preview cells', () => {
  it('read each column as the field it feeds, the first field when one column feeds two', () => {
    const fields = fieldsByColumn(list);
    expect(fields.get(1)).toBe('startDate');
    expect([0, 1, 2, 3, 4].map((column) => readAsOf(list, fields.get(column)))).toEqual([
      'text',
      'date',
      'date',
      'number',
      'text',
    ]);
    const table: ColumnMapping = {
      shape: 'periodTable',
      columns: { period: 0, customersAtStart: 1 },
      dateOrder: 'dayFirst',
    };
    expect(readAsOf(table, 'period')).toBe('period');
    expect(readAsOf(table, 'customersAtStart')).toBe('number');
  });

  it('show dates in the UI language in the chosen order, serial numbers as their day', () => {
    const en = previewReading('en', false, 'dayFirst');
    const fi = previewReading('fi', false, 'dayFirst');
    const us = previewReading('en', false, 'monthFirst');
    expect(readPreviewCell('03/04/2024', 'date', en)).toEqual({ text: '3 Apr 2024', unreadable: null });
    expect(readPreviewCell('03/04/2024', 'date', us)).toEqual({ text: '4 Mar 2024', unreadable: null });
    expect(readPreviewCell('3.4.2024', 'date', fi)).toEqual({ text: '3.4.2024', unreadable: null });
    expect(readPreviewCell(45_385, 'date', fi).text).toBe('3.4.2024');
    expect(readPreviewCell(43_923, 'date', previewReading('fi', true, 'dayFirst')).text).toBe('3.4.2024');
    expect(readPreviewCell('2024-04-03', 'date', en).text).toBe('3 Apr 2024');
  });

  it('keep the raw text of a value the field cannot read, and say so', () => {
    const en = previewReading('en', false, 'dayFirst');
    expect(readPreviewCell('soon', 'date', en)).toEqual({ text: 'soon', unreadable: 'date' });
    expect(readPreviewCell('12/31/2024', 'date', en)).toEqual({ text: '12/31/2024', unreadable: 'date' });
    expect(readPreviewCell(true, 'date', en)).toEqual({ text: 'TRUE', unreadable: 'date' });
    expect(readPreviewCell('lots', 'number', en)).toEqual({ text: 'lots', unreadable: 'number' });
    expect(readPreviewCell(null, 'date', en)).toEqual({ text: '', unreadable: null });
    expect(readPreviewCell('  ', 'number', en)).toEqual({ text: '', unreadable: null });
  });

  it('show numbers with the language’s decimal mark and grouping, and text as it is', () => {
    const fi = previewReading('fi', false, 'dayFirst');
    const en = previewReading('en', false, 'dayFirst');
    expect(readPreviewCell('1234,5', 'number', fi).text).toBe('1\u00a0234,5');
    expect(readPreviewCell(1234.5, 'number', en).text).toBe('1,234.5');
    expect(readPreviewCell('€ 12,125', 'number', en).text).toBe('12.125');
    expect(readPreviewCell(45_385, 'text', en).text).toBe('45385');
    expect(readPreviewCell('  C1 ', 'text', en).text).toBe('C1');
  });

  it('label a period held as a date cell by its day, and any other period as written', () => {
    const en = previewReading('en', false, 'dayFirst');
    expect(readPreviewCell(45_292, 'period', en).text).toBe('2024-01-01');
    expect(readPreviewCell('2024-Q1', 'period', en).text).toBe('2024-Q1');
    expect(readPreviewCell(2024, 'period', en).text).toBe('2024');
  });
});
