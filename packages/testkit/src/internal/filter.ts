import * as fc from "fast-check"

/**
 * A filter that gives up loudly: `fc.filter` retries forever when a predicate is hard to satisfy, which hangs a test
 * run instead of telling the author which check to express as a constraint.
 *
 * @internal
 */
class BoundedFilterArbitrary<T> extends fc.Arbitrary<T> {
  constructor(
    readonly arb: fc.Arbitrary<T>,
    readonly predicate: (value: T) => boolean,
    readonly attempts: number,
    readonly describe: () => string
  ) {
    super()
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    for (let attempt = 0; attempt < this.attempts; attempt++) {
      const generated = this.arb.generate(mrng, biasFactor)
      if (this.predicate(generated.value)) return generated
    }
    throw new Error(this.describe())
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.arb.canShrinkWithoutContext(value) && this.predicate(value)
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.arb.shrink(value, context).filter((shrunk) => this.predicate(shrunk.value))
  }
}

/** @internal */
export const boundedFilter = <T>(
  arb: fc.Arbitrary<T>,
  predicate: (value: T) => boolean,
  attempts: number,
  describe: () => string
): fc.Arbitrary<T> => new BoundedFilterArbitrary(arb, predicate, attempts, describe)

/**
 * Maps through a partial function, keeping only defined results, with the same loud failure as {@link boundedFilter}.
 *
 * @internal
 */
export const boundedFilterMap = <A, B>(
  arb: fc.Arbitrary<A>,
  f: (value: A) => { readonly value: B } | undefined,
  attempts: number,
  describe: () => string
): fc.Arbitrary<B> =>
  boundedFilter(
    arb.map((a) => f(a)),
    (out): out is { readonly value: B } => out !== undefined,
    attempts,
    describe
  ).map((out) => out!.value)
