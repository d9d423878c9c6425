/**
 * A one-line progress bar on a terminal, shown only once a run has taken longer than a delay.
 *
 * @internal
 */
import type { Output } from "../Io.ts"

/** @internal */
export interface Progress {
  /** Records that `done` of the `total` sources are finished; draws the bar when it is due. */
  readonly update: (done: number, label: string) => void
  /** Runs `write` (which prints to a stream that may share the terminal) with the bar erased around it. */
  readonly around: (write: () => void) => void
  /** Erases the bar for good. */
  readonly finish: () => void
}

const CLEAR_LINE = "\r\u001b[2K"
const REDRAW_INTERVAL_MS = 80
const BAR_WIDTH = 24

/** @internal */
export const disabled: Progress = {
  update: () => undefined,
  around: (write) => write(),
  finish: () => undefined
}

/** @internal */
export const render = (done: number, total: number, label: string, columns: number): string => {
  const ratio = total === 0 ? 1 : Math.min(1, done / total)
  const filled = Math.round(ratio * BAR_WIDTH)
  const bar = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total}`
  // One column short of the width: writing the last column makes some terminals wrap the line.
  const room = columns - bar.length - 3
  if (room < 8 || label === "") return bar
  const shown = label.length <= room ? label : `...${label.slice(label.length - room + 3)}`
  return `${bar}  ${shown}`
}

/**
 * A progress bar on `stream` for `total` sources, drawn only after `delayMs` have passed since it was made.
 *
 * @internal
 */
export const make = (options: {
  readonly stream: Output
  readonly total: number
  readonly now: () => number
  readonly delayMs: number
}): Progress => {
  const { stream, total, now, delayMs } = options
  const started = now()
  let visible = false
  let lastDrawn = Number.NEGATIVE_INFINITY
  let line = ""

  const draw = (): void => {
    stream.write(`${CLEAR_LINE}${line}`)
    visible = true
    lastDrawn = now()
  }

  return {
    update: (done, label) => {
      line = render(done, total, label, stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80)
      const t = now()
      if (t - started < delayMs) return
      if (visible && t - lastDrawn < REDRAW_INTERVAL_MS && done < total) return
      draw()
    },
    around: (write) => {
      if (!visible) return write()
      stream.write(CLEAR_LINE)
      write()
      draw()
    },
    finish: () => {
      if (visible) stream.write(CLEAR_LINE)
      visible = false
    }
  }
}
