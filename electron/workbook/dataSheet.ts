/**
 * The hidden PitoData sheet: what Pito needs to reopen its own workbook exactly and
 * that no visible sheet shows — the format version, the settings, the names the other
 * sheets were given, the list figures, and each period row's id and dates by label.
 *
 * Layout: key/value pairs in columns A and B, then a `rows` line followed by one line per
 * period: id, label, first day, last day. The default margin cell (a fraction) carries the
 * workbook name the CLV formulas use, so an edit to it in Excel flows through.
 */
import type { CellValue } from '../../shared/parse';
import { textOrNull } from './cellValues';
import { cohortAges } from './cohortsSheet';
import { DEFAULT_MARGIN_NAME } from './periodFormulas';
import { DATA_SHEET_NAME, sheetRef, type SheetContext } from './sheetContext';

export const WORKBOOK_MARKER = 'pito-retention-workbook';
export const ROWS_KEY = 'rows';
/** The `summaryRange` of a range chosen by its first and last period rather than a preset. */
export const SUMMARY_RANGE_PERIODS = 'periods';

export type DataKey =
  | 'format'
  | 'formatVersion'
  | 'periodKind'
  | 'currency'
  | 'language'
  | 'defaultProfitMargin'
  | 'summaryRange'
  | 'summaryRangeFirst'
  | 'summaryRangeLast'
  | 'periodsSheet'
  | 'cohortsSheet'
  | 'cohortsPeriodKind'
  | 'cohortAges'
  | 'customersSheet'
  | 'listCustomers'
  | 'listRepeatPurchaseRate';

type DataValue = string | number | null;

function dataPairs(context: SheetContext, hasCustomers: boolean): [DataKey, DataValue][] {
  const { settings, cohorts, listStats } = context.document;
  return [
    ['format', WORKBOOK_MARKER],
    ['formatVersion', context.document.formatVersion],
    ['periodKind', settings.periodKind],
    ['currency', settings.currency],
    ['language', settings.language],
    ['defaultProfitMargin', settings.defaultProfitMarginPct === null ? null : settings.defaultProfitMarginPct / 100],
    // A preset by name, or `periods` and the first and last period's labels.
    ['summaryRange', 'preset' in settings.range ? settings.range.preset : SUMMARY_RANGE_PERIODS],
    ['summaryRangeFirst', 'first' in settings.range ? settings.range.first : null],
    ['summaryRangeLast', 'last' in settings.range ? settings.range.last : null],
    ['periodsSheet', context.names.periods],
    ['cohortsSheet', cohorts ? context.names.cohorts : null],
    ['cohortsPeriodKind', cohorts ? cohorts.periodKind : null],
    ['cohortAges', cohorts ? cohortAges(cohorts) : null],
    ['customersSheet', hasCustomers ? context.names.customers : null],
    ['listCustomers', listStats ? listStats.customers : null],
    // 0-100 like the document: this copy is for Pito, the Summary sheet shows the rate to people.
    ['listRepeatPurchaseRate', listStats ? listStats.repeatPurchaseRate : null],
  ];
}

export function writeDataSheet(context: SheetContext, hasCustomers: boolean): void {
  const sheet = context.workbook.addWorksheet(DATA_SHEET_NAME, { state: 'hidden' });
  sheet.columns = [{ width: 24 }, { width: 24 }, { width: 14 }, { width: 12 }, { width: 12 }];
  dataPairs(context, hasCustomers).forEach(([key, value], position) => {
    const row = sheet.addRow([key, value]);
    if (key === 'defaultProfitMargin') {
      row.getCell(2).numFmt = '0.0%';
      context.workbook.definedNames.add(`${sheetRef(DATA_SHEET_NAME)}!$B$${position + 1}`, DEFAULT_MARGIN_NAME);
    }
    row.commit();
  });
  sheet.addRow([ROWS_KEY, 'id', 'label', 'firstDay', 'lastDay']).commit();
  for (const period of context.document.periods) {
    sheet.addRow([null, period.id, period.label, period.firstDay, period.lastDay]).commit();
  }
  sheet.commit();
}

export interface SavedRowIdentity {
  id: string;
  label: string;
  firstDay: string | null;
  lastDay: string | null;
}

export interface DataSheetContent {
  values: Map<string, CellValue>;
  rows: SavedRowIdentity[];
}

/** Reads the sheet's plain rows (column A first) back into its pairs and row identities. */
export function parseDataSheet(rows: readonly CellValue[][]): DataSheetContent {
  const values = new Map<string, CellValue>();
  const identities: SavedRowIdentity[] = [];
  let inRows = false;
  for (const [key, ...rest] of rows) {
    if (inRows) {
      const [id, label, firstDay, lastDay] = rest.map((value) => textOrNull(value ?? null));
      if (id) identities.push({ id, label: label ?? '', firstDay: firstDay ?? null, lastDay: lastDay ?? null });
    } else if (key === ROWS_KEY) {
      inRows = true;
    } else if (typeof key === 'string') {
      values.set(key, rest[0] ?? null);
    }
  }
  return { values, rows: identities };
}
