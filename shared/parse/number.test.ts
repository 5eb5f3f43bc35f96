import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, parseNumberText } from './number';

const value = (text: string, locale?: 'fi' | 'en' | 'neutral') => parseNumberText(text, locale).value;

describe('parseNumberText', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 234,50', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['1\u202f234\u2009567', 1234567],
    ["1'234.50", 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['€ 1 200', 1200],
    ['1 200 €', 1200],
    ['1200 EUR', 1200],
    ['$1,200.00', 1200],
    ['£3', 3],
    ['US$1,234.50', 1234.5],
    ['CHF 1,234.50', 1234.5],
    ['1 234,50 CHF', 1234.5],
    ['25 %', 25],
    ['12,5%', 12.5],
    ['-3', -3],
    ['\u22123,5', -3.5],
    ['+4', 4],
    ['(150)', -150],
    ['-€12', -12],
    [',5', 0.5],
    ['1.5E+3', 1500],
    ['  7  ', 7],
  ])('reads %j as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('gives the reason when the text is no number', () => {
    expect(parseNumberText('')).toEqual({ value: null, reason: 'empty' });
    expect(parseNumberText('  \u00a0')).toEqual({ value: null, reason: 'empty' });
    for (const text of ['abc', '12a', '1,2,3,4.5.6', '1.23.4', '--3', '1 2 x', 'N/A', '€'])
      expect(parseNumberText(text), text).toEqual({ value: null, reason: 'notANumber' });
  });

  it('reads an ambiguous single separator by the locale', () => {
    expect(value('1,234', 'fi')).toBe(1.234);
    expect(value('1,234', 'en')).toBe(1234);
    expect(value('1,5', 'en')).toBe(1.5);
    expect(value('1.234', 'fi')).toBe(1.234);
  });

  it('never answers negative zero', () => {
    expect(Object.is(value('-0'), 0)).toBe(true);
  });
});

describe('parseLocaleNumber', () => {
  it('reads what a Finnish or English user types', () => {
    expect(parseLocaleNumber('92,5', 'fi')).toBe(92.5);
    expect(parseLocaleNumber('1 000', 'fi')).toBe(1000);
    expect(parseLocaleNumber('1,000', 'en')).toBe(1000);
    expect(parseLocaleNumber('1,000.25', 'en')).toBe(1000.25);
    expect(parseLocaleNumber('kymmenen', 'fi')).toBeNull();
  });
});
