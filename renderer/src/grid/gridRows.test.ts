import { describe, expect, it } from 'vitest';
import { emptyInputs } from '../../../shared/document';
import { periodRow } from '../document/edits';
import type { RowFigures } from '../../../shared/figures/figureTypes';
import { createGridRowCache, totalsRow } from './gridRows';

function row(id: string, label: string, start: number, added: number, end: number) {
  return periodRow(id, label, { ...emptyInputs(), customersAtStart: start, newCustomers: added, customersAtEnd: end });
}

describe('grid rows', () => {
  it('carry the derived figures and row checks of each period', () => {
    const [gridRow] = createGridRowCache()([row('a', '2024-01', 107, 21, 120)], null);
    expect(gridRow?.lostCustomers).toBe(8);
    expect(gridRow?.retentionRate).toBeCloseTo(92.523, 3);
    expect(gridRow?.checks).toEqual([]);
    const [bad] = createGridRowCache()([row('b', '2024-01', 10, 30, 20)], null);
    expect(bad?.checks).toEqual([{ code: 'negativeRetained' }]);
  });

  it('compute only changed rows again', () => {
    const rows = createGridRowCache();
    const periods = [row('a', '2024-01', 107, 21, 120), row('b', '2024-02', 120, 5, 110)];
    const first = rows(periods, null);
    const edited = [periods[0]!, { ...periods[1]!, customersAtEnd: 100 }];
    const second = rows(edited, null);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.lostCustomers).toBe(25);
    expect(rows(edited, 40)[0]).not.toBe(first[0]);
  });

  it('show the summary range’s figures in the totals row, every other figure blank', () => {
    const totals = totalsRow({ customersAtStart: 100, retentionRate: 85 } as RowFigures, 'Range', 'Why');
    expect(totals).toMatchObject({ label: 'Range', customersAtStart: 100, retentionRate: 85, rangeHint: 'Why' });
    expect(totals.newCustomers).toBeNull();
    expect(totals.isTotals).toBe(true);
    expect(totalsRow(null, 'Range', 'Counting').customersAtStart).toBeNull();
  });
});
