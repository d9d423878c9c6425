/**
 * Timing with mitata, made robust on a busy machine: mitata's clock is the process's CPU time (user + system, all its
 * threads, so garbage collection counts) instead of wall time, which other processes on a shared 2-core machine
 * inflate; every peer of a comparison is measured in interleaved rounds (peer order rotated each round) and the
 * reported time is the median over rounds of mitata's per-round median.
 */
import { measure } from "mitata"

/** Timing budget of one comparison. */
export interface Budget {
  readonly rounds: number
  /** mitata's minimum CPU time per round and peer, in nanoseconds. */
  readonly minCpuTimeNs: number
}

/** One timed function. */
export interface Contender {
  readonly name: string
  readonly fn: () => unknown
}

/** The result for one contender. */
export interface Timing {
  readonly name: string
  /** Median over rounds of the per-round median time per call, in nanoseconds. */
  readonly medianNs: number
  /** The per-round medians, in nanoseconds. */
  readonly roundsNs: ReadonlyArray<number>
  /** The fastest round's median (noise from other processes only ever adds time). */
  readonly bestNs: number
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** Process CPU time in nanoseconds (microsecond resolution; mitata batches calls shorter than that). */
export const cpuNow = (): number => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) * 1000
}

const collect = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc !== undefined) gc()
}

/** Times every contender in interleaved rounds. */
export const compare = async (contenders: ReadonlyArray<Contender>, budget: Budget): Promise<Array<Timing>> => {
  if (contenders.length === 0) return []
  const rounds: Array<Array<number>> = contenders.map(() => [])
  // Warm every contender up first (at least 10 calls and 1/4 of a round's budget), so that V8's tiering is done for
  // all of them before the first timed round; mitata's own warmup is two calls.
  for (const c of contenders) {
    const start = cpuNow()
    for (let i = 0; i < 10 || cpuNow() - start < budget.minCpuTimeNs / 4; i++) c.fn()
  }
  for (let r = 0; r < budget.rounds; r++) {
    for (let k = 0; k < contenders.length; k++) {
      const i = (k + r) % contenders.length
      collect()
      // Let concurrent sweeping of the previous contender's garbage finish: the clock counts every thread's CPU time.
      await new Promise((resolve) => setTimeout(resolve, 20))
      const stats = await measure(contenders[i]!.fn, {
        now: cpuNow,
        min_cpu_time: budget.minCpuTimeNs,
        min_samples: 2,
        warmup_samples: 2
      })
      rounds[i]!.push(stats.p50)
    }
  }
  return contenders.map((c, i) => ({
    name: c.name,
    medianNs: median(rounds[i]!),
    roundsNs: rounds[i]!,
    bestNs: Math.min(...rounds[i]!)
  }))
}

/** Times one function (a single contender). */
export const time = async (fn: () => unknown, budget: Budget): Promise<Timing> =>
  (await compare([{ name: "", fn }], budget))[0]!
