import { execFileSync, spawnSync } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { importMarc } from '../modules/catalogue/import/import-marc.js'
import { openMarcFile } from '../modules/catalogue/marc/marc-file.js'
import { signInStaff, withTestApp } from '../test/test-app.js'
import { writeMarcExport } from './export.command.js'

const t = withTestApp()
const hasYaz = spawnSync('yaz-marcdump', ['-V']).error === undefined
const formats = ['iso2709', 'marcxml'] as const

async function exportToFile(format: (typeof formats)[number], q?: string) {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'naober-export-')), `export.${format}`)
  await writeMarcExport(t.db, { format, ...(q && { q }) }, createWriteStream(file))
  return file
}

beforeAll(async () => {
  const data = new URL('../../data/marc/', import.meta.url).pathname
  await importMarc(t.db, await openMarcFile(`${data}pymarc__test.dat`), { itemsField: null })
  await importMarc(t.db, await openMarcFile(`${data}marc4j__chabon.mrc`), { itemsField: null })
})

describe('naober export marc', () => {
  it.each(formats)('writes the same %s as the API gives for the same search', async (format) => {
    const file = await exportToFile(format, 'perl')
    const cookie = await signInStaff(t.app, 'poi')
    const api = await t.app.inject({ url: `/api/catalogue/export?format=${format}&q=perl`, headers: { cookie } })
    expect(api.statusCode).toBe(200)
    expect((await readFile(file)).equals(api.rawPayload)).toBe(true)
  })

  it('exports the whole catalogue without a query, and our own reader reads every record back', async () => {
    const file = await exportToFile('iso2709')
    const results = []
    for await (const result of (await openMarcFile(file)).results) results.push(result)
    const { n } = await t.db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(results.map((r) => r.kind)).toEqual(Array(Number(n)).fill('record'))
  })

  it.skipIf(!hasYaz)('writes files yaz-marcdump reads without complaint (skipped when yaz is not installed)', async () => {
    for (const format of formats) {
      const file = await exportToFile(format)
      const input = format === 'marcxml' ? ['-i', 'marcxml'] : []
      const check = spawnSync('yaz-marcdump', ['-n', ...input, file], { encoding: 'utf8' })
      expect(check.stderr).toBe('')
      expect(check.stdout).toBe('')
      const dump = execFileSync('yaz-marcdump', [...input, file], { encoding: 'utf8' })
      expect(dump).toContain('Kavalier and Clay')
      expect(dump.match(/^245 /gm)?.length).toBe(12)
    }
  })
})
