import { describe, expect, it } from 'vitest'
import { signInStaff, withTestApp } from '../../test/test-app.js'

const t = withTestApp()

describe('the circulation API in the OpenAPI document', () => {
  it('describes the desk, hold and rules routes with who may call them', async () => {
    const response = await t.app.inject('/api/openapi.json')
    expect(response.statusCode).toBe(200)
    const paths = response.json().paths
    for (const path of [
      '/api/loans',
      '/api/returns',
      '/api/renewals',
      '/api/holds',
      '/api/me/holds',
      '/api/locations/{id}/pull-list',
      '/api/circulation-rules',
    ]) {
      expect(paths, path).toHaveProperty([path])
    }
    expect(paths['/api/returns'].post.description).toContain('Who may call: staff with role desk')
    expect(paths['/api/me/loans'].get.description).toContain('a signed-in member')
  })

  it('refuses members’ own routes to anonymous callers and to staff', async () => {
    expect((await t.app.inject('/api/me/holds')).statusCode).toBe(401)
    const cookie = await signInStaff(t.app, 'poi')
    expect((await t.app.inject({ url: '/api/me/loans', headers: { cookie } })).statusCode).toBe(403)
    expect((await t.app.inject({ method: 'POST', url: '/api/loans', headers: { cookie: '' }, payload: {} })).statusCode).toBe(401)
  })
})
