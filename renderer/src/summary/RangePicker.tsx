/**
 * The summary range: a preset, or any first and last period. Each choice is a document edit
 * (one undo step), saved with the workbook; what it covers, or why the periods cannot give
 * it, is said beside it.
 */
import type { PeriodRow } from '../../../shared/document';
import { rangeName, rangeProblemText } from '../../../shared/i18n/rangeText';
import { RANGE_PRESETS, type RangeChoice, type RangePreset } from '../../../shared/ranges';
import type { Formatters } from '../format/formatters';
import { useI18n } from '../i18n/I18nContext';
import type { SummaryRange } from './useSummaryRange';

/** The select's value for chosen periods, beside the presets' own names. */
const CHOSEN = 'periods';

interface RangePickerProps {
  periods: readonly PeriodRow[];
  choice: RangeChoice;
  range: SummaryRange;
  formatters: Formatters;
  onChoose: (choice: RangeChoice) => void;
}

export function RangePicker({ periods, choice, range, formatters, onChoose }: RangePickerProps) {
  const { t, language } = useI18n();
  const labels = periods.map((period) => period.label);
  // Chosen periods start from what the summary covers now, or from all the periods.
  const [first, last] =
    'first' in choice
      ? [choice.first, choice.last]
      : range.state === 'range'
        ? [range.from, range.to]
        : [labels[0] ?? '', labels[labels.length - 1] ?? ''];
  const periodSelect = (testId: string, name: string, value: string, pick: (label: string) => RangeChoice) => (
    <label className="pito-range-field">
      {name}
      <select data-testid={testId} value={value} onChange={(event) => onChoose(pick(event.target.value))}>
        {/* A chosen label the periods no longer have stays visible, so the problem below names it. */}
        {[...new Set([value, ...labels])].map((label) => (
          <option key={label} value={label}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="pito-range" data-testid="range-picker">
      <label className="pito-range-field">
        {t('range.label')}
        <select
          data-testid="range-choice"
          value={'preset' in choice ? choice.preset : CHOSEN}
          onChange={(event) => {
            const value = event.target.value;
            onChoose(value === CHOSEN ? { first, last } : { preset: value as RangePreset });
          }}
        >
          {RANGE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {rangeName(language, { preset })}
            </option>
          ))}
          <option value={CHOSEN}>{t('range.periods')}</option>
        </select>
      </label>
      {'first' in choice && (
        <>
          {periodSelect('range-first', t('range.from'), first, (label) => ({ first: label, last }))}
          {periodSelect('range-last', t('range.to'), last, (label) => ({ first, last: label }))}
        </>
      )}
      <span className="pito-range-span" data-testid="range-span" role="status">
        {range.state === 'problem'
          ? rangeProblemText(language, range.problem, periods, formatters.date)
          : t('range.span', { first: range.from, last: range.to })}
      </span>
    </div>
  );
}
