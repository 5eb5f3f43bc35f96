import { describe, expect, it } from 'vitest';
import { summarizeRange } from './rangeFigures';
import { periodsChain, rangeNoteFor, summarizeTableRange, withStartNote } from './tableRange';
import { tablePeriod } from './testPeriods';

/** Each period's NPS answers are its own: 10 promoters, 5 passives, 5 detractors. */
const period = (label: string, S: number | null, N: number, E: number) =>
  tablePeriod(label, S, N, E, { promoters: 10, passives: 5, detractors: 5 });

describe('a range of table rows', () => {
  it('is summarizeRange where the rows chain', () => {
    const rows = [period('2024-01', 100, 10, 105), period('2024-02', 105, 20, 110)];
    expect(periodsChain(rows)).toBe(true);
    expect(summarizeTableRange(rows)).toEqual({ ...summarizeRange(rows), notes: [] });
  });

  it('leaves the figures of the customer flow blank where they do not, and says why', () => {
    // The worked examples: 1000 at the start of February is not the 120 January ended with.
    const rows = [period('2024-01', 107, 21, 120), period('2024-02', 1000, 200, 900)];
    const range = summarizeTableRange(rows);
    const whole = summarizeRange(rows);
    expect(range.notes).toEqual(['periodsDoNotChain']);
    expect(range.inputs).toEqual(whole.inputs);
    expect(range.metrics).toEqual({
      ...whole.metrics,
      lostCustomers: null,
      retentionRate: null,
      simpleRetentionRate: null,
      churnRate: null,
    });
    expect(range.metrics.nps).toBe(25); // each period's responses are its own: (20 − 10) / 40
  });

  it('keeps the chain across a row whose S is missing', () => {
    const rows = [period('2024-01', 100, 10, 105), period('2024-02', null, 20, 110), period('2024-03', 110, 0, 100)];
    expect(periodsChain(rows)).toBe(true);
    expect(summarizeTableRange(rows).notes).toEqual([]);
  });

  it('never adds up a customer list’s NPS counts per period, and says so', () => {
    const rows = [period('2024-01', 0, 10, 10), period('2024-02', 10, 5, 14)].map((row) => ({
      ...row,
      aggregated: true,
    }));
    const range = summarizeTableRange(rows);
    expect(range.notes).toEqual(['npsCountedPerPeriod']);
    expect([range.inputs.promoters, range.metrics.nps, range.metrics.npsMarginOfError]).toEqual([null, null, null]);
    expect(range.inputs.newCustomers).toBe(15); // the flow still combines: the rows chain
  });

  it('names the note that blanks each figure, and none for a figure it does not touch', () => {
    const notes = ['periodsDoNotChain', 'npsCountedPerPeriod'] as const;
    expect(rangeNoteFor('retentionRate', notes)).toBe('periodsDoNotChain');
    expect(rangeNoteFor('nps', notes)).toBe('npsCountedPerPeriod');
    expect(rangeNoteFor('npsMarginOfError', notes)).toBe('npsCountedPerPeriod');
    expect(rangeNoteFor('promoters', notes)).toBe('npsCountedPerPeriod');
    expect(rangeNoteFor('clv', notes)).toBeNull();
    expect(rangeNoteFor('retentionRate', ['npsCountedPerPeriod'])).toBeNull();
  });

  it('blames no customers at the start for the rates over S only, and adds that note whatever the source', () => {
    const rates = ['retentionRate', 'exactRetentionRate', 'simpleRetentionRate', 'churnRate'] as const;
    for (const id of rates) expect(rangeNoteFor(id, ['noCustomersAtStart']), id).toBe('noCustomersAtStart');
    for (const id of ['lostCustomers', 'customersAtStart', 'nps'] as const) {
      expect(rangeNoteFor(id, ['noCustomersAtStart']), id).toBeNull();
    }
    expect(withStartNote(['periodsDoNotChain'], 0)).toEqual(['periodsDoNotChain', 'noCustomersAtStart']);
    expect(withStartNote([], 5)).toEqual([]);
    expect(withStartNote([], null)).toEqual([]);
  });
});
