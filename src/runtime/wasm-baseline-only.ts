import { setFlagsFromString } from 'node:v8';

// The parser (libpg-query) and the embedded database (PGlite) are WebAssembly. V8 compiles it
// twice by default: a quick baseline (Liftoff) to start, then hot functions again with its
// optimising compiler (TurboFan) on background threads. A check is short-lived, and that second
// compilation cost more than it saved: on the PR check of test/support/pull-request-project.ts
// it was a third of the process's CPU (6.3 s → 4.2 s, median of 5; wall 4.4 s → 3.5 s), and on
// the longest public histories measured (quivr 69 files, grida 79 files, ~20-35 s each) the
// two were within the run-to-run noise. BENCHMARKS.md has the runs.
//
// Imported first by each entry point: V8 reads the flag when a module is compiled, and every
// WebAssembly module (including the embedded database's worker thread) compiles after this.
setFlagsFromString('--liftoff-only');
