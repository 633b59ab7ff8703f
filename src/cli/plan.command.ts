import { readFile } from 'node:fs/promises'
import { Command } from 'commander'
import { readConfig } from '../config.js'
import { openDatabase } from '../db/open.js'
import { ValidationError } from '../errors.js'
import type { FloatingChoice } from '../modules/logistics/floating-replay.js'
import { floatingWhatIf } from '../modules/logistics/floating-what-if.js'
import { loadWeekInput } from '../modules/logistics/load-week-input.js'
import { planWeek } from '../modules/logistics/planner/plan-week.js'
import { formatSol, toCvrplibRoutes, toRoutingProblem } from '../modules/logistics/routing/cvrp-instance.js'
import { parseCvrplib } from '../modules/logistics/routing/cvrplib.js'
import { solveRouting } from '../modules/logistics/routing/hgs.js'
import { recentTransitVolume } from '../modules/logistics/transit-volume.js'
import { importDistanceMatrix } from '../modules/logistics/transport-model.js'
import { fail } from './output.js'
import { formatFloatingWhatIf, formatWeekPlan } from './week-plan.output.js'

const number = (value: string) => {
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`not a number: ${value}`)
  return parsed
}

interface SolveOptions {
  seconds: number
  seed: number
  iterations?: number
}

async function planCvrp(file: string, options: SolveOptions): Promise<void> {
  const instance = parseCvrplib(await readFile(file, 'utf8'))
  const { problem, labels } = toRoutingProblem(instance)
  const solution = solveRouting(problem, {
    seed: options.seed,
    seconds: options.seconds,
    ...(options.iterations !== undefined && { maxIterations: options.iterations }),
  })
  if (!solution.feasible)
    console.error(`naober: no feasible solution found for ${instance.name} in ${options.seconds} s; the best one follows`)
  process.stdout.write(formatSol(toCvrplibRoutes(solution, labels), solution.distance))
}

interface WeekCommandOptions extends SolveOptions {
  vans?: number
  electric?: boolean
  visits?: number
  matrix?: boolean
  roadFactor?: number
  json?: boolean
}

async function planWeekCommand(options: WeekCommandOptions): Promise<void> {
  const database = await openDatabase(readConfig())
  try {
    const input = await loadWeekInput(
      database.db,
      {
        vans: options.vans,
        electric: options.electric,
        visits: options.visits,
        distances: options.matrix ? 'matrix' : 'estimate',
        roadFactor: options.roadFactor,
        seconds: options.seconds,
        seed: options.seed,
      },
      recentTransitVolume(() => new Date()),
    )
    const plan = planWeek(input)
    console.log(options.json ? JSON.stringify(plan, null, 2) : formatWeekPlan(plan))
    if (!plan.feasible) process.exitCode = 1
  } finally {
    await database.close()
  }
}

async function importMatrixCommand(file: string): Promise<void> {
  const database = await openDatabase(readConfig())
  try {
    const { pairs } = await importDistanceMatrix(database.db, await readFile(file, 'utf8'))
    console.log(`imported ${pairs} location pairs; plan with --matrix to use them`)
  } finally {
    await database.close()
  }
}

interface FloatingCommandOptions extends SolveOptions {
  weeks: number
  float?: string[]
  json?: boolean
}

/** `--float bind:youth --float facet:*` → { bind: ['youth'], facet: ['*'] } */
function floatingChoice(pairs: string[]): FloatingChoice {
  const choice: FloatingChoice = {}
  for (const pair of pairs) {
    const [organisation, collection] = pair.split(':')
    if (!organisation || !collection)
      throw new ValidationError([{ field: '--float', message: `"${pair}" is not organisation:collection (e.g. dnk:youth, or facet:*)` }])
    choice[organisation] = [...(choice[organisation] ?? []), collection]
  }
  return choice
}

async function planFloatingCommand(options: FloatingCommandOptions): Promise<void> {
  const custom = options.float?.length ? floatingChoice(options.float) : undefined
  const database = await openDatabase(readConfig())
  try {
    const whatIf = await floatingWhatIf(
      database.db,
      { weeks: options.weeks, seconds: options.seconds, seed: options.seed, custom },
      new Date(),
    )
    console.log(options.json ? JSON.stringify(whatIf, null, 2) : formatFloatingWhatIf(whatIf))
  } finally {
    await database.close()
  }
}

/** `naober plan …`: the route planner from the command line. */
export function planCommand(): Command {
  const plan = new Command('plan').description('plan routes')
  plan
    .command('cvrp')
    .description('solve a CVRPLIB/TSPLIB instance and print the solution in CVRPLIB .sol form')
    .argument('<file>', 'a .vrp file (EUC_2D coordinates or an explicit matrix)')
    .option('--seconds <n>', 'time limit', number, 10)
    .option('--seed <n>', 'random seed: the same seed and iterations give the same routes', number, 1)
    .option('--iterations <n>', 'stop after this many iterations as well', number)
    .action((file: string, options: SolveOptions) => planCvrp(file, options).catch(fail))
  plan
    .command('week')
    .description('plan the vans for a week on the transport model in the database, with what-if parameters')
    .option('--vans <n>', 'plan with this many vans', number)
    .option('--electric', 'every van electric')
    .option('--visits <n>', 'every visited location this many visits a week', number)
    .option('--matrix', 'use the imported distance matrix instead of great-circle km × road factor')
    .option('--road-factor <x>', 'road km per great-circle km for the estimate', number, 1.3)
    .option('--seconds <n>', 'time limit', number, 8)
    .option('--seed <n>', 'random seed', number, 1)
    .option('--json', 'print the whole plan as JSON')
    .action((options: WeekCommandOptions) => planWeekCommand(options).catch(fail))
  plan
    .command('floating')
    .description('replay the last weeks of returns with floating off, as configured and for all: transits, crates and van km of each')
    .option('--weeks <n>', 'weeks of returns to replay', number, 6)
    .option('--float <organisation:collection...>', 'also a policy of your own, e.g. --float dnk:youth bind:*')
    .option('--seconds <n>', 'solver time per policy', number, 2)
    .option('--seed <n>', 'random seed', number, 1)
    .option('--json', 'print the figures as JSON')
    .action((options: FloatingCommandOptions) => planFloatingCommand(options).catch(fail))
  plan
    .command('matrix')
    .description('import a distance and time matrix (CSV: from,to,km,minutes), e.g. from OSRM')
    .argument('<file>', 'the CSV file')
    .action((file: string) => importMatrixCommand(file).catch(fail))
  return plan
}
