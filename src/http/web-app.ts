import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** The built web app (`npm run build` writes it); two levels up from both src/http and dist/http. */
export const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url))

/**
 * Serves the web app at `/`: its files, and index.html for every page address the app routes itself
 * (`/zoeken`, `/titel/12`). The API, SRU and a missing file (a path with an extension) keep their
 * problem+json 404. Without a build (API tests, a server-only checkout) the API starts all the same.
 */
export async function registerWebApp(app: FastifyInstance, root = webDist): Promise<void> {
  if (!existsSync(path.join(root, 'index.html'))) return
  // preCompressed: the build writes a .br and a .gz beside each asset; a browser that accepts one gets it.
  await app.register(fastifyStatic, { root, serve: false, preCompressed: true })

  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    const urlPath = decodeURIComponent(request.url.split('?')[0] ?? '/')
    if (urlPath.startsWith('/api/') || urlPath.startsWith('/sru')) return reply.callNotFound()
    const file = path.join(root, path.normalize(urlPath))
    if (file.startsWith(root) && isFile(file)) {
      // Vite puts a content hash in every asset's name, so an asset never changes under its name.
      const immutable = urlPath.startsWith('/assets/')
      return reply.sendFile(urlPath, { maxAge: immutable ? '365d' : 0, immutable, cacheControl: true })
    }
    if (/\.[a-z0-9]+$/i.test(urlPath)) return reply.callNotFound()
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false })
  })
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}
