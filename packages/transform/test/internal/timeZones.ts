import { afterAll, beforeAll, describe, expect, it } from "vitest"

/** Zones at the extremes of the offset range (UTC+14 and UTC-10/-9 with DST), plus UTC itself. */
export const TIME_ZONES = ["Pacific/Kiritimati", "America/Adak", "UTC"] as const

const offsets: Record<(typeof TIME_ZONES)[number], number> = {
  "Pacific/Kiritimati": -840,
  "America/Adak": 600,
  UTC: 0
}

/**
 * Registers `suite` once per zone in {@link TIME_ZONES}, with `process.env.TZ` set to that zone while it runs. Node
 * applies a TZ assignment immediately, and each vitest fork runs its files one at a time, so no other file sees it.
 */
export const underEachTimeZone = (suite: () => void): void => {
  for (const zone of TIME_ZONES) {
    describe(`TZ=${zone}`, () => {
      let previous: string | undefined
      beforeAll(() => {
        previous = process.env.TZ
        process.env.TZ = zone
      })
      afterAll(() => {
        if (previous === undefined) delete process.env.TZ
        else process.env.TZ = previous
      })

      it("runs with the process time zone switched", () => {
        expect(new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset()).toBe(offsets[zone])
      })

      suite()
    })
  }
}
