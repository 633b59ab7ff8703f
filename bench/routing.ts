/**
 * npm run bench:routing [-- --seconds N] — solves every CVRPLIB instance in data/cvrplib with the
 * hybrid genetic search and with plain Clarke–Wright savings (the baseline, same run), checks each
 * solution with the independent checker, and only then reads bks.csv to report the gaps.
 * Writes bench/results/routing.json.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import { toCvrplibRoutes, toRoutingProblem } from '../src/modules/logistics/routing/cvrp-instance.js'
import { parseCvrplib } from '../src/modules/logistics/routing/cvrplib.js'
import { solveRouting } from '../src/modules/logistics/routing/hgs.js'
import { ProblemData } from '../src/modules/logistics/routing/problem-data.js'
import { savingsRoutes } from '../src/modules/logistics/routing/savings.js'
import { verifyCvrpSolution } from '../src/modules/logistics/routing/verify-cvrp.js'
import { benchDrentheWeek } from './routing-week.js'

const folder = 'data/cvrplib'
const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const seconds = argument('seconds', 5)
const seed = argument('seed', 1)

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)
const gap = (cost: number, bks: number) => Math.round(((cost - bks) / bks) * 100 * 1000) / 1000

async function solveAll() {
  const names = (await readdir(folder)).filter((f) => f.endsWith('.vrp')).sort()
  const solved = []
  for (const file of names) {
    const instance = parseCvrplib(await readFile(`${folder}/${file}`, 'utf8'))
    const { problem, labels } = toRoutingProblem(instance)
    const started = performance.now()
    const solution = solveRouting(problem, { seed, seconds })
    const elapsed = (performance.now() - started) / 1000
    const verdict = verifyCvrpSolution(instance, toCvrplibRoutes(solution, labels))
    const savings = savingsRoutes(new ProblemData(problem)).map((route) => route.map((node) => labels[node] ?? -1))
    const savingsVerdict = verifyCvrpSolution(instance, savings)
    solved.push({ instance: instance.name, verdict, seconds: elapsed, savings: savingsVerdict })
    console.log(`${instance.name}: ${verdict.cost} in ${elapsed.toFixed(1)} s${verdict.feasible ? '' : ` INFEASIBLE ${verdict.problems}`}`)
  }
  return solved
}

async function readBks(): Promise<Map<string, number>> {
  const rows = (await readFile(`${folder}/bks.csv`, 'utf8')).trim().split('\n').slice(1)
  return new Map(rows.map((row) => row.split(',')).map(([name, , , bks]) => [name ?? '', Number(bks)]))
}

const solved = await solveAll()
// The best known costs are read only now, after every instance is solved.
const bks = await readBks()
const instances = solved.map(({ instance, verdict, seconds: elapsed, savings }) => {
  const best = bks.get(instance) ?? Number.NaN
  return {
    instance,
    cost: verdict.cost,
    bks: best,
    gap_pct: gap(verdict.cost, best),
    seconds: Math.round(elapsed * 100) / 100,
    feasible: verdict.feasible,
    savings_cost: savings.cost,
    savings_gap_pct: gap(savings.cost, best),
    savings_feasible: savings.feasible,
  }
})
const week = await benchDrentheWeek(seed)
const result = {
  solver: 'hybrid genetic search (naober)',
  seconds_limit: seconds,
  seed,
  cpu: cpus()[0]?.model ?? 'unknown',
  instances,
  mean_gap_pct: Math.round(mean(instances.map((i) => i.gap_pct)) * 1000) / 1000,
  savings_mean_gap_pct: Math.round(mean(instances.map((i) => i.savings_gap_pct)) * 1000) / 1000,
  // the solver's cost over the savings baseline's, instance by instance, averaged
  mean_ratio_to_savings: Math.round(mean(instances.map((i) => i.cost / i.savings_cost)) * 1000) / 1000,
  max_seconds: Math.max(...instances.map((i) => i.seconds)),
  all_feasible: instances.every((i) => i.feasible),
  drenthe_week: week,
}
await writeFile('bench/results/routing.json', `${JSON.stringify(result, null, 2)}\n`)
console.log(
  `mean gap ${result.mean_gap_pct} % (savings ${result.savings_mean_gap_pct} %), all feasible: ${result.all_feasible}, slowest ${result.max_seconds} s`,
)
