import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type PitoDocument } from '../../../shared/document';
import { MARGIN_PCT_RANGE, MAX_PERIODS, MAX_TEXT_LENGTH } from '../../../shared/limits';
import { appendPeriods, applyCellChanges, canAddPeriod, deleteRows, insertRowAt, periodRow } from './edits';
import { currentPeriodLabel } from './rowIds';

function documentWith(...labels: string[]): PitoDocument {
  return { ...createEmptyDocument(), periods: labels.map((label, n) => periodRow(`r${n}`, label)) };
}

describe('document edits', () => {
  it('changes only the edited row and keeps the others as they were', () => {
    const before = documentWith('2024-01', '2024-02');
    const after = applyCellChanges(before, [{ rowId: 'r1', field: 'customersAtStart', value: 107 }]);
    expect(after.periods[1]?.customersAtStart).toBe(107);
    expect(after.periods[0]).toBe(before.periods[0]);
    expect(before.periods[1]?.customersAtStart).toBeNull();
  });

  it('makes a row aggregated from a list the user’s own once its customer flow is edited, not its NPS', () => {
    const listed = documentWith('2024-01');
    listed.periods[0] = { ...listed.periods[0]!, customersAtStart: 3, aggregated: true };
    const nps = applyCellChanges(listed, [{ rowId: 'r0', field: 'promoters', value: 4 }]);
    expect(nps.periods[0]?.aggregated).toBe(true);
    // Relabelled, its counts are no longer the list's for the period it names.
    const relabelled = applyCellChanges(listed, [{ rowId: 'r0', field: 'label', value: '2024-02' }]);
    expect(relabelled.periods[0]).toMatchObject({ aggregated: false, customersAtStart: 3, firstDay: '2024-02-01' });
    for (const field of ['customersAtStart', 'newCustomers', 'customersAtEnd', 'customersRetained'] as const) {
      expect(applyCellChanges(listed, [{ rowId: 'r0', field, value: 9 }]).periods[0]?.aggregated, field).toBe(false);
    }
    expect(periodRow('x', '2024-03').aggregated).toBe(false);
  });

  it('returns the same document when nothing changes', () => {
    const before = documentWith('2024-01');
    expect(applyCellChanges(before, [{ rowId: 'r0', field: 'customersAtEnd', value: null }])).toBe(before);
    expect(applyCellChanges(before, [])).toBe(before);
  });

  it('re-reads the calendar days of an edited label', () => {
    const after = applyCellChanges(documentWith('x'), [{ rowId: 'r0', field: 'label', value: '2024-Q2' }]);
    expect(after.periods[0]).toMatchObject({ label: '2024-Q2', firstDay: '2024-04-01', lastDay: '2024-06-30' });
    const unreadable = applyCellChanges(after, [{ rowId: 'r0', field: 'label', value: 'Spring' }]);
    expect(unreadable.periods[0]).toMatchObject({ firstDay: null, lastDay: null });
  });

  it('appends periods that continue the calendar, starting from the previous end', () => {
    let document = applyCellChanges(documentWith('2024-12'), [{ rowId: 'r0', field: 'customersAtEnd', value: 120 }]);
    document = appendPeriods(document, ['a', 'b'], 'unused');
    expect(document.periods.map((row) => row.label)).toEqual(['2024-12', '2025-01', '2025-02']);
    expect(document.periods[1]?.customersAtStart).toBe(120);
    expect(document.periods[2]?.customersAtStart).toBeNull();
  });

  it('starts an empty document at the given label and leaves an unreadable label for the user', () => {
    expect(appendPeriods(createEmptyDocument(), ['a'], '2025-Q3').periods[0]?.label).toBe('2025-Q3');
    expect(appendPeriods(documentWith('Spring'), ['a'], 'unused').periods[1]?.label).toBe('');
  });

  it('inserts and deletes rows', () => {
    const inserted = insertRowAt(documentWith('2024-01', '2024-02'), 1, 'new');
    expect(inserted.periods.map((row) => row.id)).toEqual(['r0', 'new', 'r1']);
    expect(deleteRows(inserted, ['r0', 'new']).periods.map((row) => row.id)).toEqual(['r1']);
    expect(deleteRows(inserted, ['missing'])).toBe(inserted);
  });

  it('labels the current period of each kind', () => {
    const now = new Date(2024, 4, 31);
    expect(currentPeriodLabel('month', now)).toBe('2024-05');
    expect(currentPeriodLabel('quarter', now)).toBe('2024-Q2');
    expect(currentPeriodLabel('year', now)).toBe('2024');
  });

  it('never takes the document past its limits, so what is typed in can be saved', () => {
    const almostFull = documentWith(...Array.from({ length: MAX_PERIODS - 1 }, () => ''));
    const full = appendPeriods(almostFull, ['a', 'b', 'c'], '2024-01');
    expect(full.periods).toHaveLength(MAX_PERIODS);
    expect(canAddPeriod(full)).toBe(false);
    expect(appendPeriods(full, ['d'], '2024-01')).toBe(full);
    expect(insertRowAt(full, 0, 'e')).toBe(full);
    const longest = 'x'.repeat(MAX_TEXT_LENGTH);
    const labelled = applyCellChanges(full, [{ rowId: 'r0', field: 'label', value: longest }]);
    expect(labelled.periods[0]?.label).toBe(longest);
    expect(applyCellChanges(labelled, [{ rowId: 'r0', field: 'label', value: `${longest}x` }])).toBe(labelled);
  });

  it('takes a margin from 0 to 100 and refuses one outside, leaving the row as it was', () => {
    const margin = (value: number | null) => [{ rowId: 'r0', field: 'profitMarginPct' as const, value }];
    const before = documentWith('2024-01');
    expect(applyCellChanges(before, margin(MARGIN_PCT_RANGE.max)).periods[0]?.profitMarginPct).toBe(100);
    expect(applyCellChanges(before, margin(MARGIN_PCT_RANGE.min)).periods[0]?.profitMarginPct).toBe(0);
    expect(applyCellChanges(before, margin(150))).toBe(before);
    expect(applyCellChanges(before, margin(-0.5))).toBe(before);
    const set = applyCellChanges(before, margin(25));
    expect(applyCellChanges(set, margin(null)).periods[0]?.profitMarginPct).toBeNull();
  });
});
