import nodemailer from 'nodemailer'

export interface OutgoingMail {
  to: string
  subject: string
  text: string
}

/** How notices leave the building; small so a test, the demo and SMTP each fit behind it. */
export interface NoticeSender {
  send(mail: OutgoingMail): Promise<void>
}

export function smtpSender(url: string, from: string): NoticeSender {
  const transport = nodemailer.createTransport(url)
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text })
    },
  }
}

/** The demo sends nothing: it writes what it would send to the log. */
export function logSender(log: (line: string) => void = console.log): NoticeSender {
  return {
    async send(mail) {
      log(`notice to ${mail.to}: ${mail.subject}`)
    },
  }
}

/** NAOBER_SMTP_URL (e.g. smtp://mail.example.nl:587) turns real sending on; otherwise the log. */
export function senderFromEnvironment(env: NodeJS.ProcessEnv = process.env): NoticeSender {
  return env.NAOBER_SMTP_URL ? smtpSender(env.NAOBER_SMTP_URL, env.NAOBER_MAIL_FROM ?? 'naober <noreply@localhost>') : logSender()
}
