/**
 * The best assignment of fields to columns over the whole header row: one column per
 * field and one field per column, with the largest total confidence (the Hungarian
 * method, O(fields² × columns)). A greedy pick of each field's best column would give
 * `Asiakas` to the customer ID and leave `Asiakasnumero` out.
 */

/** For each row (field), the column it gets, or -1; `scores[field][column]` ≥ 0, 0 meaning "not this one". */
export function bestAssignment(scores: readonly (readonly number[])[]): number[] {
  const fields = scores.length;
  const columns = Math.max(fields, ...scores.map((row) => row.length));
  // Minimise cost = 1 - score over a fields × columns matrix (columns ≥ fields; missing cells score 0).
  const cost = (field: number, column: number) => 1 - (scores[field]?.[column] ?? 0);
  const u = new Float64Array(fields + 1);
  const v = new Float64Array(columns + 1);
  const owner = new Int32Array(columns + 1); // owner[column] = 1-based field, 0 for none
  const way = new Int32Array(columns + 1);
  for (let field = 1; field <= fields; field++) {
    owner[0] = field;
    let column0 = 0;
    const minimum = new Float64Array(columns + 1).fill(Infinity);
    const used = new Uint8Array(columns + 1);
    do {
      used[column0] = 1;
      const field0 = owner[column0] as number;
      let delta = Infinity;
      let column1 = 0;
      for (let column = 1; column <= columns; column++) {
        if (used[column]) continue;
        const reduced = cost(field0 - 1, column - 1) - (u[field0] as number) - (v[column] as number);
        if (reduced < (minimum[column] as number)) {
          minimum[column] = reduced;
          way[column] = column0;
        }
        if ((minimum[column] as number) < delta) {
          delta = minimum[column] as number;
          column1 = column;
        }
      }
      for (let column = 0; column <= columns; column++) {
        if (used[column]) {
          u[owner[column] as number] = (u[owner[column] as number] as number) + delta;
          v[column] = (v[column] as number) - delta;
        } else minimum[column] = (minimum[column] as number) - delta;
      }
      column0 = column1;
    } while (owner[column0] !== 0);
    do {
      const column1 = way[column0] as number;
      owner[column0] = owner[column1] as number;
      column0 = column1;
    } while (column0 !== 0);
  }
  const assigned = new Array<number>(fields).fill(-1);
  for (let column = 1; column <= columns; column++) {
    const field = (owner[column] as number) - 1;
    if (field >= 0 && (scores[field]?.[column - 1] ?? 0) > 0) assigned[field] = column - 1;
  }
  return assigned;
}
