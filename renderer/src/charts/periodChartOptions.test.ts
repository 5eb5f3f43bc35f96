import { describe, expect, it } from 'vitest';
import type { AgLineSeriesOptions } from 'ag-charts-community';
import { AG_CHARTS_LOCALE_FI_FI } from 'ag-charts-locale';
import { createFormatters } from '../format/formatters';
import { axisRange, type PeriodPoint } from './chartData';
import { periodChartOptions, type ChartLine } from './periodChartOptions';

const point = (label: string, retention: number | null): PeriodPoint => ({
  label,
  retentionRate: retention,
  churnRate: retention === null ? null : 100 - retention,
});
const lines: ChartLine[] = [
  { key: 'retentionRate', name: 'Pysyvyys', color: '#000' },
  { key: 'churnRate', name: 'Poistuma', color: '#111' },
];

describe('period chart options', () => {
  const options = periodChartOptions({
    title: 'Pysyvyys ja poistuma',
    points: [point('2024-01', 92.5)],
    lines,
    format: createFormatters('fi', 'EUR').percent,
    range: [0, 100],
    language: 'fi',
  });

  it('draw the library texts in the UI language', () => {
    expect(options.locale?.localeText).toBe(AG_CHARTS_LOCALE_FI_FI);
  });

  it('format tooltip figures with the app formatters', () => {
    const series = options.series?.[0] as AgLineSeriesOptions<PeriodPoint>;
    const render = series.tooltip?.renderer as (params: { datum: PeriodPoint }) => unknown;
    expect(render({ datum: point('2024-01', 92.5) })).toEqual({
      heading: '2024-01',
      data: [{ label: 'Pysyvyys', value: '92,5\u00a0%' }],
    });
  });
});

describe('axis range', () => {
  it('stays at the usual range while every figure is inside it', () => {
    expect(axisRange([point('a', 92.5), point('b', null)], lines, [0, 100])).toEqual([0, 100]);
  });

  it('widens to show a negative retention or a figure over 100', () => {
    expect(axisRange([point('a', -12.5), point('b', 50)], lines, [0, 100])).toEqual([-13, 113]);
    expect(axisRange([point('a', 104.2)], lines.slice(0, 1), [0, 100])).toEqual([0, 105]);
  });
});
