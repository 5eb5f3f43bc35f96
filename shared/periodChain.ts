/**
 * When periods chain (docs/metrics.md, "A range of periods"): a period's customers at the
 * start are the customers at the end of the period before. A missing S or E breaks nothing:
 * it is a missing figure, reported as such. Stated once for the import's sequence check and
 * the range figures of a table.
 */
import type { PeriodInputs } from './document';

type Flow = Pick<PeriodInputs, 'customersAtStart' | 'customersAtEnd'>;

export function chainsOn(before: Flow, row: Flow): boolean {
  return (
    before.customersAtEnd === null || row.customersAtStart === null || row.customersAtStart === before.customersAtEnd
  );
}
