/**
 * Why an import was refused, as the UI shows it (IpcError.reason). Placeholders name the
 * file, the row and the column, and what was found there.
 */
export const importErrorsEn = {
  'importError.missingFields':
    'No column is chosen for {fields}, which {shape} needs. Choose the column under Columns, or change what the file holds.',
  'importError.periodLabelTooLong':
    '{file}: row {row}, column "{column}": the period label "{value}" has {length} characters; a label may have at most {limit}.',
  'importError.tooManyPeriodRows':
    '{file}: row {row}, column "{column}": the table has more than {limit} periods, the most one document holds.',
  'importError.shape.customerList': 'a customer list',
  'importError.shape.periodTable': 'a period table',
  'importError.mixedDateOrder':
    '{file}: the dates are written both ways: row {dayFirstRow} of column "{dayFirstColumn}" has "{dayFirstValue}", which only day first reads, and row {monthFirstRow} of column "{monthFirstColumn}" has "{monthFirstValue}", which only month first reads. Write the dates one way and import again.',
  'importError.readDayFirstButMonthFirst':
    '{file}: row {row} of column "{column}" has "{value}", which only month first reads, but the dates were being read day first. Choose month first and import again.',
  'importError.readMonthFirstButDayFirst':
    '{file}: row {row} of column "{column}" has "{value}", which only day first reads, but the dates were being read month first. Choose day first and import again.',
  'importError.emptyFile': '{file} is empty.',
  'importError.emptyZip': '{file} is an empty zip archive, not an Excel workbook.',
  'importError.passwordProtected':
    '{file} is a password-protected workbook. Open it in Excel, remove the password (File > Info > Protect Workbook) and import it again.',
  'importError.oldXls':
    '{file} is an old Excel 97-2003 workbook (.xls). Save it in Excel as an .xlsx workbook or as CSV and import that.',
  'importError.notAZip': '{file} is not an Excel workbook: an .xlsx file is a zip archive and this is not one.',
  'importError.notAFile': '{file} cannot be imported: it is not a file that exists.',
  'importError.unsupportedType': '{file} cannot be imported: Pito reads .xlsx workbooks and .csv or .txt files.',
  'importError.fileGone': 'That file is no longer available; choose it again.',
  'importError.nothingToRegroup':
    'Pito no longer holds the customer list these periods were counted from: it keeps only the list of the latest import or opened workbook. Import the list again to regroup its periods.',
  'importError.listGone':
    'Pito no longer holds the customer list these periods were counted from: it keeps only the list of the latest import or opened workbook. Import the list again to count its range from it.',
  'importError.noDataRows': '{file} has a header row but no rows of data below it.',
  'importError.noDataRowsInSheet': '{file}: sheet "{sheet}" has a header row but no rows of data below it.',
  'importError.emptyTable': '{file} is empty: it has no rows to import.',
  'importError.emptySheet': '{file}: sheet "{sheet}" is empty: it has no rows to import.',
  'importError.noSuchSheet': '{file} has no sheet named "{sheet}"; its sheets are {sheets}.',
  'importError.tooManyPeriods':
    '{file}: the dates span {periods} periods, from {first} to {last}; Pito handles at most {max}. Check the dates, or choose a longer period.',
  'importError.cancelled': 'The import of {file} was cancelled.',
  'importError.stalled': '{file} could not be read: reading it stopped making progress (the file may be damaged).',
  'importError.outOfMemory':
    '{file} needs more memory than an import may use ({limit} MB): it is too large or damaged.',
  'importError.readerEnded': '{file} could not be read: the reader ended without an answer (the file may be damaged).',
  'importError.readerFailed': '{file} could not be read: {detail}',
} as const;
