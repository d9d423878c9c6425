import * as fc from "fast-check"

/**
 * One definition, two readings: a fast-check arbitrary (shrinks in property tests) and a seeded builder whose every
 * leaf draws from `hash(seed, path)`, so adding a field elsewhere never shifts the values of the others.
 *
 * @internal
 */
export interface Gen<A> {
  readonly arbitrary: fc.Arbitrary<A>
  readonly build: (seed: number, path: string) => A
}

/** @internal */
export type TypeOf<G> = G extends Gen<infer A> ? A : never

/** @internal */
export const ABSENT: unique symbol = Symbol.for("@tight-schema/testkit/absent")

/** @internal */
export type Absent = typeof ABSENT

/**
 * FNV-1a over the seed and the path: cheap, stable across platforms and good enough to decorrelate sibling fields.
 *
 * @internal
 */
export const seedFor = (seed: number, path: string): number => {
  // hashing the decimal text keeps every bit of a seed beyond 32 bits
  const text = `${seed}:${path}`
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 15
  hash = Math.imul(hash, 0x2c1b3c6d)
  hash ^= hash >>> 12
  return hash | 0
}

/**
 * A leaf: its arbitrary, and, when building, the first unbiased value of the stream seeded by the leaf's path.
 *
 * @internal
 */
export const leaf = <A>(arbitrary: fc.Arbitrary<A>): Gen<A> => ({
  arbitrary,
  // no bias factor: builders want typical values, not fast-check's edge cases
  build: (seed, path) => arbitrary.generate(new fc.Random(new SplitMix32(seedFor(seed, path))), undefined).value
})

/**
 * A tiny splitmix32 generator: one per leaf costs far less than a `fc.sample` run, and its stream is fixed by this
 * code rather than by fast-check's default generator.
 *
 * @internal
 */
class SplitMix32 {
  constructor(private state: number) {}

  clone(): SplitMix32 {
    return new SplitMix32(this.state)
  }

  next(): [number, SplitMix32] {
    const copy = this.clone()
    return [copy.unsafeNext(), copy]
  }

  unsafeNext(): number {
    this.state = (this.state + 0x9e3779b9) | 0
    let z = this.state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) | 0
  }

  getState(): ReadonlyArray<number> {
    return [this.state]
  }
}

/** @internal */
export const constant = <A>(value: A): Gen<A> => ({ arbitrary: fc.constant(value), build: () => value })

/** @internal */
export const map = <A, B>(gen: Gen<A>, f: (a: A) => B): Gen<B> => ({
  arbitrary: gen.arbitrary.map(f),
  build: (seed, path) => f(gen.build(seed, path))
})

/**
 * A value that depends on another one; the dependent part draws from its own paths below `path`.
 *
 * @internal
 */
export const chain = <A, B>(gen: Gen<A>, f: (a: A) => Gen<B>): Gen<B> => ({
  arbitrary: gen.arbitrary.chain((a) => f(a).arbitrary),
  build: (seed, path) => f(gen.build(seed, `${path}^`)).build(seed, path)
})

/** @internal */
export const struct = <R extends Record<string, Gen<any>>>(
  fields: R
): Gen<{ [K in keyof R]: Exclude<TypeOf<R[K]>, Absent> }> => {
  const keys = Object.keys(fields)
  const assemble = (values: ReadonlyArray<unknown>) => {
    const out: Record<string, unknown> = {}
    keys.forEach((key, index) => {
      const value = values[index]
      if (value !== ABSENT) out[key] = value
    })
    return out as any
  }
  return {
    arbitrary: fc.tuple(...keys.map((key) => fields[key]!.arbitrary)).map(assemble),
    build: (seed, path) => assemble(keys.map((key) => fields[key]!.build(seed, path === "" ? key : `${path}.${key}`)))
  }
}

/**
 * An optional key: present with probability `presence` when building, either way in the arbitrary (which shrinks
 * towards absence).
 *
 * @internal
 */
export const optional = <A>(gen: Gen<A>, presence = 0.8): Gen<A | Absent> => {
  const present = leaf(fc.integer({ min: 0, max: 999 }))
  return {
    arbitrary: fc.option(gen.arbitrary, { nil: ABSENT, freq: Math.max(1, Math.round(1 / (1 - presence))) }),
    build: (seed, path) => (present.build(seed, `${path}?`) < presence * 1000 ? gen.build(seed, path) : ABSENT)
  }
}

/** @internal */
export const oneOf = <A>(...choices: ReadonlyArray<readonly [weight: number, gen: Gen<A>]>): Gen<A> => {
  const total = choices.reduce((sum, [weight]) => sum + weight, 0)
  const pick = leaf(fc.integer({ min: 0, max: total - 1 }))
  return {
    arbitrary: fc.oneof(...choices.map(([weight, gen]) => ({ weight, arbitrary: gen.arbitrary }))),
    build: (seed, path) => {
      let ticket = pick.build(seed, `${path}|`)
      for (const [weight, gen] of choices) {
        if (ticket < weight) return gen.build(seed, path)
        ticket -= weight
      }
      return choices[choices.length - 1]![1].build(seed, path)
    }
  }
}

/** @internal */
export interface ArrayOptions<A> {
  readonly minLength: number
  readonly maxLength: number
  readonly uniqueBy?: ((a: A) => unknown) | undefined
}

/**
 * Arrays whose items build at `path[i]`; with `uniqueBy`, a colliding item is rebuilt at `path[i]#k`.
 *
 * @internal
 */
export const array = <A>(gen: Gen<A>, options: ArrayOptions<A>): Gen<ReadonlyArray<A>> => {
  const { maxLength, minLength, uniqueBy } = options
  const length = leaf(fc.integer({ min: minLength, max: maxLength }))
  return {
    arbitrary:
      uniqueBy === undefined
        ? fc.array(gen.arbitrary, { minLength, maxLength })
        : fc.uniqueArray(gen.arbitrary, { minLength, maxLength, selector: uniqueBy }),
    build: (seed, path) => buildItems(gen, seed, path, length.build(seed, `${path}.length`), uniqueBy)
  }
}

/** @internal */
export const buildItems = <A>(
  gen: Gen<A>,
  seed: number,
  path: string,
  count: number,
  uniqueBy: ((a: A) => unknown) | undefined,
  offset = 0
): Array<A> => {
  const out: Array<A> = []
  const seen = new Set<unknown>()
  for (let index = offset; index < offset + count; index++) {
    let item = gen.build(seed, `${path}[${index}]`)
    for (let retry = 1; uniqueBy !== undefined && seen.has(uniqueBy(item)) && retry < 100; retry++) {
      item = gen.build(seed, `${path}[${index}]#${retry}`)
    }
    if (uniqueBy !== undefined) seen.add(uniqueBy(item))
    out.push(item)
  }
  return out
}

/** @internal */
export const tuple = <T extends ReadonlyArray<Gen<any>>>(...gens: T): Gen<{ [K in keyof T]: TypeOf<T[K]> }> => ({
  arbitrary: fc.tuple(...gens.map((g) => g.arbitrary)) as any,
  build: (seed, path) => gens.map((g, index) => g.build(seed, `${path}<${index}>`)) as any
})
