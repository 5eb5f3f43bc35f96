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
      fi.input,
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
