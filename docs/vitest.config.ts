import { defineProject } from "vitest/config"

export default defineProject({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    name: "docs",
    include: ["test/**/*.test.ts"],
    // One compiler program checks every sample before the first one runs.
    hookTimeout: 120_000,
    testTimeout: 30_000
  }
})
