// Second step of `npm run build`, after tsc: writes dist/emit/runtime-exports.json, the export lists of
// src/runtime keyed by a hash of its files, so a generate run does not parse the runtime with the compiler.
// A runtime edited after the build no longer matches the hash and is read the slow way: never stale output.
import { writeFileSync } from 'node:fs';
import { EXPORTS_MANIFEST, exportsOf, readRuntimeFiles } from '../dist/emit/runtime-files.js';

writeFileSync(EXPORTS_MANIFEST, `${JSON.stringify(exportsOf(readRuntimeFiles()), null, 2)}\n`);
