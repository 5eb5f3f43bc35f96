import { describe, expect, it } from 'vitest';
import type { CohortRow } from '../../../shared/document';
import { cohortAges, cohortAverage, cohortCurves, curveColor, AVERAGE_COLOR } from './cohortData';

const cohort = (label: string, size: number, activeAtEnd: number[]): CohortRow => ({
  label,
  size,
  activeAtEnd,
  retainedPct: activeAtEnd.map((active) => (size > 0 ? (active / size) * 100 : null)),
});

// Four monthly cohorts, the oldest observed for three ages, a month with no new customers among them.
const a = cohort('2024-01', 10, [8, 6, 5]);
const b = cohort('2024-02', 30, [27, 21]);
const empty = cohort('2024-03', 0, [0]);
const d = cohort('2024-04', 20, [10]);
const rows = [a, b, empty, d];

describe('the average retention curve', () => {
  it('weights each cohort by its size, over the cohorts that have reached the age', () => {
    expect(cohortAverage(rows)).toEqual([
      // (8 + 27 + 0 + 10) / (10 + 30 + 0 + 20): not the plain mean of 80, 90 and 50 % (73.3 %).
      { age: 0, share: 75, active: 45, size: 60, cohorts: 3 },
      // Only 2024-01 and 2024-02 have reached +1: (6 + 21) / (10 + 30); 2024-04 neither pulls it down nor counts.
      { age: 1, share: 67.5, active: 27, size: 40, cohorts: 2 },
      { age: 2, share: 50, active: 5, size: 10, cohorts: 1 },
    ]);
  });

  it('keeps every digit: rounding is for the screen', () => {
    const [zero] = cohortAverage([cohort('2024-01', 3, [1]), cohort('2024-02', 3, [1])]);
    expect(zero?.share).toBe((2 / 6) * 100);
  });

  it('is null where the cohorts that have reached the age have no customers', () => {
    expect(cohortAverage([empty])).toEqual([{ age: 0, share: null, active: 0, size: 0, cohorts: 0 }]);
  });

  it('has as many ages as the oldest cohort, none for no cohorts', () => {
    expect(cohortAges(rows)).toBe(3);
    expect(cohortAverage([])).toEqual([]);
  });
});

describe('the cohort curves', () => {
  it('draw the latest cohorts with customers, oldest first, each ending at its last observed age', () => {
    const curves = cohortCurves(rows, 2);
    expect(curves.cohorts.map((curve) => curve.label)).toEqual(['2024-02', '2024-04']);
    expect(curves.cohorts[0]?.points).toEqual([
      { age: 0, share: 90, active: 27, size: 30 },
      { age: 1, share: 70, active: 21, size: 30 },
    ]);
    expect(curves.cohorts[1]?.points).toHaveLength(1);
    expect(curves.older).toBe(1);
  });

  it('give the average of every row shown, with its cohort counts', () => {
    const { average } = cohortCurves(rows, 2);
    expect(average.label).toBeNull();
    expect(average.points.map(({ age, share, cohorts }) => [age, share, cohorts])).toEqual([
      [0, 75, 3],
      [1, 67.5, 2],
      [2, 50, 1],
    ]);
  });

  it('leave out an average with no customers rather than draw a 0', () => {
    expect(cohortCurves([empty])).toEqual({ cohorts: [], average: { label: null, points: [] }, older: 0 });
  });

  it('colour the newest cohort deepest and spread fewer cohorts over the palette', () => {
    const twelve = Array.from({ length: 12 }, (_, index) => curveColor(index, 12));
    expect(new Set(twelve).size).toBe(12);
    expect(curveColor(0, 1)).toBe(twelve[11]);
    expect([curveColor(0, 2), curveColor(1, 2)]).toEqual([twelve[0], twelve[11]]);
    expect(twelve).not.toContain(AVERAGE_COLOR);
  });
});
