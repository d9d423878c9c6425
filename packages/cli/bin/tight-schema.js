#!/usr/bin/env node
// The published bin; it lives outside dist/ so that `npm ci` on a fresh clone links it before the first build
// (npm skips bins whose file is missing, and `npx tight-schema` would then look for the name on the registry).
import("../dist/bin.js").catch((error) => {
  if (error !== null && typeof error === "object" && error.code === "ERR_MODULE_NOT_FOUND") {
    process.stderr.write(
      `tight-schema: the command is not built yet (${error.message}).\nRun \`npm run build\` first.\n`
    )
    process.exitCode = 2
    return
  }
  throw error
})
