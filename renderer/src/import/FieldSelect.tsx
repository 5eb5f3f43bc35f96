/** One field of the mapping: its name, what to check about it (required, uncertain) and the column feeding it. */
import type { ColumnMapping, ImportPreview, MappingField } from '../../../shared/importModel';
import { useI18n } from '../i18n/I18nContext';
import { columnLetter, mappingFieldName } from './mappingFields';
import { confidenceOf, fieldMark } from './mappingStatus';
import type { ImportFlow } from './useImportFlow';

interface FieldSelectProps {
  field: MappingField;
  preview: ImportPreview;
  mapping: ColumnMapping;
  flow: ImportFlow;
}

export function FieldSelect({ field, preview, mapping, flow }: FieldSelectProps) {
  const { t, language } = useI18n();
  const column = (mapping.columns as Partial<Record<MappingField, number>>)[field];
  const sure = confidenceOf(preview, mapping, field);
  const mark = fieldMark(mapping, sure === null ? {} : { [field]: sure }, field);
  const percent =
    sure !== null && sure < 1
      ? new Intl.NumberFormat(language === 'fi' ? 'fi-FI' : 'en-GB', { style: 'percent' }).format(sure)
      : null;
  return (
    <label className={mark ? `pito-field pito-field-${mark}` : 'pito-field'} data-mark={mark ?? undefined}>
      <span className="pito-field-name">
        {mappingFieldName(field, t)}
        {mark && (
          <span className="pito-field-mark" data-testid={`import-mark-${field}`}>
            {t(mark === 'required' ? 'ui.import.required' : 'ui.import.uncertain')}
          </span>
        )}
      </span>
      <select
        data-testid={`import-map-${field}`}
        value={column ?? ''}
        title={percent ? t('ui.import.confidence', { percent }) : undefined}
        onChange={(event) => flow.setColumn(field, event.target.value === '' ? null : Number(event.target.value))}
      >
        <option value="">{t('ui.import.notMapped')}</option>
        {preview.headers.map((header, index) => (
          <option key={index} value={index}>
            {t('ui.import.column', { letter: columnLetter(index), header })}
          </option>
        ))}
      </select>
    </label>
  );
}
