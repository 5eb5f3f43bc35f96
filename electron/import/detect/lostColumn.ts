/**
 * A period table's own column of lost customers (`Menetetyt asiakkaat`, `Poistuneet (kpl)`,
 * `Lopettaneet`, `Lost customers`, `Churned customers`, `Cancellations`). It is no field: Pito
 * works lost customers out as S + N − E (docs/metrics.md) and never reads them from the file.
 * The import only compares the column with S + N − E (periodRows.ts, `lostDiffersFromFlow`),
 * since a table whose lost figures differ from its own S, N and E cannot be right in all four.
 *
 * The header must name leaving (the lexicon's *leave*: menet-, poist-, lopet-, lost, churned,
 * cancel-) and nothing that makes it another figure (fieldRules.ts, LOST_CUSTOMERS_RULES): a
 * rate (`Churn %`, `Poistuneiden osuus`), money (`Lost revenue`, `Churned MRR`), a date, orders,
 * an NPS count, the start, the end or new customers. `Churn`, `Customer churn` and
 * `Asiakaspoistuma` name the churn rate in docs/metrics.md's words, and `Customers left` may be
 * the customers who stayed: those count only when the header also says it is a count
 * (`Poistuma (kpl)`, `Churn count`). The values
 * must be whole numbers 0 or more (a profile of counts, or of counts 0-10). A column the mapping
 * reads as a field is never taken; of several, the leftmost is.
 */
import type { ColumnProfile } from '../../../shared/importModel';
import { headerScore, LOST_CUSTOMERS_RULES } from './fieldRules';
import { headerTokens, readHeader } from './headerWords';

/** Words of leaving that name a rate, or may name the customers who stayed, rather than a count of the lost. */
function notACount(token: string): boolean {
  return token === 'churn' || token === 'left' || token.endsWith('poistuma');
}

function namesLostCustomers(header: string): boolean {
  const { concepts } = readHeader(header);
  if (headerScore(LOST_CUSTOMERS_RULES, concepts) === 0) return false;
  if (concepts.has('count') || concepts.has('numberOf')) return true;
  const leaving = headerTokens(header).filter((token) => readHeader(token).concepts.has('leave'));
  return leaving.some((token) => !notACount(token));
}

/** The 0-based column of the table's own lost customers; null when it has none (or the mapping reads it as a field). */
export function lostCustomersColumn(
  profiles: readonly ColumnProfile[],
  mappedColumns: Iterable<number | undefined>,
): number | null {
  const mapped = new Set(mappedColumns);
  const column = profiles.find(
    (profile) =>
      !mapped.has(profile.column) &&
      (profile.kind === 'count' || profile.kind === 'score') &&
      namesLostCustomers(profile.header),
  );
  return column?.column ?? null;
}
