/**
 * Builds the document from the sheets a workbook held: the hidden PitoData sheet says
 * which sheet is which and carries the settings; the visible sheets carry the data. What
 * the sheets give is brought from the workbook's format version to today's by the
 * migrations of shared/documentMigrations.ts.
 */
import type { CustomerRecord } from '../../shared/customers';
import {
  UI_LANGUAGES,
  type CustomerListStats,
  type DocumentSettings,
  type PitoDocument,
  type UiLanguage,
} from '../../shared/document';
import { migrateDocument } from '../../shared/documentMigrations';
import type { CellValue } from '../../shared/parse';
import { PERIOD_KINDS, type PeriodKind } from '../../shared/periods';
import { PitoError } from '../errors';
import { readCohortTable } from './cohortsReader';
import { RANGE_PRESETS, type RangeChoice } from '../../shared/ranges';
import { textOrNull } from './cellValues';
import { SUMMARY_RANGE_PERIODS, parseDataSheet, type DataKey } from './dataSheet';
import { dataValues, formatVersionError, shownValue, type DataValues } from './dataValues';
import { readPeriodRows, withEveryInput, type StoredPeriodRow } from './periodsReader';
import { percentFromFraction } from './periodsLayout';
import { DATA_SHEET_NAME } from './sheetContext';

/** The summary's range: a preset by name, or `periods` with the labels of its first and last period. */
function summaryRangeOf({ oneOf, value, bad }: DataValues): RangeChoice {
  const kind = oneOf('summaryRange', [...RANGE_PRESETS, SUMMARY_RANGE_PERIODS]);
  if (kind !== SUMMARY_RANGE_PERIODS) return { preset: kind };
  const [first, last] = [textOrNull(value('summaryRangeFirst')), textOrNull(value('summaryRangeLast'))];
  if (first === null || last === null) throw bad('documentError.data.noRangePeriods');
  return { first, last };
}

export interface CollectedSheets {
  /** The format version of the PitoData sheet, checked readable before the other sheets were read. */
  formatVersion: number;
  /** Every sheet but a customer list, as plain rows (index 0 is sheet row 1). */
  rows: Map<string, CellValue[][]>;
  customers: Map<string, CustomerRecord[]>;
}

export interface OpenedWorkbook {
  document: PitoDocument;
  /** The Customers sheet's list; null when the workbook has none. */
  customers: CustomerRecord[] | null;
  /** The names of the sheets the periods and the customers were read from, as the workbook has them. */
  sheets: { periods: string; customers: string | null };
}

/** Today's document, bar the inputs that no column held and no migration supplied: checked last. */
type MigratedDocument = Omit<PitoDocument, 'periods'> & { periods: StoredPeriodRow[] };

export function documentFromSheets(collected: CollectedSheets, file: string): OpenedWorkbook {
  const data = parseDataSheet(collected.rows.get(DATA_SHEET_NAME) ?? []);
  const values = dataValues(data.values, file);
  const { value, numberAt, oneOf, bad } = values;
  const missing = (name: CellValue) =>
    PitoError.fromReason('badFile', 'documentError.sheetMissing', { file, sheet: shownValue(name) }, { file });
  const sheetAt = (key: DataKey): CellValue[][] | null => {
    const name = value(key);
    if (name === null) return null;
    const rows = collected.rows.get(String(name));
    if (!rows) throw missing(name);
    return rows;
  };

  const margin = numberAt('defaultProfitMargin');
  // A workbook older than the summary range has none: its migration gives the default (checked below).
  const range = value('summaryRange') === null ? {} : { range: summaryRangeOf(values) };
  const settings: DocumentSettings = {
    periodKind: oneOf<PeriodKind>('periodKind', PERIOD_KINDS),
    currency: String(value('currency') ?? 'EUR'),
    defaultProfitMarginPct: margin === null ? null : percentFromFraction(margin),
    language: oneOf<UiLanguage>('language', UI_LANGUAGES),
    ...range,
  } as DocumentSettings;

  const periodsSheet = String(value('periodsSheet'));
  const periodRows = sheetAt('periodsSheet');
  if (!periodRows) throw bad('documentError.data.noPeriodsSheet');
  const periodsPlace = { file, sheet: periodsSheet, language: settings.language };
  const periods = readPeriodRows(periodRows, data.rows, periodsPlace);

  const cohortRows = sheetAt('cohortsSheet');
  const cohorts = cohortRows
    ? readCohortTable(cohortRows, oneOf<PeriodKind>('cohortsPeriodKind', PERIOD_KINDS), numberAt('cohortAges') ?? 0, {
        file,
        sheet: String(value('cohortsSheet')),
      })
    : null;

  const listCustomers = numberAt('listCustomers');
  const listStats: CustomerListStats | null =
    listCustomers === null
      ? null
      : { customers: listCustomers, repeatPurchaseRate: numberAt('listRepeatPurchaseRate') };

  const customersSheet = value('customersSheet');
  const customers = customersSheet === null ? null : (collected.customers.get(String(customersSheet)) ?? null);
  if (customersSheet !== null && customers === null) {
    throw missing(customersSheet);
  }

  const { formatVersion } = collected;
  const migrated = migrateDocument({ settings, periods, cohorts, listStats, source: 'workbook' }, formatVersion);
  if (!migrated.ok) throw formatVersionError(values, migrated.problem, formatVersion);
  const current = migrated.document as MigratedDocument;
  if (current.settings.range === undefined) summaryRangeOf(values); // a workbook of today's version without one: refused
  return {
    document: { ...current, periods: withEveryInput(current.periods, periodsPlace) },
    customers,
    sheets: { periods: periodsSheet, customers: customersSheet === null ? null : String(customersSheet) },
  };
}
