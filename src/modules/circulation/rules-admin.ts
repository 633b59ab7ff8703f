import { toColumns } from '../../db/columns.js'
import type { Db } from '../../db/database.js'
import { NotFoundError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import { assertManagesOrganisation } from '../access/policy.js'
import { findOrganisation } from '../network/network.repository.js'
import type { CirculationRuleRow } from './circulation.tables.js'
import { defaultSettings, toSettings } from './policy.js'
import { listCirculationRules } from './policy.repository.js'
import { invalidateCirculationPolicy } from './policy-cache.js'
import * as repo from './rules.repository.js'
import type { CreateRuleBody, RuleResponse, SettingsResponse, UpdateRuleBody, UpdateSettingsBody } from './rules.schema.js'

export const toRuleResponse = (row: CirculationRuleRow): RuleResponse => ({
  id: row.id,
  organisationId: row.organisation_id,
  patronCategory: row.patron_category,
  format: row.format,
  collection: row.collection,
  loanDays: row.loan_days,
  renewals: row.renewals,
  maxLoans: row.max_loans,
  maxHolds: row.max_holds,
  holdable: row.holdable,
  travels: row.travels,
  holdFeeLocalCents: row.hold_fee_local_cents,
  holdFeeProvincialCents: row.hold_fee_provincial_cents,
  holdFeeNationalCents: row.hold_fee_national_cents,
  overdueFineCentsPerDay: row.overdue_fine_cents_per_day,
  maxOverdueFineCents: row.max_overdue_fine_cents,
  lostItemChargeCents: row.lost_item_charge_cents,
})

/** The rules are public within the network: members see what a loan costs and how long it lasts. */
export async function listRules(db: Db, organisationId: string | undefined): Promise<RuleResponse[]> {
  return (await listCirculationRules(db, organisationId)).map(toRuleResponse)
}

export async function createRule(db: Db, actor: Actor, body: CreateRuleBody): Promise<RuleResponse> {
  assertManagesOrganisation(actor, body.organisationId)
  const row = await repo.insertRule(db, toColumns(body))
  invalidateCirculationPolicy(db)
  return toRuleResponse(row)
}

async function ruleOf(db: Db, actor: Actor, id: number): Promise<CirculationRuleRow> {
  const row = await repo.findRule(db, id)
  if (!row) throw new NotFoundError('circulation rule', { id })
  assertManagesOrganisation(actor, row.organisation_id)
  return row
}

export async function updateRule(db: Db, actor: Actor, id: number, body: UpdateRuleBody): Promise<RuleResponse> {
  await ruleOf(db, actor, id)
  const row = await repo.updateRule(db, id, toColumns(body))
  invalidateCirculationPolicy(db)
  return toRuleResponse(row)
}

export async function deleteRule(db: Db, actor: Actor, id: number): Promise<void> {
  await ruleOf(db, actor, id)
  await repo.deleteRule(db, id)
  invalidateCirculationPolicy(db)
}

export async function getSettings(db: Db, organisationId: string): Promise<SettingsResponse> {
  if (!(await findOrganisation(db, organisationId))) throw new NotFoundError('organisation', { id: organisationId })
  const row = await repo.findSettings(db, organisationId)
  return { organisationId, ...(row ? toSettings(row) : defaultSettings) }
}

export async function updateSettings(db: Db, actor: Actor, organisationId: string, body: UpdateSettingsBody): Promise<SettingsResponse> {
  assertManagesOrganisation(actor, organisationId)
  const row = await repo.upsertSettings(db, organisationId, toColumns(body))
  invalidateCirculationPolicy(db)
  return { organisationId, ...toSettings(row) }
}
