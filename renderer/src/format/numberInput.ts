/**
 * Reads a number typed or pasted in the grid as the active language writes it:
 * `1 234,5` in Finnish, `1,234.5` in English. Spaces (also the no-break spaces Excel
 * copies) group thousands; a trailing `%` or `€` is allowed because users copy formatted
 * cells. An empty text clears the cell (null); anything else unreadable is an error.
 */
import type { UiLanguage } from '../../../shared/document';

export type NumberInput = { ok: true; value: number | null } | { ok: false };

const SPACES = /[\s\u00a0\u202f]/g;

export function parseNumberInput(text: string, language: UiLanguage): NumberInput {
  let body = text.replace(SPACES, '').replace(/[%€]$/, '').replace(/^[−–]/, '-');
  if (body === '') return { ok: true, value: null };
  if (language === 'fi') {
    // Finnish writes a decimal comma, but a dot typed on a numeric keypad means the same.
    if (body.includes(',') && body.includes('.')) return { ok: false };
    body = body.replace(',', '.');
  } else {
    if (!/^-?\d{1,3}(,\d{3})*(\.\d*)?$/.test(body) && body.includes(',')) return { ok: false };
    body = body.replace(/,/g, '');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(body)) return { ok: false };
  const value = Number(body);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}
