/**
 * The Excel formulas of the Periods sheet. Each derived column is the formula of
 * `docs/metrics.md` over the same row's input cells, blank ("") where Pito's figure is null,
 * so Excel and LibreOffice compute what Pito shows. IF evaluates only the branch it takes,
 * so a division never runs when its divisor is zero or blank.
 */
import type { DerivedField } from '../../shared/document';
import { cellOf, type PeriodsField } from './periodsLayout';

/** The workbook-level name of the default margin cell (a fraction, blank for none). */
export const DEFAULT_MARGIN_NAME = 'PitoDefaultMargin';

const anyBlank = (cells: string[]) => `OR(${cells.map((cell) => `${cell}=""`).join(',')})`;

export function derivedFormulas(row: number): Record<DerivedField, string> {
  const at = (field: PeriodsField) => cellOf(field, row);
  const [s, n, e] = [at('customersAtStart'), at('newCustomers'), at('customersAtEnd')];
  const [p, pa, d] = [at('promoters'), at('passives'), at('detractors')];
  const responses = `(${p}+${pa}+${d})`;
  const margin = at('profitMarginPct');
  const retention = at('retentionRate');
  return {
    lostCustomers: `IF(${anyBlank([s, n, e])},"",${s}+${n}-${e})`,
    retentionRate: `IF(OR(${s}="",${n}="",${e}="",${s}=0),"",(${e}-${n})/${s})`,
    simpleRetentionRate: `IF(OR(${s}="",${e}="",${s}=0),"",${e}/${s})`,
    churnRate: `IF(${retention}="","",1-${retention})`,
    clv:
      `IF(OR(${at('avgPurchaseValue')}="",${at('purchasesPerYear')}="",${at('lifespanYears')}="",` +
      `AND(${margin}="",${DEFAULT_MARGIN_NAME}="")),"",` +
      `${at('avgPurchaseValue')}*${at('purchasesPerYear')}*${at('lifespanYears')}*IF(${margin}="",${DEFAULT_MARGIN_NAME},${margin}))`,
    nps: `IF(${anyBlank([p, pa, d])},"",IF(${responses}<=0,"",(${p}-${d})/${responses}*100))`,
    npsMarginOfError:
      `IF(${anyBlank([p, pa, d])},"",IF(${responses}<=0,"",` +
      `1.96*SQRT(MAX(0,(${p}+${d})/${responses}-((${p}-${d})/${responses})^2)/${responses})*100))`,
  };
}

/** A cell's value, blank when the referenced cell is blank (a bare `=B2` shows 0 for a blank B2). */
export const copyOf = (cell: string) => `IF(${cell}="","",${cell})`;

/** A column's sum, blank when any row lacks the figure (a partial sum would mislead, as in summary.ts). */
const sumOf = (field: PeriodsField, first: number, last: number) => {
  const range = `${cellOf(field, first)}:${cellOf(field, last)}`;
  return `IF(COUNT(${range})<ROWS(${range}),"",SUM(${range}))`;
};

/**
 * The formulas of the whole-range row (shared/summary.ts) that differ from a period row's:
 * S of the first period, the sums of N and of the NPS counts, E of the last period, and
 * the total of the lost customers. Its other derived columns use `derivedFormulas`
 * unchanged, exactly as `summarizeRange` applies the row formulas.
 */
export function totalsRowFormulas(first: number, last: number): Partial<Record<PeriodsField, string>> {
  return {
    // Lost is the total of the rows' lost customers, as in summary.ts, not S + N − E of this row.
    lostCustomers: sumOf('lostCustomers', first, last),
    customersAtStart: copyOf(cellOf('customersAtStart', first)),
    newCustomers: sumOf('newCustomers', first, last),
    customersAtEnd: copyOf(cellOf('customersAtEnd', last)),
    promoters: sumOf('promoters', first, last),
    passives: sumOf('passives', first, last),
    detractors: sumOf('detractors', first, last),
  };
}
