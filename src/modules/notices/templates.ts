import type { Language } from '../patrons/patron.tables.js'
import type { NoticeKind } from './notice.tables.js'

export interface NoticeValues {
  firstName: string
  title: string
  /** where to pick up or return */
  locationName?: string
  /** a pickup deadline or a due date, 'YYYY-MM-DD' */
  date?: string
  pickupCode?: string
}

interface Template {
  subject: (v: NoticeValues) => string
  body: (v: NoticeValues) => string
}

const longDate = (date: string | undefined, language: Language) =>
  date
    ? new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${date}T12:00:00Z`))
    : ''

// Plain language (B1 for Dutch): short sentences, what to do, and by when.
const templates: Record<Language, Record<NoticeKind, Template>> = {
  nl: {
    hold_ready: {
      subject: (v) => `Uw reservering ligt klaar: ${v.title}`,
      body: (v) =>
        `Beste ${v.firstName},\n\n"${v.title}" ligt voor u klaar in ${v.locationName}.\nHaal het op vóór ${longDate(v.date, 'nl')}. Uw ophaalcode is ${v.pickupCode}.\n\nMet vriendelijke groet,\nUw bibliotheek`,
    },
    pickup_reminder: {
      subject: (v) => `Nog ophalen: ${v.title}`,
      body: (v) =>
        `Beste ${v.firstName},\n\n"${v.title}" ligt nog voor u klaar in ${v.locationName}.\nU kunt het ophalen tot en met ${longDate(v.date, 'nl')}. Daarna gaat het naar de volgende lezer.\n\nMet vriendelijke groet,\nUw bibliotheek`,
    },
    hold_expired: {
      subject: (v) => `Reservering vervallen: ${v.title}`,
      body: (v) =>
        `Beste ${v.firstName},\n\nUw reservering van "${v.title}" is vervallen. U kunt het opnieuw reserveren als u het nog wilt lezen.\n\nMet vriendelijke groet,\nUw bibliotheek`,
    },
    due_soon: {
      subject: (v) => `Inleveren op ${longDate(v.date, 'nl')}: ${v.title}`,
      body: (v) =>
        `Beste ${v.firstName},\n\nLever "${v.title}" uiterlijk ${longDate(v.date, 'nl')} in. Dat kan in elke bibliotheek in Drenthe.\nWilt u het langer houden? Verleng het in Mijn bibliotheek.\n\nMet vriendelijke groet,\nUw bibliotheek`,
    },
    overdue: {
      subject: (v) => `Te laat: ${v.title}`,
      body: (v) =>
        `Beste ${v.firstName},\n\nU had "${v.title}" op ${longDate(v.date, 'nl')} moeten inleveren. Lever het zo snel mogelijk in, in elke bibliotheek in Drenthe.\n\nMet vriendelijke groet,\nUw bibliotheek`,
    },
  },
  en: {
    hold_ready: {
      subject: (v) => `Your hold is ready: ${v.title}`,
      body: (v) =>
        `Dear ${v.firstName},\n\n"${v.title}" is ready for you at ${v.locationName}.\nPick it up by ${longDate(v.date, 'en')}. Your pickup code is ${v.pickupCode}.\n\nKind regards,\nYour library`,
    },
    pickup_reminder: {
      subject: (v) => `Still waiting for you: ${v.title}`,
      body: (v) =>
        `Dear ${v.firstName},\n\n"${v.title}" is still waiting for you at ${v.locationName}.\nYou can pick it up until ${longDate(v.date, 'en')}. After that it goes to the next reader.\n\nKind regards,\nYour library`,
    },
    hold_expired: {
      subject: (v) => `Hold expired: ${v.title}`,
      body: (v) =>
        `Dear ${v.firstName},\n\nYour hold on "${v.title}" has expired. You can place it again if you still want to read it.\n\nKind regards,\nYour library`,
    },
    due_soon: {
      subject: (v) => `Due on ${longDate(v.date, 'en')}: ${v.title}`,
      body: (v) =>
        `Dear ${v.firstName},\n\nPlease return "${v.title}" by ${longDate(v.date, 'en')}, at any library in Drenthe.\nWant to keep it longer? Renew it in My library.\n\nKind regards,\nYour library`,
    },
    overdue: {
      subject: (v) => `Overdue: ${v.title}`,
      body: (v) =>
        `Dear ${v.firstName},\n\n"${v.title}" was due on ${longDate(v.date, 'en')}. Please return it soon, at any library in Drenthe.\n\nKind regards,\nYour library`,
    },
  },
}

export function renderNotice(kind: NoticeKind, language: Language, values: NoticeValues): { subject: string; body: string } {
  const template = templates[language][kind]
  return { subject: template.subject(values), body: template.body(values) }
}
