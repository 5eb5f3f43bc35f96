import { describe, expect, it } from 'vitest';
import { readMarginInput } from './marginInput';

describe('the default margin as typed', () => {
  it('reads a percentage from 0 to 100 as the language writes it', () => {
    expect(readMarginInput('12,5', 'fi')).toEqual({ ok: true, value: 12.5 });
    expect(readMarginInput('12.5 %', 'en')).toEqual({ ok: true, value: 12.5 });
    expect(readMarginInput('0', 'en')).toEqual({ ok: true, value: 0 });
    expect(readMarginInput('100', 'fi')).toEqual({ ok: true, value: 100 });
  });

  it('reads an empty field as no default margin', () => {
    expect(readMarginInput('', 'fi')).toEqual({ ok: true, value: null });
    expect(readMarginInput('  ', 'en')).toEqual({ ok: true, value: null });
  });

  it('refuses a margin outside 0–100 and a text that is no number, saying which', () => {
    expect(readMarginInput('150', 'en')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readMarginInput('100,1', 'fi')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readMarginInput('-5', 'en')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readMarginInput('much', 'en')).toEqual({ ok: false, problem: 'notANumber' });
  });
});
