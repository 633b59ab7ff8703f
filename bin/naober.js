#!/usr/bin/env node
// The `naober` command. The TypeScript is compiled to dist/ by `npm run build` (npm start does it).
import { existsSync } from 'node:fs'

const main = new URL('../dist/cli/main.js', import.meta.url)
if (!existsSync(main)) {
  console.error('naober is not built yet: run `npm run build` (or `npm start`, which builds first).')
  process.exit(1)
}
await import(main.href)
