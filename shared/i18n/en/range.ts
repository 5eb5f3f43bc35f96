/** The range the summary covers (shared/ranges.ts): its presets, and why one cannot be given. */
export const rangeEn = {
  'range.label': 'Summary range',
  'range.from': 'From',
  'range.to': 'To',
  'range.counting': 'Counting from the customer list…',
  'range.preset.trailingTwelveMonths': 'Trailing twelve months',
  'range.preset.thisYear': 'This year',
  'range.preset.lastYear': 'Last year',
  'range.preset.allPeriods': 'All periods',
  'range.periods': 'Chosen periods',
  'range.span': '{first} – {last}',
  'range.problem.noPeriods': 'There are no periods to take a range of.',
  'range.problem.notAPeriod': '{label} is not one of the periods, which run from {first} to {last}.',
  'range.problem.firstAfterLast': '{from} comes after {to}; the periods run from {first} to {last}.',
  'range.problem.notCalendarPeriods':
    'The last period, "{label}", is not a month, quarter or year, so the range has no calendar to follow.',
  'range.problem.noPeriodWithin':
    'No period lies wholly within {firstDay} – {lastDay}; the periods run from {first} to {last}.',
} as const;
