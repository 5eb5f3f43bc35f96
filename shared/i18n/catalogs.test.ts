import { describe, expect, it } from 'vitest';
import { catalogs, translate } from './index';

describe('translation catalogs', () => {
  it('have the same keys in Finnish and English, none empty', () => {
    expect(Object.keys(catalogs.fi).sort()).toEqual(Object.keys(catalogs.en).sort());
    for (const language of ['en', 'fi'] as const) {
      for (const [key, text] of Object.entries(catalogs[language]))
        expect(text.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(catalogs.en) as (keyof typeof catalogs.en)[]) {
      expect(placeholders(catalogs.fi[key]), key).toEqual(placeholders(catalogs.en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('fi', 'metric.churnRate.name')).toBe('Asiakaspoistuma');
  });

  it('picks the plural form of each language', () => {
    expect(translate('en', 'ui.paste.appended', { count: 1 })).toBe('1 period was added below the last one.');
    expect(translate('en', 'ui.paste.appended', { count: 3 })).toBe('3 periods were added below the last one.');
    expect(translate('fi', 'ui.paste.appended', { count: 1 })).toBe('1 jakso lisättiin viimeisen perään.');
    expect(translate('fi', 'ui.paste.appended', { count: 3 })).toBe('3 jaksoa lisättiin viimeisen perään.');
    expect(translate('en', 'ui.report.summary', { file: 'a.csv', read: 1, used: 1, rejected: 0 })).toBe(
      'a.csv: 1 row read, 1 used, 0 rejected.',
    );
  });

  it('writes number parameters, a plural’s # too, by the numberText given; plain digits by default (the CLI)', () => {
    const params = { file: 'a.csv', read: 32323, used: 32322, rejected: 1 };
    expect(translate('en', 'ui.report.summary', params)).toBe('a.csv: 32323 rows read, 32322 used, 1 rejected.');
    const marked = (value: number, name: string) => `<${name}:${value}>`;
    expect(translate('en', 'ui.report.summary', params, marked)).toBe(
      'a.csv: <read:32323> rows read, <used:32322> used, <rejected:1> rejected.',
    );
    expect(translate('fi', 'ui.import.rowsReadOf', { rows: 1, total: 1 }, marked)).toBe(
      '<rows:1> / <total:1> rivi luettu',
    );
  });
});
