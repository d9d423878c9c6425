import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import * as JsonText from "../../src/internal/jsonText.ts"

const failure = (text: string) => {
  const result = JsonText.parseJson(text)
  if (result._tag === "Parsed") throw new Error("expected a syntax error")
  return result.error
}

describe("parseJson", () => {
  it("parses valid JSON", () => {
    expect(JsonText.parseJson('{"a":[1,2,{"b":null}]}')).toEqual({ _tag: "Parsed", value: { a: [1, 2, { b: null }] } })
  })

  it("skips a leading byte order mark", () => {
    expect(JsonText.parseJson('\uFEFF{"a":1}')).toEqual({ _tag: "Parsed", value: { a: 1 } })
  })

  it("locates a trailing comma in an object", () => {
    expect(failure('{\n  "a": 1,\n}')).toEqual({
      _tag: "JsonSyntaxError",
      message: 'Expected a property name (trailing commas are not JSON), got "}"',
      line: 3,
      column: 1
    })
  })

  it("locates a trailing comma in an array", () => {
    expect(failure("[1, 2, ]")).toMatchObject({
      message: 'Expected a value (trailing commas are not JSON), got "]"',
      line: 1,
      column: 8
    })
  })

  it("locates a missing comma between properties", () => {
    expect(failure('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({
      message: "Expected ',' or '}' after the property value, got \"\\\"\"",
      line: 3,
      column: 3
    })
  })

  it("locates a single-quoted string", () => {
    expect(failure("{\"a\": 'x'}")).toMatchObject({
      message: 'Expected a value (JSON strings use double quotes), got "\'"',
      line: 1,
      column: 7
    })
  })

  it("locates the end of truncated input", () => {
    expect(failure('{"data": [')).toMatchObject({
      message: "Expected a value, got the end of the input",
      line: 1,
      column: 11
    })
  })

  it("reports empty input at line 1, column 1", () => {
    expect(failure("")).toMatchObject({ message: "Expected a value, got the end of the input", line: 1, column: 1 })
  })

  it("locates text after the document", () => {
    expect(failure("{}\n{}")).toMatchObject({
      message: 'Expected the end of the JSON document, got "{"',
      line: 2,
      column: 1
    })
  })

  it("locates a bad escape and an unescaped control character", () => {
    expect(failure('"a\\x"')).toMatchObject({ message: 'Expected a valid escape sequence, got "x"', column: 4 })
    expect(failure('"a\tb"')).toMatchObject({ line: 1, column: 3 })
  })

  it("locates bad numbers and literals", () => {
    expect(failure("[01]")).toMatchObject({
      message: "Expected ',' or ']' after the array element, got \"1\"",
      column: 3
    })
    expect(failure("[1.]")).toMatchObject({ message: 'Expected a digit after the decimal point, got "]"', column: 4 })
    expect(failure("[tru]")).toMatchObject({ message: 'Expected the literal true, got "]"', column: 5 })
    expect(failure("NaN")).toMatchObject({ message: 'Expected a value, got "N"', column: 1 })
  })

  it("counts CRLF as one line break and astral characters as one column", () => {
    expect(failure('{\r\n"a": "😀", x}')).toMatchObject({ line: 2, column: 11 })
  })

  it("does not overflow the stack on deep nesting", () => {
    const deep = `${"[".repeat(200_000)}x`
    expect(failure(deep).line).toBe(1)
  })
})

describe("lineAndColumn", () => {
  it("treats a lone carriage return as a line break", () => {
    expect(JsonText.lineAndColumn("a\rb\nc", 4)).toEqual({ line: 3, column: 1 })
  })
})

describe("locateSyntaxError", () => {
  test.prop([fc.json()])("finds nothing in valid JSON", (text) => {
    expect(JsonText.locateSyntaxError(text)).toBeUndefined()
  })

  const jsonish = fc.stringMatching(/^[[\]{}":,0-9a-z\s.eE+\\-]{0,24}$/)
  test.prop([
    fc.oneof(
      jsonish,
      fc.json().chain((t) => fc.nat(t.length).map((n) => t.slice(0, n)))
    )
  ])("agrees with JSON.parse on what is valid", (text) => {
    let valid = true
    try {
      JSON.parse(text)
    } catch {
      valid = false
    }
    expect(JsonText.locateSyntaxError(text) === undefined).toBe(valid)
  })
})
