// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CohortRow, UiLanguage } from '../../../shared/document';
import { createFormatters } from '../format/formatters';
import { I18nProvider } from '../i18n/I18nContext';
import { CohortHeatmap } from './CohortHeatmap';

const cohort = (label: string, size: number, activeAtEnd: number[]): CohortRow => ({
  label,
  size,
  activeAtEnd,
  retainedPct: activeAtEnd.map((active) => (size > 0 ? (active / size) * 100 : null)),
});

// The oldest cohort has reached +5: more ages than the panel's first screen shows.
const rows = [
  cohort('2024-01', 10, [9, 8, 7, 6, 5, 4]),
  cohort('2024-02', 30, [27, 21, 20, 19, 18]),
  cohort('2024-03', 20, [10]),
];

function show(shown: readonly CohortRow[], cohortCount = shown.length, language: UiLanguage = 'en') {
  render(
    <I18nProvider language={language} setLanguage={() => {}}>
      <CohortHeatmap rows={shown} cohortCount={cohortCount} formatters={createFormatters(language, 'EUR')} />
    </I18nProvider>,
  );
  return screen.getByTestId('cohort-heatmap');
}

afterEach(cleanup);

describe('the cohort heatmap', () => {
  it('has a column for every age, not only the first few', () => {
    const heatmap = show(rows);
    const ages = [...heatmap.querySelectorAll('thead th[data-age]')].map((cell) => cell.textContent);
    expect(ages).toEqual(['+0', '+1', '+2', '+3', '+4', '+5']);
  });

  it('leaves the ages a young cohort has not reached empty', () => {
    const row = show(rows).querySelector('tr[data-cohort="2024-03"]')!;
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '20',
      '50.0%',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('ends with the size-weighted average, each cell naming its customers', () => {
    const average = within(show(rows, rows.length, 'fi')).getByTestId('cohort-average-row');
    expect(average.querySelector('th')?.textContent).toBe('Keskiarvo');
    const cells = [...average.querySelectorAll('td')];
    // (9 + 27 + 10) / 60, (8 + 21) / 40, …, 4 / 10.
    expect(cells.map((cell) => cell.textContent?.replace(/\s/g, ' '))).toEqual([
      '60',
      '76,7 %',
      '72,5 %',
      '67,5 %',
      '62,5 %',
      '57,5 %',
      '40,0 %',
    ]);
    expect(cells[2]?.getAttribute('title')).toBe('29 / 40');
  });

  it('keeps the label and size cells in the frozen columns of every row', () => {
    const heatmap = show(rows);
    for (const row of heatmap.querySelectorAll('tr')) {
      expect(row.children[0]?.className).toBe('pito-heat-label');
      expect(row.children[1]?.className).toBe('pito-heat-size');
    }
  });

  it('says when it shows only the latest cohorts', () => {
    expect(show(rows, 40).textContent).toContain(
      'The latest 3 of 40 cohorts; the workbook’s Cohorts sheet has them all.',
    );
    cleanup();
    expect(show(rows).textContent).not.toContain('The latest');
  });

  it('says where cohorts come from when there are none', () => {
    expect(show([]).textContent).toContain('Cohorts come from an imported customer list.');
  });
});
