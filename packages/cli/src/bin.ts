#!/usr/bin/env node
/**
 * The `tight-schema` executable: runs the command line against the real terminal.
 *
 * @since 0.1.0
 */
import { run } from "./Cli.ts"
import { argv, exitWith, processIo } from "./internal/io.ts"

exitWith(await run(argv(), processIo()))
