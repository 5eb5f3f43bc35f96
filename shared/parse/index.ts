/** Pure value parsing shared by the import (main side) and the grid's paste and typing (renderer). */
export { cellToDay, cellToNumber, cellToText, type CellValue, type SheetRow } from './cell';
export { excelSerialToDay, parseDateText, slashedDateParts, type DateRejection, type ParsedDate } from './date';
export {
  parseLocaleNumber,
  parseNumberText,
  type NumberLocale,
  type NumberRejection,
  type ParsedNumber,
} from './number';
