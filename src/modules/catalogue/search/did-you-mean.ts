/**
 * Picks the correction for a misspelt word among candidates the trigram index found: the closest by
 * edit distance (a swap of two letters counts as one, so "tolkein" → "tolkien"), then the most used.
 */
export function bestCorrection(word: string, candidates: { term: string; records: number }[]): string | null {
  const ranked = candidates
    .map((c) => ({ ...c, distance: editDistance(word, c.term) }))
    .filter((c) => c.distance > 0 && c.distance <= Math.max(1, Math.floor(word.length / 3)))
    .sort((a, b) => a.distance - b.distance || b.records - a.records)
  return ranked[0]?.term ?? null
}

/** Damerau–Levenshtein distance (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[]
    const previous = d[i - 1] as number[]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1)
    }
  }
  return (d[a.length] as number[])[b.length] as number
}
