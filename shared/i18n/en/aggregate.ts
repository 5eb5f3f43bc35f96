/**
 * How Pito turns a customer list into period rows and cohorts: the definitions and
 * defaults of shared/aggregate, for the Definitions sheet, tooltips and the import report.
 */
export const aggregateEn = {
  'aggregate.fromList.periodRange':
    'Periods run from the one holding the earliest start date to the one holding the latest start or end date, with no gaps: a period with no activity is a row of its own.',
  'aggregate.fromList.customersAtStart':
    'From a customer list: customers whose start date is before the first day of the period and whose end date is empty or on or after that day.',
  'aggregate.fromList.newCustomers':
    'From a customer list: customers whose start date is within the period, its first and last day included.',
  'aggregate.fromList.customersAtEnd':
    'From a customer list: customers whose start date is on or before the last day of the period and whose end date is empty or after that day.',
  'aggregate.fromList.lostCustomers':
    'From a customer list: customers whose end date is within the period. A customer who starts and ends in the same period counts as new and as lost.',
  'aggregate.fromList.npsByResponseDate':
    'NPS when the list has response dates: the responses dated within the period. A score without a date, or dated outside every period, is not counted.',
  'aggregate.fromList.npsByCustomersAtEnd':
    'NPS when the list has no response dates: the scores of the customers counted at the end of the period.',
  'aggregate.fromList.npsEmpty':
    'A list with NPS scores gives 0 promoters, passives and detractors for a period without responses (NPS blank); a list without scores leaves the counts blank.',
  'aggregate.fromList.cohort':
    "Cohort: the customers whose start date falls in the same period. Age k is the k-th period after it; age 0 is the cohort's own period.",
  'aggregate.fromList.retainedPct':
    "Retained %: the cohort's customers still customers at the end of the period at age k (end date empty or after its last day) / the cohort's size × 100.",
  'aggregate.clvDefaults.basis':
    'Purchases and revenue in a customer list are each customer’s totals. No purchase has a date, so the defaults below use the totals of the customers active in the period: start date on or before its last day, end date empty or on or after its first day.',
  'aggregate.clvDefaults.avgPurchaseValue':
    'Average purchase from the list: total revenue / total purchases of the active customers with at least one purchase and a revenue figure. Blank when there are none.',
  'aggregate.clvDefaults.purchasesPerYear':
    'Purchases per year from the list: total purchases / total years as a customer of the active customers with a purchase figure. Years as a customer run from the start date to the end date, or to the latest date in the list, both days included, in years of 365.2425 days.',
  'aggregate.clvDefaults.lifespanYears':
    'Lifespan from the list: 100 / (churn rate of the period × periods per year), the expected years as a customer if that churn repeated every period. Blank when the churn rate is zero, negative or blank.',
  'aggregate.clvDefaults.profitMarginPct':
    "A customer list has no margin: the document's default margin applies until you type one for the period.",
  'aggregate.error.tooManyPeriods':
    'The dates span {periods} periods, from {first} to {last}; Pito handles at most {max}. Check the dates, or choose a longer period.',
} as const;
