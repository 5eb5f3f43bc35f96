/**
 * Where the Cohorts sheet keeps its two blocks, for the writer and the reader: the label
 * and size in columns A and B, the retained shares from column C (formulas), then after
 * one blank column the counts of customers still active, which the shares divide.
 */
import { columnLetter } from '../../shared/importModel';

export const COHORT_TITLE_ROW = 1;
export const COHORT_HEADER_ROW = 2;
export const FIRST_COHORT_ROW = 3;
export const FIRST_SHARE_COLUMN = 3;

/** 1-based column of the share of age k. */
export function shareColumn(age: number): number {
  return FIRST_SHARE_COLUMN + age;
}

/** 1-based column of the count of age k, given the number of ages the table has. */
export function countColumn(age: number, ages: number): number {
  return FIRST_SHARE_COLUMN + ages + 1 + age;
}

/** The share at age k: the count over the cohort's size, blank for an empty cohort or a missing count. */
export function shareFormula(row: number, age: number, ages: number): string {
  const count = `${columnLetter(countColumn(age, ages) - 1)}${row}`;
  return `IF(OR($B${row}=0,$B${row}="",${count}=""),"",${count}/$B${row})`;
}
