import { readdir, readFile } from 'node:fs/promises'

/*
 * What a run cost in CPU, on this machine: a figure the machine's other load barely moves, where
 * wall-clock rates move by a third from one minute to the next on a shared 2-core machine.
 */

/**
 * CPU spent while `run` ran: this process's (server and load generator, every thread) and that of
 * the backends of `databaseName` on the local PostgreSQL server (0 on PGlite, which runs in Node).
 */
export async function withCpu<T>(
  databaseName: string,
  run: () => Promise<T>,
): Promise<{ output: T; cpu: { nodeMs: number; dbMs: number } }> {
  const before = { node: process.cpuUsage(), db: await serverCpuTicks(databaseName) }
  const output = await run()
  const node = process.cpuUsage(before.node)
  const dbTicks = ticksSince(before.db, await serverCpuTicks(databaseName))
  // ticks are USER_HZ (100 a second on Linux)
  return { output, cpu: { nodeMs: (node.user + node.system) / 1000, dbMs: dbTicks * 10 } }
}

/** Write system calls this process has made so far (Linux). */
export async function writeCalls(): Promise<number> {
  const io = await readFile('/proc/self/io', 'utf8').catch(() => '')
  return Number(/^syscw: (\d+)$/m.exec(io)?.[1] ?? 0)
}

/**
 * CPU ticks used so far by each backend of the bench database on the local PostgreSQL server
 * (from /proc; their titles name the database): other databases' work on the server is not counted.
 */
async function serverCpuTicks(databaseName: string): Promise<Map<string, number>> {
  const pids = await readdir('/proc').then((names) => names.filter((n) => /^\d+$/.test(n)))
  const ticks = new Map<string, number>()
  for (const pid of pids) {
    const title = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
    if (!title.startsWith('postgres: ') || !title.includes(` ${databaseName} `)) continue
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
    // utime and stime: the 12th and 13th fields after the command, which sits in parentheses
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    ticks.set(pid, Number(fields[11]) + Number(fields[12]))
  }
  return ticks
}

/** Ticks spent between two readings by the backends alive at the second (a backend that ended, such as an idle pool connection closed meanwhile, took its ticks with it). */
function ticksSince(before: Map<string, number>, after: Map<string, number>): number {
  let spent = 0
  for (const [pid, ticks] of after) spent += ticks - (before.get(pid) ?? 0)
  return spent
}
