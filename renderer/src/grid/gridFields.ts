/**
 * The grid's columns in display order: the period, every input, then every derived
 * figure. Inputs sit side by side in the same order as a period table (Pito's own export
 * among them), so a block copied from one pastes straight into the grid.
 */
import { DERIVED_FIELDS, INPUT_FIELDS, type DerivedField, type InputField } from '../../../shared/document';

export type EditableField = 'label' | InputField;
export type GridField = EditableField | DerivedField;

export const GRID_FIELDS: readonly GridField[] = ['label', ...INPUT_FIELDS, ...DERIVED_FIELDS];

const editable = new Set<GridField>(['label', ...INPUT_FIELDS]);

export function isEditableField(field: GridField): field is EditableField {
  return editable.has(field);
}
