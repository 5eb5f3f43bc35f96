/**
 * The import corpus's cases: for case k, a seeded plan of one customer-list file (language,
 * header wordings, distractor columns, column order, date style, file format, a title row)
 * and its truth (which column holds each field, and the exact monthly S, N and E).
 *
 * A plan is pure data; corpusWriters.ts turns it into bytes. The truth comes from
 * customerListGenerator.ts's trueMonths, never from Pito's code.
 */
import { generateCustomers, trueMonths, type GeneratedCustomer, type TruePeriod } from './customerListGenerator';
import {
  DISTRACTORS,
  HEADER_WORDINGS,
  type Distractor,
  type DistractorKind,
  type DistractorValue,
  type Field,
  type Language,
} from './headerCorpus';
import { seededRandom } from './seededRandom.mjs';
import { columnLetter } from '../../shared/importModel';

export type DateStyle = 'excel' | 'dmy' | 'iso' | 'us' | 'uk';
export type FileFormat = 'xlsx-exceljs' | 'xlsx-openpyxl' | 'csv-comma' | 'csv-semicolon';
export type Encoding = 'utf8' | 'utf8-bom' | 'windows-1252';
/** A Date is a calendar day (UTC midnight) and is only left as a Date for Excel date cells. */
export type Cell = string | number | Date | null;

export const DATE_STYLES: readonly DateStyle[] = ['excel', 'dmy', 'iso', 'us', 'uk'];

export interface CorpusColumn {
  /** The column as Excel names it: A, B, … */
  letter: string;
  header: string;
  field?: Field;
  distractor?: DistractorKind;
}

export interface CorpusCase {
  index: number;
  /** File name, which also says what the file is: k007-fi-csv-semicolon-dmy.csv */
  name: string;
  language: Language;
  format: FileFormat;
  dateStyle: DateStyle;
  encoding: Encoding;
  /** US/UK dates whose every day is ≤ 12: day-first and month-first both read them. */
  ambiguous: boolean;
  /** The header's row as the spreadsheet shows it (1 = first row). */
  headerRow: number;
  columns: CorpusColumn[];
  /** Every row of the sheet, the title and blank rows and the header included. */
  rows: Cell[][];
  sheetName: string;
  customerCount: number;
  expected: TruePeriod[];
}

const DAY_MS = 86_400_000;
/** The day the list was "exported": last logins and invoice dates are drawn around it. */
const EXPORT_DAY = new Date(Date.UTC(2025, 0, 31));

type Next = () => number;
const pick = <T>(next: Next, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
function weighted<T extends string>(next: Next, weights: Partial<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let draw = next() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, weight] of entries) if ((draw -= weight) < 0) return item;
  return (entries[entries.length - 1] as [T, number])[0];
}
function shuffled<T>(next: Next, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const pad = (n: number) => String(n).padStart(2, '0');
export function formatDate(date: Date, style: Exclude<DateStyle, 'excel'>): string {
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  if (style === 'dmy') return `${d}.${m}.${y}`;
  if (style === 'iso') return `${y}-${pad(m)}-${pad(d)}`;
  if (style === 'us') return `${m}/${d}/${y}`;
  return `${pad(d)}/${pad(m)}/${y}`;
}

/** Day d of the month becomes a day ≤ 12 of the same month: the months, and so the truth, stay. */
const capDay = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), ((date.getUTCDate() - 1) % 12) + 1));
function ambiguousCustomer(customer: GeneratedCustomer): GeneratedCustomer {
  const start = capDay(customer.start);
  const end = customer.end ? capDay(customer.end) : null;
  // Capping can put an end inside the start's month before the start; the same day keeps it valid.
  return { ...customer, start, end: end && end < start ? start : end };
}

/** Header wordings per field and language: HEADER_WORDINGS, or a held-out set of the same shape. */
export type Wordings = typeof HEADER_WORDINGS;

/**
 * Wordings are taken in a shuffled order, case after case in each language, so the corpus
 * uses (nearly) every wording once before any repeats, instead of whatever random draws hit.
 */
const wordingOrders = new WeakMap<Wordings, Map<string, string[]>>();
function wording(field: Field, language: Language, turn: number, seed: number, wordings: Wordings): string {
  const key = `${field}/${language}/${seed}`;
  const orders = wordingOrders.get(wordings) ?? new Map<string, string[]>();
  wordingOrders.set(wordings, orders);
  let order = orders.get(key);
  if (!order) {
    order = shuffled(
      seededRandom(seed * 31 + field.length * 7 + (language === 'fi' ? 1 : 2)),
      wordings[field][language],
    );
    orders.set(key, order);
  }
  return order[turn % order.length] as string;
}

const SEGMENTS: Record<Language, string[][]> = {
  fi: [
    ['Kulta', 'Hopea', 'Pronssi'],
    ['Yritys', 'Kuluttaja'],
    ['A', 'B', 'C'],
    ['Perus', 'Plus', 'Premium'],
  ],
  en: [
    ['Gold', 'Silver', 'Bronze'],
    ['SMB', 'Enterprise', 'Consumer'],
    ['Basic', 'Pro', 'Business'],
    ['A', 'B', 'C'],
  ],
};
const TITLES: Record<Language, string[]> = {
  fi: ['Asiakasrekisteri', 'Asiakaslista – vienti CRM:stä', 'Asiakkaat 2022–2024', 'Kanta-asiakkaat'],
  en: ['Customer list', 'Export from CRM', 'Customers 2022-2024', 'Active and former clients'],
};

/** How likely each field is to be in a file; a start date always is (Pito needs it). */
const FIELD_ODDS: Record<Exclude<Field, 'startDate' | 'npsDate'>, number> = {
  customerId: 0.85,
  endDate: 0.9,
  purchases: 0.5,
  revenue: 0.55,
  npsScore: 0.4,
  segment: 0.4,
};

export function planCase(index: number, seed = 1, wordings: Wordings = HEADER_WORDINGS): CorpusCase {
  const next = seededRandom(seed * 100_003 + index * 7_919 + 17);
  // Alternating languages gives the same number of cases in each.
  const language: Language = index % 2 === 0 ? 'fi' : 'en';
  const turn = Math.floor(index / 2);

  const dateStyle =
    language === 'fi'
      ? weighted<DateStyle>(next, { excel: 0.35, dmy: 0.35, iso: 0.2, uk: 0.1 })
      : weighted<DateStyle>(next, { excel: 0.25, iso: 0.15, us: 0.32, uk: 0.28 });
  const ambiguous = (dateStyle === 'us' || dateStyle === 'uk') && next() < 0.25;
  const format = pickFormat(next, language, dateStyle);
  const encoding = pickEncoding(next, format);

  const customerCount = 150 + Math.floor(next() * 251);
  const drawn = generateCustomers(customerCount, seed * 1_000 + index + 1);
  const customers = ambiguous ? drawn.map(ambiguousCustomer) : drawn;

  const fields: Field[] = ['startDate'];
  for (const [field, odds] of Object.entries(FIELD_ODDS) as [Field, number][]) if (next() < odds) fields.push(field);
  // A survey date without a score would be a bare "response date": ambiguous, so only beside a score.
  if (fields.includes('npsScore') && next() < 0.6) fields.push('npsDate');

  const chosen = new Set<DistractorKind>();
  const distractors: Distractor[] = [];
  for (let n = Math.floor(next() * 5); distractors.length < n;) {
    const distractor = pick(next, DISTRACTORS[language]);
    if (chosen.has(distractor.kind)) continue;
    chosen.add(distractor.kind);
    distractors.push(distractor);
  }

  type Source = { header: string; field?: Field; distractor?: Distractor };
  const sources: Source[] = shuffled(next, [
    ...fields.map((field) => ({ header: wording(field, language, turn, seed, wordings), field })),
    ...distractors.map((distractor) => ({ header: distractor.header, distractor })),
  ]);
  const columns: CorpusColumn[] = sources.map((source, i) => ({
    letter: columnLetter(i),
    header: source.header,
    ...(source.field ? { field: source.field } : {}),
    ...(source.distractor ? { distractor: source.distractor.kind } : {}),
  }));

  const dateCell = (date: Date | null): Cell =>
    date === null ? null : dateStyle === 'excel' ? date : formatDate(ambiguous ? capDay(date) : date, dateStyle);
  const idOf = idStyle(next, language);
  const segments = pick(next, SEGMENTS[language]);
  const hasEnd = fields.includes('endDate');

  const dataRows = customers.map((customer, i): Cell[] => {
    const responded = next() < 0.7;
    const lastDay = Math.min(customer.end?.getTime() ?? EXPORT_DAY.getTime(), EXPORT_DAY.getTime());
    const npsDay = new Date(
      customer.start.getTime() + Math.floor(next() * ((lastDay - customer.start.getTime()) / DAY_MS + 1)) * DAY_MS,
    );
    const values: Record<Field, Cell> = {
      customerId: idOf(i),
      startDate: dateCell(customer.start),
      endDate: dateCell(customer.end),
      purchases: customer.purchases,
      revenue: customer.revenue,
      npsScore: responded ? customer.nps : null,
      npsDate: responded ? dateCell(npsDay) : null,
      segment: pick(next, segments),
    };
    const context = { next, customer, exportDay: EXPORT_DAY };
    return sources.map((source) =>
      source.field ? values[source.field] : distractorCell((source.distractor as Distractor).value(context), dateCell),
    );
  });

  const above: Cell[][] = [];
  const layout = next();
  if (layout < 0.25) above.push([pick(next, TITLES[language])], ...(next() < 0.5 ? [[]] : []));
  else if (layout < 0.35) above.push([]);

  return {
    index,
    name: `k${String(index).padStart(3, '0')}-${language}-${format}-${dateStyle}${ambiguous ? '-ambiguous' : ''}.${format.startsWith('xlsx') ? 'xlsx' : 'csv'}`,
    language,
    format,
    dateStyle,
    encoding,
    ambiguous,
    headerRow: above.length + 1,
    columns,
    rows: [...above, columns.map((column) => column.header), ...dataRows],
    sheetName: pick(next, language === 'fi' ? ['Asiakkaat', 'Taul1', 'Vienti'] : ['Customers', 'Sheet1', 'Export']),
    customerCount,
    expected: trueMonths(hasEnd ? customers : customers.map((customer) => ({ ...customer, end: null }))),
  };
}

function distractorCell(value: DistractorValue, dateCell: (date: Date | null) => Cell): Cell {
  return value instanceof Date ? dateCell(value) : value;
}

function pickFormat(next: Next, language: Language, dateStyle: DateStyle): FileFormat {
  const workbook = (): FileFormat => (next() < 0.5 ? 'xlsx-exceljs' : 'xlsx-openpyxl');
  // Excel date cells exist only in a workbook; text dates are mostly CSV, sometimes typed into a sheet.
  if (dateStyle === 'excel' || next() < 0.2) return workbook();
  const native: FileFormat = language === 'fi' ? 'csv-semicolon' : 'csv-comma';
  const other: FileFormat = language === 'fi' ? 'csv-comma' : 'csv-semicolon';
  return next() < 0.8 ? native : other;
}

function pickEncoding(next: Next, format: FileFormat): Encoding {
  if (!format.startsWith('csv')) return 'utf8';
  // Excel's "CSV" on Finnish Windows is Windows-1252; "CSV UTF-8" writes a BOM.
  if (format === 'csv-semicolon') return weighted<Encoding>(next, { 'windows-1252': 0.4, 'utf8-bom': 0.2, utf8: 0.4 });
  return weighted<Encoding>(next, { 'utf8-bom': 0.2, utf8: 0.8 });
}

/** Customer ids as different systems number them; numbers stay numbers in a workbook. */
function idStyle(next: Next, language: Language): (i: number) => Cell {
  const styles: ((i: number) => Cell)[] = [
    (i) => `C${i + 1}`,
    (i) => 10_001 + i,
    (i) => `${language === 'fi' ? 'AS' : 'CUST'}-${String(i + 1).padStart(5, '0')}`,
    (i) => String(i + 1).padStart(6, '0'),
  ];
  return pick(next, styles);
}

export function planCorpus(count: number, seed = 1, wordings: Wordings = HEADER_WORDINGS): CorpusCase[] {
  return Array.from({ length: count }, (_, index) => planCase(index, seed, wordings));
}

/**
 * A fixed subset that still covers every language × date style × file format seen in the
 * corpus: half the cases from each language, its groups visited round-robin, each giving its
 * lowest-numbered case not yet taken.
 */
export function corpusSubset(cases: readonly CorpusCase[], size: number): CorpusCase[] {
  const subset: CorpusCase[] = [];
  for (const [n, language] of (['fi', 'en'] as const).entries()) {
    const groups = new Map<string, CorpusCase[]>();
    for (const c of cases.filter((candidate) => candidate.language === language)) {
      const key = `${c.dateStyle}/${c.format}/${c.ambiguous}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const queues = [...groups.keys()].sort().map((key) => groups.get(key) as CorpusCase[]);
    const total = [...groups.values()].reduce((sum, queue) => sum + queue.length, 0);
    const want = Math.min(n === 0 ? Math.ceil(size / 2) : size - subset.length, total);
    const taken: CorpusCase[] = [];
    for (let round = 0; taken.length < want; round++)
      for (const queue of queues) {
        const c = queue[round];
        if (c && taken.length < want) taken.push(c);
      }
    subset.push(...taken);
  }
  return subset.sort((a, b) => a.index - b.index);
}
