/**
 * Visit patterns: which weekdays a location gets its visits. Patterns spread the visits over the
 * week — Mon/Thu or Tue/Fri for two, Mon/Wed/Fri for three — because a location visited on two
 * days in a row waits the rest of the week for its holds. The spacing penalty is how far the
 * gaps between visits (round the week, 7 days) fall short of an even spread.
 */
export function spacingPenalty(pattern: readonly number[]): number {
  if (pattern.length < 2) return 0
  const ideal = 7 / pattern.length
  return pattern.reduce((sum, day, i) => {
    const next = pattern[(i + 1) % pattern.length] as number
    const gap = (next - day + 7) % 7 || 7
    return sum + Math.max(0, ideal - gap) ** 2
  }, 0)
}

/** Every choice of `visits` days among `days`, best spread first. */
export function candidatePatterns(days: readonly number[], visits: number): number[][] {
  const sorted = [...days].sort((a, b) => a - b)
  const patterns: number[][] = []
  const choose = (start: number, chosen: number[]) => {
    if (chosen.length === visits) {
      patterns.push([...chosen])
      return
    }
    for (let i = start; i < sorted.length; i++) choose(i + 1, [...chosen, sorted[i] as number])
  }
  choose(0, [])
  return patterns.sort((a, b) => spacingPenalty(a) - spacingPenalty(b) || a.join().localeCompare(b.join()))
}
