import { useI18n } from '../i18n/i18n'
import { deskProblem } from './desk-problem'
import { useLocationNames } from './use-locations'

/** deskProblem with the page's language, location names, money and dates. */
export function useDeskProblem() {
  const { t, formatMoney, formatDate } = useI18n()
  const location = useLocationNames()
  return {
    location,
    problem: (error: unknown) => deskProblem(error, t, { location, money: formatMoney, date: (iso) => (iso ? formatDate(iso) : '') }),
  }
}
