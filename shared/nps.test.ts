import { describe, expect, it } from 'vitest';
import { classifyNpsScore, netPromoterScore, npsMarginOfError } from './nps';

describe('NPS', () => {
  it('classifies 9-10 as promoters, 7-8 passives, 0-6 detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(classifyNpsScore)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('rejects scores that are not whole numbers 0-10', () => {
    expect([-1, 11, 7.5, Number.NaN].map(classifyNpsScore)).toEqual([null, null, null, null]);
  });

  it('reaches the ends of its range', () => {
    expect(netPromoterScore({ promoters: 5, passives: 0, detractors: 0 })).toBe(100);
    expect(netPromoterScore({ promoters: 0, passives: 0, detractors: 5 })).toBe(-100);
    expect(npsMarginOfError({ promoters: 5, passives: 0, detractors: 0 })).toBe(0);
  });

  it('matches the margin formula computed by hand for 100/60/40', () => {
    // p = 0.5, d = 0.2, n = 200: variance 0.7 − 0.09 = 0.61; 1.96 × √(0.61/200) × 100
    expect(npsMarginOfError({ promoters: 100, passives: 60, detractors: 40 })).toBeCloseTo(10.8244537968, 8);
  });
});
