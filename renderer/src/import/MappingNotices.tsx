/**
 * What the user should know before importing, above the columns: nothing was recognised,
 * the mapping is the one remembered, the dates are written both ways. Below the columns
 * (MappingWarnings): columns that look useful but are not used, and a customer list
 * without an end date.
 */
import { messageKey } from '../../../shared/i18n';
import { fieldName } from '../../../shared/i18n/fieldNames';
import type { ColumnMapping, ImportPreview } from '../../../shared/importModel';
import type { UnplacedColumn } from '../../../shared/unplacedColumns';
import { useI18n } from '../i18n/I18nContext';
import { columnLetter } from './mappingFields';
import { lacksEndDate, missingRequired } from './mappingStatus';

export function MappingNotices({ preview, mapping }: { preview: ImportPreview; mapping: ColumnMapping }) {
  const { t } = useI18n();
  const conflict = preview.dateConflict;
  // Once the user has chosen a column, "nothing is chosen yet" is no longer true.
  const nothingChosen = Object.keys(mapping.columns).length === 0;
  return (
    <>
      {!preview.headerFound && !preview.remembered && nothingChosen && (
        <p className="pito-note pito-note-check" data-testid="import-not-recognised" role="status">
          {t('ui.import.notRecognised')}
        </p>
      )}
      {preview.remembered && (
        <p className="pito-note" data-testid="import-remembered" role="status">
          {t('ui.import.remembered')}
        </p>
      )}
      {conflict && (
        <p className="pito-note pito-note-warning" data-testid="import-date-conflict" role="alert">
          {t('ui.import.dateConflict', {
            dayFirstRow: conflict.dayFirst.row,
            dayFirstColumn: conflict.dayFirst.column,
            dayFirstValue: conflict.dayFirst.value,
            monthFirstRow: conflict.monthFirst.row,
            monthFirstColumn: conflict.monthFirst.column,
            monthFirstValue: conflict.monthFirst.value,
          })}
        </p>
      )}
    </>
  );
}

export function MappingWarnings({
  mapping,
  unplaced,
}: {
  mapping: ColumnMapping;
  unplaced: readonly UnplacedColumn[];
}) {
  const { t, language } = useI18n();
  const noEnd = lacksEndDate(mapping);
  const missing = missingRequired(mapping);
  if (!noEnd && unplaced.length === 0 && missing.length === 0) return null;
  return (
    <ul className="pito-notes" data-testid="import-warnings">
      {missing.length > 0 && (
        <li className="pito-note pito-note-warning" data-testid="import-required-missing">
          {t('ui.import.requiredMissing', {
            fields: missing.map((field) => `"${fieldName(field, language)}"`).join(', '),
            shape: t(messageKey(`importError.shape.${mapping.shape}`)),
          })}
        </li>
      )}
      {noEnd && (
        <li className="pito-note pito-note-check" data-testid="import-no-end-date">
          {t('ui.import.noEndDate')}
        </li>
      )}
      {unplaced.map((column) => (
        <li key={column.column} className="pito-note pito-note-check" data-testid="import-unplaced">
          {t(`ui.import.unplaced.${column.looksLike}`, { letter: columnLetter(column.column), header: column.header })}
        </li>
      ))}
    </ul>
  );
}
