/**
 * The grid's columns: names and header tooltips from the metric catalog, values
 * formatted for the active language, inputs editable with the locale number editor,
 * derived figures read-only. Every cell of a row failing the row checks explains why
 * on hover.
 */
import type { ColDef, ITooltipParams, ValueFormatterParams } from 'ag-grid-community';
import { figureDefinitionKey, figureNameKey } from '../../../shared/figures/figureText';
import { MAX_TEXT_LENGTH } from '../../../shared/limits';
import type { RowCheck } from '../../../shared/rowChecks';
import type { Formatters } from '../format/formatters';
import { explanationNote, uncertaintyNote } from '../format/figureRemarks';
import type { Translate } from '../i18n/I18nContext';
import { GRID_FIELDS, isEditableField, type GridField } from './gridFields';
import type { GridRow } from './gridRows';
import { headerWidth } from './headerWidth';
import { NumberCellEditor } from './NumberCellEditor';

export function fieldName(field: GridField, t: Translate): string {
  return t(figureNameKey(field));
}

export function rowCheckText(check: RowCheck, t: Translate): string {
  return t(`ui.rowCheck.${check.code}`, { column: check.field ? fieldName(check.field, t) : '' });
}

function rowTooltip(row: GridRow | undefined, t: Translate): string | undefined {
  if (!row || row.checks.length === 0) return undefined;
  return t('ui.grid.rowProblems', { problems: row.checks.map((check) => rowCheckText(check, t)).join(' ') });
}

function labelTooltip(row: GridRow | undefined, t: Translate, formatters: Formatters): string | undefined {
  if (!row) return undefined;
  if (row.isTotals) return row.rangeHint;
  return (
    rowTooltip(row, t) ??
    (row.firstDay
      ? t('ui.grid.periodDays', { first: formatters.date(row.firstDay), last: formatters.date(row.lastDay) })
      : undefined)
  );
}

const notTotals = (params: { data?: GridRow }) => params.data?.isTotals === false;

/** The least width of a figure's column: its widest figure (`−1 234,5 %`, `12 345,67 €`) fits. */
const FIGURE_WIDTH = 104;

export function buildColumnDefs(t: Translate, formatters: Formatters): ColDef<GridRow>[] {
  return GRID_FIELDS.map((field): ColDef<GridRow> => {
    const common: ColDef<GridRow> = {
      field,
      colId: field,
      headerName: fieldName(field, t),
      sortable: false,
      suppressMovable: true,
    };
    if (field === 'label') {
      return {
        ...common,
        pinned: 'left',
        width: 120,
        editable: notTotals,
        cellEditor: 'agTextCellEditor',
        // The document's own bound: a label typed in can always be saved.
        cellEditorParams: { maxLength: MAX_TEXT_LENGTH },
        tooltipValueGetter: (params: ITooltipParams<GridRow>) => labelTooltip(params.data, t, formatters),
        cellClassRules: { 'pito-cell-flagged': (params) => (params.data?.checks.length ?? 0) > 0 },
      };
    }
    const tooltip = (params: ITooltipParams<GridRow>) => rowTooltip(params.data, t);
    if (isEditableField(field)) {
      // An input shows by its unit and fixed decimals, as a derived figure does; the editor shows every digit.
      const format = formatters.figure(field);
      return {
        ...common,
        headerTooltip: t(figureDefinitionKey(field)),
        type: 'rightAligned',
        width: headerWidth(fieldName(field, t), FIGURE_WIDTH),
        editable: notTotals,
        cellEditor: NumberCellEditor,
        cellEditorParams: { editText: formatters.editText },
        valueFormatter: (params: ValueFormatterParams<GridRow, number | null>) => format(params.value ?? null),
        tooltipValueGetter: tooltip,
        cellClassRules: {
          'pito-cell-problem': (params) => params.data?.checks.some((check) => check.field === field) ?? false,
        },
      };
    }
    const format = formatters.figure(field);
    // A figure resting on too little (an NPS from a few responses) says so on hover and is drawn paler.
    const uncertain = (row: GridRow | undefined) => (row ? uncertaintyNote(field, row, t) : null);
    // What explains the figure (CRR below exact retention) is said on hover too.
    const explained = (row: GridRow | undefined) => (row ? explanationNote(field, row, t) : null);
    return {
      ...common,
      headerTooltip: t(figureDefinitionKey(field)),
      type: 'rightAligned',
      width: headerWidth(fieldName(field, t), FIGURE_WIDTH),
      editable: false,
      // A column's own cellClass replaces its type's: name the right alignment again, or figures sit left.
      cellClass: ['ag-right-aligned-cell', 'pito-cell-derived'],
      cellClassRules: { 'pito-cell-uncertain': (params) => uncertain(params.data) !== null },
      valueFormatter: (params: ValueFormatterParams<GridRow, number | null>) => format(params.value ?? null),
      tooltipValueGetter: (params: ITooltipParams<GridRow>) =>
        [uncertain(params.data), explained(params.data), tooltip(params)].filter((text) => text != null).join(' ') ||
        undefined,
    };
  });
}
