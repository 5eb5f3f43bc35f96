/**
 * The default margin as typed: a number as the UI language writes it (`12,5` in Finnish,
 * a trailing `%` allowed) within MARGIN_PCT_RANGE, or an empty field for no default.
 */
import type { UiLanguage } from '../../../shared/document';
import { isOutOfMarginRange } from '../../../shared/limits';
import { parseNumberInput } from '../format/numberInput';

export type MarginProblem = 'notANumber' | 'outOfRange';

export type MarginInput = { ok: true; value: number | null } | { ok: false; problem: MarginProblem };

export function readMarginInput(text: string, language: UiLanguage): MarginInput {
  const parsed = parseNumberInput(text, language);
  if (!parsed.ok) return { ok: false, problem: 'notANumber' };
  return isOutOfMarginRange(parsed.value) ? { ok: false, problem: 'outOfRange' } : parsed;
}
