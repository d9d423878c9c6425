/**
 * Parsing JSON text with a located syntax error.
 *
 * `JSON.parse` does the parsing; only when it fails does a small scanner walk the text again to find the offset of
 * the first error. Node's own messages differ between versions (some carry a position, some only quote the input),
 * so the line and column never come from them.
 *
 * @internal
 */

/** @internal */
export interface JsonSyntaxError {
  readonly _tag: "JsonSyntaxError"
  /** What is wrong, e.g. `Expected a value, got "}"`. */
  readonly message: string
  /** 1-based line of the error. */
  readonly line: number
  /** 1-based column of the error, counted in Unicode code points. */
  readonly column: number
}

/** @internal */
export type ParseResult =
  | { readonly _tag: "Parsed"; readonly value: unknown }
  | { readonly _tag: "Failed"; readonly error: JsonSyntaxError }

const BOM = "\uFEFF"

/**
 * Parses JSON text; a leading byte order mark is skipped because editors on Windows add it to saved responses.
 *
 * @internal
 */
export const parseJson = (text: string): ParseResult => {
  const source = text.startsWith(BOM) ? text.slice(1) : text
  try {
    return { _tag: "Parsed", value: JSON.parse(source) }
  } catch {
    const found = locateSyntaxError(source)
    const offset = found?.offset ?? source.length
    const message = found?.message ?? "Invalid JSON"
    const { line, column } = lineAndColumn(source, offset)
    return { _tag: "Failed", error: { _tag: "JsonSyntaxError", message, line, column } }
  }
}

/**
 * Converts a UTF-16 offset into a 1-based line and a 1-based column counted in code points. `\r\n`, `\n` and a lone
 * `\r` each end a line.
 *
 * @internal
 */
export const lineAndColumn = (text: string, offset: number): { readonly line: number; readonly column: number } => {
  let line = 1
  let column = 1
  let i = 0
  while (i < offset && i < text.length) {
    const code = text.charCodeAt(i)
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++
      column = 1
      i++
      continue
    }
    // A surrogate pair is one character to the reader, so it moves the column once.
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1
    column++
  }
  return { line, column }
}

interface Located {
  readonly offset: number
  readonly message: string
}

class ScanError {
  constructor(
    readonly offset: number,
    readonly message: string
  ) {}
}

/**
 * Finds the first syntax error in `text` per RFC 8259, or `undefined` when the text is valid JSON.
 *
 * @internal
 */
export const locateSyntaxError = (text: string): Located | undefined => {
  try {
    new Scanner(text).document()
    return undefined
  } catch (e) {
    if (e instanceof ScanError) return { offset: e.offset, message: e.message }
    // A pathological nesting depth overflows the stack; the start of the text is the only honest location.
    return { offset: 0, message: "The JSON document is nested too deeply to locate the error" }
  }
}

const describeAt = (text: string, offset: number): string => {
  if (offset >= text.length) return "the end of the input"
  const char = String.fromCodePoint(text.codePointAt(offset)!)
  return JSON.stringify(char)
}

class Scanner {
  private i = 0
  constructor(private readonly text: string) {}

  document(): void {
    this.whitespace()
    this.value()
    this.whitespace()
    if (this.i < this.text.length) this.fail("Expected the end of the JSON document")
  }

  private fail(expected: string): never {
    throw new ScanError(this.i, `${expected}, got ${describeAt(this.text, this.i)}`)
  }

  private whitespace(): void {
    while (this.i < this.text.length) {
      const c = this.text[this.i]
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.i++
      else break
    }
  }

  private value(): void {
    const c = this.text[this.i]
    if (c === "{") this.object()
    else if (c === "[") this.array()
    else if (c === '"') this.string()
    else if (c === "t") this.literal("true")
    else if (c === "f") this.literal("false")
    else if (c === "n") this.literal("null")
    else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) this.number()
    else if (c === "'") this.fail("Expected a value (JSON strings use double quotes)")
    else this.fail("Expected a value")
  }

  private literal(word: string): void {
    for (const expected of word) {
      if (this.text[this.i] !== expected) this.fail(`Expected the literal ${word}`)
      this.i++
    }
  }

  private object(): void {
    this.i++
    this.whitespace()
    if (this.text[this.i] === "}") {
      this.i++
      return
    }
    for (;;) {
      this.whitespace()
      if (this.text[this.i] !== '"') {
        this.fail(
          this.text[this.i] === "}"
            ? "Expected a property name (trailing commas are not JSON)"
            : "Expected a double-quoted property name"
        )
      }
      this.string()
      this.whitespace()
      if (this.text[this.i] !== ":") this.fail("Expected ':' after the property name")
      this.i++
      this.whitespace()
      this.value()
      this.whitespace()
      const c = this.text[this.i]
      if (c === ",") {
        this.i++
        continue
      }
      if (c === "}") {
        this.i++
        return
      }
      this.fail("Expected ',' or '}' after the property value")
    }
  }

  private array(): void {
    this.i++
    this.whitespace()
    if (this.text[this.i] === "]") {
      this.i++
      return
    }
    for (;;) {
      this.whitespace()
      if (this.text[this.i] === "]") this.fail("Expected a value (trailing commas are not JSON)")
      this.value()
      this.whitespace()
      const c = this.text[this.i]
      if (c === ",") {
        this.i++
        continue
      }
      if (c === "]") {
        this.i++
        return
      }
      this.fail("Expected ',' or ']' after the array element")
    }
  }

  private string(): void {
    this.i++
    for (;;) {
      if (this.i >= this.text.length) this.fail("Expected a closing '\"'")
      const code = this.text.charCodeAt(this.i)
      if (code === 0x22) {
        this.i++
        return
      }
      if (code < 0x20) this.fail("Expected a closing '\"' or an escaped control character")
      if (code === 0x5c) {
        this.i++
        const e = this.text[this.i]
        if (e === "u") {
          this.i++
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(this.text[this.i] ?? "")) this.fail("Expected four hex digits after \\u")
            this.i++
          }
          continue
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) this.fail("Expected a valid escape sequence")
      }
      this.i++
    }
  }

  private number(): void {
    if (this.text[this.i] === "-") this.i++
    if (this.text[this.i] === "0") {
      this.i++
    } else {
      if (!this.digit()) this.fail("Expected a digit")
      while (this.digit()) this.i++
    }
    if (this.text[this.i] === ".") {
      this.i++
      if (!this.digit()) this.fail("Expected a digit after the decimal point")
      while (this.digit()) this.i++
    }
    const e = this.text[this.i]
    if (e === "e" || e === "E") {
      this.i++
      const sign = this.text[this.i]
      if (sign === "+" || sign === "-") this.i++
      if (!this.digit()) this.fail("Expected a digit in the exponent")
      while (this.digit()) this.i++
    }
  }

  private digit(): boolean {
    const c = this.text[this.i]
    return c !== undefined && c >= "0" && c <= "9"
  }
}
