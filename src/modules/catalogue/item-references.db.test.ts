import { describe, expect, it } from 'vitest'
import { buildItem, buildRecord } from '../../test/factories.js'
import { signInStaff, withTestApp } from '../../test/test-app.js'

const t = withTestApp()

/** The error a refused reference raises, as the database driver reports it. */
const refusal = (constraint: string, detail: string) => expect.objectContaining({ code: '23503', constraint, detail })

describe("a copy's organisation and locations (checked per statement)", () => {
  it('refuses a copy at a location that does not exist, as its foreign key did', async () => {
    await expect(buildItem(t.db, { organisation_id: 'bind', home_location_id: 'atlantis' })).rejects.toEqual(
      refusal('items_home_location_id_fkey', 'Key (home_location_id)=(atlantis) is not present in table "locations".'),
    )
  })

  it('refuses a copy of an organisation that does not exist', async () => {
    await expect(buildItem(t.db, { organisation_id: 'nergens', home_location_id: 'bind-meppel' })).rejects.toEqual(
      refusal('items_organisation_id_fkey', 'Key (organisation_id)=(nergens) is not present in table "organisations".'),
    )
  })

  it('refuses to move a copy to a location that does not exist, and lets it move to one that does', async () => {
    const item = await buildItem(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const move = (to: string) => t.db.updateTable('items').set({ current_location_id: to }).where('id', '=', item.id).execute()
    await expect(move('lemurie')).rejects.toEqual(
      refusal('items_current_location_id_fkey', 'Key (current_location_id)=(lemurie) is not present in table "locations".'),
    )
    await move('facet-emmen')
  })

  it('refuses to remove a location that a copy names, with the API saying it is still in use', async () => {
    const cookie = await signInStaff(t.app, 'bind-beheer')
    const location = {
      id: 'bind-veenhuizen',
      organisationId: 'bind',
      name: 'Bibliotheek Veenhuizen',
      type: 'service_point',
      town: 'Veenhuizen',
      municipalityCode: 'GM1730',
      latitude: 53.04,
      longitude: 6.39,
      hours: { staffed: [], selfService: [] },
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/locations', headers: { cookie }, payload: location })).statusCode).toBe(201)
    await buildItem(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', current_location_id: 'bind-veenhuizen' })
    const response = await t.app.inject({ method: 'DELETE', url: '/api/locations/bind-veenhuizen', headers: { cookie } })
    expect(response.statusCode).toBe(409)
    expect(response.json()).toMatchObject({ code: 'still_in_use', detail: 'It is still used in items and cannot be removed.' })
    expect((await t.app.inject('/api/locations/bind-veenhuizen')).statusCode).toBe(200)
  })
})

describe("a copy's record (checked per statement)", () => {
  it('refuses a copy of a record that does not exist, as its foreign key did', async () => {
    await expect(buildItem(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', record_id: 987654321 })).rejects.toEqual(
      refusal('items_record_id_fkey', 'Key (record_id)=(987654321) is not present in table "records".'),
    )
  })

  it('refuses to move a copy to a record that does not exist, and lets it move to one that does', async () => {
    const item = await buildItem(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const move = (to: number) => t.db.updateTable('items').set({ record_id: to }).where('id', '=', item.id).execute()
    await expect(move(987654321)).rejects.toEqual(
      refusal('items_record_id_fkey', 'Key (record_id)=(987654321) is not present in table "records".'),
    )
    await move((await buildRecord(t.db)).id)
  })

  it('refuses to remove a record that has copies, with the API saying it is still in use, and removes one without', async () => {
    const cookie = await signInStaff(t.app, 'collectie')
    const item = await buildItem(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const remove = (id: number) => t.app.inject({ method: 'DELETE', url: `/api/records/${id}`, headers: { cookie } })
    const refused = await remove(item.record_id)
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({ code: 'still_in_use', detail: 'It is still used in items and cannot be removed.' })
    expect((await t.app.inject(`/api/records/${item.record_id}`)).statusCode).toBe(200)
    expect((await remove((await buildRecord(t.db)).id)).statusCode).toBe(204)
  })
})
