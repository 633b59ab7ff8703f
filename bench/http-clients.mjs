/**
 * The load generator of bench:circulation, in a worker thread of its own: the server's event loop
 * then serves requests instead of also making them. Each client lends and returns its own copies.
 */
import { parentPort, workerData } from 'node:worker_threads'

// plain JavaScript: a worker thread does not inherit the TypeScript loader the bench runs under

/** @param {{ address: string, cookies: string[], barcodes: string[], cards: string[], seconds: number }} input */
async function run({ address, cookies, barcodes, cards, seconds }) {
  /** @type {number[]} */
  const latencies = []
  let pairs = 0
  let errors = 0
  /** @param {string} cookie @param {string} url @param {unknown} body */
  const post = async (cookie, url, body) => {
    const started = performance.now()
    const response = await fetch(`${address}${url}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    await response.arrayBuffer()
    latencies.push(performance.now() - started)
    return response.status
  }
  const deadline = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    cookies.map(async (cookie, c) => {
      const own = barcodes.filter((_, i) => i % cookies.length === c)
      for (let n = 0; performance.now() < deadline; n++) {
        const barcode = own[n % own.length] ?? ''
        const out = await post(cookie, '/api/loans', { itemBarcode: barcode, cardNumber: cards[c] })
        const back = await post(cookie, '/api/returns', { itemBarcode: barcode })
        if (out === 201 && back === 200) pairs++
        else errors++
      }
    }),
  )
  return { pairs, errors, latencies, elapsedSeconds: (performance.now() - started) / 1000 }
}

parentPort?.postMessage(await run(workerData))
