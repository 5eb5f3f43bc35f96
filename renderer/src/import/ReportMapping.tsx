/** The import report's columns: which column fed each field, and how dates like 03/04/2024 were read. */
import type { ImportReport } from '../../../shared/importModel';
import { useI18n } from '../i18n/I18nContext';
import { mappingFieldName, mappingFields } from './mappingFields';

function dateOrderKey(report: ImportReport) {
  if (report.dateOrder.basis === 'user') return 'ui.report.dateOrderUser' as const;
  if (report.dateOrder.basis === 'assumed') return 'ui.report.dateOrderAssumed' as const;
  return 'ui.report.dateOrder' as const;
}

export function ReportMapping({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const fields = mappingFields(report.shape).filter((field) => report.mapping[field]);
  const datesMatter = report.shape === 'customerList' && report.dateOrder.basis !== 'notNeeded';
  return (
    <div className="pito-report-mapping" data-testid="import-report-mapping">
      <h3>{t('ui.report.mapping')}</h3>
      <dl>
        {fields.map((field) => {
          const mapped = report.mapping[field];
          if (!mapped) return null;
          return (
            <div key={field} data-testid={`import-report-field-${field}`}>
              <dt>{mappingFieldName(field, t)}</dt>
              <dd>{t('ui.report.mappedColumn', { letter: mapped.column, header: mapped.header })}</dd>
            </div>
          );
        })}
      </dl>
      {datesMatter && (
        <p data-testid="import-report-date-order">
          {t(dateOrderKey(report), { order: t(`ui.import.dateOrderName.${report.dateOrder.order}`) })}
        </p>
      )}
    </div>
  );
}
