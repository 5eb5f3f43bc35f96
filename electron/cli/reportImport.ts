/**
 * The import behind `report`: with no mapping option, the detected mapping in one pass;
 * with `--map`, `--mapping` or `--date-order`, a preview first, the overrides applied to
 * its mapping, then the import with that mapping on the previewed sheet. A mapping that
 * leaves out a needed field is refused in words that say how to fix it from here. (A
 * workbook Pito saved is opened instead, not imported: reportWorkbook.ts.)
 */
import { defaultSettings } from '../../shared/document';
import type { ColumnMapping, ImportPreview } from '../../shared/importModel';
import { previewImport, runImport, type ImportResult } from '../import/importFile';
import type { ReportArgs } from './args';
import { readMappingFile } from './mappingFile';
import { hasOverrides, overriddenMapping } from './mappingOverrides';
import { isMissingFieldsError, missingFieldsMessage } from './missingFields';
import { PitoError } from '../errors';

export async function reportImport(path: string, args: ReportArgs): Promise<ImportResult> {
  const { sheet, overrides } = args;
  const periodKind = args.periodKind ?? defaultSettings().periodKind;
  const byUser = hasOverrides(overrides);
  // Read before the data file, so a broken mapping file is named before any import work.
  const file = overrides.mappingFile === null ? null : await readMappingFile(overrides.mappingFile);
  let preview: ImportPreview | null = null;
  let mapping: ColumnMapping | null = null;
  try {
    if (!byUser) return await runImport(path, { sheet, mapping: null, periodKind });
    preview = await previewImport(path, sheet);
    mapping = overriddenMapping(preview, file, overrides);
    return await runImport(path, { sheet: preview.sheet, mapping, periodKind });
  } catch (error) {
    if (!isMissingFieldsError(error)) throw error;
    // The one-pass import has no preview; the columns to list are worth a second look at the file.
    preview ??= await previewImport(path, sheet);
    throw new PitoError('invalidRequest', missingFieldsMessage(error, preview, mapping ?? preview.mapping, byUser), {
      file: preview.fileName,
    });
  }
}
