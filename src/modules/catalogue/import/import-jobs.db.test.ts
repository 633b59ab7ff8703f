import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { buildServer } from '../../../http/server.js'
import { signInStaff, withTestApp } from '../../../test/test-app.js'

const t = withTestApp()
const dataFolder = new URL('../../../../data/marc/', import.meta.url).pathname

/** A multipart/form-data body with one file in the field "file", as a browser sends it. */
function upload(fileName: string, content: Buffer | string) {
  const boundary = `naober${Date.now()}`
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${fileName}"\r\ncontent-type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

async function post(cookie: string, fileName: string, content: Buffer | string, query = '') {
  const body = upload(fileName, content)
  return t.app.inject({
    method: 'POST',
    url: `/api/catalogue/imports${query}`,
    payload: body.payload,
    headers: { ...body.headers, cookie },
  })
}

/** Polls the job as a client would, until it has finished. */
async function finished(cookie: string, id: number) {
  for (let attempt = 0; attempt < 300; attempt++) {
    const job = (await t.app.inject({ url: `/api/catalogue/imports/${id}`, headers: { cookie } })).json()
    if (job.status === 'done' || job.status === 'failed') return job
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`import job ${id} did not finish`)
}

describe('importing MARC through the API', () => {
  it('runs an upload as a background job whose report lists the malformed records by number and offset', async () => {
    const cookie = await signInStaff(t.app, 'collectie')
    const response = await post(cookie, 'bad_records.mrc', await readFile(`${dataFolder}pymarc__bad_records.mrc`))
    expect(response.statusCode, response.body).toBe(202)
    const accepted = response.json()
    expect(response.headers.location).toBe(`/api/catalogue/imports/${accepted.id}`)
    expect(accepted).toMatchObject({ fileName: 'bad_records.mrc', format: 'iso2709', createdBy: { name: expect.any(String) } })
    const job = await finished(cookie, accepted.id)
    expect(job).toMatchObject({ status: 'done', recordsRead: 8, created: 2, updated: 0, skipped: 6, message: null })
    expect(job.problems[0]).toEqual({ number: 2, offset: 127, reason: 'leader: base address 99937 lies outside the record' })
    expect(job.startedAt).not.toBeNull()
    expect(job.finishedAt).not.toBeNull()
    const list = (await t.app.inject({ url: '/api/catalogue/imports', headers: { cookie } })).json()
    expect(list[0].id).toBe(accepted.id)
  })

  it('reads copies from the holdings field asked for, as the CLI does', async () => {
    const cookie = await signInStaff(t.app, 'poi')
    const xml = `<collection xmlns="http://www.loc.gov/MARC21/slim"><record><leader>00000nam a2200000 a 4500</leader>
      <controlfield tag="001">API1</controlfield><datafield tag="245" ind1="1" ind2="0"><subfield code="a">Het veen</subfield></datafield>
      <datafield tag="952" ind1=" " ind2=" "><subfield code="a">bind-meppel</subfield><subfield code="p">BIND7001</subfield></datafield>
      </record></collection>`
    const response = await post(cookie, 'veen.xml', xml, '?items=952')
    expect(response.statusCode, response.body).toBe(202)
    const job = await finished(cookie, response.json().id)
    expect(job).toMatchObject({ status: 'done', format: 'marcxml', itemsField: '952', created: 1, itemsCreated: 1 })
    const item = await t.app.inject({ url: '/api/items/barcode/BIND7001', headers: { cookie } })
    expect(item.json().homeLocationId).toBe('bind-meppel')
  })

  it('refuses a file that is not MARC at once, with a 422 and no job', async () => {
    const cookie = await signInStaff(t.app, 'collectie')
    const before = (await t.app.inject({ url: '/api/catalogue/imports', headers: { cookie } })).json().length
    const response = await post(cookie, 'leden.csv', 'kaartnummer;naam\n21001000000011;Gerrit Hoving\n')
    expect(response.statusCode).toBe(422)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.json()).toMatchObject({ code: 'not_marc' })
    expect(response.json().detail).toContain('not MARC')
    expect((await t.app.inject({ url: '/api/catalogue/imports', headers: { cookie } })).json()).toHaveLength(before)
  })

  it('answers a request without a file with a 400 naming the field', async () => {
    const cookie = await signInStaff(t.app, 'collectie')
    const response = await t.app.inject({ method: 'POST', url: '/api/catalogue/imports', payload: { file: 'x' }, headers: { cookie } })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'file_missing', field: 'file' })
  })

  it('lets only collection specialists and the network admin import', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const response = await post(cookie, 'x.mrc', await readFile(`${dataFolder}marc4j__chabon.mrc`))
    expect(response.statusCode).toBe(403)
    expect((await t.app.inject({ url: '/api/catalogue/imports', headers: { cookie } })).statusCode).toBe(403)
  })

  it('marks a job the server was running when it stopped as failed: interrupted, not running for ever', async () => {
    const { id } = await t.db
      .insertInto('catalogue_import_jobs')
      .values({ file_name: 'groot.mrc', format: 'iso2709', status: 'running', started_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow()
    const restarted = await buildServer({ db: t.db, dbKind: t.handle.kind, now: () => new Date(), secureCookies: false })
    try {
      const cookie = await signInStaff(restarted.app, 'collectie')
      const job = (await restarted.app.inject({ url: `/api/catalogue/imports/${id}`, headers: { cookie } })).json()
      expect(job).toMatchObject({ status: 'failed', message: 'interrupted' })
      expect(job.finishedAt).not.toBeNull()
    } finally {
      await restarted.app.close()
    }
  })
})
