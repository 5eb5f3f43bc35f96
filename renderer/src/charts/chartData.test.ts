import { describe, expect, it } from 'vitest';
import { emptyInputs } from '../../../shared/document';
import { periodRow } from '../document/edits';
import { periodPoints } from './chartData';

describe('chart figures', () => {
  it('give retention, churn and the NPS band per period, to one decimal', () => {
    const inputs = { ...emptyInputs(), customersAtStart: 107, newCustomers: 21, customersAtEnd: 120 };
    const [point] = periodPoints([
      periodRow('a', '2024-01', { ...inputs, promoters: 100, passives: 60, detractors: 40 }),
    ]);
    expect(point).toEqual({ label: '2024-01', retention: 92.5, churn: 7.5, nps: 30, npsLower: 19.2, npsUpper: 40.8 });
  });

  it('leave undefined figures empty and keep the band inside −100…100', () => {
    const [empty, allPromoters] = periodPoints([
      periodRow('a', '2024-01'),
      periodRow('b', '2024-02', { ...emptyInputs(), promoters: 3, passives: 0, detractors: 0 }),
    ]);
    expect(empty).toEqual({
      label: '2024-01',
      retention: null,
      churn: null,
      nps: null,
      npsLower: null,
      npsUpper: null,
    });
    expect(allPromoters?.npsUpper).toBe(100);
  });
});
