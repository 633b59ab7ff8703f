import { useId } from 'react'
import { useI18n } from '../../i18n/i18n'

export function SoundToggle({ on, toggle }: { on: boolean; toggle: (next: boolean) => void }) {
  const { t } = useI18n()
  const id = useId()
  return (
    <p className="sound-toggle">
      <input id={id} type="checkbox" checked={on} onChange={(e) => toggle(e.target.checked)} />
      <label htmlFor={id}>{t.desk.scan.sound}</label>
    </p>
  )
}
