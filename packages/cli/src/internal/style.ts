/**
 * ANSI colours for reports on a terminal; plain text everywhere else.
 *
 * @internal
 */

/** @internal */
export interface Style {
  readonly good: (text: string) => string
  readonly bad: (text: string) => string
  readonly warn: (text: string) => string
  readonly dim: (text: string) => string
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`

/** @internal */
export const plain: Style = { good: (t) => t, bad: (t) => t, warn: (t) => t, dim: (t) => t }

/** @internal */
export const ansi: Style = { good: wrap(32, 39), bad: wrap(31, 39), warn: wrap(33, 39), dim: wrap(2, 22) }

/** @internal */
export const forTerminal = (isTTY: boolean, color: boolean): Style => (isTTY && color ? ansi : plain)
