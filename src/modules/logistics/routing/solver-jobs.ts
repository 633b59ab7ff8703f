import { solveRouting } from './hgs.js'
import type { RoutingProblem, RoutingSolution, SolverOptions } from './problem.js'

/** The work a solver thread can be given: plain data in, plain data out. */
export type SolverJob = { kind: 'route'; problem: RoutingProblem; options: SolverOptions }

export type SolverResult<J extends SolverJob> = J extends { kind: 'route' } ? RoutingSolution : never

export function runSolverJob(job: SolverJob): unknown {
  switch (job.kind) {
    case 'route':
      return solveRouting(job.problem, job.options)
  }
}
