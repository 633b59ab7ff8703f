// marcjs ships no types; only what naober uses is declared.
declare module 'marcjs' {
  /** [tag, value] for control fields, [tag, indicators, code, value, code, value…] for data fields */
  export interface MarcjsRecord {
    leader: string
    fields: string[][]
  }
  const marcjs: {
    Marc: { format(record: MarcjsRecord, type: 'iso2709' | 'marcxml' | 'text'): string }
  }
  export default marcjs
}
