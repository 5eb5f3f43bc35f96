/**
 * A number typed or pasted in the grid, read by shared/parse as the active language
 * writes it (`1 234,5` in Finnish). The grid tells "clear the cell" (an empty text, null)
 * from "not a number" (refused with a message), which parseLocaleNumber folds together.
 */
import type { UiLanguage } from '../../../shared/document';
import { parseNumberText } from '../../../shared/parse';

export type NumberInput = { ok: true; value: number | null } | { ok: false };

export function parseNumberInput(text: string, language: UiLanguage): NumberInput {
  const parsed = parseNumberText(text, language);
  if (parsed.reason === 'empty') return { ok: true, value: null };
  return parsed.reason === null ? { ok: true, value: parsed.value } : { ok: false };
}
