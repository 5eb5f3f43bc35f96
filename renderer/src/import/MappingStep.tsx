/** The mapping step: the sheet, what the file holds, which column feeds each field, and the first rows. */
import type { ImportShape } from '../../../shared/importModel';
import { useI18n } from '../i18n/I18nContext';
import type { ImportFlow, ImportStep } from './useImportFlow';
import { columnLetter, mappingFieldName, mappingFields } from './mappingFields';

type MappingState = Extract<ImportStep, { step: 'mapping' | 'running' }>;

export function MappingStep({ state, flow }: { state: MappingState; flow: ImportFlow }) {
  const { t } = useI18n();
  const { preview, mapping } = state;
  const locked = state.step === 'running';
  const columns = mapping.columns as Record<string, number | undefined>;
  return (
    <div className="pito-mapping" data-testid="import-mapping">
      <p>{t('ui.import.file', { name: preview.fileName })}</p>
      <div className="pito-form-row">
        {preview.sheets.length > 0 && (
          <label>
            {t('ui.import.sheet')}
            <select
              data-testid="import-sheet"
              value={preview.sheet ?? ''}
              disabled={locked}
              onChange={(event) => flow.selectSheet(event.target.value)}
            >
              {preview.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('ui.import.shape')}
          <select
            data-testid="import-shape"
            value={mapping.shape}
            disabled={locked}
            onChange={(event) => flow.setShape(event.target.value as ImportShape)}
          >
            <option value="customerList">{t('ui.import.shape.customerList')}</option>
            <option value="periodTable">{t('ui.import.shape.periodTable')}</option>
          </select>
        </label>
      </div>
      <fieldset className="pito-mapping-fields" disabled={locked}>
        <legend>{t('ui.import.mapping')}</legend>
        <p className="pito-muted">{t('ui.import.mappingHint')}</p>
        {mappingFields(mapping.shape).map((field) => (
          <label key={field}>
            {mappingFieldName(mapping.shape, field, t)}
            <select
              data-testid={`import-map-${field}`}
              value={columns[field] ?? ''}
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
        ))}
      </fieldset>
      {state.step === 'mapping' && state.error && (
        <p role="alert" className="pito-import-error" data-testid="import-error">
          {t('ui.import.refused', { message: state.error.message })}
        </p>
      )}
      <div className="pito-preview-scroll">
        <table className="pito-preview" data-testid="import-preview">
          <caption>{t('ui.import.preview', { row: preview.headerRow })}</caption>
          <thead>
            <tr>
              {preview.headers.map((header, index) => (
                <th scope="col" key={index}>
                  {columnLetter(index)}: {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.previewRows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {preview.headers.map((_, index) => (
                  <td key={index}>{row[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
