import { type FormEvent, type Ref, useState } from 'react'
import { Field } from '../../ui/Field'

/** What a scanner can send: the same rule the API checks, so a stray scan is caught before it. */
export const barcodePattern = /^[0-9A-Za-z-]{4,32}$/
export const cardPattern = /^[0-9A-Za-z]{6,20}$/

interface ScanFieldProps {
  label: string
  hint: string
  inputRef: Ref<HTMLInputElement>
  error?: string | undefined
  disabled?: boolean
  /** Called with the trimmed scan; the field is emptied for the next one. */
  onScan: (text: string) => void
}

/**
 * A scanner types the code and presses Enter: one field in a form, emptied after each scan. The
 * page keeps the focus here (see its refs), so staff never need the mouse.
 */
export function ScanField({ label, hint, inputRef, error, disabled, onScan }: ScanFieldProps) {
  const [text, setText] = useState('')
  function submit(event: FormEvent) {
    event.preventDefault()
    const scan = text.trim()
    if (!scan) return
    setText('')
    onScan(scan)
  }
  return (
    <form onSubmit={submit} className="scan-form">
      <Field
        label={label}
        hint={hint}
        error={error}
        inputRef={inputRef}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="go"
        readOnly={disabled}
        className="scan-field"
      />
    </form>
  )
}
