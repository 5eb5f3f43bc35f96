import { describe, expect, it } from 'vitest';
import { parseNumberInput } from './numberInput';

describe('typed and pasted numbers', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['12,5 %', 12.5],
    ['45,90 €', 45.9],
    ['−3', -3],
    ['2.5', 2.5],
    ['107', 107],
  ])('reads Finnish %s', (text, value) => {
    expect(parseNumberInput(text, 'fi')).toEqual({ ok: true, value });
  });

  it.each([
    ['1,234.5', 1234.5],
    ['1234.5', 1234.5],
    ['92.5%', 92.5],
    ['-0.5', -0.5],
  ])('reads English %s', (text, value) => {
    expect(parseNumberInput(text, 'en')).toEqual({ ok: true, value });
  });

  it('reads an empty cell as no figure', () => {
    expect(parseNumberInput('  ', 'fi')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', 'fi'],
    ['1,234.5', 'fi'],
    ['12,5', 'en'],
    ['1.2.3', 'en'],
    ['--1', 'en'],
  ] as const)('refuses %s in %s', (text, language) => {
    expect(parseNumberInput(text, language)).toEqual({ ok: false });
  });
});
