import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../db/connect.js'
import { TestClock } from '../test/clock.js'
import { openTestDatabase } from '../test/test-database.js'
import { buildServer } from './server.js'

let handle: DatabaseHandle
let webRoot: string
let withApp: FastifyInstance
let withoutApp: FastifyInstance

beforeAll(async () => {
  webRoot = await mkdtemp(path.join(tmpdir(), 'naober-web-'))
  await mkdir(path.join(webRoot, 'assets'))
  await writeFile(path.join(webRoot, 'index.html'), '<!doctype html><title>naober</title><div id="root"></div>')
  await writeFile(path.join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1)')
  await writeFile(path.join(webRoot, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log(1)'))
  await writeFile(path.join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  handle = await openTestDatabase()
  const ctx = { db: handle.db, dbKind: handle.kind, now: new TestClock().now, secureCookies: false }
  withApp = (await buildServer(ctx, {}, webRoot)).app
  withoutApp = (await buildServer(ctx, {}, path.join(webRoot, 'not-built'))).app
})
afterAll(async () => {
  await withApp?.close()
  await withoutApp?.close()
  await handle?.close()
  await rm(webRoot, { recursive: true, force: true })
})

describe('the web app served at /', () => {
  it('answers the start page and every page address the app routes itself with index.html', async () => {
    for (const url of ['/', '/zoeken?q=kikker', '/titel/12', '/mijn']) {
      const response = await withApp.inject({ method: 'GET', url })
      expect(response.statusCode, url).toBe(200)
      expect(response.headers['content-type'], url).toContain('text/html')
      expect(response.body, url).toContain('<div id="root">')
      expect(response.headers['cache-control'], url).toBe('no-cache')
    }
  })

  it('serves the hashed assets to be cached for good, and other files as they are', async () => {
    const asset = await withApp.inject({ method: 'GET', url: '/assets/index-abc123.js' })
    expect(asset.statusCode).toBe(200)
    expect(asset.headers['content-type']).toContain('javascript')
    expect(asset.headers['cache-control']).toContain('immutable')
    const icon = await withApp.inject({ method: 'GET', url: '/favicon.svg' })
    expect(icon.statusCode).toBe(200)
    expect(icon.headers['content-type']).toContain('image/svg+xml')
  })

  it('sends the compressed asset the build made to a browser that accepts it, and the plain one to others', async () => {
    const compressed = await withApp.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br, gzip' } })
    expect(compressed.headers['content-encoding']).toBe('br')
    expect(compressed.headers['content-type']).toContain('javascript')
    const plain = await withApp.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe('console.log(1)')
  })

  it('keeps a problem+json 404 for a missing file, an unknown API route and a path outside the app', async () => {
    for (const url of ['/assets/gone-123.js', '/api/nothing-here', '/api/', '/sru/nothing', '/../package.json', '/%2e%2e/package.json']) {
      const response = await withApp.inject({ method: 'GET', url })
      expect(response.statusCode, url).toBe(404)
      expect(response.headers['content-type'], url).toContain('application/problem+json')
    }
  })

  it('leaves the API as it was', async () => {
    const health = await withApp.inject({ method: 'GET', url: '/api/health' })
    expect(health.statusCode).toBe(200)
    expect(health.json()).toMatchObject({ status: 'ok' })
    const post = await withApp.inject({ method: 'POST', url: '/zoeken' })
    expect(post.statusCode).toBe(404)
  })

  it('starts without a built web app, with the API alone', async () => {
    const page = await withoutApp.inject({ method: 'GET', url: '/' })
    expect(page.statusCode).toBe(404)
    expect(page.headers['content-type']).toContain('application/problem+json')
    expect((await withoutApp.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
  })
})
