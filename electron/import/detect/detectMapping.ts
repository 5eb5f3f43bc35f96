/**
 * The mapping of a sheet, from the top rows the preview reads: which row is the header,
 * what the file holds (a customer list or a period table), which column feeds each field
 * and how sure Pito is, each column's profile, and the day/month order of its dates.
 *
 * Names and values both count: a header's words give each field a score (fieldRules.ts),
 * the column's values confirm or overrule it (valueFit.ts), and the best assignment over
 * the whole header row wins (assignment.ts). A field scoring under MAP_THRESHOLD is left
 * for the user to map; nothing is guessed from values alone.
 */
import {
  CUSTOMER_DATE_FIELDS,
  CUSTOMER_FIELDS,
  PERIOD_TABLE_FIELDS,
  REQUIRED_FIELDS,
  type ColumnMapping,
  type ColumnProfile,
  type DateOrderConflict,
  type DateOrderDecision,
  type ImportShape,
  type MappingConfidence,
  type MappingField,
} from '../../../shared/importModel';
import { cellToText, type SheetRow } from '../../../shared/parse';
import { isEmptyRow } from '../rowCells';
import { bestAssignment } from './assignment';
import { profileColumns, type ColumnValues } from './columnProfile';
import { endsBeforeStarts, INFERRED_DATE_SCORE, inferredDateScore } from './dateRoles';
import { decideDateOrder, orderThatKeepsEndsAfterStarts, type FileHints } from './dateOrder';
import { headerScore, RULES } from './fieldRules';
import { readHeader, type HeaderWords } from './headerWords';
import { OWN_NAMES, ownNameKey } from './ownNames';
import { valueFit } from './valueFit';

/** How many rows from the top of a sheet are searched for the header row. */
export const HEADER_SEARCH_ROWS = 20;
/** How many rows below the header are profiled. */
export const PROFILE_ROWS = 500;
/** The least confidence at which a field is mapped without asking. */
const MAP_THRESHOLD = 0.3;

const FIELDS: Record<ImportShape, readonly MappingField[]> = {
  customerList: CUSTOMER_FIELDS,
  periodTable: PERIOD_TABLE_FIELDS,
};

export interface SheetDetection {
  /** 0-based index of the header row among the rows given. */
  headerIndex: number;
  headerFound: boolean;
  /** Rows above the header that hold two values or more, like data rather than a title: they are not read. */
  rowsAbove: { row: number; values: number }[];
  headers: string[];
  mapping: ColumnMapping;
  confidence: MappingConfidence;
  profiles: ColumnProfile[];
  /** Null only with a conflict: dates only day first reads and dates only month first reads. */
  dateOrder: DateOrderDecision | null;
  dateConflict: DateOrderConflict | null;
}

/** What the file is besides its rows: a CSV's delimiter, for the date order. */
export interface SourceHints {
  delimiter: string | null;
}

function headerScores(shape: ImportShape, words: readonly HeaderWords[], headers: readonly string[]): number[][] {
  return FIELDS[shape].map((field) =>
    words.map((word, column) =>
      OWN_NAMES[shape].get(ownNameKey(headers[column] ?? '')) === field
        ? 1
        : headerScore(RULES[shape][field] ?? [], word.concepts),
    ),
  );
}

/**
 * True when a row reads as a header: at least two of its cells name fields of one shape
 * (one field per cell), or, for a customer list, its cells name the start date. A title
 * cell such as `Asiakasrekisteri` names two fields in one cell, and is no header.
 */
export function readsAsHeader(headers: readonly string[]): boolean {
  if (headers.filter((header) => header.trim() !== '').length < 2) return false;
  const words = headers.map(readHeader);
  return (['customerList', 'periodTable'] as const).some((shape) => {
    const scores = headerScores(shape, words, headers).map((row) =>
      row.map((score) => (score >= MAP_THRESHOLD ? score : 0)),
    );
    const assigned = bestAssignment(scores);
    const named = FIELDS[shape].filter((_, index) => (assigned[index] ?? -1) >= 0);
    return named.length >= 2 || REQUIRED_FIELDS[shape].every((field: MappingField) => named.includes(field));
  });
}

function headerIndexOf(rows: readonly SheetRow[]): { index: number; found: boolean } {
  const searched = rows.slice(0, HEADER_SEARCH_ROWS);
  const index = searched.findIndex((row) => !isEmptyRow(row) && readsAsHeader(row.cells.map(cellToText)));
  if (index >= 0) return { index, found: true };
  const firstFilled = searched.findIndex((row) => !isEmptyRow(row));
  return { index: Math.max(firstFilled, 0), found: false };
}

interface ShapeMapping {
  shape: ImportShape;
  columns: Partial<Record<MappingField, number>>;
  confidence: MappingConfidence;
  total: number;
  complete: boolean;
}

function mapShape(
  shape: ImportShape,
  words: readonly HeaderWords[],
  headers: readonly string[],
  values: readonly ColumnValues[],
  rows: readonly SheetRow[] | null,
): ShapeMapping {
  const fields = FIELDS[shape];
  const inferred = new Set<MappingField>();
  const scores = headerScores(shape, words, headers).map((row, index) =>
    row.map((score, column) => {
      const field = fields[index] as MappingField;
      const profile = values[column]?.profile;
      if (!profile) return score >= MAP_THRESHOLD ? score : 0;
      const fitted = score * valueFit(field, profile);
      if (fitted >= MAP_THRESHOLD) return fitted;
      // With a header row Pito recognises, an unnamed date column may be the start or the end by its values.
      const word = words[column];
      return rows && shape === 'customerList' && score === 0 && word ? inferredDateScore(field, word, profile) : 0;
    }),
  );
  const assigned = bestAssignment(scores);
  const columns: Partial<Record<MappingField, number>> = {};
  const confidence: MappingConfidence = {};
  let total = 0;
  assigned.forEach((column, index) => {
    if (column < 0) return;
    const field = fields[index] as MappingField;
    const score = scores[index]?.[column] ?? 0;
    columns[field] = column;
    confidence[field] = Math.round(score * 100) / 100;
    total += score;
    if (score === INFERRED_DATE_SCORE) inferred.add(field);
  });
  const { startDate, endDate } = columns;
  if (rows && startDate !== undefined && endDate !== undefined && inferred.size > 0) {
    // A guessed start or end that puts ends before starts is no start or end.
    if (endsBeforeStarts(rows, startDate, endDate)) {
      for (const field of inferred) {
        delete columns[field];
        delete confidence[field];
      }
    }
  }
  const complete = REQUIRED_FIELDS[shape].every((field: MappingField) => columns[field] !== undefined);
  return { shape, columns, confidence, total, complete };
}

/** A period table when it names S, N, E and the period and the customer list does not fit better. */
function chosenShape(customer: ShapeMapping, period: ShapeMapping): ShapeMapping {
  if (period.complete && (!customer.complete || period.total >= customer.total)) return period;
  if (customer.complete || customer.total >= period.total) return customer;
  return period;
}

function hintsOf(values: readonly ColumnValues[], words: readonly HeaderWords[], source: SourceHints): FileHints {
  const finnish = words.filter((word) => word.languages.has('fi') && !word.languages.has('en')).length;
  const english = words.filter((word) => word.languages.has('en') && !word.languages.has('fi')).length;
  return {
    semicolons: source.delimiter === ';',
    decimalComma: values.some((value) => value.decimalComma),
    finnishHeaders: finnish > english,
    englishHeaders: english > finnish,
  };
}

/** The date order from the columns that are or may be dates: the mapped date fields and every column of dates. */
function dateOrderOf(
  mapping: ShapeMapping,
  values: readonly ColumnValues[],
  hints: FileHints,
  rows: readonly SheetRow[],
): { decision: DateOrderDecision | null; conflict: DateOrderConflict | null } {
  const mappedDates = new Set<number>(
    CUSTOMER_DATE_FIELDS.map((field) => mapping.columns[field]).filter((column) => column !== undefined),
  );
  const dateColumns = values.filter((value) => mappedDates.has(value.profile.column) || value.profile.kind === 'date');
  const outcome = decideDateOrder(
    dateColumns.map((value) => ({ header: value.profile.header, evidence: value.dates })),
    hints,
  );
  const { decision } = outcome;
  if (!decision || (decision.basis !== 'fileHints' && decision.basis !== 'assumed')) return outcome;
  const { startDate, endDate } = mapping.columns;
  if (startDate === undefined || endDate === undefined) return outcome;
  const pair = {
    start: startDate,
    end: endDate,
    startHeader: values[startDate]?.profile.header ?? '',
    endHeader: values[endDate]?.profile.header ?? '',
  };
  return { decision: orderThatKeepsEndsAfterStarts(decision, pair, rows), conflict: null };
}

export function detectSheet(rows: readonly SheetRow[], source: SourceHints): SheetDetection {
  const { index, found } = headerIndexOf(rows);
  const headers = (rows[index]?.cells ?? []).map(cellToText);
  const below = rows.slice(index + 1, index + 1 + PROFILE_ROWS).filter((row) => !isEmptyRow(row));
  const values = profileColumns(headers, below);
  const words = headers.map(readHeader);
  const chosen = chosenShape(
    mapShape('customerList', words, headers, values, found ? below : null),
    mapShape('periodTable', words, headers, values, null),
  );
  const hints = hintsOf(values, words, source);
  const { decision, conflict } =
    chosen.shape === 'customerList'
      ? dateOrderOf(chosen, values, hints, below)
      : { decision: { order: 'dayFirst' as const, basis: 'notNeeded' as const, evidence: null }, conflict: null };
  return {
    headerIndex: index,
    headerFound: found,
    rowsAbove: rows
      .slice(0, index)
      .map((row) => ({ row: row.number, values: row.cells.filter((cell) => cellToText(cell) !== '').length }))
      .filter(({ values }) => values >= 2),
    headers,
    mapping: {
      shape: chosen.shape,
      columns: chosen.columns,
      dateOrder: decision?.order ?? 'dayFirst',
    } as ColumnMapping,
    confidence: chosen.confidence,
    profiles: values.map((value) => value.profile),
    dateOrder: decision,
    dateConflict: conflict,
  };
}
