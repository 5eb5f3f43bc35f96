/**
 * Dates as they arrive from spreadsheets and CSV files, read into day numbers with no
 * time zone: nothing here builds a `Date` from a string, so no date can shift by a day.
 */
import { dayNumberOf, isValidCivilDate, type DayNumber } from '../calendar';
import type { DateOrder } from '../importModel';

export type DateRejection = 'empty' | 'notADate' | 'noSuchDay' | 'outOfRange';

export type ParsedDate = { day: DayNumber; reason: null } | { day: null; reason: DateRejection };

/** Excel's largest date, 9999-12-31, as a 1900-system serial number. */
const MAX_SERIAL_1900 = 2_958_465;
/** Day 0 of each system: serial n is this day number + n (1900 system: for serials after the fake leap day). */
const EPOCH_1900 = dayNumberOf(1899, 12, 30);
const EPOCH_1904 = dayNumberOf(1904, 1, 1);
/** Excel's serial 60 is 1900-02-29, a day that never was (kept for Lotus 1-2-3 compatibility). */
const FAKE_LEAP_DAY_SERIAL = 60;

function rejected(reason: DateRejection): ParsedDate {
  return { day: null, reason };
}

function accepted(day: DayNumber): ParsedDate {
  return { day, reason: null };
}

/**
 * The day of an Excel serial number. The fraction is the time of day and is dropped.
 * `date1904` is the workbook's "1904 date system" flag (old Mac workbooks).
 */
export function excelSerialToDay(serial: number, date1904 = false): ParsedDate {
  if (!Number.isFinite(serial)) return rejected('notADate');
  const whole = Math.floor(serial);
  const max = date1904 ? MAX_SERIAL_1900 - 1462 : MAX_SERIAL_1900;
  if (whole < (date1904 ? 0 : 1) || whole > max) return rejected('outOfRange');
  if (date1904) return accepted(EPOCH_1904 + whole);
  if (whole === FAKE_LEAP_DAY_SERIAL) return rejected('noSuchDay');
  // Before the fake leap day the serials are one ahead of the real calendar.
  return accepted(EPOCH_1900 + whole + (whole < FAKE_LEAP_DAY_SERIAL ? 1 : 0));
}

/** Two-digit years as Excel reads them: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function civil(year: number, month: number, day: number): ParsedDate {
  if (year < 1 || year > 9999) return rejected('outOfRange');
  return isValidCivilDate(year, month, day) ? accepted(dayNumberOf(year, month, day)) : rejected('noSuchDay');
}

/** A trailing time of day (`13:45`, `13.45.10`, `T00:00:00Z`, `klo 12.00`) says nothing about the date. */
const TIME_SUFFIX = /(?:[T\s]+(?:klo\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[AP]M)?)$/i;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const YEAR_FIRST_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** Day and month before the year, with dots (Finnish), slashes or hyphens; a year of two or four digits. */
const DAY_MONTH_YEAR = /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;

/** A date text without its trailing time of day. */
function withoutTime(input: string): string {
  return input.trim().replace(TIME_SUFFIX, '').trim();
}

/**
 * The two leading parts of a date written `03/04/2024` or `03-04-2024`, whose order the
 * text alone does not tell; null for any other text. Dots (`3.4.2024`) are always day
 * first, as every country that writes them does, so they are not asked about.
 */
export function slashedDateParts(input: string): { first: number; second: number } | null {
  const match = DAY_MONTH_YEAR.exec(withoutTime(input));
  if (!match || match[2] === '.') return null;
  return { first: Number(match[1]), second: Number(match[3]) };
}

/**
 * Reads `2024-02-01`, `2024/02/01`, `20240201`, `1.2.2024`, `1.2.24` and `1/2/2024` or
 * `1-2-2024` in the given order: day first, 1 February; month first, January 2. A date
 * the order cannot read (`12/31/2024` day first) is no date: the column's order is decided
 * once (see electron/import/detect/dateOrder.ts), never guessed value by value.
 * Five digits are an Excel serial number (a date column exported as numbers).
 */
export function parseDateText(input: string, date1904 = false, order: DateOrder = 'dayFirst'): ParsedDate {
  const text = withoutTime(input);
  if (text === '') return input.trim() === '' ? rejected('empty') : rejected('notADate');
  let match = ISO.exec(text) ?? YEAR_FIRST_SLASH.exec(text) ?? COMPACT.exec(text);
  if (match) return civil(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[3]), fullYear(match[4] ?? '')];
    const monthFirst = match[2] !== '.' && order === 'monthFirst';
    return monthFirst ? civil(year, first, second) : civil(year, second, first);
  }
  // Five digits in text are a serial (1927-2173) exported as text; fewer are more likely a year typed alone.
  if (/^\d{5}(?:[.,]\d+)?$/.test(text)) return excelSerialToDay(Number(text.replace(',', '.')), date1904);
  return rejected('notADate');
}
