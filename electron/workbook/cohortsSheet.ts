/**
 * The Cohorts sheet: for each cohort, the share of its customers still customers k
 * periods later, as formulas over the counts beside them, with a red-to-green colour
 * scale so the decay reads at a glance.
 */
import type { CohortTable } from '../../shared/document';
import { columnLetter } from '../../shared/importModel';
import {
  COHORT_HEADER_ROW,
  COHORT_TITLE_ROW,
  FIRST_COHORT_ROW,
  countColumn,
  shareColumn,
  shareFormula,
} from './cohortsLayout';
import { sheetOptions } from './printSetup';
import { HEADER_FONT, type SheetContext } from './sheetContext';

/** The number of age columns: the longest cohort row. */
export function cohortAges(table: CohortTable): number {
  return table.rows.reduce((most, row) => Math.max(most, row.activeAtEnd.length), 0);
}

export function writeCohortsSheet(context: SheetContext, table: CohortTable): void {
  const { t } = context;
  const ages = cohortAges(table);
  // On paper, the shares: the counts beside them (what the formulas divide) would halve their size.
  const printArea =
    ages > 0 ? { lastRow: FIRST_COHORT_ROW + table.rows.length - 1, lastColumn: shareColumn(ages - 1) } : undefined;
  const sheet = context.workbook.addWorksheet(
    context.names.cohorts,
    sheetOptions({ titleRows: COHORT_HEADER_ROW, titleColumns: 2, printArea }),
  );
  sheet.columns = [
    { width: 12 },
    { width: 11, style: { numFmt: '#,##0' } },
    ...Array.from({ length: ages }, () => ({ width: 8, style: { numFmt: '0.0%' } })),
    { width: 3 },
    ...Array.from({ length: ages }, () => ({ width: 8, style: { numFmt: '#,##0' } })),
  ];

  const titles = sheet.getRow(COHORT_TITLE_ROW);
  titles.getCell(shareColumn(0)).value = t('workbook.cohorts.shareTitle');
  titles.getCell(countColumn(0, ages)).value = t('workbook.cohorts.countTitle');
  titles.font = HEADER_FONT;
  titles.commit();
  const header = sheet.getRow(COHORT_HEADER_ROW);
  header.font = HEADER_FONT;
  header.getCell(1).value = t('workbook.cohorts.cohort');
  header.getCell(2).value = t('workbook.cohorts.size');
  for (let age = 0; age < ages; age++) {
    header.getCell(shareColumn(age)).value = t('workbook.cohorts.age', { age });
    header.getCell(countColumn(age, ages)).value = t('workbook.cohorts.age', { age });
  }
  header.commit();

  table.rows.forEach((cohort, position) => {
    const rowNumber = FIRST_COHORT_ROW + position;
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = cohort.label;
    row.getCell(2).value = cohort.size;
    cohort.activeAtEnd.forEach((count, age) => {
      const share = cohort.retainedPct[age] ?? null;
      row.getCell(countColumn(age, ages)).value = count;
      row.getCell(shareColumn(age)).value = {
        formula: shareFormula(rowNumber, age, ages),
        result: share === null ? '' : share / 100,
        date1904: false,
      };
    });
    row.commit();
  });

  if (table.rows.length > 0 && ages > 0) {
    const lastRow = FIRST_COHORT_ROW + table.rows.length - 1;
    sheet.addConditionalFormatting({
      ref: `${columnLetter(shareColumn(0) - 1)}${FIRST_COHORT_ROW}:${columnLetter(shareColumn(ages - 1) - 1)}${lastRow}`,
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
          color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
        },
      ],
    });
  }
  sheet.commit();
}
