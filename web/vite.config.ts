import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/** Writes a .br and a .gz beside every script and style sheet, which the server sends as they are. */
function precompress(): Plugin {
  return {
    name: 'naober-precompress',
    apply: 'build',
    closeBundle() {
      const assets = path.join(import.meta.dirname, 'dist', 'assets')
      for (const name of readdirSync(assets).filter((n) => /\.(js|css|svg)$/.test(n))) {
        const file = path.join(assets, name)
        const content = readFileSync(file)
        writeFileSync(`${file}.br`, brotliCompressSync(content))
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }))
      }
    },
  }
}

// `npm run build` writes web/dist, which the naober server serves at `/`. `npx vite web` serves the
// pages with hot reload and sends API calls to a running `npm start`.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
})
