import { describe, expect, it } from 'vitest';
import { DERIVED_FIELDS, INPUT_FIELDS, emptyInputs } from '../document';
import { catalogs } from '../i18n';
import type { FigureId, RowFigures } from './figureTypes';
import { figureDefinitionKey, figureNameKey } from './figureText';
import { DEFINED_FIGURES } from './definedFigures';
import { FIGURES, FIGURE_IDS, derivedFigure } from './registry';
import { computeRowMetrics } from './rowFigures';

/** A row whose every figure after `allowed` throws when read: proves what a figure depends on. */
function rowReadableUpTo(allowed: ReadonlySet<FigureId>): RowFigures {
  const values: Record<string, number> = Object.fromEntries(FIGURE_IDS.map((id) => [id, 3]));
  return new Proxy(values, {
    get(target, key: string) {
      if (!allowed.has(key as FigureId)) throw new Error(`reads ${key}`);
      return target[key];
    },
  }) as unknown as RowFigures;
}

describe('metric registry', () => {
  it('has one entry per figure, inputs first, in the document field order', () => {
    expect(FIGURE_IDS).toEqual([...INPUT_FIELDS, ...DERIVED_FIELDS]);
    expect(Object.keys(FIGURES).sort()).toEqual([...FIGURE_IDS].sort());
    for (const id of INPUT_FIELDS) expect(FIGURES[id].kind, id).toBe('input');
    for (const id of DERIVED_FIELDS) expect(FIGURES[id].kind, id).toBe('derived');
  });

  it('computes each derived figure from the inputs and the derived figures before it only', () => {
    const readable = new Set<FigureId>(INPUT_FIELDS);
    for (const id of DERIVED_FIELDS) {
      expect(
        () => derivedFigure(id).compute(rowReadableUpTo(readable), { defaultProfitMarginPct: 10 }),
        id,
      ).not.toThrow();
      readable.add(id);
    }
  });

  it('writes each formula over the cells of other figures of the same row, never its own', () => {
    for (const id of DERIVED_FIELDS) {
      const formula = derivedFigure(id).formula({ cell: (other) => `{${other}}`, defaultMargin: 'MARGIN' });
      const cited = [...formula.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(cited.length, id).toBeGreaterThan(0);
      for (const other of cited) {
        expect(FIGURE_IDS, `${id} cites ${other}`).toContain(other);
        expect(other, id).not.toBe(id);
      }
    }
  });

  it('gives derived figures null for an empty row, never 0 or NaN', () => {
    expect(Object.values(computeRowMetrics(emptyInputs())).every((value) => value === null)).toBe(true);
  });

  it('combines only derived figures by recomputing them (an input has no formula)', () => {
    for (const id of INPUT_FIELDS) expect(FIGURES[id].range, id).not.toBe('recomputed');
  });

  it('pairs a figure with a margin only with a figure whose unit is a margin', () => {
    for (const id of FIGURE_IDS) {
      const margin = FIGURES[id].marginOf;
      if (margin !== null) expect(FIGURES[margin].unit, id).toBe('margin');
    }
  });

  it('draws the lines of one chart in one unit, so one axis and format fit them all', () => {
    const unitsByChart = new Map<string, Set<string>>();
    for (const id of FIGURE_IDS) {
      const chart = FIGURES[id].chart;
      if (chart) unitsByChart.set(chart.id, (unitsByChart.get(chart.id) ?? new Set()).add(FIGURES[id].unit));
    }
    expect([...unitsByChart.keys()].sort()).toEqual(['nps', 'retention']);
    for (const units of unitsByChart.values()) expect(units.size).toBe(1);
  });

  it('gives the CLI table distinct headings', () => {
    const headings = FIGURE_IDS.map((id) => FIGURES[id].cliHeading).filter((heading) => heading !== null);
    expect(new Set(headings).size).toBe(headings.length);
  });

  it('names and defines every figure in both languages', () => {
    for (const id of FIGURE_IDS) {
      for (const language of ['en', 'fi'] as const) {
        expect(catalogs[language][figureNameKey(id)], `${language} ${id}`).toMatch(/\S/);
        expect(catalogs[language][figureDefinitionKey(id)], `${language} ${id}`).toMatch(/\S/);
      }
    }
    expect(DEFINED_FIGURES.map((figure) => figure.id)).toEqual([
      ...FIGURE_IDS,
      'rangeRetention',
      'rangeExactRetention',
      'rangeNps',
      'repeatPurchaseRate',
    ]);
  });
});
