import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { chromiumPath } from './chromium.js'

const webDir = path.resolve(import.meta.dirname, '../../web')

function newestChange(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'e2e' || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs)
  }
  return newest
}

/**
 * The browser tests drive the built web app, as `npm start` serves it: build it once for the run when
 * web/dist is missing or older than its sources. Without Chromium those tests skip, so nothing is built.
 */
export default function setup() {
  if (!existsSync(chromiumPath)) return
  const built = path.join(webDir, 'dist', 'index.html')
  if (existsSync(built) && statSync(built).mtimeMs >= newestChange(webDir)) return
  // A separate process: vitest sets NODE_ENV=test, which would give a development build of React.
  const vite = path.resolve(webDir, '../node_modules/vite/bin/vite.js')
  execFileSync(process.execPath, [vite, 'build', '--config', path.join(webDir, 'vite.config.ts'), '--logLevel', 'warn'], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  })
}
