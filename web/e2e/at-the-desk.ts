import { expect } from 'vitest'
import type { BrowserApp } from '../../src/test/browser.js'
import { signInStaff } from '../../src/test/test-app.js'

/** What a desk does for a member before the browser test starts: the API, as staff at that desk. */
export async function atTheDesk(b: BrowserApp, username: string, locationId: string) {
  const cookie = await signInStaff(b.app, username, locationId)
  const post = async (url: string, payload: Record<string, unknown>) => {
    const response = await b.app.inject({ method: 'POST', url, headers: { cookie }, payload })
    expect(response.statusCode, `${url}: ${response.body}`).toBe(201)
    return response.json()
  }
  return {
    lend: (itemBarcode: string, cardNumber: string): Promise<{ dueOn: string }> => post('/api/loans', { itemBarcode, cardNumber }),
    placeHold: (recordId: number, cardNumber: string, pickupLocationId: string): Promise<{ hold: { id: number } }> =>
      post('/api/holds', { recordId, cardNumber, pickupLocationId }),
  }
}
