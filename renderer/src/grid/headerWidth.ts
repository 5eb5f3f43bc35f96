/**
 * Column widths at which a wrapped header breaks between words only: a column is at least as
 * wide as the longest word of its header, measured in the grid's header font ("Asiakaspitoaste"
 * never becomes "Asiakaspitoa|ste"). Measured by a canvas where there is one (the app); a
 * document without one (a unit test) gets an estimate of the same order.
 */

/** The grid's header font (PeriodGrid.tsx's theme: 13 px, weight 600, system fonts). */
export const HEADER_FONT = '600 13px system-ui, "Segoe UI", Roboto, Ubuntu, Cantarell, "DejaVu Sans", sans-serif';

/** The header cell's own room beside its text: padding on both sides and the resize handle. */
const HEADER_PADDING = 44;

/** Pixels per character where nothing can measure text: a bold 13 px font's wider letters. */
const ESTIMATED_CHARACTER = 8.5;

export type MeasureText = (text: string) => number;

let canvasMeasure: MeasureText | null | undefined;

/** The header font's text width, by a canvas, or null where the document has none. */
function measureWithCanvas(): MeasureText | null {
  if (canvasMeasure !== undefined) return canvasMeasure;
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) context.font = HEADER_FONT;
  canvasMeasure = context ? (text) => context.measureText(text).width : null;
  return canvasMeasure;
}

const estimate: MeasureText = (text) => text.length * ESTIMATED_CHARACTER;

export function headerWidth(header: string, least: number, measure: MeasureText | null = measureWithCanvas()): number {
  const width = measure ?? estimate;
  const longestWord = Math.max(0, ...header.split(/\s+/).map((word) => width(word)));
  return Math.max(least, Math.ceil(longestWord + HEADER_PADDING));
}
