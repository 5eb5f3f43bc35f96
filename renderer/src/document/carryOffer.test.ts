import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type PitoDocument } from '../../../shared/document';
import { tablePeriod } from '../../../shared/figures/testPeriods';
import { carry, carryOffer } from './carryOffer';
import { applyCellChanges, type CellChange } from './edits';

/** Three chained months: 100 → 120 → 130 → 125. */
const chained: PitoDocument = {
  ...createEmptyDocument(),
  periods: [
    tablePeriod('2024-01', 100, 30, 120),
    tablePeriod('2024-02', 120, 20, 130),
    tablePeriod('2024-03', 130, 5, 125),
  ],
};

const offerOf = (document: PitoDocument, ...changes: CellChange[]) =>
  carryOffer(document, applyCellChanges(document, changes), changes);

const end = (rowId: string, value: number | null): CellChange => ({ rowId, field: 'customersAtEnd', value });

describe('the carry offer', () => {
  it('offers the new end of a period to the next period’s start where the two chained', () => {
    expect(offerOf(chained, end('2024-02', 1300))).toEqual({ rowId: '2024-03', label: '2024-03', value: 1300 });
  });

  it('offers nothing for the last period, a start that was not the old end, or an end cleared or unchanged', () => {
    expect(offerOf(chained, end('2024-03', 140))).toBeNull();
    const broken = applyCellChanges(chained, [{ rowId: '2024-03', field: 'customersAtStart', value: 128 }]);
    expect(offerOf(broken, end('2024-02', 140))).toBeNull();
    expect(offerOf(chained, end('2024-02', null))).toBeNull();
    expect(offerOf(chained, end('2024-02', 130))).toBeNull();
    expect(offerOf(chained, end('nowhere', 140))).toBeNull();
  });

  it('offers nothing for any other field, or for a change among others (a paste)', () => {
    expect(offerOf(chained, { rowId: '2024-02', field: 'customersAtStart', value: 1 })).toBeNull();
    expect(offerOf(chained, { rowId: '2024-02', field: 'newCustomers', value: 1 })).toBeNull();
    expect(offerOf(chained, end('2024-01', 140), end('2024-02', 150))).toBeNull();
    expect(offerOf(chained, end('2024-02', 140), { rowId: '2024-02', field: 'promoters', value: 3 })).toBeNull();
  });

  it('offers to fill a next start left missing under a missing end, as periods typed in one by one have', () => {
    const typing = {
      ...chained,
      periods: [
        chained.periods[0]!,
        { ...chained.periods[1]!, customersAtEnd: null },
        { ...chained.periods[2]!, customersAtStart: null },
      ],
    };
    expect(offerOf(typing, end('2024-02', 130))?.value).toBe(130);
  });

  it('carries as a typed edit: the next start becomes the user’s own and the other rows stay as they were', () => {
    const listed = { ...chained, periods: chained.periods.map((row) => ({ ...row, aggregated: true })) };
    const edited = applyCellChanges(listed, [end('2024-02', 140)]);
    const carried = carry(edited, offerOf(listed, end('2024-02', 140))!);
    expect(carried.periods[2]).toMatchObject({ customersAtStart: 140, newCustomers: 5, aggregated: false });
    expect(carried.periods[0]).toBe(edited.periods[0]);
    expect(carried.periods[1]).toBe(edited.periods[1]);
  });
});
