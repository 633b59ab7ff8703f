import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { SolverJob, SolverResult } from './solver-jobs.js'

// Built, this file is dist/…/run-in-worker.js and starts the compiled worker; under Vitest or tsx
// it is the .ts source, and the worker thread first registers tsx's loader to read TypeScript
// (Node 20 takes no --import in a worker's execArgv).
const source = import.meta.url.endsWith('.ts')
const workerUrl = new URL(`./solver.worker.${source ? 'ts' : 'js'}`, import.meta.url)

function startWorker(job: SolverJob): Worker {
  if (!source) return new Worker(workerUrl, { workerData: job })
  // require.resolve finds the CommonJS build of tsx's API; the thread imports its ES module twin.
  const api = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(workerUrl.href)}, ${JSON.stringify(import.meta.url)}))`
  return new Worker(bootstrap, { eval: true, workerData: job })
}

/** Solver threads running at once: the machine's cores are shared with the server and the database. */
const maxRunning = 1
let running = 0
const waiting: (() => void)[] = []

async function slot(): Promise<() => void> {
  if (running >= maxRunning) await new Promise<void>((resolve) => waiting.push(resolve))
  running++
  return () => {
    running--
    waiting.shift()?.()
  }
}

/** Runs a solver job on a worker thread so the event loop stays free; one job at a time, the rest queue. */
export async function runInWorker<J extends SolverJob>(job: J): Promise<SolverResult<J>> {
  const release = await slot()
  try {
    return await new Promise<SolverResult<J>>((resolve, reject) => {
      const worker = startWorker(job)
      worker.once('message', (message: { ok: true; result: SolverResult<J> } | { ok: false; message: string }) => {
        if (message.ok) resolve(message.result)
        else reject(new Error(`the solver failed: ${message.message}`))
      })
      worker.once('error', reject)
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`the solver thread stopped with exit code ${code}`))
      })
    })
  } finally {
    release()
  }
}
