/**
 * The period-table corpus's cases: for case k, a seeded plan of one period table (one row per
 * month, quarter or year with aggregated figures): language, header wordings, distractor
 * columns, column order, file format, a title row, and its truth (which column holds each
 * field and every period's label and inputs).
 *
 * The truth is drawn here, never from Pito's code: S, N and lost customers per period, E = S +
 * N − lost and the next period's S = E. A plan is pure data; periodCorpusWriters.ts turns it
 * into bytes.
 */
import { columnLetter } from '../../shared/importModel';
import type { Encoding, FileFormat } from './corpusFiles';
import type { Language } from './headerCorpus';
import {
  PERIOD_DISTRACTORS,
  PERIOD_WORDINGS,
  parseWording,
  type PeriodDistractorKind,
  type PeriodField,
  type PeriodKind,
} from './periodCorpusWordings';
import { seededRandom } from './seededRandom.mjs';

/** A number shown with a number format: a percent-formatted fraction or a money amount. */
export interface FormattedNumber {
  value: number;
  format: 'percent' | 'currency';
}
export type PeriodCell = string | number | FormattedNumber | null;

export type OptionalField = Exclude<PeriodField, 'period' | 'customersAtStart' | 'newCustomers' | 'customersAtEnd'>;

export interface TruePeriodRow {
  label: string;
  customersAtStart: number;
  newCustomers: number;
  customersAtEnd: number;
  /** Only the optional fields the file holds; the margin on a 0–100 scale. */
  inputs: Partial<Record<OptionalField, number>>;
}

export interface PeriodColumn {
  letter: string;
  header: string;
  field?: PeriodField;
  distractor?: PeriodDistractorKind;
}

export interface PeriodCase {
  index: number;
  /** File name, which also says what the file is: p007-fi-csv-semicolon-quarter.csv */
  name: string;
  language: Language;
  format: FileFormat;
  encoding: Encoding;
  kind: PeriodKind;
  /** How the margin is written, when the file has one: 35.5, or 0.355 shown as 35.5 %. */
  marginStyle: 'number' | 'percent';
  /** How the average purchase is written, when the file has one: 45.5, or 45.5 shown as 45,50 €. */
  moneyStyle: 'number' | 'currency';
  headerRow: number;
  columns: PeriodColumn[];
  rows: PeriodCell[][];
  sheetName: string;
  expected: TruePeriodRow[];
}

type Next = () => number;
const pick = <T>(next: Next, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const between = (next: Next, low: number, high: number) => low + next() * (high - low);
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
function shuffled<T>(next: Next, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * Wordings are taken in a shuffled order, case after case in each language, skipping those
 * that name another period kind, so the corpus uses (nearly) every wording before any repeats.
 */
const wordingOrders = new Map<string, string[]>();
const wordingTurns = new Map<string, number>();
function wording(field: PeriodField, language: Language, kind: PeriodKind, seed: number): string {
  const key = `${field}/${language}/${seed}`;
  let order = wordingOrders.get(key);
  if (!order) {
    order = shuffled(seededRandom(seed * 31 + field.length * 7 + (language === 'fi' ? 1 : 2)), [
      ...PERIOD_WORDINGS[field][language],
    ]);
    wordingOrders.set(key, order);
  }
  for (let turn = wordingTurns.get(key) ?? 0; ; turn++) {
    const parsed = parseWording(order[turn % order.length] as string);
    if (parsed.kind && parsed.kind !== kind) continue;
    wordingTurns.set(key, turn + 1);
    return parsed.header;
  }
}

const TITLES: Record<Language, Record<PeriodKind, string[]>> = {
  fi: {
    month: ['Asiakkuudet kuukausittain', 'Asiakasraportti (kk)', 'Asiakasmäärän kehitys 2022–2024'],
    quarter: ['Neljännesvuosiraportti – asiakkaat', 'Asiakkaat kvartaaleittain', 'Asiakasraportti Q'],
    year: ['Asiakkaat vuosittain', 'Vuosiraportti', 'Asiakaskannan kehitys vuosittain'],
  },
  en: {
    month: ['Monthly customer KPIs', 'Customer report by month', 'Customer base 2022-2024'],
    quarter: ['Quarterly retention figures', 'Customers by quarter', 'QBR customer numbers'],
    year: ['Customers by year', 'Annual customer report', 'Yearly KPIs'],
  },
};

const NOTES: Record<Language, string[]> = {
  fi: ['Kampanja', 'Hinnankorotus', 'Black Friday', 'Uusi verkkokauppa', 'Kesätauko', 'Luvut tarkistettu'],
  en: ['Promo', 'Price increase', 'Black Friday', 'New website', 'Summer break', 'Figures checked'],
};

/** How fast customers come and go per period, by kind: [low, high] shares of S. */
const NEW_RATE: Record<PeriodKind, [number, number]> = {
  month: [0.02, 0.09],
  quarter: [0.05, 0.2],
  year: [0.15, 0.45],
};
const LOST_RATE: Record<PeriodKind, [number, number]> = {
  month: [0.01, 0.06],
  quarter: [0.03, 0.15],
  year: [0.1, 0.3],
};

function labels(next: Next, kind: PeriodKind, count: number): string[] {
  if (kind === 'year') {
    const last = 2023 + Math.floor(next() * 2);
    return Array.from({ length: count }, (_, i) => String(last - count + 1 + i));
  }
  // The table ends in 2023 or 2024, as an export made in early 2025 would.
  const perYear = kind === 'month' ? 12 : 4;
  const first = (2023 + Math.floor(next() * 2)) * perYear + Math.floor(next() * perYear) - count + 1;
  return Array.from({ length: count }, (_, i) => {
    const at = first + i;
    const year = Math.floor(at / perYear);
    const sub = (at % perYear) + 1;
    return kind === 'month' ? `${year}-${String(sub).padStart(2, '0')}` : `${year}-Q${sub}`;
  });
}

interface DrawnPeriod extends TruePeriodRow {
  lost: number;
  all: Record<OptionalField, number>;
}

function drawPeriods(next: Next, kind: PeriodKind, count: number): DrawnPeriod[] {
  const [newLow, newHigh] = NEW_RATE[kind];
  const [lostLow, lostHigh] = LOST_RATE[kind];
  let start = Math.round(between(next, 40, 2500));
  const avg = between(next, 15, 320);
  const perYear = between(next, 1, 18);
  const life = between(next, 1, 9);
  const margin = between(next, 12, 72);
  const wholeMargin = next() < 0.4;
  const responseShare = between(next, 0.05, 0.25);
  return labels(next, kind, count).map((label) => {
    const newCustomers = Math.round(start * between(next, newLow, newHigh));
    const lost = Math.min(start, Math.round(start * between(next, lostLow, lostHigh)));
    const end = start + newCustomers - lost;
    const responses = Math.max(3, Math.round(start * responseShare * between(next, 0.7, 1.3)));
    const promoters = Math.round(responses * between(next, 0.3, 0.6));
    const detractors = Math.round((responses - promoters) * between(next, 0.2, 0.6));
    const all: Record<OptionalField, number> = {
      avgPurchaseValue: round(avg * between(next, 0.9, 1.1), 2),
      purchasesPerYear: round(perYear * between(next, 0.95, 1.05), 1),
      lifespanYears: round(life * between(next, 0.97, 1.03), 1),
      profitMarginPct: round(margin + between(next, -2, 2), wholeMargin ? 0 : 1),
      promoters,
      passives: responses - promoters - detractors,
      detractors,
    };
    const period = { label, customersAtStart: start, newCustomers, customersAtEnd: end, lost, all, inputs: {} };
    start = end;
    return period;
  });
}

const CLV_FIELDS: readonly OptionalField[] = [
  'avgPurchaseValue',
  'purchasesPerYear',
  'lifespanYears',
  'profitMarginPct',
];
const NPS_FIELDS: readonly OptionalField[] = ['promoters', 'passives', 'detractors'];

function distractorCell(
  kind: PeriodDistractorKind,
  p: DrawnPeriod,
  next: Next,
  language: Language,
  marginStyle: PeriodCase['marginStyle'],
): PeriodCell {
  const pct = (value: number): PeriodCell =>
    marginStyle === 'percent' ? { value: round(value / 100, 3), format: 'percent' } : round(value, 1);
  const responses = p.all.promoters + p.all.passives + p.all.detractors;
  switch (kind) {
    case 'lost':
      return p.lost;
    case 'retention':
      return pct(((p.customersAtEnd - p.newCustomers) / p.customersAtStart) * 100);
    case 'churn':
      return pct((p.lost / p.customersAtStart) * 100);
    case 'revenue':
      return round(p.customersAtEnd * p.all.avgPurchaseValue * (p.all.purchasesPerYear / 4), 2);
    case 'notes':
      return next() < 0.7 ? null : pick(next, NOTES[language]);
    case 'target':
      return Math.round((p.customersAtEnd * between(next, 1.0, 1.1)) / 10) * 10;
    case 'netChange':
      return p.newCustomers - p.lost;
    case 'nps':
      return Math.round(((p.all.promoters - p.all.detractors) / responses) * 100);
    case 'responses':
      return responses;
  }
}

export function planPeriodCase(index: number, seed = 1): PeriodCase {
  const next = seededRandom(seed * 100_019 + index * 7_927 + 29);
  const language: Language = index % 2 === 0 ? 'fi' : 'en';
  const kindDraw = next();
  const kind: PeriodKind = kindDraw < 0.5 ? 'month' : kindDraw < 0.8 ? 'quarter' : 'year';
  const count =
    kind === 'month'
      ? 6 + Math.floor(next() * 19)
      : kind === 'quarter'
        ? 6 + Math.floor(next() * 11)
        : 6 + Math.floor(next() * 7);
  const periods = drawPeriods(next, kind, count);

  const formatDraw = next();
  const native: FileFormat = language === 'fi' ? 'csv-semicolon' : 'csv-comma';
  const other: FileFormat = language === 'fi' ? 'csv-comma' : 'csv-semicolon';
  const format: FileFormat =
    formatDraw < 0.25 ? 'xlsx-exceljs' : formatDraw < 0.5 ? 'xlsx-openpyxl' : formatDraw < 0.85 ? native : other;
  const encoding: Encoding = !format.startsWith('csv')
    ? 'utf8'
    : format === 'csv-semicolon' && next() < 0.4
      ? 'windows-1252'
      : next() < 0.25
        ? 'utf8-bom'
        : 'utf8';

  const optional: OptionalField[] = [];
  const clvDraw = next();
  if (clvDraw < 0.35) optional.push(...CLV_FIELDS);
  else if (clvDraw < 0.65) optional.push(...CLV_FIELDS.filter(() => next() < 0.5));
  if (next() < 0.4) optional.push(...NPS_FIELDS);
  const marginStyle: PeriodCase['marginStyle'] = next() < 0.45 ? 'percent' : 'number';
  const moneyStyle: PeriodCase['moneyStyle'] = next() < 0.3 ? 'currency' : 'number';

  const distractors: PeriodDistractorKind[] = [];
  if (next() < 0.5) distractors.push('lost');
  const others = shuffled(next, [
    'retention',
    'churn',
    'revenue',
    'notes',
    'target',
    'netChange',
    'nps',
    'responses',
  ] as const);
  distractors.push(...others.slice(0, Math.floor(next() * 4)));

  type Source = { header: string; field?: PeriodField; distractor?: PeriodDistractorKind };
  const fieldSource = (field: PeriodField): Source => ({ header: wording(field, language, kind, seed), field });
  const distractorSource = (kind: PeriodDistractorKind): Source => ({
    header: pick(next, PERIOD_DISTRACTORS[kind][language]),
    distractor: kind,
  });
  const period = fieldSource('period');
  const core = (['customersAtStart', 'newCustomers', 'customersAtEnd'] as const).map(fieldSource);
  const rest = [...optional.map(fieldSource), ...distractors.filter((d) => d !== 'lost').map(distractorSource)];
  const lost = distractors.includes('lost') ? [distractorSource('lost')] : [];
  let sources: Source[];
  if (next() < 0.65) {
    // The way a bookkeeper lays it out: period, S, N, lost, E, then the rest.
    const [s, n, e] = core as [Source, Source, Source];
    sources = [period, s, n, ...lost, e, ...shuffled(next, rest)];
  } else {
    const shuffledRest = shuffled(next, [...core, ...lost, ...rest]);
    sources = next() < 0.8 ? [period, ...shuffledRest] : shuffled(next, [period, ...shuffledRest]);
  }
  const columns: PeriodColumn[] = sources.map((source, i) => ({
    letter: columnLetter(i),
    header: source.header,
    ...(source.field ? { field: source.field } : {}),
    ...(source.distractor ? { distractor: source.distractor } : {}),
  }));

  const workbook = format.startsWith('xlsx');
  const dataRows = periods.map((p): PeriodCell[] =>
    sources.map((source): PeriodCell => {
      if (source.distractor) return distractorCell(source.distractor, p, next, language, marginStyle);
      const field = source.field as PeriodField;
      if (field === 'period') return workbook && kind === 'year' ? Number(p.label) : p.label;
      if (field === 'customersAtStart') return p.customersAtStart;
      if (field === 'newCustomers') return p.newCustomers;
      if (field === 'customersAtEnd') return p.customersAtEnd;
      const value = p.all[field];
      if (field === 'profitMarginPct' && marginStyle === 'percent')
        return { value: round(value / 100, 4), format: 'percent' };
      if (field === 'avgPurchaseValue' && moneyStyle === 'currency') return { value, format: 'currency' };
      return value;
    }),
  );

  const above: PeriodCell[][] = [];
  const layout = next();
  if (layout < 0.3) above.push([pick(next, TITLES[language][kind])], ...(next() < 0.5 ? [[]] : []));
  else if (layout < 0.4) above.push([]);

  const expected: TruePeriodRow[] = periods.map((p) => ({
    label: p.label,
    customersAtStart: p.customersAtStart,
    newCustomers: p.newCustomers,
    customersAtEnd: p.customersAtEnd,
    inputs: Object.fromEntries(optional.map((field) => [field, p.all[field]])),
  }));

  return {
    index,
    name: `p${String(index).padStart(3, '0')}-${language}-${format}-${kind}.${workbook ? 'xlsx' : 'csv'}`,
    language,
    format,
    encoding,
    kind,
    marginStyle,
    moneyStyle,
    headerRow: above.length + 1,
    columns,
    rows: [...above, columns.map((column) => column.header), ...dataRows],
    sheetName: pick(next, language === 'fi' ? ['Kausiluvut', 'Taul1', 'Raportti'] : ['Periods', 'Sheet1', 'Report']),
    expected,
  };
}

export function planPeriodCorpus(count: number, seed = 1): PeriodCase[] {
  wordingTurns.clear();
  return Array.from({ length: count }, (_, index) => planPeriodCase(index, seed));
}
