/**
 * The mapping step: the sheet, what the file holds, which column feeds each field (with
 * what to check), the date order, what the mapping leaves out, and the first rows as the
 * import will read them. It opens even when Pito recognised nothing: then every field is
 * chosen by hand.
 */
import type { ImportShape, MappingField } from '../../../shared/importModel';
import { unplacedColumns } from '../../../shared/unplacedColumns';
import { useI18n } from '../i18n/I18nContext';
import { DateOrderControl } from './DateOrderControl';
import { errorText } from '../i18n/errorText';
import { FieldSelect } from './FieldSelect';
import { MappingNotices, MappingWarnings } from './MappingNotices';
import { mappingFields } from './mappingFields';
import { asksDateOrder } from './mappingStatus';
import { PreviewTable } from './PreviewTable';
import type { ImportFlow, ImportStep } from './useImportFlow';

type MappingState = Extract<ImportStep, { step: 'mapping' | 'running' }>;

export function MappingStep({ state, flow }: { state: MappingState; flow: ImportFlow }) {
  const { t, language } = useI18n();
  const { preview, mapping } = state;
  const locked = state.step === 'running';
  const unplaced = unplacedColumns(mapping, preview.profiles);
  return (
    <div className="pito-mapping" data-testid="import-mapping">
      <div className="pito-form-row">
        <p className="pito-file-name">{t('ui.import.file', { name: preview.fileName })}</p>
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
      <MappingNotices preview={preview} mapping={mapping} />
      <fieldset className="pito-mapping-fields" disabled={locked}>
        <legend>{t('ui.import.mapping')}</legend>
        {preview.headerFound && <p className="pito-muted">{t('ui.import.mappingHint')}</p>}
        {mappingFields(mapping.shape).map((field) => (
          <FieldSelect key={field} field={field as MappingField} preview={preview} mapping={mapping} flow={flow} />
        ))}
      </fieldset>
      {asksDateOrder(preview, mapping) && (
        <DateOrderControl preview={preview} mapping={mapping} flow={flow} disabled={locked} />
      )}
      <MappingWarnings mapping={mapping} unplaced={unplaced} />
      {state.step === 'mapping' && state.error && (
        <p role="alert" className="pito-import-error" data-testid="import-error">
          {state.error.reason
            ? t('ui.import.refusedBecause', { message: errorText(state.error, language) })
            : t('ui.import.refused', { message: errorText(state.error, language) })}
        </p>
      )}
      <PreviewTable preview={preview} mapping={mapping} unplaced={unplaced} />
    </div>
  );
}
