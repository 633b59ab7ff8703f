import { readFile } from 'node:fs/promises'
import { Command } from 'commander'
import { formatSol, toCvrplibRoutes, toRoutingProblem } from '../modules/logistics/routing/cvrp-instance.js'
import { parseCvrplib } from '../modules/logistics/routing/cvrplib.js'
import { solveRouting } from '../modules/logistics/routing/hgs.js'
import { fail } from './output.js'

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
  return plan
}
