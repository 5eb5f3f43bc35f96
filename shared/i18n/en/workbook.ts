/** The exported retention workbook: sheet names, headers and notes (the Definitions sheet). */
export const workbookEn = {
  'workbook.sheet.periods': 'Periods',
  'workbook.sheet.summary': 'Summary',
  'workbook.sheet.cohorts': 'Cohorts',
  'workbook.sheet.customers': 'Customers',
  'workbook.sheet.definitions': 'Definitions',
  'workbook.periods.totals': 'Summary range',
  'workbook.summary.figure': 'Figure',
  'workbook.summary.latest': 'Latest period ({label})',
  'workbook.summary.range': '{name} ({first} – {last})',
  'workbook.summary.listCustomers': 'Customers in the imported list',
  'workbook.cohorts.cohort': 'Cohort',
  'workbook.cohorts.size': 'Customers',
  'workbook.cohorts.shareTitle': 'Share still customers at the end of period cohort + k',
  'workbook.cohorts.countTitle': 'Customers still customers at the end of period cohort + k',
  'workbook.cohorts.age': 'k = {age}',
  'workbook.customers.row': 'Source row',
  'workbook.customers.id': 'Customer',
  'workbook.customers.start': 'Start date',
  'workbook.customers.end': 'End date',
  'workbook.customers.purchases': 'Purchases',
  'workbook.customers.revenue': 'Revenue',
  'workbook.customers.npsScore': 'NPS score',
  'workbook.customers.npsDate': 'NPS date',
  'workbook.customers.segment': 'Segment',
  'workbook.definitions.figure': 'Figure',
  'workbook.definitions.meaning': 'Meaning',
  'workbook.definitions.formula': 'Formula in this workbook (row 2)',
  'workbook.definitions.notesTitle': 'About this workbook',
  'workbook.definitions.notePercent':
    'Percentages (retention, churn, margin) are stored as fractions and shown with a percent format: 0.925 shows as 92.5 %.',
  'workbook.definitions.noteBlank':
    'A figure that cannot be computed (no customers at the start, no NPS responses, a missing input) is left blank.',
  'workbook.definitions.noteDefaultMargin':
    'CLV uses the row’s margin, or the document’s default margin (the name PitoDefaultMargin) when the row has none.',
  'workbook.definitions.noteTotals':
    'The summary range row covers the range chosen in Pito (by default the trailing twelve months) as one period. From a customer list its counts are the list’s, counted as Pito saved it; from a table, it takes the customers at the start of its first period, all new customers and responses of the range, and the customers at the end of its last period.',
  'workbook.definitions.noteEditing':
    'Pito reads the inputs of the Periods sheet when it opens this workbook again: edit them here and the figures are recalculated. It finds each column by its heading, so columns may be moved or added; keep the headings as they are.',
  'workbook.definitions.noteSource':
    'These definitions are Pito’s own; docs/metrics.md in Pito’s documentation writes each one out with worked examples.',
  'workbook.definitions.aggregationTitle': 'Defaults derived from a customer list',
} as const;
