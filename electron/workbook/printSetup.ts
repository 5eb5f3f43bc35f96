/**
 * How every visible sheet looks on screen and on paper, stated once: its header rows (and
 * label columns) are frozen on screen and printed on every page (`_xlnm.Print_Titles`), the
 * sheet prints one page wide and as many pages tall as it needs (fitToWidth 1, fitToHeight 0),
 * landscape unless said otherwise, and each page's footer names the sheet and the page.
 *
 * exceljs 4.4's streaming writer writes all of it: `<pageSetup>`, `<pageMargins>`,
 * `<headerFooter>` and `<pageSetUpPr fitToPage>` in the sheet, and when the workbook is
 * committed it turns each sheet's `printTitlesRow` / `printTitlesColumn` / `printArea` into
 * the sheet-scoped defined names `_xlnm.Print_Titles` / `_xlnm.Print_Area` in workbook.xml
 * (quoting the sheet's name without doubling a quote in it: Pito's sheet names have none).
 * It does not write `<printOptions>` (gridlines, centring on the page) in streaming mode, so
 * none is asked for here.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../shared/importModel';

export interface SheetPrint {
  /** Header rows at the top (≥ 1): frozen, and repeated at the top of every printed page. */
  titleRows: number;
  /** Label columns at the left: frozen, and repeated at the left of every printed page. */
  titleColumns?: number;
  /** Landscape unless the sheet is a tall, narrow list. */
  orientation?: 'landscape' | 'portrait';
  /** The cells to print, when the sheet knows them better than its used range. */
  printArea?: { lastRow: number; lastColumn: number };
}

/** Excel's "Narrow" margins, in inches: a one-page-wide sheet prints that much larger. */
const MARGINS: ExcelJS.Margins = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** The sheet's name at the left of the footer, "page / pages" at the right (Excel's codes: &A, &P, &N). */
const FOOTER = '&L&A&R&P / &N';

/** The `addWorksheet` options of a visible sheet: frozen titles, page setup and footer. */
export function sheetOptions(
  print: SheetPrint,
): Pick<Partial<ExcelJS.AddWorksheetOptions>, 'views' | 'pageSetup' | 'headerFooter'> {
  const { titleRows, titleColumns = 0, orientation = 'landscape', printArea } = print;
  const pageSetup: Partial<ExcelJS.PageSetup> = {
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as the rows need
    margins: MARGINS,
    printTitlesRow: `1:${titleRows}`,
  };
  if (titleColumns > 0) pageSetup.printTitlesColumn = `A:${columnLetter(titleColumns - 1)}`;
  // exceljs prefixes each end with "$" only: from "A1:I9" it writes $A1:$I9, which LibreOffice
  // ignores as a print area. Given "A$1:I$9" it writes the absolute $A$1:$I$9 that both read.
  if (printArea) pageSetup.printArea = `A$1:${columnLetter(printArea.lastColumn - 1)}$${printArea.lastRow}`;
  return {
    views: [{ state: 'frozen', xSplit: titleColumns, ySplit: titleRows }],
    pageSetup,
    headerFooter: { oddFooter: FOOTER },
  };
}
