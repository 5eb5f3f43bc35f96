/**
 * How sure Pito is, from its header alone, that a column is each field: rules over the
 * concepts a header names (headerWords.ts). A rule gives its score when the header names
 * every concept of `all` (an entry `a|b` is either) and none of `not`; a field's score is
 * its best rule's. The values then confirm or overrule (valueFit.ts).
 *
 * Columns that only look like start or end dates (last purchase, last login, updated,
 * birth date, renewal, due date) name what they are, and those concepts rule them out.
 */
import type { CustomerField, ImportShape, PeriodTableField } from '../../../shared/importModel';
import type { Concept } from './lexicon';

interface Rule {
  score: number;
  all: readonly (readonly Concept[])[];
  not: readonly Concept[];
}

/** `rule(0.9, 'leave+date', [...])`: every `+` part must be named, `|` separates alternatives. */
function rule(score: number, all: string, not: readonly Concept[] = []): Rule {
  return { score, all: all.split('+').map((part) => part.split('|') as Concept[]), not };
}

/** Concepts that make a date column something other than the customer relationship's start or end. */
const NOT_RELATIONSHIP_DATES: readonly Concept[] = [
  'last',
  'birth',
  'login',
  'update',
  'renew',
  'due',
  'survey',
  'nps',
  'score',
  'name',
  'phone',
  'place',
  'email',
  'note',
  'invoice',
  'money',
  'currency',
  'count',
];
/** True when a header names what makes a date something other than the relationship's start or end. */
export function namesAnotherDate(concepts: ReadonlySet<Concept>): boolean {
  return NOT_RELATIONSHIP_DATES.some((concept) => concepts.has(concept));
}

const NOT_START: readonly Concept[] = [...NOT_RELATIONSHIP_DATES, 'leave', 'end', 'period'];
const NOT_END: readonly Concept[] = [...NOT_RELATIONSHIP_DATES, 'join', 'start', 'first', 'period'];
const NOT_AMOUNT: readonly Concept[] = ['date', 'due', 'last', 'first', 'average', 'perYear', 'number', 'id'];
/** An identifier of something else: `Tilausnumero`, `Invoice No.`, `Postcode`. */
const NOT_CUSTOMER_NUMBER: readonly Concept[] = [
  'order',
  'invoice',
  'product',
  'postal',
  'phone',
  'date',
  'count',
  'numberOf',
];
/** Anything but the customer's number: also a name, a place or money. */
const NOT_IDENTIFIER: readonly Concept[] = [...NOT_CUSTOMER_NUMBER, 'name', 'place', 'money'];
const NOT_PURCHASES: readonly Concept[] = ['currency', 'average', 'date', 'last', 'first', 'perYear'];

const CUSTOMER_RULES: Record<CustomerField, readonly Rule[]> = {
  customerId: [
    // `Laskutettavan asiakkaan numero`, `Yritysasiakkaan tunnus`: words before the customer only say which customer.
    rule(0.95, 'customer|relation+id|number', NOT_CUSTOMER_NUMBER),
    rule(0.75, 'id|number', [...NOT_IDENTIFIER, 'join', 'leave', 'start', 'end', 'segment', 'nps', 'score']),
    rule(0.7, 'email', ['date']),
    rule(0.6, 'customer', [
      ...NOT_IDENTIFIER,
      'join',
      'leave',
      'start',
      'end',
      'segment',
      'nps',
      'score',
      'relation',
      'new',
      'survey',
    ]),
  ],
  startDate: [
    rule(0.95, 'join+date', NOT_START),
    rule(0.9, 'relation+start|join', NOT_START),
    rule(0.85, 'customer|order+start|join', NOT_START),
    rule(0.85, 'join', NOT_START),
    rule(0.9, 'start+date', NOT_START),
    rule(0.6, 'start', [...NOT_START, 'order', 'customer']),
    // `First purchase date`, `First invoice`: a customer's first purchase is when they started.
    rule(0.8, 'first+order|invoice', [...NOT_START.filter((concept) => concept !== 'invoice'), 'count']),
    // `Ensimmäinen käynti`, `First login`: the first of anything a customer does is when they started.
    rule(
      0.75,
      'first+login',
      NOT_START.filter((concept) => concept !== 'login' && concept !== 'count'),
    ),
    // `Acquired on`, `Uusi asiakas`: a period table's "new", a customer list's start (the values must be dates).
    rule(0.7, 'new+date', NOT_START),
    rule(0.5, 'new', NOT_START),
    rule(0.3, 'date', [...NOT_START, 'join', 'order', 'first']),
  ],
  endDate: [
    rule(0.95, 'leave+date', NOT_END),
    rule(0.9, 'relation+end|leave', NOT_END),
    rule(0.85, 'customer|order+end|leave', NOT_END),
    rule(0.85, 'leave', [...NOT_END, 'new']),
    // `Poistettu rekisteristä`, removed from the register: the leaving verb says what happened.
    rule(0.7, 'leave+join', [...NOT_RELATIONSHIP_DATES, 'start', 'first', 'period']),
    rule(0.9, 'end+date', NOT_END),
    rule(0.6, 'end', [...NOT_END, 'order', 'customer']),
  ],
  purchases: [
    rule(0.95, 'order|orders|invoice+count|numberOf', NOT_PURCHASES),
    rule(0.8, 'orders', [...NOT_PURCHASES, 'product']),
    // `Laskutuskerrat`, `Sales count`: how many times money came in is the purchases.
    rule(0.75, 'money+count', NOT_PURCHASES),
    rule(0.6, 'order', [...NOT_PURCHASES, 'money', 'number', 'id', 'product']),
    rule(0.4, 'count', ['money', 'average', 'date', 'customer', 'product', 'nps', 'score']),
  ],
  revenue: [
    rule(0.9, 'money', [...NOT_AMOUNT, 'count']),
    rule(0.9, 'currency', NOT_AMOUNT),
    rule(0.8, 'invoice', [...NOT_AMOUNT, 'count']),
    rule(0.5, 'order|orders+total', NOT_AMOUNT),
    rule(0.35, 'order|orders', [...NOT_AMOUNT, 'count', 'product']),
  ],
  npsScore: [
    rule(0.95, 'nps', ['date', 'scale5']),
    rule(0.9, 'promoter+score', ['date']),
    rule(0.85, 'score+scale10', ['date']),
    rule(0.5, 'score', ['date', 'scale5', 'satisfaction', 'money', 'currency', 'count']),
    rule(0.4, 'scale10', ['date']),
    rule(0.35, 'survey', ['date', 'scale5', 'satisfaction']),
  ],
  npsDate: [
    rule(0.95, 'nps|survey|promoter+date'),
    rule(0.7, 'score+date', ['scale5', 'satisfaction']),
    // `NPS-vastaus annettu`, `Survey completed`: the values must then be dates (valueFit).
    rule(0.5, 'nps|survey|promoter', ['score', 'scale10', 'scale5', 'satisfaction']),
  ],
  segment: [rule(0.9, 'segment', ['date', 'count'])],
};

const NOT_COUNT_OF_CUSTOMERS: readonly Concept[] = ['date', 'leave', 'join', 'new', 'money', 'average', 'nps'];

const PERIOD_RULES: Record<PeriodTableField, readonly Rule[]> = {
  period: [rule(0.9, 'period', ['customer', 'count', 'perYear', 'new']), rule(0.4, 'date', ['customer', 'count'])],
  customersAtStart: [
    rule(0.95, 'start+customer|count', NOT_COUNT_OF_CUSTOMERS),
    rule(0.7, 'start', [...NOT_COUNT_OF_CUSTOMERS, 'order']),
    rule(0.8, 'letterS'),
  ],
  newCustomers: [
    rule(0.95, 'new|join+customer|count', ['date', 'leave', 'money']),
    rule(0.8, 'new|join', ['date', 'leave', 'money', 'order']),
    rule(0.8, 'letterN'),
  ],
  customersAtEnd: [
    rule(0.95, 'end+customer|count', NOT_COUNT_OF_CUSTOMERS),
    rule(0.7, 'end', [...NOT_COUNT_OF_CUSTOMERS, 'order']),
    rule(0.8, 'letterE'),
  ],
  // `Pysyneet asiakkaat`, `Customers retained`; `Retained %` is a rate, not a count.
  customersRetained: [
    rule(0.95, 'retained+customer|count', [...NOT_COUNT_OF_CUSTOMERS, 'share']),
    rule(0.7, 'retained', [...NOT_COUNT_OF_CUSTOMERS, 'order', 'share']),
  ],
  avgPurchaseValue: [rule(0.95, 'average+order|money', ['perYear']), rule(0.6, 'average', ['count', 'perYear'])],
  // `Käyntejä vuodessa`, `Orders / year`: visits and orders a year are purchases a year.
  purchasesPerYear: [
    rule(0.95, 'order|orders|count|login+perYear'),
    rule(0.8, 'order|orders|count|login+period', ['customer', 'start', 'end', 'new', 'leave']),
    rule(0.7, 'frequency'),
  ],
  lifespanYears: [rule(0.9, 'lifespan', ['money'])],
  profitMarginPct: [rule(0.9, 'margin')],
  promoters: [rule(0.95, 'promoter', ['score']), rule(0.9, 'answers9to10')],
  passives: [rule(0.95, 'passive'), rule(0.9, 'answers7to8')],
  detractors: [rule(0.95, 'detractor'), rule(0.9, 'answers0to6')],
};

/**
 * A period table's own lost customers, which no field reads (detect/lostColumn.ts): a header
 * naming leaving and nothing that makes it another figure: a rate, money, a date, orders, an
 * NPS count, the start, the end or new customers (`Churn %`, `Lost revenue`, `Lopetuspäivä`).
 */
export const LOST_CUSTOMERS_RULES: readonly Rule[] = [
  rule(0.9, 'leave', [
    'share',
    'money',
    'currency',
    'average',
    'date',
    'new',
    'join',
    'start',
    'end',
    'period',
    'retained',
    'perYear',
    'margin',
    'lifespan',
    'nps',
    'score',
    'survey',
    'promoter',
    'passive',
    'detractor',
    'order',
    'orders',
    'invoice',
    'first',
    'last',
    'note',
    'segment',
  ]),
];

export const RULES: { [S in ImportShape]: Record<string, readonly Rule[]> } = {
  customerList: CUSTOMER_RULES,
  periodTable: PERIOD_RULES,
};

/** The header's score for a field: its best rule's, 0 when no rule fits. */
export function headerScore(rules: readonly Rule[], concepts: ReadonlySet<Concept>): number {
  let best = 0;
  for (const { score, all, not } of rules) {
    if (score <= best) continue;
    if (not.some((concept) => concepts.has(concept))) continue;
    if (all.every((alternatives) => alternatives.some((concept) => concepts.has(concept)))) best = score;
  }
  return best;
}
