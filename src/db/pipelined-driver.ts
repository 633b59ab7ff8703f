import {
  AbortedTransactionError,
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely'
import type pg from 'pg'

/*
 * A desk's check-out is BEGIN, one locked read, one write, COMMIT. On our machines what a statement
 * costs the server process is mostly the socket write that carries it to PostgreSQL (a CPU profile
 * of the circulation bench: 30 % of the server's CPU in those writes, against 3 % for the HTTP
 * answers). So the pair BEGIN + read goes out in one write, and the pair write + COMMIT in another:
 * - the `pg` clients are in pipeline mode, so a statement is sent without waiting for the answer to
 *   the one before; this driver does not wait for BEGIN's answer, and checks it with the next
 *   statement's;
 * - a statement marked with `thenCommit` is sent with COMMIT right behind it;
 * - `coalesceWrites` holds a connection's writes until the end of the tick, so statements sent in
 *   one go leave in one write.
 * The transaction's meaning does not change: the server runs the statements one after the other in
 * one transaction, and any failure is thrown as before. Without pipelining (PGlite: one connection
 * in the same process, no socket) each waits for the one before, with the same outcome.
 */

const committingStatements = new WeakSet<CompiledQuery>()

/**
 * Marks a transaction's last statement: COMMIT is sent right behind it. If the statement fails, the
 * server ends the transaction with a rollback and the statement's error is thrown as usual.
 */
export function thenCommit(query: CompiledQuery): CompiledQuery {
  committingStatements.add(query)
  return query
}

/** The statements a connection sends in one tick leave in one socket write. */
export function coalesceWrites(client: pg.PoolClient): void {
  const stream = (client as unknown as { connection: { stream: NodeJS.WritableStream & { cork(): void; uncork(): void } } }).connection
    .stream
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  let corked = false
  const uncork = () => {
    corked = false
    stream.uncork()
  }
  client.query = ((...args: unknown[]) => {
    if (!corked) {
      corked = true
      stream.cork()
      process.nextTick(uncork)
    }
    return query(...args)
  }) as typeof client.query
}

export class PipelinedPostgresDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig
  readonly #pipelined: boolean
  constructor(config: PostgresDialectConfig & { pool: pg.Pool }) {
    super(config)
    this.#config = config
    // the pool's clients are in pipeline mode when its config says `pipeline: true`
    this.#pipelined = config.pool.options.pipeline === true
  }
  override createDriver(): Driver {
    return new PipelinedDriver(new PostgresDriver(this.#config), this.#pipelined)
  }
}

class PipelinedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly pipelined: boolean,
  ) {}

  init() {
    return this.inner.init()
  }
  async acquireConnection() {
    return new PipelinedConnection(await this.inner.acquireConnection(), this.pipelined)
  }
  async beginTransaction(connection: PipelinedConnection, settings: TransactionSettings) {
    connection.ended = false
    const begun = this.inner.beginTransaction(connection.inner, settings)
    if (this.pipelined) connection.awaitWithNext(begun)
    else await begun
  }
  async commitTransaction(connection: PipelinedConnection) {
    if (connection.ended) return
    await connection.withPending(this.inner.commitTransaction(connection.inner))
  }
  async rollbackTransaction(connection: PipelinedConnection) {
    // a committing statement already ended the transaction, with a rollback if it failed
    if (connection.ended) return connection.withPending(Promise.resolve())
    await connection.withPending(this.inner.rollbackTransaction(connection.inner))
  }
  async releaseConnection(connection: PipelinedConnection) {
    await connection.withPending(Promise.resolve())
    await this.inner.releaseConnection(connection.inner)
  }
  destroy() {
    return this.inner.destroy()
  }
}

class PipelinedConnection implements DatabaseConnection {
  /** Sent, not yet answered: BEGIN. Its failure is thrown with the next statement's answer. */
  #pending: Promise<unknown>[] = []
  /** The transaction was ended by a committing statement. */
  ended = false

  constructor(
    readonly inner: DatabaseConnection,
    private readonly pipelined: boolean,
  ) {}

  awaitWithNext(sent: Promise<unknown>): void {
    // settled here, so that a failure waiting for the next statement is not an unhandled rejection
    this.#pending.push(
      sent.then(
        () => undefined,
        (error: unknown) => error ?? new Error('BEGIN failed'),
      ),
    )
  }

  /** The answer of a statement already sent, after the answers of those sent before it. */
  async withPending<T>(sent: Promise<T>): Promise<T> {
    const pending = this.#pending
    this.#pending = []
    const failures = (await Promise.all(pending)).filter((error) => error !== undefined)
    if (failures.length > 0) {
      await sent.catch(() => undefined)
      throw failures[0]
    }
    return sent
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // a caller that marks a statement as last and then writes more would write outside the transaction
    if (this.ended) throw new Error('A statement after the one that committed its transaction: mark only the last statement.')
    if (!committingStatements.has(query)) return this.withPending(this.inner.executeQuery<R>(query))
    const result = this.withPending(this.inner.executeQuery<R>(query))
    if (!this.pipelined) await result.catch(() => undefined)
    const commit = this.inner.executeQuery<{ command?: string }>(CompiledQuery.raw('commit'))
    this.ended = true
    const [written, committed] = await Promise.allSettled([result, commit])
    if (written.status === 'rejected') throw written.reason
    if (committed.status === 'rejected') throw committed.reason
    // PostgreSQL answers COMMIT with ROLLBACK when an earlier statement left the transaction aborted
    if (committed.value.rows[0]?.command === 'ROLLBACK') throw new AbortedTransactionError()
    return written.value
  }

  streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize)
  }
}
