/**
 * Messages of the import report, one per issue code (IMPORT_ISSUE_CODES in
 * shared/importModel.ts). Placeholders: {row} the spreadsheet's row number, {column} the
 * column's header text, {value} the cell as read, and a few codes' own.
 */
export const importIssuesEn = {
  'importIssue.missingStartDate': 'Row {row}: the start date in column "{column}" is empty; the row is not counted.',
  'importIssue.unreadableStartDate':
    'Row {row}: "{value}" in column "{column}" is not a date (expected for example 2024-02-01 or 1.2.2024); the row is not counted.',
  'importIssue.unreadableEndDate':
    'Row {row}: "{value}" in column "{column}" is not a date (expected for example 2024-02-01 or 1.2.2024); the row is not counted.',
  'importIssue.endBeforeStart':
    'Row {row}: the end date {value} in column "{column}" is before the start date {start}; the row is not counted.',
  'importIssue.missingPeriodLabel': 'Row {row}: the period in column "{column}" is empty; the row is not imported.',
  'importIssue.noEndDateColumn':
    'Row {row}: no column is read as the end date, so nobody is ever counted as lost: retention shows 100 % and churn 0 %. Map the end date column if the file has one.',
  'importIssue.unmappedDateColumn': 'Row {row}: column "{column}" holds dates but is not read as any field.',
  'importIssue.unusedNumberColumns':
    'Row {row}: these columns of numbers are not read: {columns}. Pito works out lost customers, retention and NPS itself from the columns it reads; if one of these holds customers at the start, new customers, customers at the end, customers kept, a CLV input or NPS answer counts, choose it in the mapping.',
  'importIssue.unmappedScoreColumn':
    'Row {row}: column "{column}" holds whole numbers 0-10, like an NPS score, but is not read as any field.',
  'importIssue.lastRowCutShort':
    'Row {row}: the last row has fewer fields than the others and no line break after it: the file may have been cut short. Check that it is whole.',
  'importIssue.headerHoldsData':
    'Row {row}: the header "{column}" reads like a value ({value}), not a column name: a row of data may have been joined with the header. Check the file.',
  'importIssue.rowAboveHeader':
    'Row {row}: this row is above the header on row {headerRow} and holds {values, plural, one {# value} other {# values}}, so it is not read. If it is a customer, move it below the header.',
  'importIssue.revenueWithoutPurchases':
    'Row {row}: revenue is read but no column is read as purchases, so the average purchase (and CLV) cannot be worked out from the list. Map the purchases column, or type the average purchase in the grid.',
  'importIssue.rowWiderThanHeader':
    "Row {row}: this row has values right of the header's last column (of {columns}), which no field reads. Two lines may have been joined, or a header is missing.",
  'importIssue.uncertainColumn':
    'Row {row}: column "{column}" is read as {field}, but its header and values leave Pito unsure (confidence {confidence}%). Check the mapping.',
  'importIssue.dayFirstAssumed':
    'Row {row}: dates such as "{value}" in column "{column}" could be day first or month first and nothing in the file tells; they were read day first ({value} is {readAs}). Check the periods, or choose month first.',
  'importIssue.monthFirstAssumed':
    'Row {row}: dates such as "{value}" in column "{column}" could be day first or month first and nothing in the file tells; they were read month first ({value} is {readAs}). Check the periods, or choose day first.',
  'importIssue.duplicateId': 'Row {row}: customer ID "{value}" in column "{column}" also appears on row {firstRow}.',
  'importIssue.npsOutOfRange': 'Row {row}: NPS score {value} in column "{column}" is outside 0-10 and is left out.',
  'importIssue.npsNotWhole': 'Row {row}: NPS score {value} in column "{column}" is not a whole number and is left out.',
  'importIssue.unreadableNpsDate': 'Row {row}: "{value}" in column "{column}" is not a date and is left empty.',
  'importIssue.unreadableNumber': 'Row {row}: "{value}" in column "{column}" is not a number and is left empty.',
  'importIssue.negativeNumber': 'Row {row}: {value} in column "{column}" is negative and is left empty.',
  'importIssue.duplicatePeriodLabel': 'Row {row}: the period "{value}" in column "{column}" appears more than once.',
  'importIssue.periodLabelsRead':
    'Row {row}: "{value}" in column "{column}" is read as the period {readAs}. Labels written otherwise than Pito writes periods (2024-01, 2024-Q1, 2024) are read as the period they name and saved so, {count, plural, one {# label} other {# labels}} in this table; check that they name the periods meant. The first such label.',
  'importIssue.twoDigitPeriodYear':
    'Row {row}: the period "{value}" in column "{column}" has a two-digit year, read as {year} ({readAs}): as in Excel, 00–29 are read as 2000–2029 and 30–99 as 1930–1999. If another century is meant, correct the labels. The first such label.',
  'importIssue.unreadablePeriodLabel':
    'Row {row}: the period "{value}" in column "{column}" does not name a month, quarter or year of the calendar (for example 2024-01, Jan 2024, 2024-Q1 or 2024: a label without its year, such as "January" or "Q4", is not enough), so its first and last day are unknown. The first such label; the rows are imported, and a label corrected in the grid is read again.',
  'importIssue.mixedPeriodKinds':
    'Row {row}: the period "{value}" in column "{column}" is of another kind than "{firstValue}" on row {firstRow}: months, quarters and years mixed in one table do not follow one another. The first such row.',
  'importIssue.periodsOutOfOrder':
    'Row {row}: the period "{value}" in column "{column}" comes before "{previousValue}" on row {previousRow}: the rows are not in calendar order, and a range of periods takes them in their order. Sort them by period. The first such row.',
  'importIssue.periodsDoNotChain':
    'Row {row}: customers at start {value} in column "{column}" ≠ customers at end {previousValue} of row {previousRow} in column "{previousColumn}": each period should start with the customers the one before it ended with, else lost customers, retention and churn over a range of periods cannot be worked out. The first such row.',
  'importIssue.lostDiffersFromFlow':
    'Row {row}: lost customers {value} in column "{column}" ≠ S + N − E = {start} + {added} − {end} = {flow} ({count, plural, one {# row differs} other {# rows differ}} so): the table\'s customers at start, new customers, customers at end and lost customers cannot all be right. Pito works out lost customers, retention and churn from S, N and E and reads this column only to compare; check which figures are wrong. The first such row.',
  'importIssue.datesAfterToday':
    'Row {row}: the date {value} is after today ({today}); {count, plural, one {# customer has} other {# customers have}} a start or end date after today, such as a contract’s planned end. The periods run to the latest date of the list, so the periods after today count only what is planned: read the figures of the last period up to today, or correct the dates. The first such row.',
  'importIssue.formulaRowSkipped':
    'Row {row}: "{value}" computes its customer counts with formulas (a totals row), so it is not imported as a period.',
  'importIssue.negativeCount': 'Row {row}: {value} in column "{column}" is a negative count.',
  'importIssue.fractionalCount':
    'Row {row}: {value} in column "{column}" is not a whole number of customers or responses.',
  'importIssue.retainedExceedsStart':
    'Row {row}: more customers retained (customers at end − new customers) than there were at the start.',
  'importIssue.negativeRetained': 'Row {row}: more new customers than customers at the end of the period.',
  'importIssue.retainedWithoutStart': 'Row {row}: customers retained although there were none at the start.',
  'importIssue.invalidUtf8':
    'Row {row}: some bytes of this UTF-8 file are not valid UTF-8, the first of them on this row; they are read as "\uFFFD". Check the names and values from this row on, or save the file again as UTF-8.',
} as const;
