/**
 * Levenshtein distance of two short strings, or `limit + 1` as soon as it must exceed `limit`: the
 * nearest-word suggestions of option names and register terms (a row of the table costs its length).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

/** The candidates nearest `word` within `limit` edits, nearest first (at most `most`). */
export function nearest(word: string, candidates: Iterable<string>, limit: number, most = 3): string[] {
  const found: [number, string][] = [];
  for (const c of candidates) {
    const d = editDistance(word, c, limit);
    if (d <= limit) found.push([d, c]);
  }
  return found
    .sort((x, y) => x[0] - y[0])
    .slice(0, most)
    .map(([, c]) => c);
}
