/**
 * Builds the document from the sheets a workbook held: the hidden PitoData sheet says
 * which sheet is which and carries the settings; the visible sheets carry the data.
 */
import type { CustomerRecord } from '../../shared/customers';
import {
  DOCUMENT_FORMAT_VERSION,
  type CustomerListStats,
  type DocumentSettings,
  type PitoDocument,
  type UiLanguage,
} from '../../shared/document';
import { PERIOD_KINDS, type PeriodKind } from '../../shared/periods';
import type { MessageKey } from '../../shared/i18n';
import { quoteValue } from '../../shared/quote';
import { PitoError } from '../errors';
import type { PlainRow, PlainValue } from './cellValues';
import { readCohortTable } from './cohortsReader';
import { WORKBOOK_MARKER, parseDataSheet, type DataKey } from './dataSheet';
import { readPeriodRows } from './periodsReader';
import { percentFromFraction } from './periodsLayout';
import { DATA_SHEET_NAME } from './sheetContext';

export interface CollectedSheets {
  /** Every sheet but a customer list, as plain rows (index 0 is sheet row 1). */
  rows: Map<string, PlainRow[]>;
  customers: Map<string, CustomerRecord[]>;
}

export interface OpenedWorkbook {
  document: PitoDocument;
  /** The Customers sheet's list; null when the workbook has none. */
  customers: CustomerRecord[] | null;
}

const LANGUAGES: readonly UiLanguage[] = ['en', 'fi'];

export function documentFromSheets(collected: CollectedSheets, file: string): OpenedWorkbook {
  const data = parseDataSheet(collected.rows.get(DATA_SHEET_NAME) ?? []);
  const bad = (key: MessageKey, params: Record<string, string | number> = {}) =>
    PitoError.fromReason('badFile', key, { file, sheet: DATA_SHEET_NAME, ...params }, { file });
  const shown = (found: PlainValue) => quoteValue(String(found));
  const missing = (name: PlainValue) =>
    PitoError.fromReason('badFile', 'documentError.sheetMissing', { file, sheet: shown(name) }, { file });
  const value = (key: DataKey): PlainValue => data.values.get(key) ?? null;
  const oneOf = <T extends string>(key: DataKey, allowed: readonly T[]): T => {
    const found = value(key);
    if (typeof found === 'string' && (allowed as readonly string[]).includes(found)) return found as T;
    throw bad('documentError.data.notOneOf', { value: shown(found), key, allowed: allowed.join(', ') });
  };
  const numberAt = (key: DataKey): number | null => {
    const found = value(key);
    if (found === null || typeof found === 'number') return found;
    throw bad('documentError.data.notANumber', { value: shown(found), key });
  };
  const sheetAt = (key: DataKey): PlainRow[] | null => {
    const name = value(key);
    if (name === null) return null;
    const rows = collected.rows.get(String(name));
    if (!rows) throw missing(name);
    return rows;
  };

  if (value('format') !== WORKBOOK_MARKER) throw bad('documentError.data.notPito');
  const version = numberAt('formatVersion');
  if (version === null || version > DOCUMENT_FORMAT_VERSION) {
    throw bad('documentError.data.newerVersion', { version: String(version), supported: DOCUMENT_FORMAT_VERSION });
  }
  const margin = numberAt('defaultProfitMargin');
  const settings: DocumentSettings = {
    periodKind: oneOf<PeriodKind>('periodKind', PERIOD_KINDS),
    currency: String(value('currency') ?? 'EUR'),
    defaultProfitMarginPct: margin === null ? null : percentFromFraction(margin),
    language: oneOf<UiLanguage>('language', LANGUAGES),
  };

  const periodsSheet = String(value('periodsSheet'));
  const periodRows = sheetAt('periodsSheet');
  if (!periodRows) throw bad('documentError.data.noPeriodsSheet');
  const periods = readPeriodRows(periodRows, data.rows, { file, sheet: periodsSheet });

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

  const document: PitoDocument = {
    formatVersion: DOCUMENT_FORMAT_VERSION,
    settings,
    periods,
    cohorts,
    listStats,
    source: 'workbook',
  };
  return { document, customers };
}
