import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type PitoDocument } from '../../../shared/document';
import { tablePeriod } from '../../../shared/figures/testPeriods';
import type { ImportReport } from '../../../shared/importModel';
import { appendPeriods, applyCellChanges } from '../document/edits';
import { setCurrency, setDefaultMargin } from '../document/settingsEdits';
import { initialWorkspace, isDirty, workspaceReducer } from './workspaceState';

const addPeriod = (id: string) => (document: PitoDocument) => appendPeriods(document, [id], '2024-01');
const report: ImportReport = {
  fileName: 'list.csv',
  sheet: null,
  shape: 'customerList',
  rowsRead: 2,
  rowsUsed: 2,
  rowsRejected: 0,
  issues: [],
  issuesOmitted: 0,
  mapping: { startDate: { column: 'B', header: 'Start date', confidence: 0.9 } },
  dateOrder: { order: 'dayFirst', basis: 'notNeeded', evidence: null },
};

describe('workspace state', () => {
  it('is dirty after an edit and clean again when undone back to the saved document', () => {
    let state = initialWorkspace(createEmptyDocument());
    expect(isDirty(state)).toBe(false);
    state = workspaceReducer(state, { type: 'edit', edit: addPeriod('a') });
    expect(isDirty(state)).toBe(true);
    state = workspaceReducer(state, { type: 'undo' });
    expect(isDirty(state)).toBe(false);
    state = workspaceReducer(state, { type: 'redo' });
    expect(state.history.present.periods).toHaveLength(1);
  });

  it('is clean after saving, and an edit that changes nothing is no step', () => {
    let state = workspaceReducer(initialWorkspace(createEmptyDocument()), { type: 'edit', edit: addPeriod('a') });
    state = workspaceReducer(state, { type: 'saved', document: state.history.present, fileName: 'a.xlsx' });
    expect(isDirty(state)).toBe(false);
    expect(state.fileName).toBe('a.xlsx');
    expect(workspaceReducer(state, { type: 'edit', edit: (document) => document })).toBe(state);
  });

  it('treats restored edits as unsaved and an opened workbook as saved', () => {
    const document = createEmptyDocument();
    const restored = workspaceReducer(initialWorkspace(document), {
      type: 'load',
      document,
      fileName: null,
      saved: false,
    });
    expect(isDirty(restored)).toBe(true);
    const opened = workspaceReducer(restored, { type: 'load', document, fileName: 'b.xlsx', saved: true });
    expect(isDirty(opened)).toBe(false);
    expect(opened.history.past).toHaveLength(0);
  });

  it('makes an import one undoable step and keeps its report', () => {
    const before = workspaceReducer(initialWorkspace(createEmptyDocument()), { type: 'edit', edit: addPeriod('a') });
    const imported = { ...createEmptyDocument(), source: 'customerList' as const };
    const after = workspaceReducer(before, { type: 'imported', document: imported, report });
    expect(after.history.present).toBe(imported);
    expect(after.report).toBe(report);
    expect(workspaceReducer(after, { type: 'undo' }).history.present).toBe(before.history.present);
  });

  it('undoes settings and grid edits in one history, a step each, clean again at the saved document', () => {
    const margin = (value: number | null) => ({
      type: 'edit' as const,
      edit: (d: PitoDocument) => setDefaultMargin(d, value),
    });
    let state = workspaceReducer(initialWorkspace(createEmptyDocument()), { type: 'edit', edit: addPeriod('a') });
    state = workspaceReducer(state, { type: 'saved', document: state.history.present, fileName: 'a.xlsx' });
    state = workspaceReducer(state, margin(25));
    state = workspaceReducer(state, {
      type: 'edit',
      edit: (d) => applyCellChanges(d, [{ rowId: 'a', field: 'customersAtStart', value: 10 }]),
    });
    state = workspaceReducer(state, { type: 'edit', edit: (d) => setCurrency(d, 'SEK') });
    expect(state.history.past).toHaveLength(4);
    // Leaving the field with the value it had, or a refused margin, is no step and keeps the document as it is.
    expect(workspaceReducer(state, margin(25))).toBe(state);
    expect(workspaceReducer(state, margin(150))).toBe(state);

    state = workspaceReducer(state, { type: 'undo' });
    expect(state.history.present.settings.currency).toBe('EUR');
    state = workspaceReducer(state, { type: 'undo' });
    expect(state.history.present.periods[0]?.customersAtStart).toBeNull();
    expect(state.history.present.settings.defaultProfitMarginPct).toBe(25);
    expect(isDirty(state)).toBe(true);
    state = workspaceReducer(state, { type: 'undo' });
    expect(state.history.present.settings.defaultProfitMarginPct).toBeNull();
    expect(isDirty(state)).toBe(false);
    state = workspaceReducer(state, { type: 'redo' });
    expect(state.history.present.settings.defaultProfitMarginPct).toBe(25);
    expect(isDirty(state)).toBe(true);
  });

  it("knows the list the main side holds: the latest import's or opened workbook's, not an undone import's", () => {
    const list = (listId: string) => ({ ...createEmptyDocument(), source: 'customerList' as const, listId });
    let state = workspaceReducer(initialWorkspace(createEmptyDocument()), {
      type: 'imported',
      document: list('a'),
      report,
    });
    state = workspaceReducer(state, { type: 'imported', document: list('b'), report });
    state = workspaceReducer(state, { type: 'undo' });
    expect(state.history.present.listId).toBe('a');
    expect(state.heldListId).toBe('b');
    const table = { ...createEmptyDocument(), source: 'periodTable' as const };
    expect(workspaceReducer(state, { type: 'imported', document: table, report }).heldListId).toBeNull();
    const opened = workspaceReducer(state, { type: 'load', document: list('c'), fileName: 'c.xlsx', saved: true });
    expect(opened.heldListId).toBe('c');
    const restored = workspaceReducer(state, {
      type: 'load',
      document: createEmptyDocument(),
      fileName: null,
      saved: false,
    });
    expect(restored.heldListId).toBeNull();
  });

  describe('the carry offer', () => {
    const chained = initialWorkspace({
      ...createEmptyDocument(),
      periods: [tablePeriod('2024-01', 100, 30, 120), tablePeriod('2024-02', 120, 20, 130)],
    });
    const typed = workspaceReducer(chained, {
      type: 'editCells',
      changes: [{ rowId: '2024-01', field: 'customersAtEnd', value: 140 }],
    });
    const starts = (state: typeof chained) => state.history.present.periods.map((row) => row.customersAtStart);
    const ends = (state: typeof chained) => state.history.present.periods.map((row) => row.customersAtEnd);

    it('is made by a typed end; taken, it is part of that edit, so one undo takes back both', () => {
      expect(typed.carry).toEqual({ rowId: '2024-02', label: '2024-02', value: 140 });
      const carried = workspaceReducer(typed, { type: 'carry' });
      expect(carried.carry).toBeNull();
      expect(starts(carried)).toEqual([100, 140]);
      expect(carried.history.past).toHaveLength(1);
      const undone = workspaceReducer(carried, { type: 'undo' });
      expect(ends(undone)).toEqual([120, 130]);
      expect(starts(undone)).toEqual([100, 120]);
      expect(starts(workspaceReducer(undone, { type: 'redo' }))).toEqual([100, 140]);
    });

    it('declined, leaves the next start as it is; taken again, does nothing', () => {
      const kept = workspaceReducer(typed, { type: 'keep' });
      expect(kept.carry).toBeNull();
      expect(kept.history).toBe(typed.history);
      expect(workspaceReducer(kept, { type: 'carry' })).toBe(kept);
    });

    it('is withdrawn by any other edit, undo, redo, import or open, and outlasts a save', () => {
      const next = [
        workspaceReducer(typed, {
          type: 'editCells',
          changes: [{ rowId: '2024-02', field: 'newCustomers', value: 1 }],
        }),
        workspaceReducer(typed, { type: 'edit', edit: (d) => setCurrency(d, 'SEK') }),
        workspaceReducer(typed, { type: 'undo' }),
        workspaceReducer(workspaceReducer(typed, { type: 'undo' }), { type: 'redo' }),
        workspaceReducer(typed, { type: 'imported', document: createEmptyDocument(), report }),
        workspaceReducer(typed, { type: 'load', document: createEmptyDocument(), fileName: 'b.xlsx', saved: true }),
      ];
      for (const state of next) expect(state.carry).toBeNull();
      const saved = workspaceReducer(typed, { type: 'saved', document: typed.history.present, fileName: 'a.xlsx' });
      expect(saved.carry).toBe(typed.carry);
      expect(isDirty(workspaceReducer(saved, { type: 'carry' }))).toBe(true);
    });

    it('is never made by a paste, even of one end', () => {
      const pasted = workspaceReducer(chained, {
        type: 'edit',
        edit: (d) => applyCellChanges(d, [{ rowId: '2024-01', field: 'customersAtEnd', value: 140 }]),
      });
      expect(pasted.carry).toBeNull();
    });
  });
});
