/**
 * The load generator of bench:circulation, in a worker thread of its own: the server's event loop
 * then serves requests instead of also making them. Each client lends and returns its own copies
 * over its own kept-alive connection. It uses node:http rather than fetch: fetch cost about 2 ms of
 * CPU a request here, CPU the server under test then did not have (the load generator shares the
 * two cores with it, as wrk would).
 */
import http from 'node:http'
import { parentPort, workerData } from 'node:worker_threads'

// plain JavaScript: a worker thread does not inherit the TypeScript loader the bench runs under

/** @param {{ address: string, cookies: string[], barcodes: string[], cards: string[], seconds: number }} input */
async function run({ address, cookies, barcodes, cards, seconds }) {
  const { hostname, port } = new URL(address)
  /** @type {number[]} */
  const latencies = []
  let pairs = 0
  let errors = 0
  /** @type {Record<string, number>} what the refused requests were answered, by request and status */
  const refusals = {}
  /** @param {http.Agent} agent @param {string} cookie @param {string} path @param {unknown} body @returns {Promise<number>} */
  const post = (agent, cookie, path, body) =>
    new Promise((resolve, reject) => {
      const started = performance.now()
      const payload = JSON.stringify(body)
      const request = http.request(
        {
          agent,
          hostname,
          port,
          path,
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        },
        (response) => {
          response.resume()
          response.once('end', () => {
            latencies.push(performance.now() - started)
            resolve(response.statusCode ?? 0)
          })
        },
      )
      request.once('error', reject)
      request.end(payload)
    })
  const deadline = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    cookies.map(async (cookie, c) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
      const own = barcodes.filter((_, i) => i % cookies.length === c)
      for (let n = 0; performance.now() < deadline; n++) {
        const barcode = own[n % own.length] ?? ''
        const out = await post(agent, cookie, '/api/loans', { itemBarcode: barcode, cardNumber: cards[c] })
        const back = await post(agent, cookie, '/api/returns', { itemBarcode: barcode })
        if (out === 201 && back === 200) pairs++
        else {
          errors++
          const key = `loan ${out}, return ${back}`
          refusals[key] = (refusals[key] ?? 0) + 1
        }
      }
      agent.destroy()
    }),
  )
  return { pairs, errors, refusals, latencies, elapsedSeconds: (performance.now() - started) / 1000 }
}

parentPort?.postMessage(await run(workerData))
