/**
 * The summary range of the document on screen: the document's chosen range resolved against
 * its periods and counted by the rule of its source (shared/documentRange.ts). From its rows,
 * here. From its customer list, on the main side, which holds the list: the renderer asks for
 * the counts of F…T (`import:listRange`) and computes the rest like any row, so nothing of
 * the list crosses IPC but its answer.
 */
import { useEffect, useMemo, useState } from 'react';
import type { PeriodInputs, PeriodRow } from '../../../shared/document';
import { listCountedDays, listRangeFigures, rowsRangeFigures, type RangeFigures } from '../../../shared/documentRange';
import {
  isRangeProblem,
  resolveRange,
  type PeriodSpan,
  type RangeChoice,
  type RangeProblem,
} from '../../../shared/ranges';
import { useBridge } from '../bridge/BridgeContext';

export type SummaryRange =
  | { state: 'problem'; problem: RangeProblem }
  /** The main side is counting the list; `figures` are there once it answers. */
  | { state: 'range'; span: PeriodSpan; from: string; to: string; figures: RangeFigures | null };

/** The list's answer for one list and one F…T. */
interface Counted {
  key: string;
  inputs: PeriodInputs | null;
}

/**
 * `listId`: the list the main side holds for this document, or null when it holds none for
 * it (a period table, restored edits, a document of an earlier import).
 */
export function useSummaryRange(
  periods: readonly PeriodRow[],
  choice: RangeChoice,
  defaultProfitMarginPct: number | null,
  listId: string | null,
): SummaryRange {
  const bridge = useBridge();
  const resolved = useMemo(() => resolveRange(periods, choice), [periods, choice]);
  const span = isRangeProblem(resolved) ? null : resolved;
  const days = span !== null && listId !== null ? listCountedDays(periods, span) : null;
  // What the list is asked: the same list and days are the same answer, whatever else was edited.
  const request =
    days === null || span === null || listId === null
      ? null
      : { listId, firstDay: span.firstDay!, lastDay: span.lastDay! };
  const key = request === null ? null : `${request.listId} ${request.firstDay} ${request.lastDay}`;
  const [counted, setCounted] = useState<Counted | null>(null);

  useEffect(() => {
    if (request === null || key === null) return;
    let current = true;
    void bridge['import:listRange'](request).then((result) => {
      // A list the main side no longer holds leaves the rows to decide (below).
      if (current) setCounted({ key, inputs: result.ok ? result.value : null });
    });
    return () => {
      current = false;
    };
    // `request` is rebuilt every render; `key` says everything it holds.
  }, [bridge, key]);

  return useMemo<SummaryRange>(() => {
    if (span === null) return { state: 'problem', problem: resolved as RangeProblem };
    const ends = { span, from: periods[span.firstIndex]!.label, to: periods[span.lastIndex]!.label };
    if (key === null) return { state: 'range', ...ends, figures: rowsRangeFigures(periods, span) };
    if (counted === null || counted.key !== key) return { state: 'range', ...ends, figures: null };
    const figures =
      counted.inputs === null
        ? rowsRangeFigures(periods, span)
        : listRangeFigures(counted.inputs, defaultProfitMarginPct);
    return { state: 'range', ...ends, figures };
  }, [span, resolved, periods, key, counted, defaultProfitMarginPct]);
}
