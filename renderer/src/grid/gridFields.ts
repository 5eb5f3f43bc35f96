/**
 * The grid's columns in display order: the period, then the key figures a reader looks for
 * first (those the registry shows on the latest period's cards, NPS with its margin beside
 * it), then the inputs in the order of a period table (Pito's own export among them), then
 * the other derived figures, so the answer is on screen before any scrolling; the period is
 * pinned (pinning the key figures too would leave a laptop's window little room for the
 * inputs, and none in a narrow window). A pasted block fills the inputs side by side
 * (grid/pastePlan.ts), so a table's columns copied from a spreadsheet paste straight in.
 */
import { DERIVED_FIELDS, INPUT_FIELDS, type DerivedField, type InputField } from '../../../shared/document';
import type { FigureId } from '../../../shared/figures/figureTypes';
import { FIGURES } from '../../../shared/figures/registry';

export type EditableField = 'label' | InputField;
export type GridField = 'label' | FigureId;

/** The latest-period card figures, each followed by the figure shown as its ± margin. */
const KEY_FIGURES: readonly FigureId[] = DERIVED_FIELDS.filter((id) =>
  FIGURES[id].cards.some((card) => card.scope === 'latest'),
).flatMap((id) => {
  const margin = FIGURES[id].marginOf;
  return margin === null ? [id] : [id, margin];
});

const OTHER_DERIVED: readonly DerivedField[] = DERIVED_FIELDS.filter((id) => !KEY_FIGURES.includes(id));

export const GRID_FIELDS: readonly GridField[] = ['label', ...KEY_FIGURES, ...INPUT_FIELDS, ...OTHER_DERIVED];

export function isEditableField(field: GridField): field is EditableField {
  return field === 'label' || FIGURES[field].kind === 'input';
}
