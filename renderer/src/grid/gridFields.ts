/**
 * The grid's columns in display order: the period, then every figure of the metric
 * registry in its order (the inputs, then the derived figures). Inputs sit side by side in
 * the same order as a period table (Pito's own export among them), so a block copied from
 * one pastes straight into the grid.
 */
import type { InputField } from '../../../shared/document';
import type { FigureId } from '../../../shared/figures/figureTypes';
import { FIGURES, FIGURE_IDS } from '../../../shared/figures/registry';

export type EditableField = 'label' | InputField;
export type GridField = 'label' | FigureId;

export const GRID_FIELDS: readonly GridField[] = ['label', ...FIGURE_IDS];

export function isEditableField(field: GridField): field is EditableField {
  return field === 'label' || FIGURES[field].kind === 'input';
}
