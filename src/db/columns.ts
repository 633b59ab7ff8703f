/** 'pickupAllowed' → 'pickup_allowed' at the type level. Digits and lowercase stay as they are. */
export type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S

// Key remapping keeps each field's optionality: a required API field is a required column.
export type Columns<T> = { [K in keyof T as K extends string ? SnakeCase<K> : never]: Exclude<T[K], undefined> }

/**
 * API fields (camelCase) to column values (snake_case), leaving out fields that were not given,
 * so a PATCH changes only what the client sent.
 */
export function toColumns<T extends object>(input: T): Columns<T> {
  const columns: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) columns[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value
  }
  return columns as Columns<T>
}
