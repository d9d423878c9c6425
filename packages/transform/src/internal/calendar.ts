/**
 * Proleptic Gregorian calendar arithmetic on plain integers, independent of any time zone.
 *
 * @internal
 */

/** @internal */
export const MIN_YEAR = 0
/** @internal */
export const MAX_YEAR = 9999
/** @internal */
export const MILLIS_PER_DAY = 86_400_000

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** @internal */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31

/** @internal */
export const isValid = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  year >= MIN_YEAR &&
  year <= MAX_YEAR &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month)

/** @internal */
export const pad = (n: number, width: number): string => String(n).padStart(width, "0")

// Days from civil and back (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"), exact for any integer year.
/** @internal */
export const toEpochDayRaw = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/** @internal */
export const fromEpochDayRaw = (
  epochDay: number
): { readonly year: number; readonly month: number; readonly day: number } => {
  const z = epochDay + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** @internal */
export const MIN_EPOCH_DAY = toEpochDayRaw(MIN_YEAR, 1, 1)
/** @internal */
export const MAX_EPOCH_DAY = toEpochDayRaw(MAX_YEAR, 12, 31)
