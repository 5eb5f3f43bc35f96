/**
 * Reads the text Excel and LibreOffice put on the clipboard for a block of cells:
 * tab-separated cells, one line per row (\n, \r\n or \r), a trailing line break after
 * the last row, and cells holding a tab, a line break or a quote wrapped in quotes with
 * inner quotes doubled.
 */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && cell === '') {
      const close = quotedCellEnd(text, index);
      if (close !== null) {
        cell = text.slice(index + 1, close).replace(/""/g, '"');
        index = close + 1;
        continue;
      }
    }
    if (char === '\t') endCell();
    else if (char === '\n') endRow();
    else if (char === '\r') {
      endRow();
      if (text[index + 1] === '\n') index++;
    } else cell += char;
    index++;
  }
  // The line break after the last row ends it; a text without one still has a last row.
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * Where the quoted cell opening at `open` closes, or null when the quote does not wrap
 * the whole cell (then it is an ordinary character, as in `"5" inch`).
 */
function quotedCellEnd(text: string, open: number): number | null {
  let index = open + 1;
  while (index < text.length) {
    if (text[index] === '"') {
      if (text[index + 1] === '"') {
        index += 2;
        continue;
      }
      const after = text[index + 1];
      return after === undefined || after === '\t' || after === '\n' || after === '\r' ? index : null;
    }
    index++;
  }
  return null;
}
