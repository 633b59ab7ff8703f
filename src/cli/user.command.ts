import { createInterface } from 'node:readline/promises'
import { Value } from 'typebox/value'
import { readConfig } from '../config.js'
import type { Db } from '../db/database.js'
import { openDatabase } from '../db/open.js'
import { ValidationError } from '../errors.js'
import type { StaffRole } from '../modules/access/access.tables.js'
import { systemActor } from '../modules/access/actor.js'
import { type CreateStaffUser, CreateStaffUserBody, type StaffUser } from '../modules/access/staff-user.schema.js'
import { createStaffUser } from '../modules/access/staff-users.js'

export interface AddUserOptions {
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
    const user = await addStaffUser(database.db, options, password)
    console.log(`added ${user.username} (${user.role}${user.organisationId ? `, ${user.organisationId}` : ''})`)
  } finally {
    await database.close()
  }
}

const optionOf: Record<string, string> = {
  username: '--username',
  password: 'the password (standard input)',
  displayName: '--display-name',
  organisationId: '--organisation',
  municipalityCode: '--municipality',
  locationIds: '--location',
}

/** The operator adds a staff user: the same checks as POST /api/staff-users, named by the command's options. */
export async function addStaffUser(db: Db, options: AddUserOptions, password: string): Promise<StaffUser> {
  const input: CreateStaffUser = {
    username: options.username,
    password,
    displayName: options.displayName,
    role: options.role,
    organisationId: options.organisation ?? null,
    municipalityCode: options.municipality ?? null,
    locationIds: options.location ?? [],
  }
  const problems = [...Value.Errors(CreateStaffUserBody, input)].map((error) => {
    const field = error.instancePath.split('/')[1] ?? ''
    return { field: optionOf[field] ?? `--${field}`, message: error.message }
  })
  if (problems.length) throw new ValidationError(problems)
  return createStaffUser(db, systemActor, input)
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
