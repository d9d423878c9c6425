import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { describe, expect, it } from "vitest"
import { TIME_ZONES } from "./internal/timeZones.ts"

const run = promisify(execFile)
const probe = fileURLToPath(new URL("./fixtures/calendar-date-probe.ts", import.meta.url))

const probeUnder = async (zone: string): Promise<unknown> => {
  const { stdout } = await run(process.execPath, ["--import", "tsx", probe], {
    env: { ...process.env, TZ: zone },
    cwd: fileURLToPath(new URL("..", import.meta.url))
  })
  return JSON.parse(stdout)
}

describe("CalendarDate and UtcDateTime", () => {
  it("compute the same results whatever TZ a process starts with", { timeout: 60_000 }, async () => {
    const [kiritimati, adak, utc] = await Promise.all(TIME_ZONES.map(probeUnder))
    expect(utc).toEqual({
      date: { year: 2024, month: 3, day: 10 },
      encoded: "2025-03-10",
      utcMidnight: "2024-03-10T00:00:00.000Z",
      jsDate: "2024-03-10T00:00:00.000Z",
      fromJsDate: { year: 2024, month: 3, day: 10 },
      fromUtc: { year: 2024, month: 3, day: 10 },
      paris: "2024-03-09T23:00:00.000Z",
      instant: "2024-03-10T23:30:00.500Z"
    })
    expect(kiritimati).toEqual(utc)
    expect(adak).toEqual(utc)
  })
})
