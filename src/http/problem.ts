import type { FastifyError } from 'fastify'
import { DomainError, type FieldProblem } from '../errors.js'

/** RFC 9457 problem details, with a stable `code` and, for bad input, the fields that failed. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  code: string
  errors?: FieldProblem[]
  [extra: string]: unknown
}

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Too large',
  415: 'Unsupported media type',
  422: 'Cannot be processed',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Unavailable',
}

export const problemType = (code: string) => `urn:naober:problem:${code}`

export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}): Problem {
  return { type: problemType(code), title: titles[status] ?? 'Error', status, detail, code, ...extra }
}

interface PgError {
  code: string
  constraint?: string
  detail?: string
  table?: string
  column?: string
}

const isPgError = (error: unknown): error is PgError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as PgError).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((error as PgError).code)

/** Turns any thrown value into the problem the client sees, and says whether it was unexpected. */
export function toProblem(error: unknown): { problem: Problem; unexpected: boolean } {
  if (error instanceof DomainError) {
    return { problem: problem(error.status, error.code, error.message, error.extra), unexpected: false }
  }
  const fastifyError = error as FastifyError
  if (fastifyError.validation) {
    const errors = fastifyError.validation.map((v) => fieldProblem(fastifyError.validationContext ?? 'body', v))
    const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ')
    return { problem: problem(400, 'validation_failed', detail, { errors }), unexpected: false }
  }
  if (isPgError(error)) {
    const mapped = fromPgError(error)
    if (mapped) return { problem: mapped, unexpected: false }
  }
  const status = fastifyError.statusCode
  if (status && status >= 400 && status < 500) {
    const code = fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'malformed_json' : 'bad_request'
    return { problem: problem(status, status === 400 ? code : `http_${status}`, fastifyError.message), unexpected: false }
  }
  return { problem: problem(500, 'internal_error', 'Something went wrong on our side. It has been logged.'), unexpected: true }
}

interface AjvIssue {
  instancePath: string
  keyword: string
  message?: string | undefined
  params: Record<string, unknown>
}

function fieldProblem(context: string, issue: AjvIssue): FieldProblem {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.')
  const extra = issue.keyword === 'additionalProperties' ? String(issue.params.additionalProperty) : undefined
  const missing = issue.keyword === 'required' ? String(issue.params.missingProperty) : undefined
  const field = [context, path, extra ?? missing].filter(Boolean).join('.')
  if (extra) return { field, message: 'is not a known field' }
  if (missing) return { field, message: 'is required' }
  if (issue.keyword === 'enum') return { field, message: `must be one of: ${(issue.params.allowedValues as string[]).join(', ')}` }
  return { field, message: issue.message ?? 'is not valid' }
}

/** Constraint violations the schemas cannot see (uniqueness, references) become 409s naming what clashed. */
function fromPgError(error: PgError): Problem | null {
  const constraint = error.constraint ?? ''
  switch (error.code) {
    case '23505': {
      const match = /Key \((.+?)\)=\((.*?)\)/.exec(error.detail ?? '')
      const field = match?.[1] ?? constraint
      return problem(409, 'already_exists', `${describe(field)} ${match?.[2] ?? ''} is already in use.`.replace('  ', ' '), {
        field,
        constraint,
      })
    }
    case '23503': {
      const match = /Key \((.+?)\)=\((.*?)\) is (not present in|still referenced from) table "(.+?)"/.exec(error.detail ?? '')
      if (match?.[3] === 'still referenced from')
        return problem(
          409,
          'still_in_use',
          `It is still used in ${(match[4] ?? 'another table').replaceAll('_', ' ')} and cannot be removed.`,
          { constraint },
        )
      return problem(409, 'unknown_reference', `${describe(match?.[1] ?? constraint)} ${match?.[2] ?? ''} does not exist.`, {
        field: match?.[1],
        constraint,
      })
    }
    case '23514':
    case '23502':
      return problem(422, 'rule_violated', `The change breaks the rule ${constraint || error.column}.`, { constraint })
    case '22P02':
    case '22007':
    case '22008':
      return problem(400, 'bad_value', 'A value has the wrong form.', {})
    default:
      return null
  }
}

const describe = (column: string) =>
  column
    .replace(/_id$/, '')
    .replaceAll('_', ' ')
    .replace(/^\w/, (c) => c.toUpperCase())
