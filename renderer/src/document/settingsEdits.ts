/**
 * Pure edits of the document's settings. The workspace records them like grid edits, so
 * one change is one undo step. A setting given the value it already has returns the same
 * document: leaving a field without changing it adds no step and does not make the
 * document unsaved.
 */
import type { CohortTable, DocumentSettings, PeriodRow, PitoDocument } from '../../../shared/document';
import { isOutOfMarginRange } from '../../../shared/limits';
import type { PeriodKind } from '../../../shared/periods';
import { rangeForPeriodKind, sameRangeChoice, type RangeChoice } from '../../../shared/ranges';

/** The periods and cohorts of a customer list counted again for another kind of period. */
export interface RegroupedList {
  /** The list that was counted: the `listId` of the document it belongs to. */
  listId: string;
  periods: PeriodRow[];
  cohorts: CohortTable | null;
}

function withSetting<K extends keyof DocumentSettings>(
  document: PitoDocument,
  key: K,
  value: DocumentSettings[K],
): PitoDocument {
  if (document.settings[key] === value) return document;
  return { ...document, settings: { ...document.settings, [key]: value } };
}

export function setCurrency(document: PitoDocument, currency: string): PitoDocument {
  return withSetting(document, 'currency', currency);
}

/** The margin CLV uses where a period has none; one outside MARGIN_PCT_RANGE leaves the document as it was. */
export function setDefaultMargin(document: PitoDocument, margin: number | null): PitoDocument {
  return isOutOfMarginRange(margin) ? document : withSetting(document, 'defaultProfitMarginPct', margin);
}

/**
 * The kind of period. A document with its customer list takes its periods and cohorts
 * regrouped for the new kind, in the same step, so one undo brings back both the kind and
 * the periods. Regrouped periods go only into the document of the list that was regrouped:
 * the regrouping is asked for on the main side, and an undo or an import while it runs may
 * have brought in another document; that one is left as it is.
 */
export function setPeriodKind(document: PitoDocument, periodKind: PeriodKind, regrouped?: RegroupedList): PitoDocument {
  if (regrouped === undefined) return withSetting(document, 'periodKind', periodKind);
  if (document.listId !== regrouped.listId || document.settings.periodKind === periodKind) return document;
  const { periods, cohorts } = regrouped;
  // The summary keeps covering the same days: chosen months become the quarters that hold them.
  const range = rangeForPeriodKind(document.settings.range, periodKind);
  return { ...document, settings: { ...document.settings, periodKind, range }, periods, cohorts };
}

/** The range the summary covers. */
export function setRange(document: PitoDocument, range: RangeChoice): PitoDocument {
  return sameRangeChoice(document.settings.range, range) ? document : withSetting(document, 'range', range);
}
