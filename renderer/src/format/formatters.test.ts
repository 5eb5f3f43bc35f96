import { describe, expect, it } from 'vitest';
import { createFormatters, MISSING } from './formatters';
import { parseNumberInput } from './numberInput';

const fi = createFormatters('fi', 'EUR');
const en = createFormatters('en', 'EUR');
/** Intl separates with no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatters', () => {
  it('show the worked example retention as each language writes it', () => {
    const retention = ((120 - 21) / 107) * 100;
    expect(plain(fi.percent(retention))).toBe('92,5 %');
    expect(en.percent(retention)).toBe('92.5%');
  });

  it('show a missing figure as a dash', () => {
    for (const format of [
      fi.count,
      fi.percent,
      fi.figure('clv'),
      fi.figure('nps'),
      fi.figure('npsMarginOfError'),
      fi.figure('avgPurchaseValue'),
      fi.figure('purchasesPerYear'),
    ])
      expect(format(null)).toBe(MISSING);
    expect(fi.date(null)).toBe(MISSING);
    expect(fi.editText(null)).toBe('');
  });

  it('group thousands and format money', () => {
    expect(plain(fi.count(1234))).toBe('1 234');
    expect(en.count(1234)).toBe('1,234');
    expect(plain(fi.figure('clv')(1234.5))).toBe('1 234,50 €');
    expect(en.figure('clv')(1234.5)).toBe('€1,234.50');
  });

  it('show each registry figure with its unit and decimals', () => {
    expect(en.figure('npsMarginOfError')(10.84)).toBe('±10.8');
    expect(plain(fi.figure('nps')(-12.345))).toBe('−12,3'); // Finnish writes a minus sign, not a hyphen
    expect(plain(fi.figure('retentionRate')(92.523))).toBe('92,5 %');
    expect(en.figure('lostCustomers')(1234)).toBe('1,234');
    // A count that is not whole is a flagged row error: shown, not rounded away.
    expect(en.figure('lostCustomers')(2.5)).toBe('2.5');
  });

  it('show every input in its cell by its unit, with the fixed decimals of the registry', () => {
    // The average purchases (155,5 / 160,81 / 201): one currency, two decimals each.
    expect([155.5, 160.81, 201].map((value) => plain(fi.figure('avgPurchaseValue')(value)))).toEqual([
      '155,50 €',
      '160,81 €',
      '201,00 €',
    ]);
    expect([155.5, 160.81, 201].map(en.figure('avgPurchaseValue'))).toEqual(['€155.50', '€160.81', '€201.00']);
    expect(plain(fi.figure('avgPurchaseValue')(1234.5))).toBe('1 234,50 €');
    expect(en.figure('avgPurchaseValue')(1234.5)).toBe('€1,234.50');
    // Rounded on screen only: 155.555 stays in the document.
    expect(en.figure('avgPurchaseValue')(155.555)).toBe('€155.56');
    expect(plain(fi.figure('purchasesPerYear')(4.5))).toBe('4,50');
    expect(en.figure('lifespanYears')(3)).toBe('3.00');
    expect(plain(fi.figure('profitMarginPct')(25))).toBe('25,0 %');
    expect(en.figure('profitMarginPct')(12.25)).toBe('12.3%');
    expect(plain(fi.figure('customersAtStart')(32323))).toBe('32 323');
    expect(en.figure('promoters')(1200)).toBe('1,200');
  });

  it('show money in the document’s currency, with its sign, in each language', () => {
    expect(plain(createFormatters('fi', 'SEK').figure('clv')(1234.5))).toBe('1 234,50 SEK');
    expect(createFormatters('en', 'GBP').figure('clv')(1234.5)).toBe('£1,234.50');
    expect(createFormatters('en', 'USD').figure('avgPurchaseValue')(-12)).toBe('-US$12.00');
    expect(plain(fi.figure('clv')(-12))).toBe('−12,00 €');
  });

  it('show money and decimals so that a copied cell pastes back to the same number', () => {
    for (const currency of ['EUR', 'USD', 'GBP', 'SEK', 'CHF']) {
      for (const language of ['fi', 'en'] as const) {
        const shown = createFormatters(language, currency).figure('avgPurchaseValue')(-1234.5);
        expect(parseNumberInput(shown, language), `${language} ${currency} ${shown}`).toEqual({
          ok: true,
          value: -1234.5,
        });
      }
    }
    expect(parseNumberInput(fi.figure('profitMarginPct')(25), 'fi')).toEqual({ ok: true, value: 25 });
    expect(parseNumberInput(en.figure('purchasesPerYear')(1234.5), 'en')).toEqual({ ok: true, value: 1234.5 });
  });

  it('give editable text that reads back to the same number', () => {
    for (const value of [1234.5678, -3.25, 0.1 + 0.2]) {
      expect(parseNumberInput(fi.editText(value), 'fi')).toEqual({ ok: true, value });
      expect(parseNumberInput(en.editText(value), 'en')).toEqual({ ok: true, value });
    }
  });

  it('show a calendar date without shifting it', () => {
    expect(fi.date('2024-01-01')).toBe('1.1.2024');
    expect(en.date('2024-12-31')).toBe('31 Dec 2024');
  });
});
