import type { EnergyFigures } from './planner/week-types.js'
import type { Fuel } from './transport.tables.js'

/**
 * Reference figures for a large delivery van (bestelbus, N1 class III, Sprinter/Transit size) in
 * the Netherlands, well-to-wheel, used for new vans and for the diesel/electric comparison on
 * every route. Change a van's own figures through the API when measured ones are known.
 *
 * - Diesel: 9.0 l/100 km, a typical real-world use for this class in regional delivery; a litre
 *   of diesel emits 3.23 kg CO2 well-to-wheel (evofenedex, "Hoe wordt de CO2-uitstoot berekend",
 *   after CO2emissiefactoren.nl) → 0.29 kg CO2/km.
 * - Electric: 0.28 kWh/km including charging losses (e-Transit/eSprinter class in real use);
 *   Dutch grid electricity 0.374 kg CO2/kWh including chain emissions (CE Delft for
 *   CO2emissiefactoren.nl, mix 2021) → 0.105 kg CO2/km. With green power it is lower still.
 */
export const referenceFigures: Record<Fuel, EnergyFigures> = {
  diesel: { energyPerKm: 0.09, co2KgPerKm: 0.09 * 3.23 },
  electric: { energyPerKm: 0.28, co2KgPerKm: 0.28 * 0.374 },
}

/** A van of this size carries about 80 standard IBL crates; a driver's shift is 8.5 hours. */
export const defaultVan = { capacityCrates: 80, shiftStart: '07:30', shiftMinutes: 510, averageSpeedKmh: 55 }
