/** One field that failed validation, as the server names it in a problem's `errors`. */
export interface FieldProblem {
  field: string
  message: string
  [extra: string]: unknown
}

/** A problem+json answer (RFC 9457) from the naober API, thrown so a page can show it. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string
  readonly errors: FieldProblem[]
  readonly body: Record<string, unknown>

  constructor(status: number, body: Record<string, unknown>) {
    const detail = typeof body.detail === 'string' ? body.detail : `HTTP ${status}`
    super(detail)
    this.name = 'ApiError'
    this.status = status
    this.code = typeof body.code === 'string' ? body.code : 'http_error'
    this.title = typeof body.title === 'string' ? body.title : 'Error'
    this.detail = detail
    this.errors = Array.isArray(body.errors) ? (body.errors as FieldProblem[]) : []
    this.body = body
  }

  /** The problem of one field, if the server named it. */
  fieldError(field: string): FieldProblem | undefined {
    return this.errors.find((e) => e.field === field || e.field.endsWith(`/${field}`) || e.field.endsWith(`.${field}`))
  }
}

export type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined | null>

/** `?a=1&b=x&b=y`: arrays repeat the key, empty values are left out. */
export function toQueryString(query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v))
    else params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { accept: 'application/json, application/problem+json', ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
    ...(signal && { signal }),
  })
  if (response.status === 204) return undefined as T
  const text = await response.text()
  const parsed: unknown = text ? JSON.parse(text) : undefined
  if (!response.ok) throw new ApiError(response.status, (parsed ?? {}) as Record<string, unknown>)
  return parsed as T
}

/** The one way pages talk to the server: JSON in and out, the session cookie, problems as ApiError. */
export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path + toQueryString(query), undefined, signal),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown = {}) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown = {}) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
}
