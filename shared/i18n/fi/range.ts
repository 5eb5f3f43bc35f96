import type { rangeEn } from '../en/range';

export const rangeFi: Record<keyof typeof rangeEn, string> = {
  'range.label': 'Yhteenvedon aikaväli',
  'range.from': 'Alkaen',
  'range.to': 'Päättyen',
  'range.counting': 'Lasketaan asiakasluettelosta…',
  'range.preset.trailingTwelveMonths': 'Viimeiset 12 kuukautta',
  'range.preset.thisYear': 'Tämä vuosi',
  'range.preset.lastYear': 'Viime vuosi',
  'range.preset.allPeriods': 'Kaikki jaksot',
  'range.periods': 'Valitut jaksot',
  'range.span': '{first} – {last}',
  'range.problem.noPeriods': 'Jaksoja ei ole, joten aikaväliä ei voi valita.',
  'range.problem.notAPeriod': '{label} ei ole mikään jaksoista, jotka ovat {first}–{last}.',
  'range.problem.firstAfterLast': '{from} on jakson {to} jälkeen; jaksot ovat {first}–{last}.',
  'range.problem.notCalendarPeriods':
    'Viimeinen jakso, "{label}", ei ole kuukausi, neljännes eikä vuosi, joten aikaväliä ei voi laskea kalenterista.',
  'range.problem.noPeriodWithin':
    'Yksikään jakso ei ole kokonaan aikavälillä {firstDay}–{lastDay}; jaksot ovat {first}–{last}.',
};
