/**
 * The saved document's format versions and the way from each one to today's. A workbook
 * or recovery file of version n is read as well as today's reader can, then every step
 * from n up to DOCUMENT_FORMAT_VERSION runs in turn, so each reader of old files knows
 * only today's shape.
 *
 * Changing what is stored: bump DOCUMENT_FORMAT_VERSION (shared/document.ts) and add ONE
 * step here, `{ from: <the old version>, migrate }`, that turns a document of the old
 * version into one of the next (for example, give every period a new input as null).
 */
import { DOCUMENT_FORMAT_VERSION } from './document';
import { DEFAULT_RANGE } from './ranges';

/** A document as some version stored it: only that version's step knows its shape. */
export type StoredDocument = Record<string, unknown>;

export interface DocumentMigration {
  /** The version this step reads; it returns the document of version `from + 1`. */
  from: number;
  migrate(document: StoredDocument): StoredDocument;
}

export interface MigrationChain {
  /** The version the last step reaches: the one this code writes. */
  current: number;
  steps: readonly DocumentMigration[];
}

/** The first version Pito ever wrote. */
export const FIRST_FORMAT_VERSION = 1;

/**
 * Version 2 added to each period the customers retained (R), unknown (null) in an older
 * document, and whether its customer flow is the list's as aggregated: not known either, so
 * false (its row checks apply). Reopening a workbook with its list restores both
 * (shared/aggregate/reconcile.ts).
 */
const addCustomersRetained: DocumentMigration = {
  from: 1,
  migrate: (document) => ({
    ...document,
    periods: (document.periods as StoredDocument[]).map((period) => ({
      ...period,
      customersRetained: null,
      aggregated: false,
    })),
  }),
};

/**
 * Version 3 added the range the summary covers (settings.range). An older document had
 * none to choose: its summary was the whole range, but the default for a document without
 * a choice is the trailing twelve months (docs/metrics.md, "A range of periods").
 */
const addSummaryRange: DocumentMigration = {
  from: 2,
  migrate: (document) => ({
    ...document,
    settings: { ...(document.settings as StoredDocument), range: DEFAULT_RANGE },
  }),
};

export const DOCUMENT_MIGRATIONS: MigrationChain = {
  current: DOCUMENT_FORMAT_VERSION,
  steps: [addCustomersRetained, addSummaryRange],
};

/**
 * Why a stored document cannot be brought to today's version: it was written by a newer
 * Pito, or its version is no version any Pito wrote (not a whole number, or below the first).
 */
export type MigrationProblem = 'newerVersion' | 'notAVersion';

export type MigrationResult = { ok: true; document: StoredDocument } | { ok: false; problem: MigrationProblem };

/** Why a document of this version cannot be read, or null when the chain leads from it to today's. */
export function versionProblem(version: unknown, chain: MigrationChain = DOCUMENT_MIGRATIONS): MigrationProblem | null {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_FORMAT_VERSION) return 'notAVersion';
  return version > chain.current ? 'newerVersion' : null;
}

/** The stored document brought to the chain's current version, each step in turn. */
export function migrateDocument(
  stored: StoredDocument,
  version: unknown,
  chain: MigrationChain = DOCUMENT_MIGRATIONS,
): MigrationResult {
  const problem = versionProblem(version, chain);
  if (problem !== null) return { ok: false, problem };
  let document: StoredDocument = { ...stored, formatVersion: version };
  for (let from = version as number; from < chain.current; from++) {
    const step = chain.steps.find((candidate) => candidate.from === from);
    // A gap in the chain is this code's mistake, never the file's: fail loudly, not as a bad file.
    if (!step) throw new Error(`No migration from document format version ${from}.`);
    document = { ...step.migrate(document), formatVersion: from + 1 };
  }
  return { ok: true, document };
}
