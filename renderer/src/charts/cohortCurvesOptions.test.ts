import { describe, expect, it } from 'vitest';
import type { AgLineSeriesOptions } from 'ag-charts-community';
import { AG_CHARTS_LOCALE_FI_FI } from 'ag-charts-locale';
import type { UiLanguage } from '../../../shared/document';
import { createFormatters } from '../format/formatters';
import { messageText } from '../i18n/messageText';
import { AVERAGE_COLOR, cohortCurves, type CurvePoint } from './cohortData';
import { ageTicks, cohortCurvesOptions } from './cohortCurvesOptions';

const rows = [
  { label: '2024-01', size: 1500, activeAtEnd: [1400, 1234], retainedPct: [93.33, 82.27] },
  { label: '2024-02', size: 40, activeAtEnd: [30], retainedPct: [75] },
];

function optionsIn(language: UiLanguage) {
  const { cohorts, average } = cohortCurves(rows);
  return cohortCurvesOptions({
    cohorts,
    average,
    periodKind: 'month',
    language,
    t: (key, params) => messageText(language, key, params),
    formatters: createFormatters(language, 'EUR'),
  });
}

type Tooltip = { heading: string; data: { label: string; value: string }[] };
const series = (language: UiLanguage) => optionsIn(language).series as AgLineSeriesOptions<CurvePoint>[];
const tooltipOf = (line: AgLineSeriesOptions<CurvePoint>, datum: CurvePoint) =>
  (line.tooltip?.renderer as (params: { datum: CurvePoint }) => Tooltip)({ datum });

describe('cohort curve options', () => {
  it('draw one line per cohort, oldest first, and the bold average last (on top)', () => {
    const lines = series('en');
    expect(lines.map((line) => line.yName)).toEqual(['2024-01', '2024-02', 'Average']);
    expect(lines[2]).toMatchObject({ stroke: AVERAGE_COLOR, strokeWidth: 3.5, marker: { enabled: true } });
    expect(lines[0]?.strokeWidth).toBeLessThan(3.5);
    expect(lines[0]?.data).toHaveLength(2);
    // A cohort observed at +0 only is a point: it keeps its marker so it shows.
    expect(lines[1]?.marker?.enabled).toBe(true);
    expect(lines[0]?.marker?.enabled).toBe(false);
  });

  it('say in the tooltip the cohort, its age, its share and its customers, as the UI language writes them', () => {
    const [first] = series('fi');
    expect(tooltipOf(first!, { age: 1, share: (1234 / 1500) * 100, active: 1234, size: 1500 })).toEqual({
      heading: '2024-01',
      data: [
        { label: 'Ikä', value: '+1' },
        { label: 'Yhä asiakkaina', value: '82,3\u00a0%' },
        { label: 'Asiakkaita', value: '1\u00a0234 / 1\u00a0500' },
      ],
    });
  });

  it('say in the average’s tooltip how many cohorts it rests on', () => {
    const average = series('en')[2]!;
    const point = average.data![0]!;
    expect(tooltipOf(average, point)).toEqual({
      heading: 'Average',
      data: [
        { label: 'Age', value: '+0' },
        // (1 400 + 30) / (1 500 + 40) = 92.86 %, not the mean of 93.3 and 75 %.
        { label: 'Still customers', value: '92.9%' },
        { label: 'Customers', value: '1,430 of 1,540' },
        { label: 'Cohorts', value: '2' },
      ],
    });
  });

  it('label the axes in the UI language: ages +k, shares in whole percent', () => {
    const options = optionsIn('fi');
    expect(options.locale?.localeText).toBe(AG_CHARTS_LOCALE_FI_FI);
    const { x, y } = options.axes as Record<'x' | 'y', { label: { formatter: (p: { value: number }) => string } }>;
    expect(x.label.formatter({ value: 3 })).toBe('+3');
    expect(y.label.formatter({ value: 75 })).toBe('75\u00a0%');
    expect(options.axes).toMatchObject({
      x: { min: 0, max: 1, title: { text: 'Ikä kuukausina (+0: aloituskuukauden loppu)' } },
      y: { min: 0, max: 100 },
    });
  });
});

describe('age ticks', () => {
  it('are whole periods, at most about a dozen', () => {
    expect(ageTicks(1)).toEqual([0, 1]);
    expect(ageTicks(12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ageTicks(23)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
    expect(ageTicks(35)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33]);
  });
});
