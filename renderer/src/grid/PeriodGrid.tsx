/**
 * The period grid: one row per period, inputs editable like a spreadsheet, derived
 * figures recalculated from shared metrics for the edited row only. The grid never owns
 * the data (readOnlyEdit): an edit becomes a document change in the workspace, and the
 * new row objects come back with the same ids, so AG Grid redraws just those rows.
 */
import { useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import { flushSync } from 'react-dom';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellEditRequestEvent,
  type GetRowIdParams,
  type GridApi,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { PeriodRow } from '../../../shared/document';
import { isOutOfMarginRange, MARGIN_PCT_RANGE } from '../../../shared/limits';
import type { CellChange } from '../document/edits';
import type { Formatters } from '../format/formatters';
import { parseNumberInput } from '../format/numberInput';
import { useI18n } from '../i18n/I18nContext';
import { buildColumnDefs, fieldName } from './columnDefs';
import { GRID_FIELDS, isEditableField, type GridField } from './gridFields';
import { createGridRowCache, type GridRow } from './gridRows';

ModuleRegistry.registerModules([AllCommunityModule]);

/** System fonts only: the app makes no network request, not even for a web font. */
const theme = themeQuartz.withParams({
  fontFamily: ['system-ui', 'Segoe UI', 'Roboto', 'Ubuntu', 'Cantarell', 'DejaVu Sans', 'sans-serif'],
  fontSize: 13,
  headerFontWeight: 600,
  spacing: 6,
});

export interface FocusedCell {
  rowIndex: number;
  field: GridField;
  /** True on the pinned whole-range row. */
  totals: boolean;
}

export interface PeriodGridHandle {
  focusedCell(): FocusedCell | null;
  focusCell(rowIndex: number, field: GridField): void;
  /** Gives the keyboard back to the cell last focused, after a control outside the grid was used. */
  refocus(): void;
  isEditing(): boolean;
  /** The focused cell as it is shown ("" for a missing figure), for Copy; null without focus. */
  focusedCellText(): string | null;
}

export interface PeriodGridProps {
  periods: readonly PeriodRow[];
  /** The pinned row of the summary range, of the settled periods, so an edit never waits for the sum. */
  totals: GridRow;
  defaultProfitMarginPct: number | null;
  formatters: Formatters;
  onChanges: (changes: CellChange[]) => void;
  onInputError: (message: string) => void;
  ref?: Ref<PeriodGridHandle>;
}

const getRowId = (params: GetRowIdParams<GridRow>) => params.data.id;
const defaultColDef = { suppressHeaderMenuButton: true, resizable: true, wrapHeaderText: true, autoHeaderHeight: true };

export function PeriodGrid(props: PeriodGridProps) {
  const { periods, totals, defaultProfitMarginPct, formatters, onChanges, onInputError } = props;
  const { t, language } = useI18n();
  const api = useRef<GridApi<GridRow> | null>(null);
  const rowCache = useMemo(createGridRowCache, []);
  const rowData = useMemo(() => rowCache(periods, defaultProfitMarginPct), [rowCache, periods, defaultProfitMarginPct]);
  const pinnedBottomRowData = useMemo(() => [totals], [totals]);
  const columnDefs = useMemo(() => buildColumnDefs(t, formatters), [t, formatters]);
  /** The rows the grid holds now; null until the grid is ready. */
  const shownRows = useRef<GridRow[] | null>(null);
  const latestRows = useRef(rowData);
  latestRows.current = rowData;

  // The grid gets its rows from here only, never from a prop (a prop would hand it the
  // whole list again on the next render). An edit changes a few row objects and keeps the
  // order: the grid gets just those rows (applyTransaction, O(changed)). Inserted, deleted
  // or new rows replace the data, which AG Grid matches by row id. Before paint, so the
  // edited row never shows a stale figure.
  useLayoutEffect(() => {
    const grid = api.current;
    const previous = shownRows.current;
    if (!grid || !previous || previous === rowData) return;
    shownRows.current = rowData;
    const sameRows =
      previous.length === rowData.length && rowData.every((row, index) => row.id === previous[index]?.id);
    if (!sameRows) {
      grid.setGridOption('rowData', rowData);
      return;
    }
    const update = rowData.filter((row, index) => row !== previous[index]);
    if (update.length > 0) grid.applyTransaction({ update });
  }, [rowData]);

  useImperativeHandle(
    props.ref,
    () => ({
      focusedCell() {
        const cell = api.current?.getFocusedCell();
        const field = cell?.column.getColId() as GridField | undefined;
        if (!cell || !field || !GRID_FIELDS.includes(field)) return null;
        return { rowIndex: cell.rowIndex, field, totals: cell.rowPinned === 'bottom' };
      },
      focusCell(rowIndex, field) {
        api.current?.ensureIndexVisible(rowIndex);
        api.current?.setFocusedCell(rowIndex, field);
      },
      refocus() {
        // The grid remembers its focused cell when the browser's focus leaves it.
        const cell = api.current?.getFocusedCell();
        if (cell) api.current?.setFocusedCell(cell.rowIndex, cell.column, cell.rowPinned);
      },
      isEditing() {
        return (api.current?.getEditingCells().length ?? 0) > 0;
      },
      focusedCellText() {
        const grid = api.current;
        const cell = grid?.getFocusedCell();
        if (!grid || !cell) return null;
        const rowNode = cell.rowPinned
          ? grid.getPinnedBottomRow(cell.rowIndex)
          : grid.getDisplayedRowAtIndex(cell.rowIndex);
        if (!rowNode) return null;
        const at = { rowNode, colKey: cell.column };
        // Shown text (1 234,5 or 92,5 %) pastes back into this grid and into a spreadsheet of
        // the same locale; a missing figure copies as an empty cell, not as its "—".
        if (grid.getCellValue(at) === null) return '';
        return String(grid.getCellValue({ ...at, useFormatter: true }) ?? '');
      },
    }),
    [],
  );

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<GridRow>) => {
      const row = event.data;
      const field = event.colDef.field as GridField | undefined;
      if (!row || row.isTotals || !field || !isEditableField(field)) return;
      const raw = event.newValue as unknown;
      if (field === 'label') {
        onChanges([{ rowId: row.id, field, value: String(raw ?? '').trim() }]);
        return;
      }
      const parsed =
        typeof raw === 'number' ? { ok: true as const, value: raw } : parseNumberInput(String(raw ?? ''), language);
      if (!parsed.ok) {
        onInputError(
          t('ui.edit.notANumber', {
            text: String(raw),
            column: fieldName(field, t),
            period: row.label,
            example: t('ui.edit.numberExample'),
          }),
        );
        return;
      }
      if (field === 'profitMarginPct' && isOutOfMarginRange(parsed.value)) {
        const params = { text: String(raw), column: fieldName(field, t), period: row.label, ...MARGIN_PCT_RANGE };
        onInputError(t('ui.edit.marginOutOfRange', params));
        return;
      }
      // Rendered at once, inside the grid's own key handler: without flushSync React would
      // schedule the render as a separate task, after the grid has moved focus and laid out.
      flushSync(() => onChanges([{ rowId: row.id, field, value: parsed.value }]));
    },
    [language, onChanges, onInputError, t],
  );

  return (
    <div className="pito-grid" data-testid="period-grid" role="region" aria-label={t('ui.grid.label')}>
      <AgGridReact<GridRow>
        theme={theme}
        pinnedBottomRowData={pinnedBottomRowData}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        onGridReady={(event) => {
          api.current = event.api;
          shownRows.current = latestRows.current;
          event.api.setGridOption('rowData', latestRows.current);
        }}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={300}
        suppressNoRowsOverlay
        suppressColumnVirtualisation
        rowClassRules={{ 'pito-row-flagged': (params) => (params.data?.checks.length ?? 0) > 0 }}
      />
    </div>
  );
}
