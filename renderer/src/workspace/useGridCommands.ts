/**
 * Row commands and paste, acting where the grid's focus is. Each is one undoable edit;
 * the cell to focus afterwards is remembered and focused once the grid has the new rows.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { appendPeriods, applyCellChanges, deleteRows, insertRowAt, type CellChange } from '../document/edits';
import { currentPeriodLabel, newRowId } from '../document/rowIds';
import { parseClipboardTable } from '../grid/clipboardTable';
import { fieldName } from '../grid/columnDefs';
import type { GridField } from '../grid/gridFields';
import type { PeriodGridHandle } from '../grid/PeriodGrid';
import { MARGIN_PCT_RANGE, MAX_PERIODS, MAX_TEXT_LENGTH } from '../../../shared/limits';
import { planPaste } from '../grid/pastePlan';
import { useI18n } from '../i18n/I18nContext';
import type { StatusMessage } from './StatusBar';
import type { Workspace } from './useWorkspace';

export function useGridCommands(
  workspace: Workspace,
  grid: RefObject<PeriodGridHandle | null>,
  say: (message: StatusMessage | null) => void,
) {
  const { t, language } = useI18n();
  const { dispatch, document } = workspace;
  const pendingFocus = useRef<{ rowIndex: number; field: GridField } | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    // The grid takes the new rows in its own effect; focus once it has drawn them.
    const frame = requestAnimationFrame(() => grid.current?.focusCell(target.rowIndex, target.field));
    return () => cancelAnimationFrame(frame);
  }, [document.periods, grid]);

  const focusedRow = () => {
    const cell = grid.current?.focusedCell();
    return cell && !cell.totals ? cell : null;
  };

  const onChanges = useCallback(
    (changes: CellChange[]) => {
      say(null);
      dispatch({ type: 'editCells', changes });
    },
    [dispatch, say],
  );

  const paste = (text: string) => {
    const cell = grid.current?.focusedCell();
    if (!cell) return say({ kind: 'error', text: t('ui.paste.noCell') });
    if (cell.totals) return say({ kind: 'error', text: t('ui.paste.totalsRow') });
    const plan = planPaste(parseClipboardTable(text), {
      rowIds: document.periods.map((row) => row.id),
      startRow: cell.rowIndex,
      startField: cell.field,
      language,
      newRowId,
    });
    if (!plan.ok) {
      const period = document.periods[plan.row]?.label ?? '';
      return say({
        kind: 'error',
        text: t(`ui.paste.refused.${plan.problem}`, {
          text: plan.text,
          column: fieldName(plan.field, t),
          period,
          maxLength: MAX_TEXT_LENGTH,
          maxPeriods: MAX_PERIODS,
          ...MARGIN_PCT_RANGE,
        }),
      });
    }
    const firstLabel = currentPeriodLabel(document.settings.periodKind);
    dispatch({
      type: 'edit',
      edit: (current) =>
        applyCellChanges(
          appendPeriods(current, plan.appendIds, firstLabel, false, t('ui.grid.newPeriod')),
          plan.changes,
        ),
    });
    const notes = [
      plan.appendIds.length > 0 && t('ui.paste.appended', { count: plan.appendIds.length }),
      plan.skippedBeyondLastColumn > 0 && t('ui.paste.skippedBeyond', { count: plan.skippedBeyondLastColumn }),
    ].filter((note): note is string => typeof note === 'string');
    say(notes.length > 0 ? { kind: 'info', text: notes.join(' ') } : null);
  };

  return {
    onChanges,
    paste,
    /** Focuses the first period's label once the grid shows the periods it is about to get (or has). */
    focusFirstCell: () => {
      pendingFocus.current = { rowIndex: 0, field: 'label' };
      if (document.periods.length > 0) grid.current?.focusCell(0, 'label');
    },
    addPeriod: () => {
      const id = newRowId();
      const firstLabel = currentPeriodLabel(document.settings.periodKind);
      pendingFocus.current = { rowIndex: document.periods.length, field: 'newCustomers' };
      dispatch({
        type: 'edit',
        edit: (current) => appendPeriods(current, [id], firstLabel, true, t('ui.grid.newPeriod')),
      });
    },
    insertRow: () => {
      const rowIndex = focusedRow()?.rowIndex ?? document.periods.length;
      const id = newRowId();
      const firstLabel = currentPeriodLabel(document.settings.periodKind);
      pendingFocus.current = { rowIndex, field: 'label' };
      dispatch({
        type: 'edit',
        edit: (current) => insertRowAt(current, rowIndex, id, firstLabel, t('ui.grid.newPeriod')),
      });
    },
    deleteRow: () => {
      const cell = focusedRow();
      const row = cell ? document.periods[cell.rowIndex] : undefined;
      if (!cell || !row) return;
      if (document.periods.length > 1) {
        pendingFocus.current = { rowIndex: Math.min(cell.rowIndex, document.periods.length - 2), field: cell.field };
      }
      dispatch({ type: 'edit', edit: (current) => deleteRows(current, [row.id]) });
    },
  };
}
