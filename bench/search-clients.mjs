/**
 * The load generator of bench:search, in a worker thread of its own: the server's event loop then
 * serves requests instead of also making them. Each client goes round the query set from its own start.
 */
import { parentPort, workerData } from 'node:worker_threads'

// plain JavaScript: a worker thread does not inherit the TypeScript loader the bench runs under

/** @param {{ urls: string[], clients: number, seconds: number }} input */
async function run({ urls, clients, seconds }) {
  /** @type {number[][]} latencies per query of the set */
  const latencies = urls.map(() => [])
  let done = 0
  let errors = 0
  const deadline = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let n = c; performance.now() < deadline; n++) {
        const i = n % urls.length
        const t0 = performance.now()
        const response = await fetch(urls[i] ?? '')
        await response.arrayBuffer()
        latencies[i]?.push(performance.now() - t0)
        if (response.status === 200) done++
        else errors++
      }
    }),
  )
  return { done, errors, latencies, elapsedSeconds: (performance.now() - started) / 1000 }
}

parentPort?.postMessage(await run(workerData))
