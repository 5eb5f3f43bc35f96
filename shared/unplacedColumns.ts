/**
 * Columns the mapping leaves out that look like something Pito reads: dates, or whole
 * numbers 0-10 like an NPS score. The mapping step marks them and the import report
 * lists them, so a column the detection missed is never just absent.
 */
import type { ColumnMapping, ColumnProfile } from './importModel';

export interface UnplacedColumn {
  column: number;
  header: string;
  looksLike: 'date' | 'score';
}

export function unplacedColumns(mapping: ColumnMapping, profiles: readonly ColumnProfile[]): UnplacedColumn[] {
  const mapped = new Set<number>(Object.values(mapping.columns));
  return profiles.flatMap((profile) =>
    !mapped.has(profile.column) && (profile.kind === 'date' || profile.kind === 'score')
      ? [{ column: profile.column, header: profile.header, looksLike: profile.kind }]
      : [],
  );
}
