/**
 * The cohort panel's figures, from the document's cohort table: which cohorts it shows,
 * their retention curves, and the average curve (the one definition of it: the curves'
 * bold line and the heatmap's Average row both come from `cohortAverage`).
 *
 * Shares stay unrounded here (docs/metrics.md): the formatters round them on screen.
 */
import type { CohortRow } from '../../../shared/document';

/** The latest cohorts the panel shows (heatmap rows, average): a decade of monthly cohorts would be too tall to read. */
export const TABLE_COHORTS = 36;

/** The latest cohorts drawn as curves of their own: more lines than this cannot be told apart. */
export const CURVE_COHORTS = 12;

/** One point of a curve: at `age`, `active` of `size` customers were still customers (`share` %). */
export interface CurvePoint {
  age: number;
  share: number;
  active: number;
  size: number;
  /** For the average: how many cohorts (with customers) had reached this age. */
  cohorts?: number;
}

export interface CohortCurve {
  /** The cohort's period label; null for the average. */
  label: string | null;
  /** Observed ages only, 0 … the cohort's last: a young cohort's curve simply ends. */
  points: CurvePoint[];
}

/** The average at one age; `share` null when no cohort with customers has reached it. */
export interface AverageAtAge {
  age: number;
  share: number | null;
  /** Σ activeAtEnd[age] over the cohorts that have reached the age. */
  active: number;
  /** Σ size over the same cohorts. */
  size: number;
  /** How many of them have customers (a cohort of 0 adds nothing). */
  cohorts: number;
}

/** How many ages the table has: the oldest cohort's. */
export function cohortAges(rows: readonly CohortRow[]): number {
  return rows.reduce((most, row) => Math.max(most, row.activeAtEnd.length), 0);
}

/**
 * The average retention curve, weighted by cohort size: at age k, over the cohorts that have
 * reached age k (whose activeAtEnd[k] is observed), Σ activeAtEnd[k] / Σ size × 100. A big
 * cohort counts for more than a small one, and a cohort too young to have reached age k
 * neither pulls the average down nor counts as retained. Null where those cohorts have no
 * customers (0 / 0).
 */
export function cohortAverage(rows: readonly CohortRow[]): AverageAtAge[] {
  return Array.from({ length: cohortAges(rows) }, (_, age): AverageAtAge => {
    let active = 0;
    let size = 0;
    let cohorts = 0;
    for (const row of rows) {
      const stillActive = row.activeAtEnd[age];
      if (stillActive === undefined) continue;
      active += stillActive;
      size += row.size;
      if (row.size > 0) cohorts++;
    }
    return { age, share: size > 0 ? (active / size) * 100 : null, active, size, cohorts };
  });
}

function curveOf(row: CohortRow): CohortCurve {
  return {
    label: row.label,
    points: row.activeAtEnd.map((active, age) => ({ age, share: (active / row.size) * 100, active, size: row.size })),
  };
}

export interface CohortCurves {
  /** The latest cohorts with customers, oldest first, at most CURVE_COHORTS. */
  cohorts: CohortCurve[];
  /** The average of every row given; its ages with no customers left out. */
  average: CohortCurve;
  /** Cohorts with customers among the rows given that have no curve of their own. */
  older: number;
}

/** The curves of the rows the panel shows (the latest TABLE_COHORTS): the latest cohorts' and the average. */
export function cohortCurves(rows: readonly CohortRow[], most = CURVE_COHORTS): CohortCurves {
  const withCustomers = rows.filter((row) => row.size > 0);
  const drawn = withCustomers.slice(-most);
  const average: CohortCurve = {
    label: null,
    points: cohortAverage(rows).flatMap(({ age, share, active, size, cohorts }) =>
      share === null ? [] : [{ age, share, active, size, cohorts }],
    ),
  };
  return { cohorts: drawn.map(curveOf), average, older: withCustomers.length - drawn.length };
}

/**
 * The cohorts' line colours, oldest to newest: viridis from yellow-green to deep violet, so
 * neighbouring cohorts differ in hue and the newest stand out; the average is drawn in near-black.
 */
const CURVE_COLORS = [
  '#a5db36',
  '#7ad151',
  '#54c568',
  '#35b779',
  '#22a884',
  '#1f988b',
  '#23888e',
  '#2a788e',
  '#31688e',
  '#39568c',
  '#414487',
  '#482576',
] as const;

export const AVERAGE_COLOR = '#111827';

/** The colour of curve `index` of `count` (oldest first), spread over the palette; the newest always gets the deepest. */
export function curveColor(index: number, count: number): string {
  const last = CURVE_COLORS.length - 1;
  const position = count <= 1 ? last : Math.round((Math.max(0, Math.min(index, count - 1)) * last) / (count - 1));
  return CURVE_COLORS[position]!;
}
