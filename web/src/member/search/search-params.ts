/** The search as the address bar holds it, so Back, bookmarks and shared links give the same results. */
export interface SearchParams {
  q: string
  format: string[]
  language: string
  audience: string
  fiction: string
  page: number
}

export function readSearchParams(search: string): SearchParams {
  const p = new URLSearchParams(search)
  return {
    q: p.get('q') ?? '',
    format: p.getAll('format'),
    language: p.get('language') ?? '',
    audience: p.get('audience') ?? '',
    fiction: p.get('fiction') ?? '',
    page: Math.max(1, Number(p.get('page')) || 1),
  }
}

export function searchHref(params: SearchParams): string {
  const p = new URLSearchParams()
  if (params.q) p.set('q', params.q)
  for (const f of params.format) p.append('format', f)
  if (params.language) p.set('language', params.language)
  if (params.audience) p.set('audience', params.audience)
  if (params.fiction) p.set('fiction', params.fiction)
  if (params.page > 1) p.set('page', String(params.page))
  const text = p.toString()
  return `/zoeken${text ? `?${text}` : ''}`
}
