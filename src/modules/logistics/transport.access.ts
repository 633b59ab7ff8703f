import { staffRoles } from '../access/access.tables.js'
import { staff } from '../access/actor.js'

/** Who reads and who changes the transport model and its plans. */
export const transportReaders = staff(...staffRoles)
export const transportPlanners = staff('logistics_planner', 'network_admin')
