/**
 * The grid's columns: names and header tooltips from the metric catalog, values
 * formatted for the active language, inputs editable with the locale number editor,
 * derived figures read-only. Every cell of a row failing the row checks explains why
 * on hover.
 */
import type { ColDef, ITooltipParams, ValueFormatterParams } from 'ag-grid-community';
import { COUNT_FIELDS, type DerivedField, type InputField } from '../../../shared/document';
import type { MessageKey } from '../../../shared/i18n';
import { MAX_TEXT_LENGTH } from '../../../shared/limits';
import type { RowCheck } from '../../../shared/rowChecks';
import type { Formatters } from '../format/formatters';
import type { Translate } from '../i18n/I18nContext';
import { GRID_FIELDS, isEditableField, type GridField } from './gridFields';
import type { GridRow } from './gridRows';
import { NumberCellEditor } from './NumberCellEditor';

const countFields = new Set<GridField>(COUNT_FIELDS);

function derivedFormat(field: DerivedField, formatters: Formatters): (value: number | null) => string {
  switch (field) {
    case 'lostCustomers':
      return formatters.count;
    case 'retentionRate':
    case 'simpleRetentionRate':
    case 'churnRate':
      return formatters.percent;
    case 'clv':
      return formatters.money;
    case 'nps':
      return formatters.score;
    case 'npsMarginOfError':
      return formatters.margin;
  }
}

export function fieldName(field: GridField, t: Translate): string {
  return t(`metric.${field}.name` as MessageKey);
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
  if (row.isTotals) return t('ui.grid.totalsHint');
  return (
    rowTooltip(row, t) ??
    (row.firstDay
      ? t('ui.grid.periodDays', { first: formatters.date(row.firstDay), last: formatters.date(row.lastDay) })
      : undefined)
  );
}

const notTotals = (params: { data?: GridRow }) => params.data?.isTotals === false;

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
      const format = countFields.has(field) ? formatters.count : formatters.input;
      return {
        ...common,
        headerTooltip: t(`metric.${field}.definition` as MessageKey),
        type: 'rightAligned',
        width: 118,
        editable: notTotals,
        cellEditor: NumberCellEditor,
        cellEditorParams: { editText: formatters.editText },
        valueFormatter: (params: ValueFormatterParams<GridRow, number | null>) => format(params.value ?? null),
        tooltipValueGetter: tooltip,
        cellClassRules: {
          'pito-cell-problem': (params) =>
            params.data?.checks.some((check) => check.field === (field as InputField)) ?? false,
        },
      };
    }
    const format = derivedFormat(field, formatters);
    return {
      ...common,
      headerTooltip: t(`metric.${field}.definition` as MessageKey),
      type: 'rightAligned',
      width: 118,
      editable: false,
      cellClass: 'pito-cell-derived',
      valueFormatter: (params: ValueFormatterParams<GridRow, number | null>) => format(params.value ?? null),
      tooltipValueGetter: tooltip,
    };
  });
}
