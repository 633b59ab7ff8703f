import { parentPort, workerData } from 'node:worker_threads'
import { runSolverJob, type SolverJob } from './solver-jobs.js'

// The solver thread: runs one job from workerData and posts the result (or the failure) back.
try {
  parentPort?.postMessage({ ok: true, result: runSolverJob(workerData as SolverJob) })
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
}
