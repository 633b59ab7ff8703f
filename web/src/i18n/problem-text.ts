import type { ApiError } from '../api/client'
import type { Messages } from './nl'

/** What went wrong, in the user's language when we know the problem's code; the server's words otherwise. */
export function problemText(t: Messages, error: ApiError): string {
  return t.problem[error.code] ?? error.detail
}
