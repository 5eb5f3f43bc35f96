/**
 * Random customer lists with their true period figures, counted as the customers are
 * drawn and independently of the code under test: months are (year, month) pairs from
 * JavaScript's UTC calendar, and S, N and E follow docs/metrics.md's definitions per customer.
 */
import { seededRandom } from './seededRandom.mjs';

export interface GeneratedCustomer {
  id: string;
  /** Calendar dates as UTC midnights: what exceljs writes as date cells. */
  start: Date;
  end: Date | null;
  purchases: number;
  revenue: number;
  nps: number;
}

export interface TruePeriod {
  label: string;
  customersAtStart: number;
  newCustomers: number;
  customersAtEnd: number;
}

const DAY_MS = 86_400_000;
const monthIndex = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();

export function generateCustomers(count: number, seed = 1): GeneratedCustomer[] {
  const next = seededRandom(seed);
  const first = Date.UTC(2022, 0, 1);
  const span = (Date.UTC(2024, 11, 31) - first) / DAY_MS;
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(first + Math.floor(next() * span) * DAY_MS);
    const ends = next() < 0.45;
    const end = ends ? new Date(start.getTime() + Math.floor(next() * 500) * DAY_MS) : null;
    return {
      id: `C${i + 1}`,
      start,
      end,
      purchases: Math.floor(next() * 8),
      revenue: Math.round(next() * 100_000) / 100,
      nps: Math.floor(next() * 11),
    };
  });
}

/**
 * S, N and E per month, from the month of the first start to the month of the last start
 * or end. With month indexes sm (start) and em (end): N counts in sm; S in every month
 * after sm up to em (an end inside a month still counts at its start); E from sm up to
 * the month before em.
 */
export function trueMonths(customers: readonly GeneratedCustomer[]): TruePeriod[] {
  const months = customers.flatMap((c) => [monthIndex(c.start), ...(c.end ? [monthIndex(c.end)] : [])]);
  const from = Math.min(...months);
  const to = Math.max(...months);
  const rows = Array.from({ length: to - from + 1 }, (_, k) => {
    const year = Math.floor((from + k) / 12);
    const month = ((from + k) % 12) + 1;
    return {
      label: `${year}-${String(month).padStart(2, '0')}`,
      customersAtStart: 0,
      newCustomers: 0,
      customersAtEnd: 0,
    };
  });
  for (const customer of customers) {
    const sm = monthIndex(customer.start) - from;
    const em = customer.end ? monthIndex(customer.end) - from : rows.length;
    (rows[sm] as TruePeriod).newCustomers++;
    for (let k = sm + 1; k <= Math.min(em, rows.length - 1); k++) (rows[k] as TruePeriod).customersAtStart++;
    for (let k = sm; k < Math.min(em, rows.length); k++) (rows[k] as TruePeriod).customersAtEnd++;
  }
  return rows;
}

/** Quarters from months: S of the first month, the sum of N, E of the last month. */
export function trueQuarters(months: readonly TruePeriod[]): TruePeriod[] {
  const quarters = new Map<string, TruePeriod[]>();
  for (const month of months) {
    const [year, mm] = month.label.split('-');
    const label = `${year}-Q${Math.ceil(Number(mm) / 3)}`;
    quarters.set(label, [...(quarters.get(label) ?? []), month]);
  }
  return [...quarters].map(([label, parts]) => ({
    label,
    customersAtStart: parts[0]?.customersAtStart ?? 0,
    newCustomers: parts.reduce((sum, part) => sum + part.newCustomers, 0),
    customersAtEnd: parts[parts.length - 1]?.customersAtEnd ?? 0,
  }));
}

/** `d.m.yyyy`, as a Finnish spreadsheet writes dates into CSV. */
export function finnishDate(date: Date): string {
  return `${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()}`;
}
