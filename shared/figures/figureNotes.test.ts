import { describe, expect, it } from 'vitest';
import { emptyInputs } from '../document';
import { translate } from '../i18n';
import { figureNote, noteText } from './figureNotes';
import { computeRowMetrics } from './rowFigures';

const row = (inputs: Partial<ReturnType<typeof emptyInputs>>, defaultMargin: number | null = null) => {
  const all = { ...emptyInputs(), ...inputs };
  return { ...all, ...computeRowMetrics(all, defaultMargin) };
};

describe('figure notes', () => {
  const clvInputs = { avgPurchaseValue: 60, purchasesPerYear: 4, lifespanYears: 2.5 };

  it('say a CLV is blank for want of a margin, and only then', () => {
    const note = figureNote('clv', row(clvInputs));
    expect(note).toEqual({ reason: 'marginMissing' });
    expect(translate('en', noteText(note!).key)).toContain('set a default margin in Settings');
    expect(figureNote('clv', row(clvInputs, 30))).toBeNull(); // 60 × 4 × 2.5 × 30 % = 180
    expect(figureNote('clv', row({ ...clvInputs, profitMarginPct: 25 }))).toBeNull();
    expect(figureNote('clv', row({ avgPurchaseValue: 60, purchasesPerYear: 4 }))).toBeNull(); // no lifespan either
  });

  it('count the new customers lost within the period where CRR is below exact retention', () => {
    const figures = row({ customersAtStart: 10, newCustomers: 5, customersAtEnd: 12, customersRetained: 9 });
    expect(figureNote('exactRetentionRate', figures)).toEqual({ reason: 'lostWhileNew', count: 2 });
    expect(noteText({ reason: 'lostWhileNew', count: 2 }).params).toEqual({ count: 2 });
  });
});
