/**
 * Why a workbook could not be opened, or a link not followed, as the UI shows it
 * (IpcError.reason) and the CLI prints it. {file} is the workbook's name, {sheet} a sheet
 * of it, {detail} what the workbook reader found (in English: it names parts of the file).
 */
export const documentErrorsEn = {
  'documentError.notFound': 'Could not open {file}: the file does not exist.',
  'documentError.permissionDenied': 'Could not open {file}: permission to read it was denied.',
  'documentError.isFolder': 'Could not open {file}: it is a folder, not a file.',
  'documentError.notAWorkbook': '{file} cannot be read as an Excel workbook (.xlsx): {detail}.',
  'documentError.damaged': '{file} is damaged and cannot be read: {detail}.',
  'documentError.notPitoWorkbook':
    '{file} is not a workbook saved by Pito (it has no {sheet} sheet). To analyse a customer list or a period table, use Import instead.',
  'documentError.data.notPito':
    '{file}: the {sheet} sheet is not one Pito wrote. Open a workbook Pito saved, or use Import.',
  'documentError.data.notOneOf':
    '{file}: the {sheet} sheet has "{value}" as {key}, expected one of {allowed}. Open a workbook Pito saved, or use Import.',
  'documentError.data.notANumber':
    '{file}: the {sheet} sheet has "{value}" as {key}, expected a number. Open a workbook Pito saved, or use Import.',
  'documentError.data.newerVersion':
    '{file} was saved by a newer Pito: its {sheet} sheet has format version {version}, and this Pito reads up to {supported}. Update Pito to open it.',
  'documentError.data.notAVersion':
    '{file}: the {sheet} sheet has "{value}" as formatVersion, which is not a format version Pito writes. Open a workbook Pito saved, or use Import.',
  'documentError.data.noPeriodsSheet':
    '{file}: the {sheet} sheet does not name the Periods sheet. Open a workbook Pito saved, or use Import.',
  'documentError.data.noRangePeriods':
    '{file}: the {sheet} sheet says the summary covers chosen periods but does not name its first and last period. Open a workbook Pito saved, or use Import.',
  'documentError.sheetMissing': '{file}: the sheet "{sheet}" is missing (renamed or deleted?).',
  'documentError.periods.missingColumns':
    '{file}: sheet "{sheet}" has {count, plural, one {no column headed} other {no columns headed}} {columns}, so its periods cannot be read. Put {count, plural, one {the column back under that header} other {the columns back under those headers}} (in English or Finnish), or use Import.',
  'documentError.periods.duplicateColumn':
    '{file}: sheet "{sheet}" has two columns of the same name, {first} and {second} (Pito reads headers in English and Finnish alike), so which one holds the figures is not known. Delete or rename one of them.',
  'documentError.cell.notANumber':
    '{file}: sheet "{sheet}", row {row}, column "{column}": expected a number or an empty cell, found "{value}".',
  'documentError.cell.noStartDate':
    '{file}: sheet "{sheet}", row {row}, column "{column}": expected a start date, found an empty cell.',
  'documentError.cell.noPeriodLabel':
    '{file}: sheet "{sheet}", row {row}, column "{column}": expected a period label, found an empty cell.',
  'documentError.report.cannotRegroup':
    '{file} holds its periods but not the customers they were counted from, so they cannot be regrouped with --period {period}. Leave out --period to report the periods as saved, or report the customer list they came from.',
  'documentError.report.importOptions':
    "{file} is a workbook Pito saved: report opens it as the app's Open does, by its own sheets, so the import's options --sheet, --map, --mapping and --date-order do not apply. Leave them out.",
  'documentError.link.tooLong': 'The link is longer than {max} characters.',
  'documentError.link.invalid': 'The link is not a valid URL.',
  'documentError.link.notHttps': 'Only https links open in the browser, not {scheme} links.',
  'documentError.link.credentials': 'Links with a user name or password are not opened.',
  'documentError.link.noHost': 'The link names no host.',
} as const;
