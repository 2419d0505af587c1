import { setFlagsFromString } from 'node:v8';

// The parser (libpg-query) and the embedded database (PGlite) are WebAssembly. V8 compiles it
// twice by default: a quick baseline (Liftoff) to start, then hot functions again with its
// optimising compiler (TurboFan) on background threads. A check is short-lived, and that second
// compilation costs more than it saves: on a PR check of two files it was a third of the
// process's CPU, and on the longest public histories measured the two were within the noise.
// `npm run bench:wasm` measures both (BENCHMARKS.md); MIGRATION_GUARD_WASM_TIERUP=1 keeps V8's
// default, for a very long history where the optimised code might pay off.
//
// Imported first by each entry point: V8 reads the flag when a module is compiled, and every
// WebAssembly module (the embedded database's worker thread too) compiles after this.
if (process.env['MIGRATION_GUARD_WASM_TIERUP'] !== '1') setFlagsFromString('--liftoff-only');
