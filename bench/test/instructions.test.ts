import { execFileSync, spawnSync } from "node:child_process"
import { rmSync } from "node:fs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bundleDriver, OPERATIONS } from "../instructions.ts"

// The instruction counts run under valgrind for minutes; here the driver they run is checked without it, so that a
// change to the schemas or the baseline cannot leave `npm run bench:instructions` broken.
describe("instruction-count driver", () => {
  let driver = ""
  beforeAll(async () => {
    driver = await bundleDriver()
  })
  afterAll(() => rmSync(driver, { force: true }))

  for (const contender of ["ours", "hand"]) {
    it(`runs every operation with ${contender === "ours" ? "core" : "the hand-written baseline"}`, () => {
      for (const op of OPERATIONS) {
        expect(() =>
          execFileSync(process.execPath, [driver, contender, op, "2", "20", "1"], { stdio: "pipe" })
        ).not.toThrow()
      }
    })
  }

  it("names what it expected for an unknown operation", () => {
    const out = spawnSync(process.execPath, [driver, "ours", "decodeEverything", "1", "1", "0"], { encoding: "utf8" })
    expect(out.status).not.toBe(0)
    expect(out.stderr).toContain(
      "usage: <ours | hand> <decodeResponse | isResponse | encodeResponse | decodeRequest | isRequest | encodeRequest> <n> <entries> <warm>, got decodeEverything"
    )
  })
})
