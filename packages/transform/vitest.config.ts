import { defineProject } from "vitest/config"

export default defineProject({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    name: "transform",
    include: ["test/**/*.test.ts"],
    // The time-zone suites assign process.env.TZ, which is process-wide: each file needs its own process.
    pool: "forks"
  }
})
