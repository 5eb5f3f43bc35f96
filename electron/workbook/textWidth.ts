/**
 * Column widths that hold a text, in Excel's width unit (the width of one digit of the
 * workbook's font, Calibri 11). Calibri's bold letters are a little narrower than its
 * digits; where Calibri is missing (LibreOffice on Linux) the text is shown in a wider font,
 * still a little under a digit per letter, so a width of one unit a letter and one for the
 * cell's padding holds a bold header in either.
 */

const UNITS_PER_CHARACTER = 1;
const PADDING = 1;

/** The width that shows `text` on one line. */
export function widthOfText(text: string): number {
  return Math.ceil([...text].length * UNITS_PER_CHARACTER) + PADDING;
}

/** The width that shows the longest word of any of `texts` whole: wrapped text then breaks at spaces only. */
export function widthOfLongestWord(texts: readonly string[]): number {
  const words = texts.flatMap((text) => text.split(/\s+/));
  return Math.max(0, ...words.map(widthOfText));
}

/**
 * How many lines `text` takes wrapped in a column `width` wide, breaking at spaces and a word
 * too long for a line wherever it must, as Excel and LibreOffice do. A sheet sets the height
 * of such a row itself: LibreOffice keeps an xlsx row without a height one line high.
 */
export function linesOfText(text: string, width: number): number {
  const room = Math.max(1, Math.floor((width - PADDING) / UNITS_PER_CHARACTER));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = [...word].length;
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= room) {
      used = needed;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.ceil(length / room) - 1;
    used = length % room || room;
  }
  return lines;
}
