import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../../shared/document';
import { MAX_PERIODS, MAX_TEXT_LENGTH } from '../../../shared/limits';
import { appendPeriods, applyCellChanges, periodRow } from '../document/edits';
import { parseClipboardTable } from './clipboardTable';
import { planPaste, type PasteTarget } from './pastePlan';

function target(overrides: Partial<PasteTarget> = {}): PasteTarget {
  let next = 0;
  return {
    rowIds: ['a', 'b'],
    startRow: 0,
    startField: 'customersAtStart',
    language: 'fi',
    newRowId: () => `new${next++}`,
    ...overrides,
  };
}

describe('paste plan', () => {
  it('fills a 3×2 block from the focused cell in locale numbers', () => {
    const plan = planPaste(parseClipboardTable('107\t21\t120\r\n1 000\t200\t900,5\r\n'), target());
    expect(plan).toEqual({
      ok: true,
      appendIds: [],
      changes: [
        { rowId: 'a', field: 'customersAtStart', value: 107 },
        { rowId: 'a', field: 'newCustomers', value: 21 },
        { rowId: 'a', field: 'customersAtEnd', value: 120 },
        { rowId: 'b', field: 'customersAtStart', value: 1000 },
        { rowId: 'b', field: 'newCustomers', value: 200 },
        { rowId: 'b', field: 'customersAtEnd', value: 900.5 },
      ],
      skippedBeyondLastColumn: 0,
    });
  });

  it('appends periods for rows below the last one, and the changes land on them', () => {
    const plan = planPaste([['5'], ['6'], ['7']], target({ startRow: 1 }));
    if (!plan.ok) throw new Error('refused');
    expect(plan.appendIds).toEqual(['new0', 'new1']);
    let document = { ...createEmptyDocument(), periods: [periodRow('a', '2024-11'), periodRow('b', '2024-12')] };
    document = applyCellChanges(appendPeriods(document, plan.appendIds, 'unused', false), plan.changes);
    expect(document.periods.map((row) => [row.label, row.customersAtStart])).toEqual([
      ['2024-11', null],
      ['2024-12', 5],
      ['2025-01', 6],
      ['2025-02', 7],
    ]);
  });

  it('fills the inputs side by side past the computed columns, and drops cells beyond the last input', () => {
    // A period table's row as copied from a spreadsheet: label, S, N, E, R.
    const row = planPaste([['2025-01', '107', '21', '120', '99']], target({ startField: 'label' }));
    expect(row).toMatchObject({
      ok: true,
      changes: [
        { rowId: 'a', field: 'label', value: '2025-01' },
        { rowId: 'a', field: 'customersAtStart', value: 107 },
        { rowId: 'a', field: 'newCustomers', value: 21 },
        { rowId: 'a', field: 'customersAtEnd', value: 120 },
        { rowId: 'a', field: 'customersRetained', value: 99 },
      ],
    });
    const last = planPaste([['10', '99', '98']], target({ startField: 'detractors' }));
    expect(last).toMatchObject({
      ok: true,
      changes: [{ rowId: 'a', field: 'detractors', value: 10 }],
      skippedBeyondLastColumn: 2,
    });
  });

  it('refuses a paste onto a computed cell', () => {
    expect(planPaste([['120']], target({ startField: 'retentionRate' }))).toEqual({
      ok: false,
      row: 0,
      field: 'retentionRate',
      text: '120',
      problem: 'computedColumn',
    });
  });

  it('pastes period labels as text and clears cells pasted empty', () => {
    const plan = planPaste([['2025-Q1', '']], target({ startField: 'label' }));
    expect(plan).toMatchObject({
      changes: [
        { rowId: 'a', field: 'label', value: '2025-Q1' },
        { rowId: 'a', field: 'customersAtStart', value: null },
      ],
    });
  });

  it('refuses the whole paste at the first unreadable number, naming the cell', () => {
    expect(
      planPaste(
        [
          ['1', '2'],
          ['3', 'lots'],
        ],
        target({ language: 'en' }),
      ),
    ).toEqual({
      ok: false,
      row: 1,
      field: 'newCustomers',
      text: 'lots',
      problem: 'notANumber',
    });
  });

  it('refuses the whole paste at a margin outside 0–100, naming the cell', () => {
    const plan = planPaste([['25'], ['150']], target({ startField: 'profitMarginPct', language: 'en' }));
    expect(plan).toEqual({ ok: false, row: 1, field: 'profitMarginPct', text: '150', problem: 'marginOutOfRange' });
    expect(planPaste([['0'], ['100'], ['']], target({ startField: 'profitMarginPct' })).ok).toBe(true);
  });

  it('refuses a label longer than a document holds, quoting 80 characters of it', () => {
    const plan = planPaste([['y'.repeat(MAX_TEXT_LENGTH + 1)]], target({ startField: 'label', startRow: 1 }));
    expect(plan).toEqual({ ok: false, row: 1, field: 'label', text: `${'y'.repeat(79)}…`, problem: 'labelTooLong' });
    const longest = planPaste([['y'.repeat(MAX_TEXT_LENGTH)]], target({ startField: 'label' }));
    expect(longest.ok).toBe(true);
  });

  it('refuses a paste that would append periods beyond the most a document holds', () => {
    const full = target({
      rowIds: Array.from({ length: MAX_PERIODS - 1 }, (_, n) => `r${n}`),
      startRow: MAX_PERIODS - 2,
    });
    expect(planPaste([['1'], ['2']], full).ok).toBe(true);
    expect(planPaste([['1'], ['2'], ['3']], full)).toEqual({
      ok: false,
      row: MAX_PERIODS,
      field: 'customersAtStart',
      text: '3',
      problem: 'tooManyPeriods',
    });
  });
});
