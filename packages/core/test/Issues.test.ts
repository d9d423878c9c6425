import { fc, test } from "@fast-check/vitest"
import * as Exit from "effect/Exit"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { describe, expect, it } from "vitest"
import * as Issues from "../src/Issues.ts"

interface Chain {
  readonly id: string
  readonly child?: Chain | null
}
const Chain: Schema.Codec<Chain> = Schema.Struct({
  id: Schema.String,
  child: Schema.optionalKey(Schema.NullOr(Schema.suspend(() => Chain)))
})

const CalendarDate = Schema.String.check(
  Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/, { expected: "a calendar date in the form YYYY-MM-DD" })
)

const Entry = Schema.Struct({
  id: Schema.String,
  date: CalendarDate,
  duration: Schema.Number,
  status: Schema.Literals(["ACTIVE", "INACTIVE"]),
  classSegments: Schema.optionalKey(Schema.Array(Chain)),
  customData: Schema.optionalKey(Schema.Record(Schema.String, Schema.Number))
})
const Envelope = Schema.Struct({ result: Schema.Literals(["SUCCESS", "FAILURE"]), data: Schema.Array(Entry) })

const decodeIssues = (schema: Schema.Top, input: unknown, strict = false): Array<Issues.Issue> => {
  const exit = SchemaParser.decodeUnknownExit(schema as Schema.Codec<unknown>)(input, {
    errors: "all",
    reportInput: true,
    onExcessProperty: strict ? "error" : "ignore"
  })
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  return Issues.fromCause(exit.cause)
}

const lines = (issues: ReadonlyArray<Issues.Issue>) => issues.map((issue) => `${issue.path} | ${issue.message}`)

describe("formatPath", () => {
  it("joins identifiers with dots and indexes with brackets", () => {
    expect(Issues.formatPath(["data", 3, "data", "classSegments", 0, "child", "id"])).toBe(
      "data[3].data.classSegments[0].child.id"
    )
  })

  it("quotes keys that are not identifiers", () => {
    expect(Issues.formatPath(["customData", "my key", "0", "a.b", "", "ünï"])).toBe(
      'customData["my key"]["0"]["a.b"][""]["ünï"]'
    )
  })

  it("starts with a bracket when the first segment is an index or a quoted key", () => {
    expect(Issues.formatPath([0, "id"])).toBe("[0].id")
    expect(Issues.formatPath(["x-y", "z"])).toBe('["x-y"].z')
  })

  it("renders the root as the empty string", () => {
    expect(Issues.formatPath([])).toBe("")
  })

  it("keeps __proto__ as a plain key", () => {
    expect(Issues.formatPath(["customData", "__proto__"])).toBe("customData.__proto__")
  })

  it("cuts very long keys", () => {
    const key = "k".repeat(500)
    expect(Issues.formatPath(["customData", key])).toBe(`customData["${"k".repeat(64)}"… (500 characters)]`)
  })

  it("renders symbols by description", () => {
    expect(Issues.formatPath([Symbol("s"), "x"])).toBe("[Symbol(s)].x")
  })
})

describe("formatActual", () => {
  it("prints short strings as JSON literals", () => {
    expect(Issues.formatActual("2024-3-5")).toBe('"2024-3-5"')
    expect(Issues.formatActual('say "hi"\n')).toBe('"say \\"hi\\"\\n"')
  })

  it("cuts long strings to a prefix and their length", () => {
    const token = `eyJhbGciOiJSUzI1NiJ9.${"x".repeat(800)}`
    expect(Issues.formatActual(token)).toBe('"eyJhbGciOiJSUzI1NiJ9.xxx"… (821 characters)')
  })

  it("never splits a surrogate pair", () => {
    const text = `${"a".repeat(23)}😀${"b".repeat(40)}`
    expect(Issues.formatActual(text)).toBe(`"${"a".repeat(23)}😀"… (65 characters)`)
  })

  it("summarizes containers by size", () => {
    expect(Issues.formatActual([])).toBe("an empty array")
    expect(Issues.formatActual([1])).toBe("an array of 1 item")
    expect(Issues.formatActual(new Array(1000).fill(0))).toBe("an array of 1000 items")
    expect(Issues.formatActual({})).toBe("an empty object")
    expect(Issues.formatActual({ a: 1 })).toBe("an object with 1 key")
    expect(Issues.formatActual({ a: 1, b: 2, token: "secret" })).toBe("an object with 3 keys")
  })

  it("prints primitives as themselves", () => {
    expect(Issues.formatActual(null)).toBe("null")
    expect(Issues.formatActual(undefined)).toBe("undefined")
    expect(Issues.formatActual(Number.NaN)).toBe("NaN")
    expect(Issues.formatActual(-0)).toBe("-0")
    expect(Issues.formatActual(Number.POSITIVE_INFINITY)).toBe("Infinity")
    expect(Issues.formatActual(10n)).toBe("10n")
    expect(Issues.formatActual(true)).toBe("true")
    expect(Issues.formatActual(Symbol("x"))).toBe("a symbol")
    expect(Issues.formatActual(() => 1)).toBe("a function")
    expect(Issues.formatActual(new Date(0))).toBe("a Date")
  })

  it("survives values that throw when inspected", () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(Issues.formatActual(proxy)).toBe("an unreadable value")
  })

  test.prop([fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true })])(
    "never throws and stays short",
    (value) => {
      expect(Issues.formatActual(value).length).toBeLessThanOrEqual(80)
    }
  )
})

describe("flatten", () => {
  it("reports nested paths, missing keys, literals, checks and unions", () => {
    const issues = decodeIssues(Envelope, {
      result: "OK",
      data: [
        {
          id: "tme_1",
          date: "2024-03-15",
          duration: 3600000,
          status: "ACTIVE",
          classSegments: [{ id: "cls_1", child: { id: 7, child: "<unknown>" } }]
        },
        { date: "2024-3-5", duration: "1h", status: "DONE", customData: { "my key": "x" } }
      ]
    })
    expect(issues).toEqual([
      {
        code: "invalid-type",
        path: "result",
        segments: ["result"],
        expected: 'one of "SUCCESS", "FAILURE"',
        actual: '"OK"',
        message: 'Expected one of "SUCCESS", "FAILURE", got "OK"'
      },
      {
        code: "invalid-type",
        path: "data[0].classSegments[0].child.id",
        segments: ["data", 0, "classSegments", 0, "child", "id"],
        expected: "a string",
        actual: "7",
        message: "Expected a string, got 7"
      },
      {
        code: "invalid-type",
        path: "data[0].classSegments[0].child.child",
        segments: ["data", 0, "classSegments", 0, "child", "child"],
        expected: "an object or null",
        actual: '"<unknown>"',
        message: 'Expected an object or null, got "<unknown>"'
      },
      {
        code: "missing-key",
        path: "data[1].id",
        segments: ["data", 1, "id"],
        expected: "a string",
        actual: "missing",
        message: 'Missing key "id": expected a string'
      },
      {
        code: "invalid-value",
        path: "data[1].date",
        segments: ["data", 1, "date"],
        expected: "a calendar date in the form YYYY-MM-DD",
        actual: '"2024-3-5"',
        message: 'Expected a calendar date in the form YYYY-MM-DD, got "2024-3-5"'
      },
      {
        code: "invalid-type",
        path: "data[1].duration",
        segments: ["data", 1, "duration"],
        expected: "a number",
        actual: '"1h"',
        message: 'Expected a number, got "1h"'
      },
      {
        code: "invalid-type",
        path: "data[1].status",
        segments: ["data", 1, "status"],
        expected: 'one of "ACTIVE", "INACTIVE"',
        actual: '"DONE"',
        message: 'Expected one of "ACTIVE", "INACTIVE", got "DONE"'
      },
      {
        code: "invalid-type",
        path: 'data[1].customData["my key"]',
        segments: ["data", 1, "customData", "my key"],
        expected: "a number",
        actual: '"x"',
        message: 'Expected a number, got "x"'
      }
    ])
  })

  it("reports undeclared keys when excess properties are errors", () => {
    const issues = decodeIssues(Schema.Struct({ id: Schema.String }), { id: "a", "extra key": [1, 2] }, true)
    expect(lines(issues)).toEqual([
      '["extra key"] | Unexpected key "extra key": the schema does not declare it, got an array of 2 items'
    ])
    expect(issues[0]?.code).toBe("unexpected-key")
  })

  it("reports a root type error at the empty path", () => {
    expect(decodeIssues(Envelope, [1, 2, 3])).toEqual([
      {
        code: "invalid-type",
        path: "",
        segments: [],
        expected: "an object",
        actual: "an array of 3 items",
        message: "Expected an object, got an array of 3 items"
      }
    ])
  })

  it("uses the expected annotation of a codec for a wrong encoded type", () => {
    const Millis = Schema.Number.pipe(
      Schema.decodeTo(
        Schema.String,
        SchemaTransformation.transform({
          decode: (n: number) => `${n}ms`,
          encode: (s: string) => Number.parseInt(s, 10)
        })
      )
    ).annotate({ expected: "a duration in milliseconds" })
    expect(lines(decodeIssues(Schema.Struct({ duration: Millis }), { duration: "1h" }))).toEqual([
      'duration | Expected a duration in milliseconds, got "1h"'
    ])
  })

  it("uses a custom check message verbatim", () => {
    const Even = Schema.Number.check(Schema.makeFilter((n: number) => n % 2 === 0, { message: "Must be even" }))
    expect(lines(decodeIssues(Schema.Struct({ n: Even }), { n: 3 }))).toEqual(["n | Must be even"])
  })

  it("reports the value a key-pointing check complains about", () => {
    const Range = Schema.Struct({ a: Schema.Number, b: Schema.optionalKey(Schema.Number) }).check(
      Schema.makeFilter(
        (range: { readonly a: number; readonly b?: number }) =>
          range.b === undefined
            ? { path: ["b"], issue: "b is required" }
            : range.b > range.a
              ? undefined
              : { path: ["b"], issue: "b must exceed a" },
        { expected: "a range with b above a" }
      )
    )
    expect(decodeIssues(Range, { a: 2, b: 1 })).toEqual([
      {
        code: "invalid-value",
        path: "b",
        segments: ["b"],
        expected: "a range with b above a",
        actual: "1",
        message: "b must exceed a"
      }
    ])
    expect(decodeIssues(Range, { a: 2 }).map((issue) => [issue.path, issue.actual])).toEqual([["b", "missing"]])
  })

  it("expands union members that failed deeper than the type", () => {
    const Outcome = Schema.Union([
      Schema.Struct({ kind: Schema.Literal("a"), n: Schema.Number }),
      Schema.Struct({ kind: Schema.Literal("b"), s: Schema.String })
    ])
    expect(lines(decodeIssues(Outcome, { kind: "b", s: 1 }))).toEqual(["s | Expected a string, got 1"])
  })

  it("never echoes a secret inside a large rejected payload", () => {
    const secret = "Bearer eyJhbGciOiJSUzI1NiJ9.super-secret-token-value"
    const payload = {
      result: "SUCCESS",
      data: { headers: { authorization: secret }, rows: new Array(5000).fill(secret) }
    }
    const issues = decodeIssues(Envelope, payload)
    const text = Issues.report(issues)
    expect(text).toBe("Validation failed: 1 issue\n  data: Expected an array, got an object with 2 keys")
    expect(text).not.toContain("super-secret")
  })

  it("does not quote more than a prefix of a long rejected string", () => {
    const secret = `${"a".repeat(30)}TOPSECRET${"b".repeat(30)}`
    const text = Issues.report(decodeIssues(Schema.Struct({ n: Schema.Number }), { n: secret }))
    expect(text).not.toContain("TOPSECRET")
    expect(text).toBe(`Validation failed: 1 issue\n  n: Expected a number, got "${"a".repeat(24)}"… (69 characters)`)
  })

  it("handles issue trees deeper than the call stack", () => {
    let issue: SchemaIssue.Issue = new SchemaIssue.InvalidType(Schema.String.ast, 1, { reportInput: true })
    for (let i = 0; i < 100_000; i++) issue = new SchemaIssue.Pointer(["child"], issue)
    const [only] = Issues.flatten(issue)
    expect(only?.segments.length).toBe(100_000)
    expect(only?.message).toBe("Expected a string, got 1")
  })

  it("says 'not reported' when parsing did not keep the input", () => {
    const exit = SchemaParser.decodeUnknownExit(Schema.Struct({ n: Schema.Number }))({ n: "x" })
    if (Exit.isSuccess(exit)) throw new Error("expected a failure")
    expect(Issues.fromCause(exit.cause)).toEqual([
      {
        code: "invalid-type",
        path: "n",
        segments: ["n"],
        expected: "a number",
        actual: "not reported",
        message: "Expected a number"
      }
    ])
  })
})

describe("fromCause", () => {
  it("accepts a thrown SchemaError", () => {
    try {
      Schema.decodeUnknownSync(Schema.Struct({ id: Schema.String }))({})
      expect.unreachable()
    } catch (error) {
      expect(lines(Issues.fromCause(error))).toEqual(['id | Missing key "id": expected a string'])
    }
  })

  it("turns a defect into one issue that names only the error class", () => {
    const Boom = Schema.String.pipe(
      Schema.decodeTo(
        Schema.String,
        SchemaTransformation.transform({
          decode: () => {
            throw new TypeError("secret-in-message")
          },
          encode: (s: string) => s
        })
      )
    )
    const exit = SchemaParser.decodeUnknownExit(Boom)("x")
    if (Exit.isSuccess(exit)) throw new Error("expected a failure")
    const issues = Issues.fromCause(exit.cause)
    expect(issues.map((issue) => issue.code)).toEqual(["defect"])
    expect(issues[0]?.message).toBe(
      "The schema threw a TypeError instead of reporting an issue; please report this as a bug in tight-schema"
    )
  })
})

describe("report", () => {
  const issue = (i: number): Issues.Issue => ({
    code: "invalid-type",
    path: `data[${i}].id`,
    segments: ["data", i, "id"],
    expected: "a string",
    actual: "1",
    message: "Expected a string, got 1"
  })

  it("prints a header with the count and one line per issue", () => {
    expect(Issues.report([issue(0), issue(1)], { title: "Invalid save-times response" })).toBe(
      [
        "Invalid save-times response: 2 issues",
        "  data[0].id: Expected a string, got 1",
        "  data[1].id: Expected a string, got 1"
      ].join("\n")
    )
  })

  it("caps the number of lines", () => {
    const many = Array.from({ length: 1000 }, (_, i) => issue(i))
    const text = Issues.report(many, { maxLines: 2 })
    expect(text).toBe(
      [
        "Validation failed: 1000 issues",
        "  data[0].id: Expected a string, got 1",
        "  data[1].id: Expected a string, got 1",
        "  …and 998 more"
      ].join("\n")
    )
  })

  it("shows 20 issues by default and prints the root as (root)", () => {
    const many = Array.from({ length: 25 }, (_, i) => issue(i))
    expect(Issues.report(many).split("\n")).toHaveLength(22)
    expect(Issues.report([{ ...issue(0), path: "", segments: [] }])).toBe(
      "Validation failed: 1 issue\n  (root): Expected a string, got 1"
    )
  })

  it("keeps each issue on one line", () => {
    expect(Issues.report([{ ...issue(0), message: "line one\nline two" }])).toBe(
      "Validation failed: 1 issue\n  data[0].id: line one line two"
    )
  })
})

describe("formatCause", () => {
  it("formats an issue tree as a report", () => {
    const exit = SchemaParser.decodeUnknownExit(Schema.Struct({ n: Schema.Number }))({ n: "x" }, { reportInput: true })
    if (Exit.isSuccess(exit)) throw new Error("expected a failure")
    expect(Issues.formatCause(exit.cause, { title: "Bad" })).toBe('Bad: 1 issue\n  n: Expected a number, got "x"')
  })
})
