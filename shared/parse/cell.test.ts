import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../calendar';
import { cellToDay, cellToNumber, cellToText } from './cell';

describe('cell values', () => {
  it('reads a number cell, a text cell and an empty cell as a number', () => {
    expect(cellToNumber(12.5)).toEqual({ value: 12.5, reason: null });
    expect(cellToNumber('12,5')).toEqual({ value: 12.5, reason: null });
    expect(cellToNumber(null)).toEqual({ value: null, reason: 'empty' });
    expect(cellToNumber(true)).toEqual({ value: null, reason: 'notANumber' });
  });

  it('reads a date column whether the cell holds a serial, a compact date or text', () => {
    const iso = (value: Parameters<typeof cellToDay>[0], date1904 = false) =>
      formatIsoDate(cellToDay(value, date1904).day ?? NaN);
    expect(iso(45323)).toBe('2024-02-01');
    expect(iso(45323.5)).toBe('2024-02-01');
    expect(iso(43861, true)).toBe('2024-02-01');
    expect(iso(20240201)).toBe('2024-02-01');
    expect(iso('1.2.2024')).toBe('2024-02-01');
    expect(cellToDay(null).reason).toBe('empty');
    expect(cellToDay(false).reason).toBe('notADate');
  });

  it('shows a cell as text', () => {
    expect(cellToText(null)).toBe('');
    expect(cellToText(42)).toBe('42');
    expect(cellToText(' A-1 ')).toBe('A-1');
    expect(cellToText(true)).toBe('TRUE');
  });
});
