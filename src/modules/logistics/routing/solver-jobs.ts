import { planWeek } from '../planner/plan-week.js'
import type { WeekInput, WeekPlan } from '../planner/week-types.js'
import { solveRouting } from './hgs.js'
import type { RoutingProblem, RoutingSolution, SolverOptions } from './problem.js'

/** The work a solver thread can be given: plain data in, plain data out. */
export type SolverJob =
  | { kind: 'route'; problem: RoutingProblem; options: SolverOptions }
  | { kind: 'week'; input: WeekInput }
  // several weeks in one thread (a what-if compares them): one thread start instead of many
  | { kind: 'weeks'; inputs: WeekInput[] }

export type SolverResult<J extends SolverJob> = J extends { kind: 'route' }
  ? RoutingSolution
  : J extends { kind: 'weeks' }
    ? WeekPlan[]
    : WeekPlan

export function runSolverJob(job: SolverJob): unknown {
  switch (job.kind) {
    case 'route':
      return solveRouting(job.problem, job.options)
    case 'week':
      return planWeek(job.input)
    case 'weeks':
      return job.inputs.map(planWeek)
  }
}
