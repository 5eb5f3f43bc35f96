/**
 * Test fixtures for the aggregation tests: customer records written with ISO dates,
 * every figure the aggregation does not need left empty.
 */
import { parseIsoDate, type DayNumber } from '../calendar';
import type { CustomerRecord } from '../customers';

export function day(iso: string): DayNumber {
  const parsed = parseIsoDate(iso);
  if (parsed === null) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return parsed;
}

export function customer(
  start: string,
  end: string | null = null,
  extra: Partial<CustomerRecord> = {},
): CustomerRecord {
  return {
    row: 0,
    id: null,
    start: day(start),
    end: end === null ? null : day(end),
    purchases: null,
    revenue: null,
    npsScore: null,
    npsDate: null,
    segment: null,
    ...extra,
  };
}
