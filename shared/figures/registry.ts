/**
 * The metric registry: one entry per figure of a period row, input or derived, as
 * `docs/metrics.md` defines it. The grid's columns, the summary cards, the totals row,
 * the charts, the workbook's Periods and Summary sheets, the Definitions sheet and dialog,
 * the CLI's JSON and text table, and the import's own names for a period table all come
 * from here. Adding a figure: docs/architecture.md, "Adding a figure".
 *
 * Entries are keyed by the field lists of shared/document.ts, so a field without an entry
 * (or an entry without a field) fails to compile; their order is the lists' order, which
 * is the column order everywhere.
 */
import { DERIVED_FIELDS, INPUT_FIELDS, type DerivedField, type InputField } from '../document';
import {
  churnRate,
  customerLifetimeValue,
  exactRetentionRate,
  lostCustomers,
  retentionRate,
  simpleRetentionRate,
} from '../metrics';
import { FEW_NPS_RESPONSES, netPromoterScore, npsMarginOfError, responses } from '../nps';
import type { DerivedFigure, Figure, FigureId, FigureNote, InputFigure, RowFigures, Uncertainty } from './figureTypes';

const shown = {
  summarySheet: false,
  cards: [],
  chart: null,
  marginOf: null,
  cliHeading: null,
  uncertainty: null,
  note: null,
  rangeNeedsChain: false,
} as const;

const LATEST_CARD = { scope: 'latest' } as const;

const count = { ...shown, kind: 'input', unit: 'count', decimals: 0 } as const;
const clvInput = { ...shown, kind: 'input', range: 'none' } as const;

const INPUTS: Record<InputField, InputFigure> = {
  customersAtStart: { ...count, range: 'first', summarySheet: true, cliHeading: 'Start' },
  newCustomers: { ...count, range: 'sum', summarySheet: true, cliHeading: 'New' },
  customersAtEnd: { ...count, range: 'last', summarySheet: true, cliHeading: 'End' },
  // Known from a customer list only; over a range it needs the list itself, not the rows.
  customersRetained: { ...count, range: 'none', summarySheet: true, cliHeading: 'Kept' },
  avgPurchaseValue: { ...clvInput, unit: 'currency', decimals: 2 },
  purchasesPerYear: { ...clvInput, unit: 'decimal', decimals: 2 },
  lifespanYears: { ...clvInput, unit: 'decimal', decimals: 2 },
  profitMarginPct: { ...clvInput, unit: 'percent', decimals: 1 },
  promoters: { ...count, range: 'sum' },
  passives: { ...count, range: 'sum' },
  detractors: { ...count, range: 'sum' },
};

/** `OR(A2="",B2="")`: true when any of the cells is blank. */
const anyBlank = (cells: readonly string[]) => `OR(${cells.map((cell) => `${cell}=""`).join(',')})`;

const derived = { ...shown, kind: 'derived', summarySheet: true } as const;
const percent = { ...derived, unit: 'percent', decimals: 1 } as const;

/** Each NPS formula guards the same way: blank without three counts or with no responses. */
const npsFormula = (cell: (id: FigureId) => string, of: (p: string, d: string, n: string) => string) => {
  const [p, pa, d] = [cell('promoters'), cell('passives'), cell('detractors')];
  const n = `(${p}+${pa}+${d})`;
  return `IF(${anyBlank([p, pa, d])},"",IF(${n}<=0,"",${of(p, d, n)}))`;
};

/** An NPS from fewer than FEW_NPS_RESPONSES responses (but some) is uncertain. */
function fewNpsResponses(row: Readonly<RowFigures>): Uncertainty | null {
  const count = responses(row);
  return count !== null && count > 0 && count < FEW_NPS_RESPONSES
    ? { reason: 'fewResponses', count, enough: FEW_NPS_RESPONSES }
    : null;
}

/**
 * Where CRR and exact retention differ: new customers who also left within the period.
 * E − N = R − (those customers), so CRR counts them against the customers kept.
 */
/** A CLV blank only because no margin is known: the row has none and the document no default. */
function marginMissing(row: Readonly<RowFigures>): FigureNote | null {
  const { clv, avgPurchaseValue, purchasesPerYear, lifespanYears, profitMarginPct } = row;
  const others = [avgPurchaseValue, purchasesPerYear, lifespanYears];
  return clv === null && profitMarginPct === null && others.every((input) => input !== null)
    ? { reason: 'marginMissing' }
    : null;
}

function lostWhileNew(row: Readonly<RowFigures>): FigureNote | null {
  const { customersAtStart: s, newCustomers: n, customersAtEnd: e, customersRetained: r } = row;
  if (s === null || n === null || e === null || r === null || s === 0) return null;
  const count = r - (e - n);
  return count > 0 ? { reason: 'lostWhileNew', count } : null;
}

const DERIVED: Record<DerivedField, DerivedFigure> = {
  lostCustomers: {
    ...derived,
    rangeNeedsChain: true,
    unit: 'count',
    decimals: 0,
    // The periods' lost customers added up; when the rows chain it equals S + ΣN − E of the range.
    range: 'sum',
    cliHeading: 'Lost',
    compute: (row) => lostCustomers(row.customersAtStart, row.newCustomers, row.customersAtEnd),
    formula: ({ cell }) => {
      const [s, n, e] = [cell('customersAtStart'), cell('newCustomers'), cell('customersAtEnd')];
      return `IF(${anyBlank([s, n, e])},"",${s}+${n}-${e})`;
    },
  },
  retentionRate: {
    ...percent,
    rangeNeedsChain: true,
    range: 'recomputed',
    cards: [LATEST_CARD, { scope: 'range', name: 'rangeRetention' }],
    chart: { id: 'retention', color: '#1f77b4' },
    cliHeading: 'CRR %',
    compute: (row) => retentionRate(row.customersAtStart, row.newCustomers, row.customersAtEnd),
    formula: ({ cell }) => {
      const [s, n, e] = [cell('customersAtStart'), cell('newCustomers'), cell('customersAtEnd')];
      return `IF(OR(${s}="",${n}="",${e}="",${s}=0),"",(${e}-${n})/${s})`;
    },
  },
  exactRetentionRate: {
    ...percent,
    range: 'recomputed',
    cards: [LATEST_CARD, { scope: 'range', name: 'rangeExactRetention' }],
    cliHeading: 'Exact %',
    note: lostWhileNew,
    compute: (row) => exactRetentionRate(row.customersAtStart, row.customersRetained),
    formula: ({ cell }) => {
      const [s, r] = [cell('customersAtStart'), cell('customersRetained')];
      return `IF(OR(${s}="",${r}="",${s}=0),"",${r}/${s})`;
    },
  },
  simpleRetentionRate: {
    ...percent,
    rangeNeedsChain: true,
    range: 'recomputed',
    cliHeading: 'Simple %',
    compute: (row) => simpleRetentionRate(row.customersAtStart, row.customersAtEnd),
    formula: ({ cell }) => {
      const [s, e] = [cell('customersAtStart'), cell('customersAtEnd')];
      return `IF(OR(${s}="",${e}="",${s}=0),"",${e}/${s})`;
    },
  },
  churnRate: {
    ...percent,
    rangeNeedsChain: true,
    range: 'recomputed',
    cards: [LATEST_CARD],
    chart: { id: 'retention', color: '#d62728' },
    cliHeading: 'Churn %',
    compute: (row) => churnRate(row.retentionRate),
    formula: ({ cell }) => `IF(${cell('retentionRate')}="","",1-${cell('retentionRate')})`,
  },
  clv: {
    ...derived,
    unit: 'currency',
    decimals: 2,
    range: 'none',
    cards: [LATEST_CARD],
    cliHeading: 'CLV',
    note: marginMissing,
    compute: (row, { defaultProfitMarginPct }) =>
      customerLifetimeValue({
        avgPurchaseValue: row.avgPurchaseValue,
        purchasesPerYear: row.purchasesPerYear,
        lifespanYears: row.lifespanYears,
        profitMarginPct: row.profitMarginPct ?? defaultProfitMarginPct,
      }),
    formula: ({ cell, defaultMargin }) => {
      const [value, perYear, years, margin] = [
        cell('avgPurchaseValue'),
        cell('purchasesPerYear'),
        cell('lifespanYears'),
        cell('profitMarginPct'),
      ];
      return (
        `IF(OR(${value}="",${perYear}="",${years}="",AND(${margin}="",${defaultMargin}="")),"",` +
        `${value}*${perYear}*${years}*IF(${margin}="",${defaultMargin},${margin}))`
      );
    },
  },
  nps: {
    ...derived,
    unit: 'score',
    decimals: 1,
    range: 'recomputed',
    cards: [LATEST_CARD, { scope: 'range', name: 'rangeNps' }],
    chart: { id: 'nps', color: '#2ca02c' },
    marginOf: 'npsMarginOfError',
    cliHeading: 'NPS',
    uncertainty: fewNpsResponses,
    compute: (row) => netPromoterScore(row),
    formula: ({ cell }) => npsFormula(cell, (p, d, n) => `(${p}-${d})/${n}*100`),
  },
  npsMarginOfError: {
    ...derived,
    unit: 'margin',
    decimals: 1,
    range: 'recomputed',
    cliHeading: '± NPS',
    uncertainty: fewNpsResponses,
    compute: (row) => npsMarginOfError(row),
    formula: ({ cell }) =>
      npsFormula(cell, (p, d, n) => `1.96*SQRT(MAX(0,(${p}+${d})/${n}-((${p}-${d})/${n})^2)/${n})*100`),
  },
};

export const FIGURES: Readonly<Record<FigureId, Figure>> = { ...INPUTS, ...DERIVED };

/** Every figure of a period row in column order: the inputs, then the derived figures. */
export const FIGURE_IDS: readonly FigureId[] = [...INPUT_FIELDS, ...DERIVED_FIELDS];

export function inputFigure(id: InputField): InputFigure {
  return INPUTS[id];
}

export function derivedFigure(id: DerivedField): DerivedFigure {
  return DERIVED[id];
}

/** Figures kept 0-100 in the document and as fractions in the workbook. */
export function isPercentFigure(id: FigureId): boolean {
  return FIGURES[id].unit === 'percent';
}
