import { describe, expect, it } from 'vitest';
import { parseNumberInput } from './numberInput';

describe('typed and pasted numbers', () => {
  it.each([
    ['1 234,5', 'fi', 1234.5],
    ['1\u00a0234,5', 'fi', 1234.5],
    ['12,5 %', 'fi', 12.5],
    ['−3', 'fi', -3],
    ['1,234.5', 'en', 1234.5],
    ['92.5%', 'en', 92.5],
  ] as const)('reads %s in %s', (text, language, value) => {
    expect(parseNumberInput(text, language)).toEqual({ ok: true, value });
  });

  it('reads an empty cell as no figure', () => {
    expect(parseNumberInput('  ', 'fi')).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '1.2.3', '--1'])('refuses %s', (text) => {
    expect(parseNumberInput(text, 'en')).toEqual({ ok: false });
  });
});
