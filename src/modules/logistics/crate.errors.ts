import { ConflictError } from '../../errors.js'

export class NotInTransitHereError extends ConflictError {
  constructor(barcode: string, locationId: string) {
    super(
      'not_in_transit_here',
      `Item ${barcode} is not waiting to travel from ${locationId}: check it in first, the answer says where it goes.`,
      {
        barcode,
        locationId,
      },
    )
  }
}

export class WrongDestinationError extends ConflictError {
  constructor(barcode: string, goesTo: string, crateTo: string) {
    super('wrong_destination', `Item ${barcode} goes to ${goesTo}, not to ${crateTo}: put it in a crate for ${goesTo}.`, {
      barcode,
      goesTo,
      crateTo,
    })
  }
}

export class AlreadyInCrateError extends ConflictError {
  constructor(barcode: string, crateCode: string) {
    super('already_in_crate', `Item ${barcode} is already in crate ${crateCode}.`, { barcode, crateCode })
  }
}

export class CrateForAnotherLocationError extends ConflictError {
  constructor(code: string, toLocationId: string, here: string) {
    super('crate_for_another_location', `Crate ${code} goes to ${toLocationId}, not to ${here}: give it back to the driver.`, {
      crateCode: code,
      toLocationId,
      locationId: here,
    })
  }
}

export class CrateStatusError extends ConflictError {
  constructor(code: string, status: string, wanted: string) {
    super('crate_status', `Crate ${code} is ${status}; only a crate that is ${wanted} can be that.`, {
      crateCode: code,
      crateStatus: status,
    })
  }
}

export class AlreadySentError extends ConflictError {
  constructor(barcode: string) {
    super('already_sent', `Item ${barcode} has already left on the van without a crate.`, { barcode })
  }
}
