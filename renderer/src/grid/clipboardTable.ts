/**
 * Reads the text Excel and LibreOffice put on the clipboard for a block of cells:
 * tab-separated cells, one line per row (\n, \r\n or \r), a trailing line break after
 * the last row, and a cell holding a tab or a line break wrapped in quotes with its
 * quotes doubled. The quote rules are the CSV reader's (shared/delimitedText.ts).
 */
import { parseDelimitedText } from '../../../shared/delimitedText';

export function parseClipboardTable(text: string): string[][] {
  // The line break after the last row ends it; a text without one still has a last row.
  return parseDelimitedText(text, '\t');
}
