/**
 * The load generator of bench:search, in a worker thread of its own: the server's event loop then
 * serves requests instead of also making them. Each client goes round the query set from its own
 * start, over its own kept-alive connection. It uses node:http rather than fetch, as the circulation
 * bench's does: fetch cost CPU the server under test then did not have (the load generator shares
 * the two cores with it, as wrk would).
 */
import http from 'node:http'
import { parentPort, workerData } from 'node:worker_threads'

// plain JavaScript: a worker thread does not inherit the TypeScript loader the bench runs under

/** @param {http.Agent} agent @param {string} url @returns {Promise<number>} the status */
const get = (agent, url) =>
  new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume()
      response.once('end', () => resolve(response.statusCode ?? 0))
    })
    request.once('error', reject)
  })

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
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
      for (let n = c; performance.now() < deadline; n++) {
        const i = n % urls.length
        const t0 = performance.now()
        const status = await get(agent, urls[i] ?? '')
        latencies[i]?.push(performance.now() - t0)
        if (status === 200) done++
        else errors++
      }
      agent.destroy()
    }),
  )
  return { done, errors, latencies, elapsedSeconds: (performance.now() - started) / 1000 }
}

parentPort?.postMessage(await run(workerData))
