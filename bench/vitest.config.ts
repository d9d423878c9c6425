import { defineProject } from "vitest/config"

export default defineProject({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    name: "bench",
    include: ["test/**/*.test.ts"],
    // Verification decodes and re-encodes the generated 1,000-entry payloads with every peer.
    testTimeout: 180_000
  }
})
