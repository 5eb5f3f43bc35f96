/**
 * The limits of a Pito document, defined once: the import refuses what exceeds them, the
 * aggregation stops before them, the IPC schemas check them on Save and autosave, and the
 * grid does not let an edit cross them. The rule they keep is that whatever imports can
 * be saved: every bound an import or an edit can reach is one the save accepts.
 */

/**
 * The longest text of a document: a period label, a cohort label. Far above any real
 * label (a month is 7 characters) yet small enough that 5 000 of them cross IPC quickly;
 * a longer cell is refused at import, naming its row, never cut.
 */
export const MAX_TEXT_LENGTH = 1000;

/** Ids Pito or the renderer makes up: a period row's id (`row-12`, a UUID), file and job ids. */
export const MAX_ID_LENGTH = 200;

/**
 * The most periods one document holds: more than 400 years of months. A period table with
 * more rows is refused at import; the grid adds no period beyond it.
 */
export const MAX_PERIODS = 5000;

/**
 * The most periods one customer list may span. The cohort table grows with the square of
 * the period count, so a typo such as 9024 for 2024 must stop with a message rather than
 * exhaust memory; 2400 is two centuries of months. At most MAX_PERIODS, so the document a
 * list aggregates into can always be saved.
 */
export const MAX_AGGREGATED_PERIODS = 2400;

/** Excel's own column count (A…XFD): a column index is below it. */
export const MAX_COLUMNS = 16_384;

/** The longest path the operating system hands over (a dropped file). */
export const MAX_PATH_LENGTH = 4096;

/** How much of an offending value (a cell, a header) an error message or an import issue quotes. */
export const MAX_QUOTED_LENGTH = 80;

/** The longest error message that crosses IPC into a dialog. */
export const MAX_ERROR_MESSAGE_LENGTH = 500;

/**
 * A profit margin in percent, a period's or the document's default: from 0 (nothing of
 * the revenue is profit) to 100 (all of it is), as docs/metrics.md defines it. CLV is
 * revenue × margin, so a margin outside would make the figure meaningless: the settings,
 * the grid and the document's edits refuse one typed or pasted. A margin read from a file
 * is kept as the file has it: Pito does not change what it reads.
 */
export const MARGIN_PCT_RANGE = { min: 0, max: 100 } as const;

/** True for a margin outside MARGIN_PCT_RANGE; a missing margin (null) is never out of range. */
export function isOutOfMarginRange(value: number | null): boolean {
  return value !== null && (value < MARGIN_PCT_RANGE.min || value > MARGIN_PCT_RANGE.max);
}
