/** The registry's summary cards: figures of the latest period (NPS with its margin) and of the summary range, with its picker. */
import { memo, useMemo } from 'react';
import type { PeriodRow } from '../../../shared/document';
import { figureDefinitionKey, figureNameKey } from '../../../shared/figures/figureText';
import type { RowFigures } from '../../../shared/figures/figureTypes';
import { FIGURES } from '../../../shared/figures/registry';
import { rangeNoteFor } from '../../../shared/figures/tableRange';
import type { RangeChoice } from '../../../shared/ranges';
import { computeRowMetrics } from '../../../shared/figures/rowFigures';
import type { Formatters } from '../format/formatters';
import { explanationNote, uncertaintyNote } from '../format/figureRemarks';
import { rangeNoteText } from '../format/rangeNotes';
import { useI18n } from '../i18n/I18nContext';
import { RangePicker } from './RangePicker';
import { SUMMARY_CARDS, type SummaryCard } from './summaryCardList';
import type { SummaryRange } from './useSummaryRange';

interface SummaryCardsProps {
  periods: readonly PeriodRow[];
  defaultProfitMarginPct: number | null;
  formatters: Formatters;
  rangeChoice: RangeChoice;
  range: SummaryRange;
  onRangeChoice: (choice: RangeChoice) => void;
}

/** A line under a card's value: why the figure is uncertain (a warning), or what explains it (a note). */
interface CardRemark {
  text: string;
  kind: 'caveat' | 'note';
}

function Card(props: { testId: string; name: string; definition: string; value: string; remark: CardRemark | null }) {
  return (
    <div
      className="pito-card"
      data-testid={props.testId}
      title={props.remark === null ? props.definition : `${props.definition}\n\n${props.remark.text}`}
    >
      <div className="pito-card-name">{props.name}</div>
      <div className="pito-card-value" data-testid={`${props.testId}-value`}>
        {props.value}
      </div>
      {props.remark !== null && (
        <div className={`pito-card-${props.remark.kind}`} data-testid={`${props.testId}-${props.remark.kind}`}>
          {props.remark.text}
        </div>
      )}
    </div>
  );
}

/** Memoised: the workspace renders on every edit, the cards only when the settled periods change. */
export const SummaryCards = memo(function SummaryCards({
  periods,
  defaultProfitMarginPct,
  formatters,
  rangeChoice,
  range,
  onRangeChoice,
}: SummaryCardsProps) {
  const { t } = useI18n();
  const latest = periods[periods.length - 1];
  const latestFigures = useMemo<RowFigures | null>(
    () => (latest ? { ...latest, ...computeRowMetrics(latest, defaultProfitMarginPct) } : null),
    [latest, defaultProfitMarginPct],
  );
  const rangeFigures = range.state === 'range' ? (range.figures?.figures ?? null) : null;
  const rangeNotes = range.state === 'range' ? (range.figures?.notes ?? []) : [];
  const counting = range.state === 'range' && range.figures === null;

  const valueOf = ({ id, spec }: SummaryCard): string => {
    if (spec.scope === 'range' && counting) return '…';
    const figures = spec.scope === 'latest' ? latestFigures : rangeFigures;
    const value = figures?.[id] ?? null;
    const marginId = FIGURES[id].marginOf;
    const margin = marginId === null ? null : (figures?.[marginId] ?? null);
    if (value === null || marginId === null) return formatters.figure(id)(value);
    return t('ui.summary.withMargin', {
      value: formatters.figure(id)(value),
      margin: formatters.figure(marginId)(margin),
    });
  };
  const remarkOf = ({ id, spec }: SummaryCard): CardRemark | null => {
    const figures = spec.scope === 'latest' ? latestFigures : rangeFigures;
    if (figures === null) return null;
    const caveat = uncertaintyNote(id, figures, t);
    if (caveat !== null) return { text: caveat, kind: 'caveat' };
    const note = explanationNote(id, figures, t);
    return note === null ? null : { text: note, kind: 'note' };
  };
  // Why range cards are blank, said once under the picker rather than on every card it blanks.
  const blankBecause = [
    ...new Set(
      SUMMARY_CARDS.flatMap(({ id, spec }) =>
        spec.scope === 'range' && rangeFigures !== null && rangeFigures[id] === null
          ? [rangeNoteFor(id, rangeNotes)]
          : [],
      ).filter((note) => note !== null),
    ),
  ];
  return (
    <section className="pito-summary" data-testid="summary" aria-label={t('ui.summary.label')}>
      <div className="pito-summary-head">
        <h2 className="pito-summary-title">{latest && t('ui.summary.latest', { label: latest.label })}</h2>
        {latest && (
          <RangePicker
            periods={periods}
            choice={rangeChoice}
            range={range}
            formatters={formatters}
            onChoose={onRangeChoice}
          />
        )}
      </div>
      {blankBecause.map((note) => (
        <p key={note} className="pito-range-note" data-testid="range-note">
          {rangeNoteText(note, t)}
        </p>
      ))}
      <div className="pito-cards">
        {SUMMARY_CARDS.map((card) => {
          const named = card.spec.scope === 'range' ? card.spec.name : card.id;
          // A figure shown with its margin is explained by the margin's definition, which names both.
          const defined = card.spec.scope === 'latest' ? (FIGURES[card.id].marginOf ?? card.id) : card.spec.name;
          return (
            <Card
              key={card.testId}
              testId={card.testId}
              name={t(figureNameKey(named))}
              definition={t(figureDefinitionKey(defined))}
              value={valueOf(card)}
              remark={remarkOf(card)}
            />
          );
        })}
      </div>
    </section>
  );
});
