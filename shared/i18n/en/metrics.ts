/** Names and one-line definitions of every figure, for column headers, tooltips and the Definitions sheet. */
export const metricsEn = {
  'metric.label.name': 'Period',
  'metric.customersAtStart.name': 'Customers at start',
  'metric.customersAtStart.definition': 'Customers at the first moment of the period (S).',
  'metric.newCustomers.name': 'New customers',
  'metric.newCustomers.definition': 'Customers acquired during the period (N).',
  'metric.customersAtEnd.name': 'Customers at end',
  'metric.customersAtEnd.definition': 'Customers at the last moment of the period (E).',
  'metric.customersRetained.name': 'Customers kept',
  'metric.customersRetained.definition':
    'Customers at the start who are still customers at the end of the period (R). Known from a customer list only.',
  'metric.avgPurchaseValue.name': 'Average purchase',
  'metric.avgPurchaseValue.definition': 'Average value of one purchase.',
  'metric.purchasesPerYear.name': 'Purchases per year',
  'metric.purchasesPerYear.definition': 'Purchases per customer per year.',
  'metric.lifespanYears.name': 'Lifespan (years)',
  'metric.lifespanYears.definition': 'Expected length of a customer relationship in years.',
  'metric.profitMarginPct.name': 'Margin %',
  'metric.profitMarginPct.definition': 'Profit margin as a percentage of revenue.',
  'metric.promoters.name': 'Promoters',
  'metric.promoters.definition': 'NPS responses of 9 or 10.',
  'metric.passives.name': 'Passives',
  'metric.passives.definition': 'NPS responses of 7 or 8.',
  'metric.detractors.name': 'Detractors',
  'metric.detractors.definition': 'NPS responses of 0 to 6.',
  'metric.lostCustomers.name': 'Lost customers',
  'metric.lostCustomers.definition': 'Customers lost during the period: S + N − E.',
  'metric.retentionRate.name': 'Retention rate',
  'metric.retentionRate.definition':
    'Customer retention rate (CRR): (E − N) / S × 100. Blank when there were no customers at the start.',
  'metric.exactRetentionRate.name': 'Exact retention',
  'metric.exactRetentionRate.definition':
    'R / S × 100: the share of the customers at the start still customers at the end, counted customer by customer from the list. Never below the retention rate: that formula counts new customers who left within the period against the customers kept.',
  'metric.simpleRetentionRate.name': 'Simple retention',
  'metric.simpleRetentionRate.definition':
    'E / S × 100. Shown beside the retention rate because new customers can hide churn in it.',
  'metric.churnRate.name': 'Churn rate',
  'metric.churnRate.definition': '100 − retention rate.',
  'metric.clv.name': 'CLV',
  'metric.clv.definition':
    'Customer lifetime value: average purchase × purchases per year × lifespan × margin % / 100. Blank when an input is missing.',
  'metric.nps.name': 'NPS',
  'metric.nps.definition':
    'Net Promoter Score: (promoters − detractors) / responses × 100, from −100 to 100. Blank with no responses.',
  'metric.npsMarginOfError.name': 'NPS ± margin',
  'metric.npsMarginOfError.definition':
    '95 % margin of error of the NPS: 1.96 × √((p + d − (p − d)²) / n) × 100, p and d the promoter and detractor shares, n the responses.',
  'metric.repeatPurchaseRate.name': 'Repeat purchase rate',
  'metric.repeatPurchaseRate.definition':
    'Customers with two or more purchases / customers with at least one purchase × 100.',
  'metric.rangeRetention.name': 'Retention over the range',
  'metric.rangeRetention.definition':
    'The range as one period: (customers at the end of the last period − all new customers of the range) / customers at the start of the first period × 100.',
  'metric.rangeExactRetention.name': 'Exact retention over the range',
  'metric.rangeExactRetention.definition':
    'The range as one period: the customers there at the start of its first period who are still customers at the end of its last / customers at the start of the first period × 100. Counted from a customer list only.',
  'metric.rangeNps.name': 'NPS over the range',
  'metric.rangeNps.definition':
    'The range’s responses as one period: from a customer list, the answers dated within the range (without dates, the scores of the customers at its end); from a period table, the periods’ responses added up. ± is the 95 % margin of error.',
  'metric.uncertain.fewResponses':
    '{count, plural, one {Only # response} other {Only # responses}}: too few for a reliable NPS ({enough} or more).',
  'metric.note.marginMissing': 'CLV needs a margin: set a default margin in Settings, or a margin % on the period.',
  'metric.note.lostWhileNew':
    '{count, plural, one {# new customer} other {# new customers}} also left before the end: the retention rate counts them against the customers kept, exact retention does not.',
  'metric.rangeNote.periodsDoNotChain':
    'The periods do not chain (a period’s customers at the start differ from the customers at the end of the one before), so lost customers, retention and churn over the range cannot be worked out.',
  'metric.rangeNote.noCustomersAtStart':
    'Nobody was a customer at the start of the range (it starts with the list’s first period), so retention over it cannot be worked out: choose a range that starts later.',
  'metric.rangeNote.npsCountedPerPeriod':
    'The NPS answers of a customer list are counted per period, so adding the periods up would count one customer’s answer in every period: the range’s NPS is left blank.',
} as const;
