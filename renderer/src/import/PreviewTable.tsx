/** The first rows of the file, each cell as the import will read it under the current mapping. */
import { useMemo } from 'react';
import type { ColumnMapping, ImportPreview } from '../../../shared/importModel';
import type { UnplacedColumn } from '../../../shared/unplacedColumns';
import { useI18n } from '../i18n/I18nContext';
import { columnLetter } from './mappingFields';
import { fieldsByColumn, previewReading, readAsOf, readPreviewCell } from './previewCells';

interface PreviewTableProps {
  preview: ImportPreview;
  mapping: ColumnMapping;
  unplaced: readonly UnplacedColumn[];
}

export function PreviewTable({ preview, mapping, unplaced }: PreviewTableProps) {
  const { t, language } = useI18n();
  const reading = useMemo(
    () => previewReading(language, preview.date1904, mapping.dateOrder),
    [language, preview.date1904, mapping.dateOrder],
  );
  const fields = fieldsByColumn(mapping);
  const readAs = preview.headers.map((_, index) => readAsOf(mapping, fields.get(index)));
  const looksLike = new Map(unplaced.map((column) => [column.column, column.looksLike]));
  return (
    <div className="pito-preview-scroll">
      <table className="pito-preview" data-testid="import-preview">
        <caption>{t('ui.import.preview', { row: preview.headerRow })}</caption>
        <thead>
          <tr>
            {preview.headers.map((header, index) => {
              const unused = looksLike.get(index);
              return (
                <th
                  scope="col"
                  key={index}
                  className={unused ? 'pito-preview-unplaced' : undefined}
                  data-testid={`import-preview-header-${columnLetter(index)}`}
                >
                  {columnLetter(index)}: {header}
                  {unused && (
                    <span className="pito-preview-mark" data-testid="import-preview-unplaced">
                      {t(`ui.import.unplacedMark.${unused}`)}
                    </span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {preview.previewRows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {preview.headers.map((_, index) => {
                const cell = readPreviewCell(row[index] ?? null, readAs[index] ?? 'text', reading);
                const kind = readAs[index];
                if (!cell.unreadable) {
                  return (
                    <td key={index} className={kind === 'number' ? 'pito-preview-number' : undefined}>
                      {cell.text}
                    </td>
                  );
                }
                return (
                  <td key={index} className="pito-preview-unreadable" data-unreadable={cell.unreadable}>
                    {cell.text}{' '}
                    <span className="pito-preview-mark">
                      {t(cell.unreadable === 'date' ? 'ui.import.notADate' : 'ui.import.notANumber')}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
