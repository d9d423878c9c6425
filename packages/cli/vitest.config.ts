import { defineProject } from "vitest/config"

export default defineProject({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    name: "cli",
    include: ["test/**/*.test.ts"],
    // The process tests start the built command several times per test; a busy CI machine needs the headroom.
    testTimeout: 30_000
  }
})
