import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type PitoDocument } from '../../../shared/document';
import { MARGIN_PCT_RANGE, MAX_PERIODS, MAX_TEXT_LENGTH } from '../../../shared/limits';
import {
  appendPeriods,
  applyCellChanges,
  canAddPeriod,
  deleteRows,
  insertedLabel,
  insertRowAt,
  periodRow,
} from './edits';
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

  it('starts an empty document at the given label, and names a row after an unreadable label with the placeholder', () => {
    expect(appendPeriods(createEmptyDocument(), ['a'], '2025-Q3').periods[0]?.label).toBe('2025-Q3');
    const spring = appendPeriods(documentWith('Spring'), ['a', 'b'], 'unused', true, 'New period');
    expect(spring.periods.map((row) => row.label)).toEqual(['Spring', 'New period', 'New period 2']);
    expect(spring.periods[1]).toMatchObject({ firstDay: null, lastDay: null });
    // Numbered past the placeholders already there.
    const again = appendPeriods(spring, ['c'], 'unused', true, 'New period');
    expect(again.periods[3]?.label).toBe('New period 3');
  });

  it('gives an inserted row the calendar period it stands for, else the placeholder', () => {
    const label = (labels: string[], index: number) =>
      insertedLabel(documentWith(...labels).periods, index, '2026-05', 'New period');
    // Between calendar periods with one missing: the first period missing.
    expect(label(['2024-01', '2024-04'], 1)).toBe('2024-02');
    expect(label(['2024-Q1', '2024-Q3'], 1)).toBe('2024-Q2');
    // At the end, the period after the last (as Add period); at the top, the period before the first.
    expect(label(['2024-01', '2024-02'], 2)).toBe('2024-03');
    expect(label(['2024', '2025'], 0)).toBe('2023');
    // In an empty document, the current period, as Add period.
    expect(label([], 0)).toBe('2026-05');
    // No period missing, a neighbour Pito cannot read, kinds mixed, or the period already in the table.
    expect(label(['2024-01', '2024-02'], 1)).toBe('New period');
    expect(label(['2024-01', 'Spring'], 1)).toBe('New period');
    expect(label(['Spring', '2024-01'], 1)).toBe('New period');
    expect(label(['2024-01', '2024-Q3'], 1)).toBe('New period');
    expect(label(['2024-01', '2024-03', '2024-02'], 1)).toBe('New period');
    expect(label(['2024-01', 'New period', '2024-02'], 1)).toBe('New period 2');
  });

  it('inserts and deletes rows', () => {
    const inserted = insertRowAt(documentWith('2024-01', '2024-03'), 1, 'new', 'unused', 'New period');
    expect(inserted.periods.map((row) => row.id)).toEqual(['r0', 'new', 'r1']);
    expect(inserted.periods[1]).toMatchObject({ label: '2024-02', firstDay: '2024-02-01', lastDay: '2024-02-29' });
    const between = insertRowAt(documentWith('2024-01', '2024-02'), 1, 'new', 'unused', 'Uusi jakso');
    expect(between.periods[1]).toMatchObject({ label: 'Uusi jakso', firstDay: null, customersAtStart: null });
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
    expect(insertRowAt(full, 0, 'e', '2024-01', 'New period')).toBe(full);
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
