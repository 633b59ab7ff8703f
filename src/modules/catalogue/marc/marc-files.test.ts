import { describe, expect, it } from 'vitest'
import { openMarcFile } from './marc-file.js'

const dataFolder = new URL('../../../../data/marc/', import.meta.url).pathname

async function readAll(name: string) {
  const file = await openMarcFile(`${dataFolder}${name}`)
  const records = []
  const malformed = []
  for await (const result of file.results) {
    if (result.kind === 'record') records.push(result.record)
    else malformed.push(result)
  }
  return { format: file.format, records, malformed }
}

describe('reading the real MARC files of data/marc', () => {
  it.each([
    ['pymarc__test.dat', 10],
    ['pymarc__marc8.dat', 1],
    ['pymarc__utf8_with_leader_flag.dat', 1],
    ['pymarc__regression45.dat', 12],
    ['ruby-marc__utf8.marc', 1],
    ['marc4j__chabon.mrc', 2],
    ['pymarc__batch.xml', 2],
    ['pymarc__utf8.xml', 1],
    ['marc4j__chabon.xml', 2],
  ])('reads every record of the well-formed %s (%i)', async (name, count) => {
    const { records, malformed } = await readAll(name)
    expect(malformed).toEqual([])
    expect(records).toHaveLength(count)
  })

  it('decodes MARC-8 to the same Unicode as the UTF-8 copy of the record', async () => {
    const [marc8] = (await readAll('pymarc__marc8.dat')).records
    const [utf8] = (await readAll('pymarc__utf8_with_leader_flag.dat')).records
    expect(marc8?.fields).toEqual(utf8?.fields)
    expect(JSON.stringify(marc8?.fields)).toMatch(/[^ -~]/u)
  })

  it('reports the malformed records with number, offset and reason, and reads on', async () => {
    const bad = await readAll('pymarc__bad_records.mrc')
    expect(bad.records).toHaveLength(2)
    expect(bad.malformed.map((m) => [m.number, m.offset])).toEqual([
      [2, 127],
      [3, 254],
      [4, 381],
      [5, 509],
      [6, 637],
      [7, 764],
    ])
    expect(bad.malformed[0]?.reason).toBe('leader: base address 99937 lies outside the record')
    const truncated = await readAll('marc4j__008008027.mrc')
    expect(truncated.records).toHaveLength(18)
    expect(truncated.malformed).toEqual([
      {
        kind: 'malformed',
        number: 19,
        offset: 62502,
        reason: 'the file ends in the middle of a record: 3034 bytes without a record terminator',
      },
    ])
    expect((await readAll('File_MARC__wronglen.mrc')).malformed[0]?.reason).toBe('leader: record length says 727 bytes, the record has 741')
    expect((await readAll('marc-perl__marc-record__baddir.usmarc')).malformed[0]?.reason).toMatch(/^directory/)
    expect((await readAll('ruby-marc__utf8_with_bad_bytes.marc')).malformed[0]?.reason).toBe(
      'field 245 is not valid UTF-8, though leader/09 says UTF-8',
    )
    const badLeader = await readAll('marc-perl__marc-record__badldr.usmarc')
    expect(badLeader.records).toHaveLength(6)
    expect(badLeader.malformed.map((m) => m.number)).toEqual([3, 8])
  })

  it('skips a MARCXML record without a subfield code, and stops where the XML breaks', async () => {
    const missingCode = await readAll('marc4j__chabon-missing-subfield-code.xml')
    expect(missingCode.malformed[0]?.reason).toBe('field 020 has a subfield without a code')
    const broken = await readAll('ruby-marc__three-records-second-bad.xml')
    expect(broken.records).toHaveLength(1)
    expect(broken.malformed[0]).toMatchObject({ number: 2, line: 55 })
    expect(broken.malformed[0]?.reason).toMatch(/not well-formed at line 72/)
  })

  it('refuses a file that is not MARC at once', async () => {
    await expect(openMarcFile(`${dataFolder}MANIFEST.csv`)).rejects.toThrow(/not MARC/)
  })
})
