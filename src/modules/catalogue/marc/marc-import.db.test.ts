import { execFile, execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { signInStaff, withTestApp } from '../../../test/test-app.js'
import { importMarc } from '../import/import-marc.js'
import { openMarcFile } from './marc-file.js'

const t = withTestApp()
const dataFolder = new URL('../../../../data/marc/', import.meta.url).pathname
const hasYaz = spawnSync('yaz-marcdump', ['-V']).error === undefined
const yazNote = 'yaz-marcdump/yaz-client are not installed (apt-get install -y yaz): skipped'

const importFile = async (name: string, itemsField: '952' | '852' | null = null, batchSize?: number) =>
  importMarc(t.db, await openMarcFile(path.isAbsolute(name) ? name : `${dataFolder}${name}`), {
    itemsField,
    ...(batchSize && { batchSize }),
  })

/** Imports these MARCXML records from a file of their own (in batches of `batchSize` records). */
async function importXml(records: string[], itemsField: '952' | null = null, batchSize?: number) {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'naober-marc-')), 'records.xml')
  await writeFile(file, `<collection xmlns="http://www.loc.gov/MARC21/slim">${records.join('')}</collection>`)
  return importFile(file, itemsField, batchSize)
}

/** A MARCXML record with a control number, a title and one copy in 952. */
const recordWithCopy = (id: string, title: string, copy: { location: string; barcode: string; price: string; shelf?: string }) =>
  `<record><leader>00000nam a2200000 a 4500</leader>
  <controlfield tag="001">${id}</controlfield><datafield tag="245" ind1="1" ind2="0"><subfield code="a">${title}</subfield></datafield>
  <datafield tag="952" ind1=" " ind2=" "><subfield code="a">${copy.location}</subfield><subfield code="p">${copy.barcode}</subfield>
  ${copy.shelf ? `<subfield code="o">${copy.shelf}</subfield>` : ''}<subfield code="v">${copy.price}</subfield></datafield></record>`

describe('importing MARC', () => {
  it('imports the good records of a file and reports the bad ones', async () => {
    const report = await importFile('pymarc__bad_records.mrc')
    expect(report).toMatchObject({ recordsRead: 8, created: 2, updated: 0, skipped: 6 })
    expect(report.problems[0]).toEqual({ number: 2, offset: 127, reason: 'leader: base address 99937 lies outside the record' })
  })

  it("leaves synchronous commit on for other transactions: the import's batches alone commit without waiting for the disk", async () => {
    await importFile('ruby-marc__utf8.marc')
    const settings = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.db.transaction().execute((trx) => sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(trx)),
      ),
    )
    expect(settings.map((s) => s.rows[0])).toEqual(Array(4).fill({ synchronous_commit: 'on' }))
  })

  it('updates a record on re-import (by 001) instead of duplicating it', async () => {
    const first = await importFile('marc4j__chabon.mrc')
    expect(first).toMatchObject({ created: 2, updated: 0 })
    const again = await importFile('marc4j__chabon.xml')
    expect(again).toMatchObject({ created: 0, updated: 2 })
    const found = (await t.app.inject('/api/records?controlNumber=11939876')).json()
    expect(found.total).toBe(1)
    expect(found.items[0]).toMatchObject({
      title: 'The amazing adventures of Kavalier and Clay',
      authors: ['Chabon, Michael'],
      fiction: true,
      language: 'eng',
    })
  })

  it('reads copies from 952 and refuses a whole record whose copy names an unknown location', async () => {
    const report = await importXml(
      [
        recordWithCopy('T1', 'Het veen', { location: 'bind-meppel', barcode: 'BIND9001', price: '19,95', shelf: 'R VEEN' }),
        recordWithCopy('T2', 'Het veen', { location: 'atlantis', barcode: 'BIND9002', price: '19,95', shelf: 'R VEEN' }),
      ],
      '952',
    )
    expect(report).toMatchObject({ created: 1, skipped: 1, itemsCreated: 1 })
    expect(report.problems[0]?.reason).toBe("copy BIND9002: no location 'atlantis' in the network")
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const item = (await t.app.inject({ url: '/api/items/barcode/BIND9001', headers: { cookie } })).json()
    expect(item).toMatchObject({
      organisationId: 'bind',
      homeLocationId: 'bind-meppel',
      shelfCode: 'R VEEN',
      priceCents: 1995,
      status: 'available',
    })
    expect((await t.app.inject('/api/records?controlNumber=T2')).json().total).toBe(0)
  })
})

describe('a record the database refuses', () => {
  it('is left out whole, copies and all, while the rest of its batch is written', async () => {
    // a price no integer column holds: only the database finds this out, when it writes the copy
    const report = await importXml(
      [
        recordWithCopy('REFUSED1', 'Het hunebed', { location: 'bind-meppel', barcode: 'BIND9101', price: '12,50' }),
        recordWithCopy('REFUSED2', 'Het hunebed', { location: 'bind-meppel', barcode: 'BIND9102', price: '99999999999' }),
      ],
      '952',
    )
    expect(report).toMatchObject({ created: 1, skipped: 1, itemsCreated: 1 })
    expect(report.problems[0]).toMatchObject({ number: 2, controlNumber: 'REFUSED2' })
    expect(report.problems[0]?.reason).toMatch(/^the catalogue refused it: /)
    const written = await t.db.selectFrom('records').select('control_number').where('control_number', 'like', 'REFUSED%').execute()
    expect(written).toEqual([{ control_number: 'REFUSED1' }])
    const copies = await t.db.selectFrom('items').select('barcode').where('barcode', 'in', ['BIND9101', 'BIND9102']).execute()
    expect(copies).toEqual([{ barcode: 'BIND9101' }])
  })
})

describe('matching on re-import', () => {
  const field = (tag: string, code: string, value: string) =>
    `<datafield tag="${tag}" ind1=" " ind2=" "><subfield code="${code}">${value}</subfield></datafield>`
  const record = (fields: { id?: string; title: string; isbn?: string; linkedIsbn?: string }) => `<record>
    <leader>00000nam a2200000 a 4500</leader>${fields.id ? `<controlfield tag="001">${fields.id}</controlfield>` : ''}
    ${field('100', 'a', 'Jansen, Anna')}${field('245', 'a', fields.title)}${fields.isbn ? field('020', 'a', fields.isbn) : ''}
    ${fields.linkedIsbn ? field('776', 'z', fields.linkedIsbn) : ''}</record>`
  const importRecords = (...records: string[]) => importXml(records)
  const recordsWithIsbn = (isbn: string) =>
    t.db
      .selectFrom('records')
      .select(['control_number', 'title', 'work_id'])
      .where(sql<boolean>`isbns @> array[${isbn}]`)
      .orderBy('id')
      .execute()

  it('matches a record without 001 on its ISBN, while a new 001 makes a record of its own', async () => {
    await importRecords(record({ id: 'ISBNMATCH1', title: 'De veenkolonie', isbn: '9789044411119' }))
    const again = await importRecords(
      record({ title: 'De veenkolonie, tweede druk', isbn: '9789044411119' }),
      record({ id: 'ISBNMATCH2', title: 'De veenkolonie, e-book', isbn: '9789044411119' }),
    )
    expect(again).toMatchObject({ created: 1, updated: 1 })
    expect(await recordsWithIsbn('9789044411119')).toMatchObject([
      { control_number: 'ISBNMATCH1', title: 'De veenkolonie, tweede druk' },
      { control_number: 'ISBNMATCH2', title: 'De veenkolonie, e-book' },
    ])
  })

  it('gives a record without 001 a record of its own when the record before it, in a batch in flight, gave up that ISBN', async () => {
    await importRecords(record({ id: 'GIVENUP1', title: 'De hunebedden', isbn: '9789044433333' }))
    // two batches of 60: the second is looked up while the first, which ends with the re-import, is being written
    const others = (from: number) =>
      Array.from({ length: 59 }, (_, n) => record({ id: `GIVENUP-${from + n}`, title: `Het Drouwenerzand, deel ${from + n}` }))
    const again = await importXml(
      [
        ...others(0),
        record({ id: 'GIVENUP1', title: 'De hunebedden, herzien', isbn: '9789044433340' }),
        record({ title: 'Hunebedden in Drenthe', isbn: '9789044433333' }),
        ...others(59),
      ],
      null,
      60,
    )
    expect(again).toMatchObject({ created: 119, updated: 1 })
    expect(await recordsWithIsbn('9789044433333')).toMatchObject([{ control_number: null, title: 'Hunebedden in Drenthe' }])
    expect(await recordsWithIsbn('9789044433340')).toMatchObject([{ control_number: 'GIVENUP1', title: 'De hunebedden, herzien' }])
  })

  it("puts an edition that names another format's ISBN (776 $z) in that format's work", async () => {
    await importRecords(record({ id: 'LINKED1', title: 'Het turfschip', isbn: '9789044422221' }))
    await importRecords(record({ id: 'LINKED2', title: 'Het turfschip: luisterboek', linkedIsbn: '9789044422221' }))
    const [book] = await recordsWithIsbn('9789044422221')
    const audiobook = await t.db.selectFrom('records').select('work_id').where('control_number', '=', 'LINKED2').executeTakeFirstOrThrow()
    expect(book?.work_id).not.toBeNull()
    expect(audiobook.work_id).toBe(book?.work_id)
  })
})

describe('batches written at once (a batch of one record each: the next is written while the one before is)', () => {
  const oneByOne = (records: string[]) => importXml(records, '952', 1)
  const copy = (barcode: string, shelf: string) => ({ location: 'bind-meppel', barcode, price: '9,95', shelf })

  it('updates a record that comes again in the next batch, instead of writing it twice', async () => {
    const report = await oneByOne([
      recordWithCopy('INFLIGHT1', 'Het eerste veen', copy('INFL1001', 'R EERS')),
      recordWithCopy('INFLIGHT1', 'Het tweede veen', copy('INFL1002', 'R TWEE')),
    ])
    expect(report).toMatchObject({ created: 1, updated: 1, skipped: 0, itemsCreated: 2 })
    const records = await t.db.selectFrom('records').select(['id', 'title']).where('control_number', '=', 'INFLIGHT1').execute()
    expect(records).toMatchObject([{ title: 'Het tweede veen' }])
    const copies = await t.db.selectFrom('items').select('record_id').where('barcode', 'in', ['INFL1001', 'INFL1002']).execute()
    expect(copies).toEqual([{ record_id: records[0]?.id }, { record_id: records[0]?.id }])
  })

  it('moves a copy that comes again in the next batch, instead of refusing the record', async () => {
    const report = await oneByOne([
      recordWithCopy('INFLIGHT2', 'De turfsteker', copy('INFL2001', 'R TURF')),
      recordWithCopy('INFLIGHT3', 'De turfsteker, tweede druk', copy('INFL2001', 'R TURF 2')),
    ])
    expect(report).toMatchObject({ created: 2, skipped: 0, itemsCreated: 1, itemsUpdated: 1 })
    const moved = await t.db
      .selectFrom('items')
      .innerJoin('records', 'records.id', 'items.record_id')
      .select(['control_number', 'shelf_code'])
      .where('barcode', '=', 'INFL2001')
      .execute()
    expect(moved).toEqual([{ control_number: 'INFLIGHT3', shelf_code: 'R TURF 2' }])
  })

  it('counts the words of records written at once in the "did you mean" dictionary, and gives an edition of one work that work', async () => {
    const records = Array.from({ length: 12 }, (_, n) =>
      recordWithCopy(`INFLIGHT4-${n}`, 'Zwerfkeien van het Hondsrug-plateau', copy(`INFL4${String(n).padStart(3, '0')}`, 'R ZWER')),
    )
    const report = await oneByOne(records)
    expect(report).toMatchObject({ created: 12, skipped: 0 })
    const terms = await t.db
      .selectFrom('catalogue_terms')
      .select(['term', 'records'])
      .where('term', 'in', ['zwerfkeien', 'hondsrug'])
      .execute()
    expect(terms.sort((a, b) => a.term.localeCompare(b.term))).toEqual([
      { term: 'hondsrug', records: 12 },
      { term: 'zwerfkeien', records: 12 },
    ])
    const works = await t.db.selectFrom('records').select('work_id').distinct().where('control_number', 'like', 'INFLIGHT4-%').execute()
    expect(works).toHaveLength(1)
  })

  it('reports the problems of every batch, in the order of the file', async () => {
    const report = await oneByOne(
      Array.from({ length: 6 }, (_, n) =>
        recordWithCopy(`INFLIGHT5-${n}`, 'Het Drentse landschap', {
          ...copy(`INFL5${String(n).padStart(3, '0')}`, 'R DREN'),
          ...(n % 2 === 1 && { location: 'atlantis' }),
        }),
      ),
    )
    expect(report).toMatchObject({ created: 3, skipped: 3 })
    expect(report.problems.map((p) => p.number)).toEqual([2, 4, 6])
  })
})

describe.skipIf(!hasYaz)(`MARC out (${hasYaz ? 'checked with yaz-marcdump' : yazNote})`, () => {
  it.each(['iso2709', 'marcxml'] as const)('exports %s that yaz-marcdump reads without complaint', async (format) => {
    await importFile('pymarc__test.dat')
    const cookie = await signInStaff(t.app, 'poi')
    const response = await t.app.inject({ url: `/api/catalogue/export?format=${format}&q=perl`, headers: { cookie } })
    expect(response.statusCode).toBe(200)
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'naober-export-')), `export.${format}`)
    await writeFile(file, response.rawPayload)
    const dump = spawnSync('yaz-marcdump', ['-n', ...(format === 'marcxml' ? ['-i', 'marcxml'] : []), file], { encoding: 'utf8' })
    expect(dump.stderr).toBe('')
    expect(dump.stdout).toBe('')
    const text = execFileSync('yaz-marcdump', [...(format === 'marcxml' ? ['-i', 'marcxml'] : []), file], { encoding: 'utf8' })
    expect(text.match(/^245 /gm)?.length).toBeGreaterThanOrEqual(9)
  })

  it('gives yaz-client MARCXML from /sru', async () => {
    await importFile('marc4j__chabon.mrc')
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' })
    const script = `open ${address}/sru\nsru get 2.0\nquerytype cql\nschema marcxml\nfind dc.title=kavalier and dc.creator=chabon\nshow 1\nquit\n`
    // yaz-client runs beside the server in this process, so it must not block the event loop.
    const output = await new Promise<string>((resolve, reject) => {
      const child = execFile('yaz-client', [], { encoding: 'utf8', timeout: 20_000 }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      )
      child.stdin?.end(script)
    })
    expect(output).toContain('Number of hits: 1')
    expect(output).toContain('<record xmlns="http://www.loc.gov/MARC21/slim">')
    expect(output).toContain('Kavalier and Clay')
  })
})

describe('SRU', () => {
  it('answers explain, Dublin Core, and diagnostics for what it does not support', async () => {
    expect((await t.app.inject('/sru')).body).toContain('<zr:explain')
    const dc = (await t.app.inject('/sru?query=dc.creator%3Dchabon&recordSchema=dc&maximumRecords=1')).body
    expect(dc).toContain('<dc:creator>Chabon, Michael</dc:creator>')
    expect(dc).toContain('<sru:nextRecordPosition>2</sru:nextRecordPosition>')
    expect((await t.app.inject('/sru?query=dc.colour%3Dred')).body).toContain('info:srw/diagnostic/1/16')
    expect((await t.app.inject('/sru?query=title%20prox%20x')).body).toContain('info:srw/diagnostic/1/37')
    expect((await t.app.inject('/sru?query=(dc.title%3Dx')).body).toContain('info:srw/diagnostic/1/10')
    expect((await t.app.inject('/sru?query=x&recordSchema=mods')).body).toContain('info:srw/diagnostic/1/66')
    expect((await t.app.inject('/sru?query=bath.isbn%3D0679450041')).body).toContain('<sru:numberOfRecords>1</sru:numberOfRecords>')
  })
})
