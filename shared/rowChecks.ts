/**
 * Row checks of `docs/metrics.md`: shown on the row and listed in the import report,
 * never silently "fixed".
 */
import { INPUT_FIELDS, type InputField, type PeriodInputs } from './document';
import { inputFigure } from './figures/registry';

/** Inputs that count customers or responses: whole, non-negative numbers. */
const COUNT_INPUTS = INPUT_FIELDS.filter((id) => inputFigure(id).unit === 'count');

export type RowCheckCode =
  | 'negativeCount' // a count below zero
  | 'fractionalCount' // a count that is not a whole number
  | 'retainedExceedsStart' // E − N > S: more customers retained than there were
  | 'negativeRetained' // E − N < 0: more new customers than customers at the end
  | 'retainedWithoutStart'; // S = 0 with E − N > 0

export interface RowCheck {
  code: RowCheckCode;
  /** The input the check is about, for count checks. */
  field?: InputField;
}

/**
 * The checks of a row a person typed or a period table gave. A row aggregated from a customer
 * list is consistent by construction: there E − N < 0 only means new customers also left within
 * the period (exact retention explains it), so it is not checked.
 */
export function checkRow(row: PeriodInputs & { aggregated?: boolean }): RowCheck[] {
  if (row.aggregated === true) return [];
  const checks: RowCheck[] = [];
  for (const field of COUNT_INPUTS) {
    const value = row[field];
    if (value === null) continue;
    if (value < 0) checks.push({ code: 'negativeCount', field });
    if (!Number.isInteger(value)) checks.push({ code: 'fractionalCount', field });
  }
  const { customersAtStart: start, newCustomers: added, customersAtEnd: end } = row;
  if (start === null || added === null || end === null) return checks;
  const retained = end - added;
  if (start === 0 && retained > 0) checks.push({ code: 'retainedWithoutStart' });
  else if (retained > start) checks.push({ code: 'retainedExceedsStart' });
  if (retained < 0) checks.push({ code: 'negativeRetained' });
  return checks;
}
