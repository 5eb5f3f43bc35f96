/** Net Promoter Score: classification of 0-10 answers, the score and its margin of error. */

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** 9-10 promoter, 7-8 passive, 0-6 detractor; anything but a whole number 0-10 is null. */
export function classifyNpsScore(score: number): NpsCategory | null {
  if (!Number.isInteger(score) || score < 0 || score > 10) return null;
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

export interface NpsCounts {
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
}

/**
 * Fewer responses than this make an NPS too uncertain to read on its own: its margin of
 * error is then ±18 points or more, wider than most changes a business would act on.
 */
export const FEW_NPS_RESPONSES = 30;

/** The number of responses, or null when a count is missing. */
export function responses({ promoters, passives, detractors }: NpsCounts): number | null {
  if (promoters === null || passives === null || detractors === null) return null;
  return promoters + passives + detractors;
}

/** (promoters − detractors) / responses × 100, in −100…100; null with no responses. */
export function netPromoterScore(counts: NpsCounts): number | null {
  const n = responses(counts);
  if (n === null || n <= 0) return null;
  return (((counts.promoters as number) - (counts.detractors as number)) / n) * 100;
}

/**
 * The 95 % margin of error of the NPS in points: 1.96 × √((p + d − (p − d)²) / n) × 100,
 * p and d the promoter and detractor shares. The variance of a −1/0/+1 score.
 */
export function npsMarginOfError(counts: NpsCounts): number | null {
  const n = responses(counts);
  if (n === null || n <= 0) return null;
  const p = (counts.promoters as number) / n;
  const d = (counts.detractors as number) / n;
  const variance = Math.max(0, p + d - (p - d) ** 2); // clamp rounding noise below zero
  return 1.96 * Math.sqrt(variance / n) * 100;
}
