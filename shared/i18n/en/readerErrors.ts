/**
 * Why a file could not be read, as the UI shows it (IpcError.reason): the workbook and CSV
 * readers' bad-file errors. Placeholders name the file, and the sheet, row, cell or line
 * where the damage is.
 */
export const readerErrorsEn = {
  'readerError.xlsx.cellTooLong':
    '{file}: sheet "{sheet}", cell {cell} holds more than 32 767 characters, more than Excel lets a cell hold: the file is damaged or was not written by a spreadsheet program.',
  'readerError.xlsx.rowTooLarge':
    '{file}: sheet "{sheet}", row {row} is larger than 16 MB, far larger than any row of a customer list: the file is damaged or was not written by a spreadsheet program.',
  'readerError.xlsx.notANumber':
    '{file}: sheet "{sheet}", cell {cell} should hold a number but holds "{value}": the file is damaged.',
  'readerError.xlsx.notATruthValue':
    '{file}: sheet "{sheet}", cell {cell} should hold TRUE or FALSE but holds "{value}": the file is damaged.',
  'readerError.xlsx.badSharedStringIndex':
    '{file}: sheet "{sheet}", cell {cell} should refer to one of the workbook\'s shared texts but holds "{value}": the file is damaged.',
  'readerError.xlsx.missingSharedString':
    '{file}: sheet "{sheet}", cell {cell} refers to shared text {index}, but the workbook holds only {count, plural, one {# shared text} other {# shared texts}}, numbered from 0: the file is damaged.',
  'readerError.xlsx.cellNotClosed':
    '{file}: sheet "{sheet}", cell {cell} does not end where it should (its </c> is missing): the file is damaged.',
  'readerError.xlsx.rowNotClosed':
    '{file}: sheet "{sheet}", row {row} does not end (its </row> is missing), so where the next row begins is not known: the file is damaged.',
  'readerError.xlsx.badCellReference':
    '{file}: sheet "{sheet}", row {row} has a cell whose reference "{value}" is not a cell reference such as C12: the file is damaged.',
  'readerError.xlsx.cellInOtherRow':
    '{file}: sheet "{sheet}", cell {cell} is written inside row {row}: the file is damaged.',
  'readerError.xlsx.cellsOutOfOrder':
    '{file}: sheet "{sheet}", cell {cell} comes after cell {previous} in row {row}, but Excel writes each cell once, left to right: the file is damaged.',
  'readerError.xlsx.badRowNumber':
    '{file}: sheet "{sheet}", a row has the number "{value}", which is not a row number such as 12: the file is damaged.',
  'readerError.xlsx.rowsOutOfOrder':
    '{file}: sheet "{sheet}", row {row} comes after row {previous}, but Excel writes each row once, top to bottom: the file is damaged.',
  'readerError.xlsx.duplicatePart':
    '{file} is damaged: it holds two parts of the same name, and which one Excel would read is not known.',
  'readerError.xlsx.sharedStringTooLong':
    '{file}: shared text {item} of the workbook holds more than 32 767 characters, more than Excel lets a cell hold: the file is damaged or was not written by a spreadsheet program.',
  'readerError.xlsx.noWorksheets': '{file} is not an Excel workbook: it has no worksheets.',
  'readerError.xlsx.damagedZip': '{file} is damaged or incomplete: {detail}.',
  'readerError.xlsx.archiveTooLarge':
    '{file} would unpack to more than Pito reads (the archive as a whole is too large): it may be a decompression bomb.',
  'readerError.xlsx.partTooLarge':
    '{file} would unpack to more than Pito reads ({part} is too large or larger than it declares): it may be a decompression bomb.',
  'readerError.xlsx.rowBeyondLimits':
    "{file} is damaged: {part} refers to row {row}, beyond Excel's limits of 1 048 576 rows and columns up to XFD.",
  'readerError.xlsx.cellBeyondLimits':
    "{file} is damaged: {part} refers to cell {cell}, beyond Excel's limits of 1 048 576 rows and columns up to XFD.",
  'readerError.xlsx.cutShort': '{file} is damaged: the XML of {part} is cut short.',
  'readerError.xlsx.cannotUnpack': '{file} is damaged: a part of the workbook cannot be unpacked.',
  'readerError.xlsx.malformed': '{file} cannot be read ({detail}).',
  'readerError.xlsx.malformedSheet': '{file}: sheet "{sheet}" cannot be read ({detail}).',
  'readerError.csv.empty': '{file} is empty.',
  'readerError.csv.notText': '{file} is not a text file, so it cannot be read as CSV.',
  'readerError.csv.unclosedQuote':
    '{file}: a quoted field that starts on row {row} never ends; check the quotes of that row. The file ends before a quote closes the field, which starts on line {line} in a text editor with "{value}".',
  'readerError.csv.quotedFieldTooLong':
    '{file}: a quoted field that starts on row {row} never ends; check the quotes of that row. No quote closes it within {limit} characters, the most Excel lets a cell hold; the field starts on line {line} in a text editor with "{value}".',
  'readerError.csv.fieldTooLong':
    '{file}: row {row} has a field of more than {limit} characters, more than Excel lets a cell hold; the field starts on line {line} in a text editor with "{value}". Check the delimiters of that row.',
  'readerError.csv.tooManyFields':
    '{file}: row {row} has more than {limit} fields, more columns than Excel lets a sheet hold (line {line} in a text editor). Check the delimiters of that row.',
  'readerError.csv.rowTooLong':
    '{file}: row {row} holds more than {limit} characters, far more than any row of a customer list (line {line} in a text editor): the file is damaged or was not written by a spreadsheet program.',
} as const;
