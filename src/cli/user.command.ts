import { createInterface } from 'node:readline/promises'
import { readConfig } from '../config.js'
import { openDatabase } from '../db/open.js'
import type { StaffRole } from '../modules/access/access.tables.js'
import { systemActor } from '../modules/access/actor.js'
import { createStaffUser } from '../modules/access/staff-users.js'

interface AddUserOptions {
  username: string
  displayName: string
  role: StaffRole
  organisation?: string
  municipality?: string
  location?: string[]
}

export async function addUser(options: AddUserOptions): Promise<void> {
  const password = await readPassword()
  const database = await openDatabase(readConfig())
  try {
    const user = await createStaffUser(database.db, systemActor, {
      username: options.username,
      password,
      displayName: options.displayName,
      role: options.role,
      organisationId: options.organisation ?? null,
      municipalityCode: options.municipality ?? null,
      locationIds: options.location ?? [],
    })
    console.log(`added ${user.username} (${user.role}${user.organisationId ? `, ${user.organisationId}` : ''})`)
  } finally {
    await database.close()
  }
}

/** From standard input, so scripts can pipe it and it never shows in the process list. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password (at least 10 characters): ')
  const lines = createInterface({ input: process.stdin, terminal: false })
  for await (const line of lines) {
    lines.close()
    return line.trim()
  }
  return ''
}
