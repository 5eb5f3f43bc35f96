/**
 * Why an import was refused, as the UI shows it (IpcError.reason). Placeholders name the
 * file, the row and the column, and what was found there.
 */
export const importErrorsEn = {
  'importError.missingFields':
    'No column is chosen for {fields}, which {shape} needs. Choose the column under Columns, or change what the file holds.',
  'importError.shape.customerList': 'a customer list',
  'importError.shape.periodTable': 'a period table',
  'importError.mixedDateOrder':
    '{file}: the dates are written both ways: row {dayFirstRow} of column "{dayFirstColumn}" has "{dayFirstValue}", which only day first reads, and row {monthFirstRow} of column "{monthFirstColumn}" has "{monthFirstValue}", which only month first reads. Write the dates one way and import again.',
  'importError.readDayFirstButMonthFirst':
    '{file}: row {row} of column "{column}" has "{value}", which only month first reads, but the dates were being read day first. Choose month first and import again.',
  'importError.readMonthFirstButDayFirst':
    '{file}: row {row} of column "{column}" has "{value}", which only day first reads, but the dates were being read month first. Choose day first and import again.',
} as const;
