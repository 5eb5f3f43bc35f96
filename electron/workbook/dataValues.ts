/**
 * The PitoData sheet's values read as what each must be, a wrong one refused naming the
 * key; and the first thing read of any workbook, its marker and format version, so a
 * workbook of a newer Pito is named as such before a sheet this code would misread is read.
 */
import { DOCUMENT_FORMAT_VERSION } from '../../shared/document';
import { versionProblem, type MigrationProblem } from '../../shared/documentMigrations';
import type { MessageKey } from '../../shared/i18n';
import type { CellValue } from '../../shared/parse';
import { quoteValue } from '../../shared/quote';
import { PitoError } from '../errors';
import { WORKBOOK_MARKER, type DataKey } from './dataSheet';
import { DATA_SHEET_NAME } from './sheetContext';

export interface DataValues {
  value(key: DataKey): CellValue;
  numberAt(key: DataKey): number | null;
  oneOf<T extends string>(key: DataKey, allowed: readonly T[]): T;
  /** The refusal of a value of the data sheet, naming the file and the sheet. */
  bad(key: MessageKey, params?: Record<string, string | number>): PitoError;
}

/** A value as a message quotes it. */
export const shownValue = (found: CellValue): string => quoteValue(String(found));

export function dataValues(values: ReadonlyMap<string, CellValue>, file: string): DataValues {
  const bad: DataValues['bad'] = (key, params = {}) =>
    PitoError.fromReason('badFile', key, { file, sheet: DATA_SHEET_NAME, ...params }, { file });
  const value = (key: DataKey): CellValue => values.get(key) ?? null;
  return {
    value,
    bad,
    numberAt: (key) => {
      const found = value(key);
      if (found === null || typeof found === 'number') return found;
      throw bad('documentError.data.notANumber', { value: shownValue(found), key });
    },
    oneOf: <T extends string>(key: DataKey, allowed: readonly T[]): T => {
      const found = value(key);
      if (typeof found === 'string' && (allowed as readonly string[]).includes(found)) return found as T;
      throw bad('documentError.data.notOneOf', { value: shownValue(found), key, allowed: allowed.join(', ') });
    },
  };
}

/** The refusal of a workbook whose format version the migrations do not lead from. */
export function formatVersionError(data: DataValues, problem: MigrationProblem, version: CellValue): PitoError {
  return problem === 'newerVersion'
    ? data.bad('documentError.data.newerVersion', { version: String(version), supported: DOCUMENT_FORMAT_VERSION })
    : data.bad('documentError.data.notAVersion', { value: shownValue(version) });
}

/** The workbook's format version, once its marker says Pito wrote it and the migrations lead from it to today's. */
export function readableFormatVersion(data: DataValues): number {
  if (data.value('format') !== WORKBOOK_MARKER) throw data.bad('documentError.data.notPito');
  const version = data.numberAt('formatVersion');
  const problem = versionProblem(version);
  if (problem !== null) throw formatVersionError(data, problem, version);
  return version as number;
}
