/**
 * The document: what the grid edits, the workbook stores and the IPC carries.
 * Plain data only (no classes, no Dates) so it crosses IPC and JSON unchanged.
 */
import type { PeriodKind } from './periods';
import { DEFAULT_RANGE, type RangeChoice } from './ranges';

/** The editable columns of a period row, in grid order; each has its entry in shared/figures/registry.ts. */
export const INPUT_FIELDS = [
  'customersAtStart',
  'newCustomers',
  'customersAtEnd',
  'customersRetained',
  'avgPurchaseValue',
  'purchasesPerYear',
  'lifespanYears',
  'profitMarginPct',
  'promoters',
  'passives',
  'detractors',
] as const;
export type InputField = (typeof INPUT_FIELDS)[number];

/** A missing input is null, never 0: "no figure" and "zero customers" differ. */
export type PeriodInputs = Record<InputField, number | null>;

export interface PeriodRow extends PeriodInputs {
  /** Stable identity for the grid and undo; never shown. */
  id: string;
  /** `2024-01`, `2024-Q1`, `2024`, or a period table's own wording. */
  label: string;
  /** `YYYY-MM-DD`, or null when the label is not one Pito can read. */
  firstDay: string | null;
  lastDay: string | null;
  /**
   * Its customer flow (CUSTOMER_FLOW_FIELDS) is the customer list's, as aggregated and
   * unedited: consistent by construction, so the row checks do not apply, and the list can
   * answer for it. False for a row typed, pasted or read from a period table, and once any
   * of those figures is edited.
   */
  aggregated: boolean;
}

/** The figures a customer list gives a period by counting its customers: editing one makes the row the user's own. */
export const CUSTOMER_FLOW_FIELDS = [
  'customersAtStart',
  'newCustomers',
  'customersAtEnd',
  'customersRetained',
] as const satisfies readonly InputField[];

/** The figures computed from a row's inputs, in column order; each has its entry in shared/figures/registry.ts. */
export const DERIVED_FIELDS = [
  'lostCustomers',
  'retentionRate',
  'exactRetentionRate',
  'simpleRetentionRate',
  'churnRate',
  'clv',
  'nps',
  'npsMarginOfError',
] as const;
export type DerivedField = (typeof DERIVED_FIELDS)[number];

/** Percentages on a 0-100 scale, unrounded; null where undefined. */
export type PeriodMetrics = Record<DerivedField, number | null>;

export interface CohortRow {
  /** The period label of the cohort (the period holding the customers' start dates). */
  label: string;
  /** Customers who started in the cohort period. */
  size: number;
  /** activeAtEnd[k]: customers of the cohort still customers at the end of period cohort + k. */
  activeAtEnd: number[];
  /** retainedPct[k] = activeAtEnd[k] / size × 100; null when size is 0. */
  retainedPct: (number | null)[];
}

export interface CohortTable {
  periodKind: PeriodKind;
  rows: CohortRow[];
}

/** The languages Pito speaks: its UI, its workbook, its own header names. */
export const UI_LANGUAGES = ['fi', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface DocumentSettings {
  periodKind: PeriodKind;
  /** ISO 4217 code, for display and the workbook's number formats. */
  currency: string;
  /** Margin % used where a period has none of its own; null for none. */
  defaultProfitMarginPct: number | null;
  language: UiLanguage;
  /** The periods the summary covers: the cards, the grid's range row, the workbook's Summary sheet. */
  range: RangeChoice;
}

/** Figures of the whole imported customer list that no period row holds. */
export interface CustomerListStats {
  customers: number;
  /** Customers with two or more purchases / customers with at least one × 100; null without purchase data. */
  repeatPurchaseRate: number | null;
}

export type DocumentSource = 'empty' | 'customerList' | 'periodTable' | 'workbook';

export interface PitoDocument {
  /**
   * The format version of the saved shape; the workbook's hidden sheet stores it. A document
   * in memory is always of DOCUMENT_FORMAT_VERSION: older ones are migrated as they are read
   * (shared/documentMigrations.ts).
   */
  formatVersion: number;
  settings: DocumentSettings;
  periods: PeriodRow[];
  cohorts: CohortTable | null;
  /** Present when the document came from a customer list. */
  listStats: CustomerListStats | null;
  source: DocumentSource;
  /**
   * The customer list the main side holds for this document, by the id it gave the list on
   * import or open (electron/session.ts); absent when no list stands behind the document.
   * It names a list in one running app only, so neither the workbook nor the autosave
   * keeps it: a reopened workbook gets a new id, restored edits none.
   */
  listId?: string;
}

/** The version this code writes (shared/documentMigrations.ts says when and how it changes). */
export const DOCUMENT_FORMAT_VERSION: number = 3;

export function defaultSettings(language: UiLanguage = 'en'): DocumentSettings {
  return { periodKind: 'month', currency: 'EUR', defaultProfitMarginPct: null, language, range: DEFAULT_RANGE };
}

export function emptyInputs(): PeriodInputs {
  return Object.fromEntries(INPUT_FIELDS.map((field) => [field, null])) as PeriodInputs;
}

export function createEmptyDocument(settings: DocumentSettings = defaultSettings()): PitoDocument {
  return {
    formatVersion: DOCUMENT_FORMAT_VERSION,
    settings,
    periods: [],
    cohorts: null,
    listStats: null,
    source: 'empty',
  };
}
