import type { Patron } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { useNetwork } from '../../locations/use-network'

export function DetailsSection({ patron }: { patron: Patron }) {
  const { t, formatDate } = useI18n()
  const network = useNetwork()
  const address = [patron.streetAddress, [patron.postcode, patron.town].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  const rows: [string, string][] = [
    [t.account.name, `${patron.firstName} ${patron.lastName}`],
    [t.account.cardNumber, patron.cardNumber],
    [t.account.email, patron.email ?? t.account.none],
    [t.account.phone, patron.phone ?? t.account.none],
    [t.account.address, address || t.account.none],
    [t.account.homeLocation, network.data?.locationName(patron.homeLocationId) ?? patron.homeLocationId],
    [t.account.validUntil, patron.expiresOn ? formatDate(patron.expiresOn) : t.account.none],
  ]
  return (
    <section aria-labelledby="details-heading" className="account-section card">
      <h2 id="details-heading">{t.account.details}</h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t.account.changeDetails}</p>
    </section>
  )
}
