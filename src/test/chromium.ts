import { existsSync } from 'node:fs'

/** Debian's Chromium (`apt-get install -y chromium`); CHROMIUM_PATH names another. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = existsSync(chromiumPath)
