import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from './periods';
import { readPeriodLabel } from './periodsAsWritten';

/** The label Pito saves for a text, and whether its year had two digits; null when not read. */
function read(text: string): [string, boolean] | null {
  const reading = readPeriodLabel(text);
  return reading && [reading.period.label, reading.twoDigitYear];
}

/** Each text is read as the period given, with a four-digit year. */
function expectRead(cases: Record<string, string>): void {
  for (const [text, label] of Object.entries(cases)) expect(read(text), text).toEqual([label, false]);
}

describe('period labels as people write them', () => {
  it('reads English month names, full and short, either side of the year, any case', () => {
    expectRead({
      'Jan 2024': '2024-01',
      'January 2024': '2024-01',
      'JANUARY 2024': '2024-01',
      'jan-2024': '2024-01',
      'Jan. 2024': '2024-01',
      'January, 2024': '2024-01',
      'Feb/2024': '2024-02',
      'Mar 2024': '2024-03',
      'April 2024': '2024-04',
      'May 2024': '2024-05',
      'Jun 2024': '2024-06',
      'July 2024': '2024-07',
      'Aug 2024': '2024-08',
      'Sep 2024': '2024-09',
      'Sept. 2024': '2024-09',
      'October 2024': '2024-10',
      'Nov 2024': '2024-11',
      'December 2023': '2023-12',
      '2024 Jan': '2024-01',
      '2024-Feb': '2024-02',
      '2024 December': '2024-12',
    });
  });

  it('reads Finnish month names, their cases, abbreviations and short forms', () => {
    expectRead({
      'Tammikuu 2024': '2024-01',
      'tammikuu 2024': '2024-01',
      'TAMMIKUU 2024': '2024-01',
      'tammi 2024': '2024-01',
      'tammikuun 2024': '2024-01',
      'tammikuuta 2024': '2024-01',
      'tammik. 2024': '2024-01',
      'Helmikuu 2024': '2024-02',
      'helmi 2024': '2024-02',
      'maaliskuu 2024': '2024-03',
      'huhtikuu 2024': '2024-04',
      'touko 2024': '2024-05',
      'Kesäkuu 2024': '2024-06',
      'kesakuu 2024': '2024-06',
      'Heinäkuu 2024': '2024-07',
      'heinäk. 2024': '2024-07',
      'elokuu 2024': '2024-08',
      'elo 2024': '2024-08',
      'Syyskuu 2024': '2024-09',
      'lokakuu 2024': '2024-10',
      'marraskuun 2024': '2024-11',
      'Joulukuu 2023': '2023-12',
      'joulu 2023': '2023-12',
      '2024 tammikuu': '2024-01',
      '2024/helmikuu': '2024-02',
    });
  });

  it('reads a month and a year as numbers, month first or year first', () => {
    expectRead({
      '1/2024': '2024-01',
      '01/2024': '2024-01',
      '12/2024': '2024-12',
      '1.2024': '2024-01',
      '10.2024': '2024-10',
      '01-2024': '2024-01',
      '2024/01': '2024-01',
      '2024/1': '2024-01',
      '2024-1': '2024-01',
      '2024M03': '2024-03',
      '2024m12': '2024-12',
    });
  });

  it('reads quarters in English and Finnish', () => {
    expectRead({
      'Q1 2024': '2024-Q1',
      'q4 2023': '2023-Q4',
      '2024 Q1': '2024-Q1',
      '2024Q2': '2024-Q2',
      'Q1/2024': '2024-Q1',
      'Q3-2024': '2024-Q3',
      '1Q 2024': '2024-Q1',
      '4Q2024': '2024-Q4',
      '2024-K1': '2024-Q1',
      'K2 2024': '2024-Q2',
      '2024/Q3': '2024-Q3',
      '1. neljännes 2024': '2024-Q1',
      '2. vuosineljännes 2024': '2024-Q2',
      '3. kvartaali 2024': '2024-Q3',
      '4 neljännes 2024': '2024-Q4',
      '2024 1. neljännes': '2024-Q1',
      'Quarter 1 2024': '2024-Q1',
      'Qtr 2 2024': '2024-Q2',
      '3rd quarter 2024': '2024-Q3',
    });
  });

  it('reads years named as calendar years', () => {
    expectRead({ 'Year 2024': '2024', 'Vuosi 2024': '2024', 'v. 2023': '2023', CY2024: '2024', 'cy 2024': '2024' });
  });

  it('reads a two-digit year only after a month name or a quarter, as Excel does, and says so', () => {
    expect(read('Feb-24')).toEqual(['2024-02', true]);
    expect(read("Feb '24")).toEqual(['2024-02', true]);
    expect(read('Feb’24')).toEqual(['2024-02', true]);
    expect(read('tammi-24')).toEqual(['2024-01', true]);
    expect(read('Dec-99')).toEqual(['1999-12', true]);
    expect(read('Q1-24')).toEqual(['2024-Q1', true]);
    expect(read('Q1–24')).toEqual(['2024-Q1', true]);
    expect(read("Q1'24")).toEqual(['2024-Q1', true]);
    expect(read('Q1 24')).toEqual(['2024-Q1', true]);
    expect(read('1Q24')).toEqual(['2024-Q1', true]);
    expect(read('K4/23')).toEqual(['2023-Q4', true]);
  });

  it("keeps Pito's own labels as parsePeriodLabel reads them", () => {
    for (const label of ['2024-01', '2024-Q1', '2024', '2024-q1']) {
      expect(readPeriodLabel(label)).toEqual({ period: parsePeriodLabel(label), lenient: false, twoDigitYear: false });
    }
    // parsePeriodLabel itself stays strict: the grid, the ranges and the workbook read only Pito's labels.
    expect(parsePeriodLabel('Jan 2024')).toBeNull();
    expect(parsePeriodLabel('Q1 2024')).toBeNull();
  });

  it('leaves dates to the date rules: a day makes a label no period', () => {
    for (const text of ['1/2/2024', '1.2.2024', '2024-01-15', '2024/01/15', 'Jan 1, 2024', '1. tammikuuta 2024'])
      expect(read(text), text).toBeNull();
    // Day and month: Excel's d-mmm, and a month's name before a day.
    for (const text of ['24-Feb', '24 Feb', 'Feb 24', 'Feb. 24', 'tammi 24']) expect(read(text), text).toBeNull();
    // A month number and a two-digit year could as well be a month and a day.
    for (const text of ['1/24', '01/24', '1.24', '01-24']) expect(read(text), text).toBeNull();
  });

  it('reads no label without a year, of no calendar period, or a fiscal year', () => {
    for (const text of [
      'Tammikuu',
      'tammi',
      'Jan',
      'January',
      'Q4',
      'K1',
      '1. neljännes',
      'Kevät 2024',
      'Kesä 2024',
      'H1 2024',
    ])
      expect(read(text), text).toBeNull();
    for (const text of ['FY2024', 'FY 2024', 'Q1 FY2024', 'Tilikausi 2024']) expect(read(text), text).toBeNull();
    for (const text of ['13/2024', '0/2024', '2024-13', '2024/00', 'Q5 2024', '5Q 2024', 'Smarch 2024', '2024 total'])
      expect(read(text), text).toBeNull();
    expect(read('')).toBeNull();
    expect(read(`Jan 2024${' '.repeat(100)}x`)).toBeNull();
  });

  it('reads a number cell only in Pito’s form', () => {
    expect(readPeriodLabel('2024', false)?.period.label).toBe('2024');
    expect(readPeriodLabel('1.2024', false)).toBeNull();
  });
});
