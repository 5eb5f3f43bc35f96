/** Preview a file, then import it with the mapping Pito detected: a customer clicking Import at once. */
import { previewImport, runImport, type ImportOptions, type ImportResult } from '../../electron/import/importFile';
import type { UiLanguage } from '../../shared/document';
import type { ImportPreview } from '../../shared/importModel';
import type { PeriodKind } from '../../shared/periods';

export async function importWithDetectedMapping(
  path: string,
  request: { sheet: string | null; periodKind: PeriodKind; language?: UiLanguage },
  options: ImportOptions = {},
): Promise<ImportResult & { preview: ImportPreview }> {
  const preview = await previewImport(path, request.sheet, options);
  const result = await runImport(path, { ...request, sheet: preview.sheet, mapping: preview.mapping }, options);
  return { ...result, preview };
}
