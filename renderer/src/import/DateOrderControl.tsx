/** How dates like 03/04/2024 are read, with why Pito proposes that order, and a warning when a value says otherwise. */
import { DATE_ORDERS, type ColumnMapping, type DateOrder, type ImportPreview } from '../../../shared/importModel';
import { useI18n, type Translate } from '../i18n/I18nContext';
import type { ImportFlow } from './useImportFlow';

function why(preview: ImportPreview, mapping: ColumnMapping, t: Translate): string | null {
  const { dateOrder } = preview;
  const evidence = dateOrder.evidence;
  const orderName = (order: DateOrder) => t(`ui.import.dateOrderName.${order}`);
  if (mapping.dateOrder !== preview.mapping.dateOrder || dateOrder.basis === 'user') {
    if (dateOrder.basis === 'values' && evidence && mapping.dateOrder !== dateOrder.order) {
      return t('ui.import.dateOrderAgainst', { ...evidence, order: orderName(dateOrder.order) });
    }
    return t('ui.import.dateOrderWhy.user');
  }
  if (dateOrder.basis === 'values' && evidence) {
    return t('ui.import.dateOrderWhy.values', { ...evidence, order: orderName(dateOrder.order) });
  }
  if (dateOrder.basis === 'fileHints') return t('ui.import.dateOrderWhy.fileHints');
  if (dateOrder.basis === 'assumed') {
    return t('ui.import.dateOrderWhy.assumed', { row: evidence?.row ?? '', value: evidence?.value ?? '' });
  }
  return null;
}

export function DateOrderControl({
  preview,
  mapping,
  flow,
  disabled,
}: {
  preview: ImportPreview;
  mapping: ColumnMapping;
  flow: ImportFlow;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const reason = why(preview, mapping, t);
  const against =
    preview.dateOrder.basis === 'values' && preview.dateOrder.evidence && mapping.dateOrder !== preview.dateOrder.order;
  const asks = preview.dateOrder.basis === 'assumed' && mapping.dateOrder === preview.mapping.dateOrder;
  return (
    <fieldset className="pito-date-order" data-testid="import-date-order" disabled={disabled}>
      <legend>{t('ui.import.dateOrder')}</legend>
      <div className="pito-date-order-choices">
        {DATE_ORDERS.map((order) => (
          <label key={order}>
            <input
              type="radio"
              name="pito-date-order"
              value={order}
              data-testid={`import-date-order-${order}`}
              checked={mapping.dateOrder === order}
              onChange={() => flow.setDateOrder(order)}
            />
            {t(`ui.import.dateOrder.${order}`)}
          </label>
        ))}
      </div>
      {reason && (
        <p
          className={against ? 'pito-note pito-note-warning' : asks ? 'pito-note pito-note-check' : 'pito-note'}
          data-testid="import-date-order-why"
          role={against ? 'alert' : undefined}
        >
          {reason}
        </p>
      )}
    </fieldset>
  );
}
