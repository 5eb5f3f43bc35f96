/**
 * What the corpus scripts (corpus.mjs, periodCorpus.mjs) print alike: a table of verdicts
 * per group, the issue codes Pito raised on files it read right, and a usage error.
 */

export const VERDICT_LABELS = {
  right: 'read right',
  refused: 'refused',
  wrongFigures: 'wrong figures',
  wrongMapping: 'wrong mapping',
};

/** One table: a row per group `keyOf(case)` gives, a column per verdict, and the group's file count. */
export function printVerdictTable(results, verdicts, title, keyOf) {
  const groups = new Map();
  for (const result of results) {
    const key = keyOf(result.c);
    const counts = groups.get(key) ?? Object.fromEntries(verdicts.map((v) => [v, 0]));
    counts[result.judgement.verdict]++;
    groups.set(key, counts);
  }
  console.log(
    `\n${title.padEnd(16)}${verdicts.map((v) => VERDICT_LABELS[v].padStart(15)).join('')}${'files'.padStart(8)}`,
  );
  for (const [key, counts] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const total = verdicts.reduce((sum, v) => sum + counts[v], 0);
    console.log(
      `${key.padEnd(16)}${verdicts.map((v) => String(counts[v]).padStart(15)).join('')}${String(total).padStart(8)}`,
    );
  }
}

/**
 * Issues on files read right are not failures (a build may add notes such as an unmapped date
 * column), but a summary shows what Pito said about files that hold no bad value.
 */
export function printIssuesOnRightFiles(results, codesOf) {
  const issueFiles = new Map();
  for (const { judgement } of results.filter((r) => r.judgement.verdict === 'right'))
    for (const code of codesOf(judgement)) issueFiles.set(code, (issueFiles.get(code) ?? 0) + 1);
  if (issueFiles.size > 0)
    console.log(
      `note: issues on files read right (code: files): ${[...issueFiles].map(([k, n]) => `${k}: ${n}`).join(', ')}`,
    );
}

export function fail(message) {
  console.error(`error: ${message}`);
  process.exit(2);
}
