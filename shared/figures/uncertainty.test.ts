import { describe, expect, it } from 'vitest';
import { emptyInputs, type PeriodInputs } from '../document';
import { translate } from '../i18n';
import { FEW_NPS_RESPONSES } from '../nps';
import type { RowFigures } from './figureTypes';
import { computeRowMetrics } from './rowFigures';
import { figureUncertainty, uncertaintyText } from './uncertainty';

function figures(counts: Partial<PeriodInputs>): RowFigures {
  const row = { ...emptyInputs(), ...counts };
  return { ...row, ...computeRowMetrics(row) };
}

describe('uncertain figures', () => {
  it('mark an NPS and its margin from fewer than 30 responses', () => {
    const row = figures({ promoters: 1, passives: 0, detractors: 1 });
    expect(figureUncertainty('nps', row)).toEqual({ reason: 'fewResponses', count: 2, enough: FEW_NPS_RESPONSES });
    expect(figureUncertainty('npsMarginOfError', row)).toEqual(figureUncertainty('nps', row));
    expect(figureUncertainty('nps', figures({ promoters: 10, passives: 10, detractors: 9 }))?.count).toBe(29);
  });

  it('leave an NPS from 30 responses, no NPS at all, and other figures unmarked', () => {
    expect(figureUncertainty('nps', figures({ promoters: 10, passives: 10, detractors: 10 }))).toBeNull();
    expect(figureUncertainty('nps', figures({ promoters: 0, passives: 0, detractors: 0 }))).toBeNull();
    expect(figureUncertainty('nps', figures({}))).toBeNull();
    const few = figures({
      customersAtStart: 2,
      newCustomers: 0,
      customersAtEnd: 1,
      promoters: 1,
      passives: 0,
      detractors: 0,
    });
    expect(figureUncertainty('retentionRate', few)).toBeNull();
  });

  it('say why in both languages, with the count and what would be enough', () => {
    const uncertainty = figureUncertainty('nps', figures({ promoters: 1, passives: 0, detractors: 0 }));
    const { key, params } = uncertaintyText(uncertainty!);
    expect(translate('en', key, params)).toBe('Only 1 response: too few for a reliable NPS (30 or more).');
    expect(translate('fi', key, params)).toBe('Vain 1 vastaus: liian vähän luotettavaan NPS-lukuun (30 tai enemmän).');
    expect(translate('en', key, { ...params, count: 2 })).toMatch(/^Only 2 responses/);
  });
});
