import { describe, expect, it } from 'vitest';
import { emptyInputs } from '../../../shared/document';
import { periodRow } from '../document/edits';
import { periodPoints } from './chartData';
import { PERIOD_CHARTS } from './chartList';

const [retentionChart, npsChart] = PERIOD_CHARTS;

describe('chart figures', () => {
  it('give retention, churn and the NPS band per period, to one decimal', () => {
    const inputs = { ...emptyInputs(), customersAtStart: 107, newCustomers: 21, customersAtEnd: 120 };
    const rows = [periodRow('a', '2024-01', { ...inputs, promoters: 100, passives: 60, detractors: 40 })];
    expect(periodPoints(rows, retentionChart!)).toEqual([{ label: '2024-01', retentionRate: 92.5, churnRate: 7.5 }]);
    expect(periodPoints(rows, npsChart!)).toEqual([{ label: '2024-01', nps: 30, npsUpper: 40.8, npsLower: 19.2 }]);
  });

  it('leave undefined figures empty and keep the band inside −100…100', () => {
    const rows = [
      periodRow('a', '2024-01'),
      periodRow('b', '2024-02', { ...emptyInputs(), promoters: 3, passives: 0, detractors: 0 }),
    ];
    expect(periodPoints(rows, retentionChart!)[0]).toEqual({ label: '2024-01', retentionRate: null, churnRate: null });
    const [empty, allPromoters] = periodPoints(rows, npsChart!);
    expect(empty).toEqual({ label: '2024-01', nps: null, npsUpper: null, npsLower: null });
    expect(allPromoters?.npsUpper).toBe(100);
  });

  it('carry the uncertainty of an NPS from few responses on its point, not on its band', () => {
    const rows = [periodRow('a', '2024-01', { ...emptyInputs(), promoters: 1, passives: 0, detractors: 1 })];
    const [point] = periodPoints(rows, npsChart!);
    expect(point?.uncertain).toEqual({ nps: { reason: 'fewResponses', count: 2, enough: 30 } });
  });
});
