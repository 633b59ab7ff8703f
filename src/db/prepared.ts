import { createHash } from 'node:crypto'
import { type Compilable, CompiledQuery, type RawBuilder } from 'kysely'
import type pg from 'pg'
import type { Executor } from './database.js'
import { thenCommit } from './pipelined-driver.js'

/*
 * The statements a desk runs all day are planned by the database once per connection, not at
 * every call: PostgreSQL took 1.5 ms to plan the check-in's read and 0.3 ms to run it; PGlite 10 to
 * 35 ms to plan it. Such a statement goes to the server as a named (prepared) statement, which the
 * `pg` client parses once per connection and then only binds. Only statements we mark are named:
 * a search's plan depends on its words, so it keeps being planned for them.
 */
const names = new Map<string, string>()

function nameStatement(sql: string): void {
  if (!names.has(sql)) names.set(sql, `naober_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`)
}

/** Installed on every pooled connection (both databases): a marked statement is sent by its name. */
export function sendMarkedStatementsByName(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
    const name = typeof config === 'string' ? names.get(config) : undefined
    if (name && Array.isArray(values)) return query({ name, text: config, values }, callback)
    return query(config, values, callback)
  }) as typeof client.query
}

export interface Last {
  /** the transaction's last statement: COMMIT goes out right behind it (see pipelined-driver.ts) */
  thenCommit?: boolean | undefined
}

/** Runs a built statement of a fixed shape (no lists of varying length) as one planned once per connection. */
export function executePlannedOnce<Row>(db: Executor, query: Compilable<Row> | RawBuilder<Row>, last: Last = {}): Promise<Row[]> {
  return execute(db, query, last, true)
}

/** Runs a built statement planned afresh at each call, as the transaction's last when `last` says so. */
export function executeStatement<Row>(db: Executor, query: Compilable<Row> | RawBuilder<Row>, last: Last = {}): Promise<Row[]> {
  return execute(db, query, last, false)
}

async function execute<Row>(db: Executor, query: Compilable<Row> | RawBuilder<Row>, last: Last, named: boolean): Promise<Row[]> {
  const compiled = compileOn(db, query)
  if (named) nameStatement(compiled.sql)
  const result = await db.executeQuery<Row>(last.thenCommit ? thenCommit(compiled) : compiled)
  return result.rows
}

/** A raw statement compiles against the database it runs on; a query builder already knows it (and ignores `db`). */
function compileOn<Row>(db: Executor, query: Compilable<Row> | RawBuilder<Row>): CompiledQuery<Row> {
  return (query as RawBuilder<Row>).compile(db)
}

type Slot = { argument: number } | { constant: unknown }

/**
 * A statement whose shape never changes, built and compiled by Kysely once instead of at every
 * call (building a read of several CTEs cost about 0.5 ms of CPU), and planned once per
 * connection. `build` is called once, with a placeholder object for each argument: every argument
 * must become a parameter of the statement (a value compared or bound), never shape it (no `if` on
 * it, no list of its length). Constants in the statement become literals in its text.
 */
export function prepared<Args extends unknown[], Row>(
  build: (db: Executor, ...args: Args) => Compilable<Row> | RawBuilder<Row>,
): (db: Executor, ...args: Args) => Promise<Row[]> {
  let statement: { sql: string; slots: Slot[] } | undefined
  return async (db, ...args) => {
    statement ??= compileOnce(db, build, args.length)
    const parameters = statement.slots.map((slot) => ('argument' in slot ? args[slot.argument] : slot.constant))
    const result = await db.executeQuery<Row>(CompiledQuery.raw(statement.sql, parameters))
    return result.rows
  }
}

function compileOnce<Args extends unknown[], Row>(
  db: Executor,
  build: (db: Executor, ...args: Args) => Compilable<Row> | RawBuilder<Row>,
  arity: number,
) {
  const placeholders = Array.from({ length: arity }, (_, argument) => ({ argument }))
  const compiled = compileOn(db, build(db, ...(placeholders as Args)))
  // Constants become literals: planned once for all calls, a statement whose constants are
  // parameters hides them from the planner, which then cannot use a partial index whose condition
  // names them (holds claimed for a copy: a scan of every hold instead of one index probe), and so
  // keeps planning the statement afresh at every call instead.
  const slots: Slot[] = []
  let seen = 0
  const sql = compiled.sql.replace(/\$(\d+)\b/g, (_, n: string) => {
    seen++
    const value = compiled.parameters[Number(n) - 1]
    const argument = placeholders.indexOf(value as { argument: number })
    const literal = argument < 0 ? literalOf(value) : undefined
    if (literal !== undefined) return literal
    slots.push(argument >= 0 ? { argument } : { constant: value })
    return `$${slots.length}`
  })
  if (seen !== compiled.parameters.length) throw new Error('prepared statement: its text names its parameters more than once')
  const unused = placeholders.filter((p) => !slots.some((slot) => 'argument' in slot && slot.argument === p.argument))
  if (unused.length > 0) throw new Error(`prepared statement: argument ${unused[0]?.argument} is not a parameter of the statement`)
  nameStatement(sql)
  return { sql, slots }
}

/** A constant as SQL text, for the values a planner reasons with; undefined for others (they stay parameters). */
function literalOf(value: unknown): string | undefined {
  // (a backslash would mean something else to a server without standard_conforming_strings)
  if (typeof value === 'string' && !value.includes('\\')) return `'${value.replaceAll("'", "''")}'`
  if (typeof value === 'boolean') return String(value)
  // in parentheses, so that a negative number after a minus sign does not start a comment
  if (typeof value === 'number' && Number.isFinite(value)) return `(${value})`
  return undefined
}
