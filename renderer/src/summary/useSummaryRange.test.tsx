// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { aggregateCustomers } from '../../../shared/aggregate/index';
import { listRangeInputs } from '../../../shared/aggregate/listRange';
import { customer, day } from '../../../shared/aggregate/testCustomers';
import type { PeriodRow } from '../../../shared/document';
import { summarizeTableRange } from '../../../shared/figures/tableRange';
import { createBridge } from '../../../shared/ipc/bridge';
import type { Invoke } from '../../../shared/ipc/contract';
import type { RangeChoice } from '../../../shared/ranges';
import { BridgeContext } from '../bridge/BridgeContext';
import { useSummaryRange } from './useSummaryRange';

/** Two years of a list: customers who stay, leave and answer NPS. */
const LIST = [
  customer('2023-01-10', null, { npsScore: 10, npsDate: day('2024-03-01') }),
  customer('2023-02-01', '2024-06-30', { npsScore: 3, npsDate: day('2023-05-01') }),
  customer('2023-11-15', null, { npsScore: 8, npsDate: day('2024-09-09') }),
  customer('2024-04-01', '2024-04-20'),
  customer('2024-07-07', null),
];
const { periods } = aggregateCustomers(LIST, 'month');

/** A main side that holds LIST as `list-1` and counts it with the real counting code. */
function mainSide() {
  const asked: unknown[] = [];
  const invoke = (async (channel: string, request: { listId: string; firstDay: string; lastDay: string }) => {
    asked.push(request);
    if (channel !== 'import:listRange' || request.listId !== 'list-1') {
      return { ok: false, error: { code: 'invalidRequest', message: 'no list' } };
    }
    return { ok: true, value: listRangeInputs(LIST, day(request.firstDay), day(request.lastDay)) };
  }) as unknown as Invoke;
  const bridge = createBridge(invoke, () => () => {});
  const wrapper = ({ children }: { children: ReactNode }) => (
    <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>
  );
  return { asked, wrapper };
}

const render = (rows: readonly PeriodRow[], choice: RangeChoice, listId: string | null) => {
  const { asked, wrapper } = mainSide();
  const hook = renderHook(() => useSummaryRange(rows, choice, null, listId), { wrapper });
  return { ...hook, asked };
};

describe('the summary range on screen', () => {
  it('counts a list’s trailing twelve months from the list on the main side, once', async () => {
    const { result, asked } = render(periods, { preset: 'trailingTwelveMonths' }, 'list-1');
    expect(result.current).toMatchObject({ state: 'range', from: '2023-08', to: '2024-07', figures: null });
    await waitFor(() => expect(result.current).toMatchObject({ figures: { basis: 'customerList' } }));
    expect(asked).toEqual([{ listId: 'list-1', firstDay: '2023-08-01', lastDay: '2024-07-31' }]);
    const expected = listRangeInputs(LIST, day('2023-08-01'), day('2024-07-31'));
    const { figures } = (result.current as { figures: { figures: object } }).figures;
    // S = the two customers there on 1.8.2023, one of whom is still there on 31.7.2024.
    expect(figures).toMatchObject({ ...expected, customersAtStart: 2, customersRetained: 1, exactRetentionRate: 50 });
    // NPS: the answers dated within the range (10 on 1.3.2024; the 3 of 2023-05 lies before it).
    expect(figures).toMatchObject({ promoters: 1, passives: 0, detractors: 0, nps: 100 });
  });

  it('takes the rows by the table rules once a row of the range was edited, asking nothing', () => {
    const edited = periods.map((row) =>
      row.label === '2024-05' ? { ...row, customersAtEnd: 9, aggregated: false } : row,
    );
    const { result, asked } = render(edited, { first: '2024-04', last: '2024-06' }, 'list-1');
    const rows = edited.filter((row) => ['2024-04', '2024-05', '2024-06'].includes(row.label));
    const { inputs, notes } = summarizeTableRange(rows);
    expect(result.current).toMatchObject({ state: 'range', figures: { basis: 'periodRows', notes } });
    expect((result.current as { figures: { figures: object } }).figures.figures).toMatchObject(inputs);
    expect(asked).toEqual([]);
  });

  it('takes the rows when the main side no longer holds the list', async () => {
    const { result, asked } = render(periods, { preset: 'allPeriods' }, 'list-gone');
    await waitFor(() => expect(result.current).toMatchObject({ figures: { basis: 'periodRows' } }));
    expect(asked).toHaveLength(1);
  });

  it('says why a range cannot be given', () => {
    const { result } = render(periods, { first: '2024-05', last: '2024-02' }, null);
    expect(result.current).toEqual({
      state: 'problem',
      problem: { problem: 'firstAfterLast', first: '2024-05', last: '2024-02' },
    });
  });
});
