import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type PitoDocument } from '../../../shared/document';
import { periodRow } from './edits';
import { setCurrency, setDefaultMargin, setPeriodKind, setRange, type RegroupedList } from './settingsEdits';

const fromList = (): PitoDocument => ({
  ...createEmptyDocument(),
  source: 'workbook',
  periods: [periodRow('m1', '2024-01'), periodRow('m2', '2024-02')],
  listId: 'list-1',
});
const quarters: RegroupedList = {
  listId: 'list-1',
  periods: [periodRow('q1', '2024-Q1')],
  cohorts: { periodKind: 'quarter', rows: [] },
};

describe('settings edits', () => {
  it('change one setting and keep the rest of the document', () => {
    const before = fromList();
    const after = setCurrency(before, 'SEK');
    expect(after.settings).toEqual({ ...before.settings, currency: 'SEK' });
    expect(after.periods).toBe(before.periods);
    expect(before.settings.currency).toBe('EUR');
  });

  it('return the same document for the value it already has', () => {
    const before = setDefaultMargin(createEmptyDocument(), 25);
    expect(setDefaultMargin(before, 25)).toBe(before);
    expect(setCurrency(before, 'EUR')).toBe(before);
    expect(setPeriodKind(before, 'month')).toBe(before);
    expect(setPeriodKind(fromList(), 'month', quarters).periods).toHaveLength(2);
  });

  it('take a default margin from 0 to 100, or none, and refuse one outside', () => {
    const document = createEmptyDocument();
    expect(setDefaultMargin(document, 0).settings.defaultProfitMarginPct).toBe(0);
    expect(setDefaultMargin(document, 100).settings.defaultProfitMarginPct).toBe(100);
    expect(setDefaultMargin(setDefaultMargin(document, 25), null).settings.defaultProfitMarginPct).toBeNull();
    expect(setDefaultMargin(document, 150)).toBe(document);
    expect(setDefaultMargin(document, -1)).toBe(document);
  });

  it('give a document with its customer list the regrouped periods with the new kind, in one document', () => {
    const after = setPeriodKind(fromList(), 'quarter', quarters);
    expect(after.settings.periodKind).toBe('quarter');
    expect(after.periods).toBe(quarters.periods);
    expect(after.cohorts).toBe(quarters.cohorts);
    expect(after.listId).toBe('list-1');
  });

  it('put no regrouped periods into the document of another list (an undo or import while regrouping)', () => {
    const earlier = { ...fromList(), listId: 'list-0' };
    expect(setPeriodKind(earlier, 'quarter', quarters)).toBe(earlier);
  });

  it('change only the kind of a document without a list, and put no regrouped periods into one', () => {
    const table = { ...createEmptyDocument(), source: 'periodTable' as const, periods: [periodRow('a', '2024-01')] };
    expect(setPeriodKind(table, 'year').settings.periodKind).toBe('year');
    expect(setPeriodKind(table, 'year').periods).toBe(table.periods);
    expect(setPeriodKind(table, 'quarter', quarters)).toBe(table);
  });

  it('choose the summary range, the same choice being no step', () => {
    const before = createEmptyDocument();
    const chosen = setRange(before, { first: '2024-01', last: '2024-06' });
    expect(chosen.settings.range).toEqual({ first: '2024-01', last: '2024-06' });
    expect(setRange(chosen, { first: '2024-01', last: '2024-06' })).toBe(chosen);
    expect(setRange(before, { preset: 'trailingTwelveMonths' })).toBe(before);
    expect(setRange(before, { preset: 'allPeriods' }).settings.range).toEqual({ preset: 'allPeriods' });
  });

  it('keep chosen periods covering the same days when the list is regrouped', () => {
    const chosen = setRange(fromList(), { first: '2024-02', last: '2024-11' });
    expect(setPeriodKind(chosen, 'quarter', quarters).settings).toMatchObject({
      periodKind: 'quarter',
      range: { first: '2024-Q1', last: '2024-Q4' },
    });
    const preset = setRange(fromList(), { preset: 'lastYear' });
    expect(setPeriodKind(preset, 'quarter', quarters).settings.range).toEqual({ preset: 'lastYear' });
  });
});
