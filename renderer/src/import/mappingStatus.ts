/** What the mapping step points out about the current mapping: unsure or missing fields, the date order, no end date. */
import {
  REQUIRED_FIELDS,
  UNCERTAIN_BELOW,
  type ColumnMapping,
  type ImportPreview,
  type MappingConfidence,
  type MappingField,
} from '../../../shared/importModel';

export type FieldMark = 'required' | 'uncertain' | null;

export function fieldMark(mapping: ColumnMapping, confidence: MappingConfidence, field: MappingField): FieldMark {
  const column = (mapping.columns as Partial<Record<MappingField, number>>)[field];
  if (column === undefined) {
    return (REQUIRED_FIELDS[mapping.shape] as readonly MappingField[]).includes(field) ? 'required' : null;
  }
  const sure = confidence[field];
  return sure !== undefined && sure < UNCERTAIN_BELOW ? 'uncertain' : null;
}

/**
 * The confidence the select shows for a field: the detection's own, until the user
 * picks another column for it (then the user chose it). Null for a field not mapped.
 */
export function confidenceOf(preview: ImportPreview, mapping: ColumnMapping, field: MappingField): number | null {
  const column = (mapping.columns as Partial<Record<MappingField, number>>)[field];
  if (column === undefined) return null;
  const proposed = (preview.mapping.columns as Partial<Record<MappingField, number>>)[field];
  const chosen = mapping.chosenFields?.includes(field) ?? false;
  if (chosen || mapping.shape !== preview.mapping.shape || proposed !== column) return 1;
  return preview.confidence[field] ?? 1;
}

/** The date order is asked when the file has dates whose order matters, or the user has changed it. */
export function asksDateOrder(preview: ImportPreview, mapping: ColumnMapping): boolean {
  if (mapping.shape !== 'customerList') return false;
  return preview.dateOrder.basis !== 'notNeeded' || mapping.dateOrder !== preview.mapping.dateOrder;
}

/** The fields the shape needs that no column feeds yet: the import refuses the mapping until they are chosen. */
export function missingRequired(mapping: ColumnMapping): MappingField[] {
  const columns = mapping.columns as Partial<Record<MappingField, number>>;
  return (REQUIRED_FIELDS[mapping.shape] as readonly MappingField[]).filter((field) => columns[field] === undefined);
}

/** A customer list without an end date never counts anyone as lost. */
export function lacksEndDate(mapping: ColumnMapping): boolean {
  return mapping.shape === 'customerList' && mapping.columns.endDate === undefined;
}
