import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, formatIsoDate } from '../calendar';
import { excelSerialToDay, parseDateText, slashedDateParts } from './date';

const iso = (text: string, date1904?: boolean) => {
  const { day } = parseDateText(text, date1904);
  return day === null ? null : formatIsoDate(day);
};

describe('excelSerialToDay', () => {
  it('reads the 1900 system around the fake leap day', () => {
    expect(formatIsoDate(excelSerialToDay(1).day ?? NaN)).toBe('1900-01-01');
    expect(formatIsoDate(excelSerialToDay(59).day ?? NaN)).toBe('1900-02-28');
    expect(excelSerialToDay(60)).toEqual({ day: null, reason: 'noSuchDay' });
    expect(formatIsoDate(excelSerialToDay(61).day ?? NaN)).toBe('1900-03-01');
    expect(formatIsoDate(excelSerialToDay(45323).day ?? NaN)).toBe('2024-02-01');
    expect(formatIsoDate(excelSerialToDay(2958465).day ?? NaN)).toBe('9999-12-31');
  });

  it('drops the time of day without moving the date', () => {
    expect(formatIsoDate(excelSerialToDay(45323.99999).day ?? NaN)).toBe('2024-02-01');
  });

  it('reads the 1904 system', () => {
    expect(formatIsoDate(excelSerialToDay(0, true).day ?? NaN)).toBe('1904-01-01');
    expect(formatIsoDate(excelSerialToDay(43861, true).day ?? NaN)).toBe('2024-02-01');
  });

  it('refuses serials outside Excel dates', () => {
    expect(excelSerialToDay(0).reason).toBe('outOfRange');
    expect(excelSerialToDay(-5).reason).toBe('outOfRange');
    expect(excelSerialToDay(2958466).reason).toBe('outOfRange');
    expect(excelSerialToDay(Number.NaN).reason).toBe('notADate');
  });

  it('agrees with an independent count by UTC milliseconds after 1900-03-01', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const utc = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        expect(formatIsoDate(excelSerialToDay(serial).day ?? NaN)).toBe(utc.toISOString().slice(0, 10));
      }),
    );
  });
});

describe('parseDateText in a day/month order', () => {
  it('reads slashes and hyphens in the order given, dots always day first', () => {
    const read = (text: string, order: 'dayFirst' | 'monthFirst') => {
      const { day } = parseDateText(text, false, order);
      return day === null ? null : formatIsoDate(day);
    };
    expect(read('03/04/2024', 'dayFirst')).toBe('2024-04-03');
    expect(read('03/04/2024', 'monthFirst')).toBe('2024-03-04');
    expect(read('03-04-2024', 'monthFirst')).toBe('2024-03-04');
    expect(read('3.4.2024', 'monthFirst')).toBe('2024-04-03');
    expect(read('12/31/2024', 'monthFirst')).toBe('2024-12-31');
    // Never guessed value by value: a date the order cannot read is no date.
    expect(read('12/31/2024', 'dayFirst')).toBeNull();
    expect(read('31/12/2024', 'monthFirst')).toBeNull();
  });

  it('names the two leading parts of a date whose order the text does not tell', () => {
    expect(slashedDateParts('03/04/2024')).toEqual({ first: 3, second: 4 });
    expect(slashedDateParts('13-4-24 12:00')).toEqual({ first: 13, second: 4 });
    expect(slashedDateParts('3.4.2024')).toBeNull();
    expect(slashedDateParts('2024-04-03')).toBeNull();
  });
});

describe('parseDateText', () => {
  it.each([
    ['2024-02-01', '2024-02-01'],
    ['2024-2-1', '2024-02-01'],
    ['2024/02/01', '2024-02-01'],
    ['20240201', '2024-02-01'],
    ['1.2.2024', '2024-02-01'],
    ['01.02.2024', '2024-02-01'],
    ['1. 2. 2024', '2024-02-01'],
    ['1.2.24', '2024-02-01'],
    ['1.2.95', '1995-02-01'],
    ['1/2/2024', '2024-02-01'],
    ['1-2-2024', '2024-02-01'],
    ['2024-02-01T00:00:00Z', '2024-02-01'],
    ['2024-02-01T23:30:00+02:00', '2024-02-01'],
    ['2024-02-01 13:45', '2024-02-01'],
    ['1.2.2024 klo 12.00', '2024-02-01'],
    ['45323', '2024-02-01'],
    ['29.2.2024', '2024-02-29'],
  ])('reads %j as %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads a serial in text by the workbook date system', () => {
    expect(iso('43861', true)).toBe('2024-02-01');
  });

  it('gives the reason for what it cannot read', () => {
    expect(parseDateText(' ').reason).toBe('empty');
    expect(parseDateText('31.2.2024').reason).toBe('noSuchDay');
    expect(parseDateText('29.2.2023').reason).toBe('noSuchDay');
    expect(parseDateText('13/13/2024').reason).toBe('noSuchDay');
    expect(parseDateText('yesterday').reason).toBe('notADate');
    expect(parseDateText('2024').reason).toBe('notADate');
    expect(parseDateText('1.2').reason).toBe('notADate');
  });

  it('never depends on the time zone', () => {
    expect(parseDateText('1.1.2024').day).toBe(dayNumberOf(2024, 1, 1));
  });
});
