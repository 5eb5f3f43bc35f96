import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { columnLetter, mappingFieldName, mappingFields } from './mappingFields';

describe('mapping fields', () => {
  it('name every field of both shapes in both languages', () => {
    for (const language of ['en', 'fi'] as const) {
      const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
      for (const shape of ['customerList', 'periodTable'] as const) {
        for (const field of mappingFields(shape)) expect(mappingFieldName(field, t)).not.toMatch(/^(ui|metric)\./);
      }
    }
  });

  it('letter columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
