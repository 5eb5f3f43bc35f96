/** Test support: a period row of a table with its customer flow given, every other input as `extra` says. */
import { emptyInputs, type PeriodInputs, type PeriodRow } from '../document';

export function tablePeriod(
  label: string,
  S: number | null,
  N: number,
  E: number,
  extra: Partial<PeriodInputs> = {},
): PeriodRow {
  const inputs = { ...emptyInputs(), customersAtStart: S, newCustomers: N, customersAtEnd: E, ...extra };
  return { ...inputs, id: label, label, firstDay: null, lastDay: null, aggregated: false };
}
