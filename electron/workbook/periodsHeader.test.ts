import { describe, expect, it } from 'vitest';
import { figureNameKey } from '../../shared/figures/figureText';
import { translate } from '../../shared/i18n';
import { locatePeriodsColumns } from './periodsHeader';
import { PERIODS_COLUMNS } from './periodsLayout';

const where = { file: 'book.xlsx', sheet: 'Periods', language: 'en' } as const;

describe('the columns of a Periods sheet', () => {
  it.each(['en', 'fi'] as const)(
    'are each found by Pito’s %s name wherever they stand, and no two names are one column',
    (language) => {
      const fields = PERIODS_COLUMNS.map((column) => column.field).reverse();
      const header = [null, 'Notes', ...fields.map((field) => translate(language, figureNameKey(field)))];
      const located = locatePeriodsColumns(header, where);
      expect([...located.keys()].sort()).toEqual([...fields].sort());
      fields.forEach((field, position) => expect(located.get(field)?.index).toBe(position + 2));
    },
  );
});
