import { ConflictError } from '../../errors.js'
import type { NationalIblStatus } from './holds.tables.js'

/**
 * Outbound national IBL as ISO 18626 (2017/2021) Request messages, kept in an outbox for a
 * connector to send. The message carries the title and the delivery address of the pickup
 * location, never the member: ISO 18626 allows patronInfo, but personal data stays in the network.
 */
export interface RequestFacts {
  requestingAgencyRequestId: string
  requestingAgencyId: string
  title: string
  authors: string[]
  isbns: string[]
  publisher: string | null
  year: number | null
  pickup: { name: string; street: string | null; postcode: string | null; town: string }
  needBeforeDate: string
  at: Date
}

export function buildRequestMessage(facts: RequestFacts) {
  return {
    request: {
      header: {
        requestingAgencyId: { agencyIdType: 'ISIL', agencyIdValue: facts.requestingAgencyId },
        timestamp: facts.at.toISOString(),
        requestingAgencyRequestId: facts.requestingAgencyRequestId,
      },
      bibliographicInfo: {
        title: facts.title,
        ...(facts.authors[0] && { author: facts.authors[0] }),
        bibliographicItemId: facts.isbns.map((isbn) => ({ bibliographicItemIdentifierCode: 'ISBN', bibliographicItemIdentifier: isbn })),
      },
      publicationInfo: {
        ...(facts.publisher && { publisher: facts.publisher }),
        ...(facts.year && { publicationDate: String(facts.year) }),
      },
      serviceInfo: { requestType: 'New', requestSubType: 'PatronRequest', serviceType: 'Loan', needBeforeDate: facts.needBeforeDate },
      requestedDeliveryInfo: {
        address: {
          physicalAddress: {
            line1: facts.pickup.name,
            ...(facts.pickup.street && { line2: facts.pickup.street }),
            locality: facts.pickup.town,
            ...(facts.pickup.postcode && { postalCode: facts.pickup.postcode }),
            country: 'NL',
          },
        },
      },
    },
  }
}

/** The message as ISO 18626 XML, for a connector that speaks the standard on the wire. */
export function toIso18626Xml(message: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" version="1.2">${element(message)}</ISO18626Message>\n`
}

function element(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'object') return escapeXml(String(value))
  return Object.entries(value as Record<string, unknown>)
    .flatMap(([name, child]) => (Array.isArray(child) ? child.map((c) => [name, c] as const) : [[name, child] as const]))
    .map(([name, child]) => `<${name}>${element(child)}</${name}>`)
    .join('')
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`)

// The supplier's status life cycle of ISO 18626, with our own 'queued' and 'sent' before it.
const transitions: Record<NationalIblStatus, readonly NationalIblStatus[]> = {
  queued: ['sent', 'Cancelled'],
  sent: ['RequestReceived', 'ExpectToSupply', 'WillSupply', 'Loaned', 'Unfilled', 'RetryPossible', 'Cancelled'],
  RequestReceived: ['ExpectToSupply', 'WillSupply', 'Loaned', 'Unfilled', 'RetryPossible', 'Cancelled'],
  ExpectToSupply: ['WillSupply', 'Loaned', 'Unfilled', 'RetryPossible', 'Cancelled'],
  WillSupply: ['Loaned', 'Unfilled', 'Cancelled'],
  RetryPossible: ['sent', 'Unfilled', 'Cancelled'],
  Loaned: ['Overdue', 'Recalled', 'LoanCompleted', 'CompletedWithoutReturn'],
  Overdue: ['Recalled', 'LoanCompleted', 'CompletedWithoutReturn'],
  Recalled: ['LoanCompleted', 'CompletedWithoutReturn'],
  Unfilled: [],
  CopyCompleted: [],
  LoanCompleted: [],
  CompletedWithoutReturn: [],
  Cancelled: [],
}

export const isFinalStatus = (status: NationalIblStatus) => transitions[status].length === 0

export function assertTransition(from: NationalIblStatus, to: NationalIblStatus): void {
  if (!transitions[from].includes(to)) {
    throw new ConflictError('ibl_status_transition', `A national IBL request in status ${from} cannot become ${to}.`, {
      from,
      to,
      allowed: transitions[from],
    })
  }
}
