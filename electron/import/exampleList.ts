/**
 * "Try with example data": a generated customer list of a small business, turned into a
 * document exactly as an imported customer list is (aggregateList, customerListDocument),
 * so every feature (regrouping, the summary range counted from the list, save) works on it.
 *
 * The list is deterministic for a given day: a fixed seed, and dates placed relative to
 * the month before `today`. About 300 customers (289-301: the months after the last full
 * quarter add a few) start over 36 monthly periods that end with last month; about a third
 * have ended. The business grows from nothing, and its churn eases as it matures into the
 * source articles' worked examples (docs/metrics.md):
 * - the last full calendar quarter is S 150, N 50, E 193 (retention 95.333… %);
 * - the quarter two before it is S 107, N 21, E 120 (retention 92.523… %), and the one
 *   between chains them (S 120, N 38, E 150);
 * - in those three quarters nobody who started in the quarter also left in it, so the exact
 *   retention (R / S) equals the retention (E − N) / S;
 * - 200 customers gave one dated NPS answer each: 100 promoters, 60 passives and 40
 *   detractors, so the whole range's NPS is 30 with a margin of error of ±10.8.
 */
import type { DayNumber } from '../../shared/calendar';
import type { CustomerRecord } from '../../shared/customers';
import type { PitoDocument, UiLanguage } from '../../shared/document';
import { translate } from '../../shared/i18n';
import type { CustomerField, ImportReport, MappedColumn } from '../../shared/importModel';
import { columnLetter } from '../../shared/importModel';
import { periodAt, periodIndexOf, type PeriodKind } from '../../shared/periods';
import { aggregateList, customerListDocument } from './buildDocument';

/** The seed of the example's random choices: the same list on every run for the same day. */
export const EXAMPLE_SEED = 0x5049544f;
export const EXAMPLE_MONTHS = 36;
/** Customers who start before the worked quarters: with theirs and the months after, about 300 in all. */
const RAMP_ADDED = 180;
/** The margin the example's CLV uses (a customer list has none; the user can change it in Settings). */
export const EXAMPLE_MARGIN_PCT = 30;

/** The three calendar quarters ending with the last full one, as the articles' figures chain them. */
export const EXAMPLE_QUARTERS = [
  { customersAtStart: 107, newCustomers: 21, customersAtEnd: 120 },
  { customersAtStart: 120, newCustomers: 38, customersAtEnd: 150 },
  { customersAtStart: 150, newCustomers: 50, customersAtEnd: 193 },
] as const;
/** How each quarter's new and lost customers fall on its three months. */
const QUARTER_MONTHS = [
  { added: [6, 7, 8], lost: [3, 2, 3] },
  { added: [12, 13, 13], lost: [2, 3, 3] },
  { added: [16, 17, 17], lost: [2, 3, 2] },
] as const;
/** New and lost customers of each month after the last full quarter (zero to two months). */
const TAIL_MONTH = { added: 6, lost: 2 } as const;
export const EXAMPLE_NPS = { promoters: 100, passives: 60, detractors: 40 } as const;

/** A small, fast, seeded generator (mulberry32): uniform numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Months are numbered as shared/periods.ts numbers them: year × 12 + (month − 1). */
const monthIndexOf = (day: DayNumber): number => periodIndexOf(day, 'month');
const firstDayOfMonth = (index: number): DayNumber => periodAt(index, 'month').firstDay;
const lastDayOfMonth = (index: number): DayNumber => periodAt(index, 'month').lastDay;

/** `total` split over the weights in whole numbers that add up to it (largest remainders). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  const short = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => [value - Math.floor(value), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < short; k++) counts[order[k]![1]]!++;
  return counts;
}

/** Where the example's months fall for `today`: the same layout for every day of a month. */
export interface ExampleCalendar {
  /** Month indexes (year × 12 + month − 1) of the first and the last period: last month. */
  firstMonth: number;
  lastMonth: number;
  /** The last month of the last full calendar quarter (0, 1 or 2 months before lastMonth). */
  quarterEnd: number;
}

export function exampleCalendar(today: DayNumber): ExampleCalendar {
  const lastMonth = monthIndexOf(today) - 1;
  const quarterEnd = lastMonth - (((lastMonth % 12) + 1) % 3);
  return { firstMonth: lastMonth - EXAMPLE_MONTHS + 1, lastMonth, quarterEnd };
}

interface MonthPlan {
  added: number;
  lost: number;
  /** Customers lost this month must have started before this month (the quarter's first, in the worked quarters). */
  lostStartedBefore: number;
}

/**
 * New and lost customers month by month. The months before the worked quarters grow the
 * business from nothing to 107 customers: a steady 18-22 new customers a quarter, and a
 * churn that eases as the business matures, from about a third of the customers a
 * quarter to the worked quarters' 7.5 %.
 */
function monthPlans({ firstMonth, lastMonth, quarterEnd }: ExampleCalendar): MonthPlan[] {
  const quartersFrom = quarterEnd - 8;
  const tailMonths = lastMonth - quarterEnd;
  const rampMonths = quartersFrom - firstMonth;
  const rampLost = RAMP_ADDED - EXAMPLE_QUARTERS[0].customersAtStart;
  const added = apportion(
    RAMP_ADDED,
    Array.from({ length: rampMonths }, (_, k) => 6 + (1.3 * k) / (rampMonths - 1)),
  );
  const active: number[] = [];
  let customers = 0;
  for (let k = 0; k < rampMonths; k++) {
    active.push(customers);
    customers += added[k]!;
  }
  const lost = apportion(
    rampLost,
    active.map((count, k) => count * (0.11 - (0.08 * k) / (rampMonths - 1))),
  );
  const plans: MonthPlan[] = added.map((count, k) => ({
    added: count,
    lost: lost[k]!,
    lostStartedBefore: firstMonth + k,
  }));
  QUARTER_MONTHS.forEach((quarter, q) =>
    quarter.added.forEach((count, m) =>
      plans.push({ added: count, lost: quarter.lost[m]!, lostStartedBefore: quartersFrom + 3 * q }),
    ),
  );
  for (let k = 0; k < tailMonths; k++) {
    plans.push({ ...TAIL_MONTH, lostStartedBefore: quarterEnd + 1 + k });
  }
  return plans;
}

interface Draft {
  start: DayNumber;
  startMonth: number;
  end: DayNumber | null;
}

function dayIn(month: number, random: () => number, from: DayNumber = firstDayOfMonth(month)): DayNumber {
  const last = lastDayOfMonth(month);
  return from + Math.floor(random() * (last - from + 1));
}

/** Purchases and revenue in total, from how long the customer has been one. */
function purchaseFigures(draft: Draft, until: DayNumber, random: () => number) {
  const years = ((draft.end ?? until) - draft.start + 1) / 365.2425;
  const perYear = 2 + random() * 6;
  const purchases = random() < 0.15 ? 1 : Math.max(1, Math.round(years * perYear));
  const averagePurchase = 35 + random() * 45;
  return { purchases, revenue: Math.round(purchases * averagePurchase * 100) / 100 };
}

function npsScore(category: keyof typeof EXAMPLE_NPS, random: () => number): number {
  if (category === 'promoters') return random() < 0.55 ? 9 : 10;
  if (category === 'passives') return random() < 0.5 ? 7 : 8;
  return [6, 6, 5, 5, 4, 3, 2, 0][Math.floor(random() * 8)]!;
}

/** The example's customers, ordered by start date, with ids C-1001… and the rows a sheet would give them. */
export function exampleCustomers(today: DayNumber): CustomerRecord[] {
  const random = seededRandom(EXAMPLE_SEED);
  const calendar = exampleCalendar(today);
  const drafts: Draft[] = [];
  monthPlans(calendar).forEach((plan, k) => {
    const month = calendar.firstMonth + k;
    const leaving = drafts.filter((draft) => draft.end === null && draft.startMonth < plan.lostStartedBefore);
    for (let n = 0; n < plan.lost; n++) {
      const [draft] = leaving.splice(Math.floor(random() * leaving.length), 1);
      if (!draft) throw new Error(`The example plan loses more customers than it has in month ${month}.`);
      draft.end = dayIn(month, random);
    }
    for (let n = 0; n < plan.added; n++) drafts.push({ start: dayIn(month, random), startMonth: month, end: null });
  });
  drafts.sort((a, b) => a.start - b.start);
  const until = lastDayOfMonth(calendar.lastMonth);
  const customers: CustomerRecord[] = drafts.map((draft, i) => ({
    row: i + 2,
    id: `C-${1001 + i}`,
    start: draft.start,
    end: draft.end,
    ...purchaseFigures(draft, until, random),
    npsScore: null,
    npsDate: null,
    segment: null,
  }));
  // Who answered the survey, and how: a customer answers once, two weeks to ten months after
  // starting (and while still one), and those who have left lean to the detractors.
  const answers = customers.flatMap((customer) => {
    const room = (customer.end ?? until) - customer.start - 14;
    const on = customer.start + 14 + Math.floor(random() * Math.min(room + 1, 300));
    return room >= 0 ? [{ customer, on, order: random() }] : [];
  });
  const responses = EXAMPLE_NPS.promoters + EXAMPLE_NPS.passives + EXAMPLE_NPS.detractors;
  if (answers.length < responses) throw new Error(`The example has ${answers.length} NPS answers, not ${responses}.`);
  answers
    .sort((a, b) => a.order - b.order)
    .slice(0, responses)
    .map((answer) => ({ ...answer, lean: random() + (answer.customer.end === null ? 0 : 0.2) }))
    .sort((a, b) => a.lean - b.lean)
    .forEach(({ customer, on }, i) => {
      const category =
        i < EXAMPLE_NPS.promoters
          ? 'promoters'
          : i < EXAMPLE_NPS.promoters + EXAMPLE_NPS.passives
            ? 'passives'
            : 'detractors';
      customer.npsScore = npsScore(category, random);
      customer.npsDate = on;
    });
  return customers;
}

/** The columns of the example as a sheet would hold them, for the report's "Columns read". */
const EXAMPLE_COLUMNS = [
  ['customerId', 'workbook.customers.id'],
  ['startDate', 'workbook.customers.start'],
  ['endDate', 'workbook.customers.end'],
  ['purchases', 'workbook.customers.purchases'],
  ['revenue', 'workbook.customers.revenue'],
  ['npsScore', 'workbook.customers.npsScore'],
  ['npsDate', 'workbook.customers.npsDate'],
] as const satisfies readonly (readonly [CustomerField, string])[];

export interface ExampleImport {
  document: PitoDocument;
  report: ImportReport;
  customers: CustomerRecord[];
  /** The example's name in the language asked for: the report's file name and the list's source. */
  fileName: string;
}

/** The example as an import of it would leave it: the document, a report without problems, and the list. */
export function exampleImport(today: DayNumber, periodKind: PeriodKind, language: UiLanguage): ExampleImport {
  const customers = exampleCustomers(today);
  const fileName = translate(language, 'ui.welcome.exampleFileName');
  const list = aggregateList(customers, periodKind, fileName);
  const imported = customerListDocument(list, periodKind, language);
  const document: PitoDocument = {
    ...imported,
    settings: { ...imported.settings, defaultProfitMarginPct: EXAMPLE_MARGIN_PCT },
  };
  const mapping = Object.fromEntries(
    EXAMPLE_COLUMNS.map(([field, header], column): [CustomerField, MappedColumn] => [
      field,
      { column: columnLetter(column), header: translate(language, header), confidence: 1 },
    ]),
  );
  const report: ImportReport = {
    fileName,
    sheet: null,
    shape: 'customerList',
    rowsRead: customers.length,
    rowsUsed: customers.length,
    rowsRejected: 0,
    issues: [],
    issuesOmitted: 0,
    mapping,
    // The example has no dates written as text: the day/month order never came into it.
    dateOrder: { order: 'dayFirst', basis: 'notNeeded', evidence: null },
  };
  return { document, report, customers, fileName };
}
