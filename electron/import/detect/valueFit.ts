/**
 * How well a column's values fit a field, as a factor on the header's score: 1 where
 * the values are what the field holds, near 0 where they cannot be (a column named like
 * a date whose values are not dates is not a date field). A column with no values in the
 * rows read says nothing, and keeps most of its header's score: an end date column is
 * often blank in the first rows, where the customers are still customers.
 */
import { INPUT_FIELDS, type InputField } from '../../../shared/document';
import { inputFigure } from '../../../shared/figures/registry';
import type { ColumnProfile, MappingField } from '../../../shared/importModel';

const NOTHING_READ = 0.9;
const CANNOT_BE = 0.05;

type Fit = (profile: ColumnProfile) => number;

// A few values that do not read are reported row by row; only a column of mostly something else is ruled out.
const dates: Fit = ({ dateShare }) => (dateShare >= 0.9 ? 1 : dateShare >= 0.5 ? 0.7 : CANNOT_BE);

/** Purchases with fractions are more likely money than a count. */
const purchaseCounts: Fit = ({ wholeShare, numberShare, dateShare }) =>
  dateShare >= 0.9 ? CANNOT_BE : wholeShare >= 0.95 ? 1 : numberShare >= 0.9 ? 0.3 : CANNOT_BE;

/** A period table's counts: a fraction or a negative there is a row check to report, not a sign of another field. */
const periodCounts: Fit = ({ wholeShare, numberShare }) =>
  wholeShare >= 0.95 ? 1 : numberShare >= 0.9 ? 0.7 : CANNOT_BE;

const amounts: Fit = ({ numberShare, fractionShare, dateShare }) =>
  numberShare < 0.6 ? CANNOT_BE : numberShare < 0.9 ? 0.6 : fractionShare > 0 ? 1 : dateShare >= 0.9 ? 0.3 : 0.85;

/** Enough answers that some would be over 5 if the scale were 0-10: a column of 1-5 is a rating, not an NPS score. */
const ANSWERS_FOR_SCALE = 20;

const scores: Fit = ({ scoreShare, numberShare, largest, filled }) => {
  if (filled >= ANSWERS_FOR_SCALE && largest !== null && largest <= 5) return CANNOT_BE;
  return scoreShare >= 0.95 ? 1 : scoreShare >= 0.5 ? 0.6 : numberShare >= 0.5 ? 0.35 : CANNOT_BE;
};

const texts: Fit = ({ kind }) => (kind === 'date' ? CANNOT_BE : kind === 'text' ? 1 : 0.6);

const anything: Fit = ({ kind }) => (kind === 'date' ? 0.1 : 1);

/** A period table's input: a count (a whole number, by the metric registry's unit) or an amount. */
const periodInputFits = Object.fromEntries(
  INPUT_FIELDS.map((field) => [field, inputFigure(field).unit === 'count' ? periodCounts : amounts]),
) as Record<InputField, Fit>;

const FITS: Record<MappingField, Fit> = {
  customerId: anything,
  startDate: dates,
  endDate: dates,
  npsDate: dates,
  purchases: purchaseCounts,
  revenue: amounts,
  npsScore: scores,
  segment: texts,
  // A year typed as a number (2024) is a period label; a fraction is not.
  period: ({ kind }) => (kind === 'number' ? 0.3 : 1),
  ...periodInputFits,
};

export function valueFit(field: MappingField, profile: ColumnProfile): number {
  return profile.filled === 0 ? NOTHING_READ : FITS[field](profile);
}
