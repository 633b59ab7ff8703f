import { readConfig } from '../config.js'
import { redact } from '../db/connect.js'
import { openDatabase } from '../db/open.js'
import { demoMemberPin, demoMembers } from '../demo/demo-members.js'
import { isEmpty, seedDemo } from '../demo/seed.js'
import { demoStaffPassword, demoStaffUsers } from '../demo/staff.seed.js'
import { buildServer } from '../http/server.js'
import { scheduleCirculationJobs } from '../modules/circulation/jobs.js'
import { senderFromEnvironment } from '../modules/notices/sender.js'

export async function serve(options: { port?: number }): Promise<void> {
  const started = performance.now()
  const config = readConfig()
  const where = config.databaseUrl ? `PostgreSQL server at ${redact(config.databaseUrl)}` : `embedded PostgreSQL in ${config.dataDir}`
  const database = await openDatabase(config)
  console.log(`naober: database: ${where}${database.applied.length ? ` (applied ${database.applied.length} migrations)` : ''}`)
  const now = () => new Date()
  if (await isEmpty(database.db)) {
    console.log('naober: empty database — building the Drenthe demo …')
    const report = await seedDemo(database.db, now())
    console.log(`naober: demo ready in ${report.seconds.toFixed(1)} s`)
  }
  const { app } = await buildServer(
    { db: database.db, dbKind: database.kind, now, secureCookies: config.secureCookies, searchesAtOnce: config.searchesAtOnce },
    { logger: { level: process.env.LOG_LEVEL ?? 'warn' } },
  )
  const port = options.port ?? config.port
  await app.listen({ port, host: config.host })
  const stopJobs = scheduleCirculationJobs(database.db, senderFromEnvironment(), now, Number(process.env.NAOBER_JOBS_MINUTES ?? 15), (m) =>
    app.log.warn(m),
  )
  const stop = async () => {
    stopJobs()
    await app.close()
    await database.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  printWelcome(port, (performance.now() - started) / 1000)
}

function printWelcome(port: number, seconds: number): void {
  const url = `http://localhost:${port}`
  console.log(`\nnaober is ready at ${url} (started in ${seconds.toFixed(1)} s)`)
  console.log(`  members (search, reserve, my library): ${url}/`)
  console.log(`  staff desk: ${url}/balie   logistics: ${url}/logistiek   API docs: ${url}/api/docs`)
  console.log(`\nDemo staff logins (password "${demoStaffPassword}" for all):`)
  for (const user of demoStaffUsers) console.log(`  ${user.username.padEnd(16)} ${user.role.padEnd(22)} ${user.displayName}`)
  console.log(`\nDemo members (card number, PIN "${demoMemberPin}" for all):`)
  for (const { cardNumber, row, story } of demoMembers)
    console.log(`  ${cardNumber}  ${`${row.first_name} ${row.last_name}`.padEnd(16)} ${story}`)
  console.log('')
}
