/**
 * Where a pasted block of cells goes: from the focused cell rightwards and downwards, onto
 * the editable columns in display order, side by side: the computed columns between them
 * (their figures follow from the inputs) take no pasted cell, so a period table's label, S,
 * N and E copied from a spreadsheet land on the label, S, N and E. Cells right of the last
 * editable column are dropped, and rows below the last period become new periods continuing
 * the calendar. A paste onto a computed cell is refused, as it is there that it would go. One unreadable number, a margin outside
 * 0–100, a label longer than a document holds or more periods than it holds
 * (shared/limits.ts) refuses the whole paste, so a paste never half-happens and never makes
 * a document that cannot be saved.
 */
import type { UiLanguage } from '../../../shared/document';
import { isOutOfMarginRange, MAX_PERIODS, MAX_TEXT_LENGTH } from '../../../shared/limits';
import { quoteValue } from '../../../shared/quote';
import type { CellChange } from '../document/edits';
import { parseNumberInput } from '../format/numberInput';
import { GRID_FIELDS, isEditableField, type GridField } from './gridFields';

export interface PasteTarget {
  /** Row ids in display order. */
  rowIds: readonly string[];
  /** 0-based row and display column of the focused cell. */
  startRow: number;
  startField: GridField;
  language: UiLanguage;
  /** Makes the ids of the periods appended below the last one. */
  newRowId: () => string;
}

export type PastePlan =
  | {
      ok: true;
      /** Ids of the periods to append before the changes apply. */
      appendIds: string[];
      changes: CellChange[];
      skippedBeyondLastColumn: number;
    }
  /**
   * `row` is the 0-based index of the grid row the refused cell would go to, `text` that
   * cell quoted to at most 80 characters; `problem` says why the paste is refused.
   */
  | { ok: false; row: number; field: GridField; text: string; problem: PasteProblem };

export type PasteProblem = 'notANumber' | 'marginOutOfRange' | 'labelTooLong' | 'tooManyPeriods' | 'computedColumn';

export function planPaste(block: readonly (readonly string[])[], target: PasteTarget): PastePlan {
  if (!isEditableField(target.startField)) {
    const text = quoteValue(block[0]?.join(' ') ?? '');
    return { ok: false, row: target.startRow, field: target.startField, text, problem: 'computedColumn' };
  }
  const columns = GRID_FIELDS.slice(GRID_FIELDS.indexOf(target.startField)).filter(isEditableField);
  const appendIds: string[] = [];
  const changes: CellChange[] = [];
  let skippedBeyondLastColumn = 0;
  // The first row a document could not hold: a paste may fill rows beyond it only where they exist.
  const firstTooMany = Math.max(MAX_PERIODS, target.rowIds.length);
  if (target.startRow + block.length > firstTooMany) {
    const text = quoteValue(block[firstTooMany - target.startRow]?.join(' ') ?? '');
    return { ok: false, row: firstTooMany, field: target.startField, text, problem: 'tooManyPeriods' };
  }
  for (const [offset, cells] of block.entries()) {
    const rowIndex = target.startRow + offset;
    let rowId = target.rowIds[rowIndex];
    if (rowId === undefined) {
      rowId = target.newRowId();
      appendIds.push(rowId);
    }
    for (const [column, text] of cells.entries()) {
      const field = columns[column];
      if (field === undefined) {
        skippedBeyondLastColumn++;
      } else if (field === 'label') {
        const label = text.trim();
        if (label.length > MAX_TEXT_LENGTH)
          return { ok: false, row: rowIndex, field, text: quoteValue(label), problem: 'labelTooLong' };
        changes.push({ rowId, field, value: label });
      } else {
        const number = parseNumberInput(text, target.language);
        if (!number.ok) return { ok: false, row: rowIndex, field, text: quoteValue(text), problem: 'notANumber' };
        if (field === 'profitMarginPct' && isOutOfMarginRange(number.value))
          return { ok: false, row: rowIndex, field, text: quoteValue(text), problem: 'marginOutOfRange' };
        changes.push({ rowId, field, value: number.value });
      }
    }
  }
  return { ok: true, appendIds, changes, skippedBeyondLastColumn };
}
