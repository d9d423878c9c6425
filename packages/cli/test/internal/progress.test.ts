import { describe, expect, it } from "vitest"
import * as Io from "../../src/Io.ts"
import * as Progress from "../../src/internal/progress.ts"

describe("render", () => {
  it("draws the bar, the count and the label", () => {
    expect(Progress.render(3, 12, "examples/a.json", 80)).toBe("[######------------------] 3/12  examples/a.json")
  })

  it("keeps the end of a long label within the terminal width", () => {
    const line = Progress.render(1, 2, `recordings/${"x".repeat(100)}/page.json`, 60)
    expect(line.length).toBe(59)
    expect(line.endsWith("xxx/page.json")).toBe(true)
    expect(line).toContain("  ...")
  })

  it("drops the label on a very narrow terminal", () => {
    expect(Progress.render(0, 0, "a.json", 30)).toBe("[########################] 0/0")
  })
})

describe("make", () => {
  it("stays hidden until the delay has passed, then redraws at most every 80 ms", () => {
    let t = 0
    const io = Io.memory({ stderrIsTTY: true })
    const bar = Progress.make({ stream: io.stderr, total: 4, now: () => t, delayMs: 1000 })
    bar.update(0, "a")
    t = 999
    bar.update(1, "b")
    expect(io.stderrText()).toBe("")
    t = 1000
    bar.update(2, "c")
    t = 1050
    bar.update(3, "d")
    expect(io.stderrText()).toBe("\r\u001b[2K[############------------] 2/4  c")
    bar.update(4, "")
    bar.finish()
    expect(io.stderrText().endsWith("[########################] 4/4\r\u001b[2K")).toBe(true)
  })

  it("erases itself around output that shares the terminal", () => {
    const io = Io.memory({ stderrIsTTY: true })
    const bar = Progress.make({ stream: io.stderr, total: 2, now: () => 5, delayMs: 0 })
    bar.update(1, "a")
    bar.around(() => io.stderr.write("line\n"))
    expect(io.stderrText()).toBe(
      "\r\u001b[2K[############------------] 1/2  a\r\u001b[2Kline\n\r\u001b[2K[############------------] 1/2  a"
    )
  })
})
