/**
 * Writes the retention workbook: Periods, Summary, Cohorts, Customers, Definitions and
 * the hidden PitoData sheet, with exceljs's streaming writer so a list of a million
 * customers streams to the disk instead of sitting in memory as cells. Each sheet is
 * committed before the next begins, which is what keeps the zip stream flowing.
 */
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { CustomerRecord } from '../../shared/customers';
import type { PitoDocument } from '../../shared/document';
import { replaceFileAtomically, type AtomicFs } from '../fs/atomicWrite';
import { writeCohortsSheet } from './cohortsSheet';
import { writeCustomersSheet } from './customersSheet';
import { writeDataSheet } from './dataSheet';
import { writeDefinitionsSheet } from './definitionsSheet';
import { writePeriodsSheet } from './periodsSheet';
import { createSheetContext } from './sheetContext';
import { writeSummarySheet } from './summarySheet';

/** Writes the workbook to `path` directly (not atomically): the building block of the atomic save. */
export async function writeWorkbookFile(
  path: string,
  document: PitoDocument,
  customers: readonly CustomerRecord[] | null,
): Promise<void> {
  const output = createWriteStream(path, { flags: 'wx' });
  // A write error (a full disk) stops the file stream for good; without this race the
  // commit would wait forever for a 'finish' that never comes.
  const failed = new Promise<never>((_, reject) => output.once('error', reject));
  const written = (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: true,
      useSharedStrings: false,
    });
    workbook.creator = 'Pito';
    const context = createSheetContext(workbook, document, customers);
    const placement = writePeriodsSheet(context);
    writeSummarySheet(context, placement);
    if (document.cohorts) writeCohortsSheet(context, document.cohorts);
    if (customers) await writeCustomersSheet(context, customers);
    writeDefinitionsSheet(context);
    writeDataSheet(context, customers !== null);
    await workbook.commit();
  })();
  written.catch(() => undefined); // when the stream failed first, the race below reports that error
  try {
    await Promise.race([written, failed]);
  } catch (error) {
    output.destroy();
    throw error;
  }
}

/**
 * Saves the workbook atomically: the previous file at `path` stays intact until the new
 * one is complete on the disk. The CLI's `--out` and the app's Save both end here.
 */
export async function writeRetentionWorkbook(
  path: string,
  document: PitoDocument,
  customers: readonly CustomerRecord[] | null,
  fs?: AtomicFs,
): Promise<void> {
  await replaceFileAtomically(path, (temporary) => writeWorkbookFile(temporary, document, customers), fs);
}
