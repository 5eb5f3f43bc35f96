import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type PitoDocument } from '../../../shared/document';
import { periodRow } from '../document/edits';
import { periodKindChoice } from './periodKindChoice';

const withPeriods = (document: Partial<PitoDocument>): PitoDocument => ({
  ...createEmptyDocument(),
  periods: [periodRow('a', '2024-01')],
  ...document,
});
const listStats = { customers: 5, repeatPurchaseRate: null };

describe('the choice of period kind', () => {
  it('regroups a document whose customer list the main side holds, imported or reopened', () => {
    for (const source of ['customerList', 'workbook'] as const) {
      expect(periodKindChoice(withPeriods({ source, listStats, listId: 'l1' }), 'l1')).toEqual({
        enabled: true,
        hint: 'ui.settings.periodKindHint',
      });
    }
  });

  it('sets the next import and first period of a document without periods', () => {
    expect(periodKindChoice(createEmptyDocument(), 'l1')).toEqual({
      enabled: true,
      hint: 'ui.settings.periodKindHint.noPeriods',
    });
  });

  it('is disabled, saying why, for periods no held list stands behind', () => {
    const reason = (document: PitoDocument) => {
      const choice = periodKindChoice(document, 'latest');
      return choice.enabled ? null : choice.reason;
    };
    expect(reason(withPeriods({ source: 'customerList', listStats, listId: 'earlier' }))).toBe(
      'ui.settings.periodKindLocked.earlierImport',
    );
    // Restored edits, and a workbook saved without its list: the list figures remain, the list does not.
    expect(reason(withPeriods({ source: 'customerList', listStats }))).toBe('ui.settings.periodKindLocked.listNotOpen');
    expect(reason(withPeriods({ source: 'workbook', listStats }))).toBe('ui.settings.periodKindLocked.listNotOpen');
    expect(reason(withPeriods({ source: 'periodTable' }))).toBe('ui.settings.periodKindLocked.periodTable');
    expect(reason(withPeriods({ source: 'workbook' }))).toBe('ui.settings.periodKindLocked.noList');
    expect(reason(withPeriods({ source: 'empty' }))).toBe('ui.settings.periodKindLocked.noList');
  });
});
