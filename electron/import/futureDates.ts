/**
 * A customer list's dates after the day of the import: a start not yet begun or an end only
 * planned (a contract's scheduled end). The periods run to the latest date of the list, so
 * such dates make periods of the future, whose figures count only what is planned: the
 * report says so, naming the first such row, rather than showing those months as if seen.
 */
import { formatIsoDate, type DayNumber } from '../../shared/calendar';
import type { CustomerRecord } from '../../shared/customers';
import { issueMessage } from '../../shared/i18n/issueMessage';
import type { ImportIssue, ImportReport } from '../../shared/importModel';

export function withFutureDates(
  report: ImportReport,
  customers: readonly CustomerRecord[],
  today: DayNumber,
): ImportReport {
  let first: CustomerRecord | null = null;
  let count = 0;
  for (const customer of customers) {
    if (customer.start <= today && (customer.end === null || customer.end <= today)) continue;
    count++;
    if (first === null || customer.row < first.row) first = customer;
  }
  if (first === null) return report;
  const latest = first.end !== null && first.end > today ? first.end : first.start;
  const params = { row: first.row, value: formatIsoDate(latest), today: formatIsoDate(today), count };
  const issue: ImportIssue = {
    severity: 'warning',
    code: 'datesAfterToday',
    row: first.row,
    column: null,
    message: issueMessage('en', 'datesAfterToday', params),
    params,
  };
  return { ...report, issues: [...report.issues, issue] };
}
