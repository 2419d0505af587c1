#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn4, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn4 && (res = (0, fn4[__getOwnPropNames(fn4)[0]])(fn4 = 0)), res;
  } catch (e4) {
    throw err2 = [e4], e4;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};

// <define:__MIGRATION_GUARD_PGLITE_VERSIONS__>
var init_define_MIGRATION_GUARD_PGLITE_VERSIONS = __esm({
  "<define:__MIGRATION_GUARD_PGLITE_VERSIONS__>"() {
  }
});

// node_modules/@electric-sql/pglite/dist/chunk-QY3QWFKW.js
var p, i, c, f, l, s, a, _, d, D, F, g, L, P, n, h, R, x, T, U, u;
var init_chunk_QY3QWFKW = __esm({
  "node_modules/@electric-sql/pglite/dist/chunk-QY3QWFKW.js"() {
    init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
    p = Object.create;
    i = Object.defineProperty;
    c = Object.getOwnPropertyDescriptor;
    f = Object.getOwnPropertyNames;
    l = Object.getPrototypeOf;
    s = Object.prototype.hasOwnProperty;
    a = (t32) => {
      throw TypeError(t32);
    };
    _ = (t32, e4, o8) => e4 in t32 ? i(t32, e4, { enumerable: true, configurable: true, writable: true, value: o8 }) : t32[e4] = o8;
    d = (t32, e4) => () => (t32 && (e4 = t32(t32 = 0)), e4);
    D = (t32, e4) => () => (e4 || t32((e4 = { exports: {} }).exports, e4), e4.exports);
    F = (t32, e4) => {
      for (var o8 in e4) i(t32, o8, { get: e4[o8], enumerable: true });
    };
    g = (t32, e4, o8, m7) => {
      if (e4 && typeof e4 == "object" || typeof e4 == "function") for (let r10 of f(e4)) !s.call(t32, r10) && r10 !== o8 && i(t32, r10, { get: () => e4[r10], enumerable: !(m7 = c(e4, r10)) || m7.enumerable });
      return t32;
    };
    L = (t32, e4, o8) => (o8 = t32 != null ? p(l(t32)) : {}, g(e4 || !t32 || !t32.__esModule ? i(o8, "default", { value: t32, enumerable: true }) : o8, t32));
    P = (t32, e4, o8) => _(t32, typeof e4 != "symbol" ? e4 + "" : e4, o8);
    n = (t32, e4, o8) => e4.has(t32) || a("Cannot " + o8);
    h = (t32, e4, o8) => (n(t32, e4, "read from private field"), o8 ? o8.call(t32) : e4.get(t32));
    R = (t32, e4, o8) => e4.has(t32) ? a("Cannot add the same private member more than once") : e4 instanceof WeakSet ? e4.add(t32) : e4.set(t32, o8);
    x = (t32, e4, o8, m7) => (n(t32, e4, "write to private field"), m7 ? m7.call(t32, o8) : e4.set(t32, o8), o8);
    T = (t32, e4, o8) => (n(t32, e4, "access private method"), o8);
    U = (t32, e4, o8, m7) => ({ set _(r10) {
      x(t32, e4, r10, o8);
    }, get _() {
      return h(t32, e4, m7);
    } });
    u = d(() => {
      "use strict";
    });
  }
});

// node_modules/@electric-sql/pglite/dist/chunk-ZKGLEABV.js
function h2() {
  let t32 = process.type;
  return t32 === "renderer" || t32 === "worker" || t32 === "service-worker";
}
async function u2(t32) {
  l2 || o3.has(t32.toString()) || o3.set(t32.toString(), fetch(t32));
}
async function w2(t32, e4, r10) {
  if (r10) return { instance: await WebAssembly.instantiate(r10, t32), module: r10 };
  let i8 = e4();
  if (s3.has(i8.toString())) {
    let a14 = s3.get(i8.toString());
    return { instance: await WebAssembly.instantiate(a14, t32), module: a14 };
  }
  if (l2) {
    let a14 = await (await import("fs/promises")).readFile(i8), { module: n3, instance: c5 } = await WebAssembly.instantiate(a14, t32);
    return s3.set(i8.toString(), n3), { instance: c5, module: n3 };
  } else {
    o3.has(i8.toString()) || u2(i8);
    let a14 = await o3.get(i8.toString()), { module: n3, instance: c5 } = await WebAssembly.instantiateStreaming(a14.clone(), t32);
    return s3.set(i8.toString(), n3), { instance: c5, module: n3 };
  }
}
async function S2(t32) {
  return l2 ? (await (await import("fs/promises")).readFile(t32)).buffer : (u2(t32), (await o3.get(t32.toString())).clone().arrayBuffer());
}
function j2(t32) {
  let e4;
  return t32.startsWith('"') && t32.endsWith('"') ? e4 = t32.substring(1, t32.length - 1) : e4 = t32.toLowerCase(), e4;
}
function d2(t32, e4) {
  try {
    let r10 = t32.readdir(e4).filter((i8) => i8 !== "." && i8 !== "..");
    for (let i8 of r10) {
      let a14 = e4 + "/" + i8;
      try {
        t32.readdir(a14), d2(t32, a14);
      } catch {
        t32.unlink(a14);
      }
    }
    t32.rmdir(e4);
  } catch {
    try {
      t32.unlink(e4);
    } catch {
    }
  }
}
var f3, p3, m2, l2, y3, b2, o3, s3, v2;
var init_chunk_ZKGLEABV = __esm({
  "node_modules/@electric-sql/pglite/dist/chunk-ZKGLEABV.js"() {
    init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
    init_chunk_QY3QWFKW();
    u();
    f3 = Object.defineProperty;
    p3 = (t32, e4) => {
      for (var r10 in e4) f3(t32, r10, { get: e4[r10], enumerable: true });
    };
    m2 = {};
    p3(m2, { IN_NODE: () => l2, WASM_PREFIX: () => y3, getFsBundle: () => S2, instantiateWasm: () => w2, pgliteProc: () => b2, rmdirRecursive: () => d2, startArtifactDownload: () => u2, toPostgresName: () => j2, uuid: () => v2 });
    l2 = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && !h2();
    y3 = "/pglite";
    b2 = globalThis && typeof globalThis.process < "u" ? globalThis.process : { exitCode: void 0 };
    o3 = /* @__PURE__ */ new Map();
    s3 = /* @__PURE__ */ new Map();
    v2 = () => {
      if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
      let t32 = new Uint8Array(16);
      if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(t32);
      else for (let r10 = 0; r10 < t32.length; r10++) t32[r10] = Math.floor(Math.random() * 256);
      t32[6] = t32[6] & 15 | 64, t32[8] = t32[8] & 63 | 128;
      let e4 = [];
      return t32.forEach((r10) => {
        e4.push(r10.toString(16).padStart(2, "0"));
      }), e4.slice(0, 4).join("") + "-" + e4.slice(4, 6).join("") + "-" + e4.slice(6, 8).join("") + "-" + e4.slice(8, 10).join("") + "-" + e4.slice(10).join("");
    };
  }
});

// node_modules/@electric-sql/pglite/dist/chunk-CE4NCHVO.js
async function le2(e4, r10, t32 = "pgdata", n3 = "auto") {
  let i8 = wr(e4, r10), [o8, a14] = await Ar(i8, n3), s5 = t32 + (a14 ? ".tar.gz" : ".tar"), l3 = a14 ? "application/x-gzip" : "application/x-tar";
  return typeof File < "u" ? new File([o8], s5, { type: l3 }) : new Blob([o8], { type: l3 });
}
async function nt2(e4, r10, t32) {
  let n3 = new Uint8Array(await r10.arrayBuffer()), i8 = typeof File < "u" && r10 instanceof File ? r10.name : void 0;
  (yr.includes(r10.type) || i8?.endsWith(".tgz") || i8?.endsWith(".tar.gz")) && (n3 = await De2(n3));
  let a14;
  try {
    a14 = (0, O2.untar)(n3);
  } catch (s5) {
    if (s5 instanceof Error && s5.message.includes("File is corrupted")) n3 = await De2(n3), a14 = (0, O2.untar)(n3);
    else throw s5;
  }
  for (let s5 of a14) {
    let l3 = `${t32}/${s5.name}`, u3 = l3.split("/").slice(0, -1);
    for (let c5 = 1; c5 <= u3.length; c5++) {
      let f5 = u3.slice(0, c5).join("/");
      f5.length && !e4.analyzePath(f5).exists && e4.mkdirTree(f5);
    }
    if (s5.type === O2.REGTYPE) {
      e4.writeFile(l3, s5.data);
      let c5 = kr(s5.modifyTime);
      e4.utime(l3, c5, c5);
    } else s5.type === O2.DIRTYPE && (e4.analyzePath(l3).exists || e4.mkdir(l3));
  }
}
function hr(e4, r10) {
  let t32 = [], n3 = (i8) => {
    e4.readdir(i8).forEach((a14) => {
      if (a14 === "." || a14 === "..") return;
      let s5 = i8 + "/" + a14, l3 = e4.stat(s5), u3 = e4.isFile(l3.mode) ? e4.readFile(s5, { encoding: "binary" }) : new Uint8Array(0);
      t32.push({ name: s5.substring(r10.length), mode: l3.mode, size: l3.size, type: e4.isFile(l3.mode) ? O2.REGTYPE : O2.DIRTYPE, modifyTime: l3.mtime, data: u3 }), e4.isDir(l3.mode) && n3(s5);
    });
  };
  return n3(r10), t32;
}
function wr(e4, r10) {
  let t32 = hr(e4, r10);
  return (0, O2.tar)(t32);
}
async function Ar(e4, r10 = "auto") {
  if (r10 === "none") return [e4, false];
  if (typeof CompressionStream < "u") return [await br(e4), true];
  if (typeof process < "u" && process.versions && process.versions.node) return [await Tr(e4), true];
  if (r10 === "auto") return [e4, false];
  throw new Error("Compression not supported in this environment");
}
async function br(e4) {
  let r10 = new CompressionStream("gzip"), t32 = r10.writable.getWriter(), n3 = r10.readable.getReader();
  t32.write(e4), t32.close();
  let i8 = [];
  for (; ; ) {
    let { value: s5, done: l3 } = await n3.read();
    if (l3) break;
    s5 && i8.push(s5);
  }
  let o8 = new Uint8Array(i8.reduce((s5, l3) => s5 + l3.length, 0)), a14 = 0;
  return i8.forEach((s5) => {
    o8.set(s5, a14), a14 += s5.length;
  }), o8;
}
async function Tr(e4) {
  let { promisify: r10 } = await import("util"), { gzip: t32 } = await import("zlib");
  return await r10(t32)(e4);
}
async function De2(e4) {
  if (typeof CompressionStream < "u") return await Pr(e4);
  if (typeof process < "u" && process.versions && process.versions.node) return await Mr(e4);
  throw new Error("Unsupported environment for decompression");
}
async function Pr(e4) {
  let r10 = new DecompressionStream("gzip"), t32 = r10.writable.getWriter(), n3 = r10.readable.getReader();
  t32.write(e4), t32.close();
  let i8 = [];
  for (; ; ) {
    let { value: s5, done: l3 } = await n3.read();
    if (l3) break;
    s5 && i8.push(s5);
  }
  let o8 = new Uint8Array(i8.reduce((s5, l3) => s5 + l3.length, 0)), a14 = 0;
  return i8.forEach((s5) => {
    o8.set(s5, a14), a14 += s5.length;
  }), o8;
}
async function Mr(e4) {
  let { promisify: r10 } = await import("util"), { gunzip: t32 } = await import("zlib");
  return await r10(t32)(e4);
}
function kr(e4) {
  return e4 ? typeof e4 == "number" ? e4 * 1e3 : e4.getTime() : Date.now();
}
async function Or(moduleArg = {}) {
  var Module = moduleArg, ENVIRONMENT_IS_WEB = !!globalThis.window, ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope, ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    let { createRequire: e4 } = await import("node:module");
    var require = e4(import.meta.url);
  }
  var programArgs = [], thisProgram = "./this.program", quit_ = (e4, r10) => {
    throw r10;
  }, _scriptName = import.meta.url, scriptDirectory = "";
  function locateFile(e4) {
    return Module.locateFile ? Module.locateFile(e4, scriptDirectory) : scriptDirectory + e4;
  }
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("node:fs");
    _scriptName.startsWith("file:") && (scriptDirectory = require("node:path").dirname(require("node:url").fileURLToPath(_scriptName)) + "/"), readBinary = (e4) => {
      e4 = isFileURI(e4) ? new URL(e4) : e4;
      var r10 = fs.readFileSync(e4);
      return r10;
    }, readAsync = async (e4, r10 = true) => {
      e4 = isFileURI(e4) ? new URL(e4) : e4;
      var t32 = fs.readFileSync(e4, r10 ? void 0 : "utf8");
      return t32;
    }, process.argv.length > 1 && (thisProgram = process.argv[1].replace(/\\/g, "/")), programArgs = process.argv.slice(2), quit_ = (e4, r10) => {
      throw process.exitCode = e4, r10;
    };
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    ENVIRONMENT_IS_WORKER && (readBinary = (e4) => {
      var r10 = new XMLHttpRequest();
      return r10.open("GET", e4, false), r10.responseType = "arraybuffer", r10.send(null), new Uint8Array(r10.response);
    }), readAsync = async (e4) => {
      var r10 = await fetch(e4, { credentials: "same-origin" });
      if (r10.ok) return r10.arrayBuffer();
      throw new Error(r10.status + " : " + r10.url);
    };
  }
  var out = console.log.bind(console), err = console.error.bind(console), dynamicLibraries = [], wasmBinary, ABORT = false, EXITSTATUS, isFileURI = (e4) => e4.startsWith("file://");
  class EmscriptenEH {
  }
  class EmscriptenSjLj extends EmscriptenEH {
  }
  var runtimeInitialized = false, runtimeExited = false;
  function getMemoryBuffer() {
    return wasmMemory.buffer;
  }
  function updateMemoryViews() {
    if (!HEAP8?.buffer?.resizable) {
      var e4 = getMemoryBuffer();
      HEAP8 = new Int8Array(e4), HEAP16 = new Int16Array(e4), Module.HEAPU8 = HEAPU8 = new Uint8Array(e4), HEAPU16 = new Uint16Array(e4), HEAP32 = new Int32Array(e4), HEAPU32 = new Uint32Array(e4), HEAPF32 = new Float32Array(e4), HEAPF64 = new Float64Array(e4), HEAP64 = new BigInt64Array(e4), HEAPU64 = new BigUint64Array(e4);
    }
  }
  var __RELOC_FUNCS__ = [];
  function preRun() {
    var e4 = Module.preRun;
    e4 && (typeof e4 == "function" && (e4 = [e4]), onPreRuns.push(...e4)), callRuntimeCallbacks(onPreRuns);
  }
  function initRuntime() {
    runtimeInitialized = true, callRuntimeCallbacks(__RELOC_FUNCS__), !Module.noFSInit && !FS.initialized && FS.init(), TTY.init(), wasmExports.__wasm_call_ctors(), callRuntimeCallbacks(onPostCtors), FS.ignorePermissions = false;
  }
  function exitRuntime() {
    ___funcs_on_exit(), FS.quit(), TTY.shutdown(), clearTimers(), runtimeExited = true;
  }
  function postRun() {
    var e4 = Module.postRun;
    e4 && (typeof e4 == "function" && (e4 = [e4]), onPostRuns.push(...e4)), callRuntimeCallbacks(onPostRuns);
  }
  function abort(e4) {
    Module.onAbort?.(e4), e4 = `Aborted(${e4})`, err(e4), ABORT = true, e4 += ". Build with -sASSERTIONS for more info.";
    var r10 = new WebAssembly.RuntimeError(e4);
    throw r10;
  }
  var wasmBinaryFile;
  function findWasmBinary() {
    return Module.locateFile ? locateFile("initdb.wasm") : new URL("initdb.wasm", import.meta.url).href;
  }
  function getBinarySync(e4) {
    if (readBinary) return readBinary(e4);
    throw "both async and sync fetching of the wasm failed";
  }
  async function getWasmBinary(e4) {
    if (!wasmBinary) try {
      var r10 = await readAsync(e4);
      return new Uint8Array(r10);
    } catch {
    }
    return getBinarySync(e4);
  }
  async function instantiateArrayBuffer(e4, r10) {
    try {
      var t32 = await getWasmBinary(e4), n3 = await WebAssembly.instantiate(t32, r10);
      return n3;
    } catch (i8) {
      err(`failed to asynchronously prepare wasm: ${i8}`), abort(i8);
    }
  }
  async function instantiateAsync(e4, r10, t32) {
    if (!e4 && !ENVIRONMENT_IS_NODE) try {
      var n3 = fetch(r10, { credentials: "same-origin" }), i8 = await WebAssembly.instantiateStreaming(n3, t32);
      return i8;
    } catch (o8) {
      err(`wasm streaming compile failed: ${o8}`), err("falling back to ArrayBuffer instantiation");
    }
    return instantiateArrayBuffer(r10, t32);
  }
  function getWasmImports() {
    var e4 = new Proxy(/* @__PURE__ */ new Set([]), GOTHandler), r10 = { env: wasmImports, wasi_snapshot_preview1: wasmImports, "GOT.mem": e4, "GOT.func": e4 };
    return r10;
  }
  async function createWasm() {
    async function e4(a14, s5) {
      wasmExports = a14.exports;
      var l3 = wasmExports;
      mergeLibSymbols(wasmExports, "main");
      var u3 = getDylinkMetadata(s5);
      return u3.neededDynlibs && (dynamicLibraries = u3.neededDynlibs.concat(dynamicLibraries)), assignWasmExports(wasmExports), updateGOT(l3), updateMemoryViews(), LDSO.init(), await loadDylibs(), wasmExports;
    }
    function r10(a14) {
      return e4(a14.instance, a14.module);
    }
    var t32 = getWasmImports(), n3 = Module.instantiateWasm;
    if (n3) return new Promise((a14) => {
      n3(t32, (s5, l3) => a14(e4(s5, l3)));
    });
    wasmBinaryFile ?? (wasmBinaryFile = findWasmBinary());
    var i8 = await instantiateAsync(wasmBinary, wasmBinaryFile, t32), o8 = await r10(i8);
    return o8;
  }
  class ExitStatus {
    constructor(r10) {
      P(this, "name", "ExitStatus");
      this.message = `Program terminated with exit(${r10})`, this.status = r10;
    }
  }
  var GOT = {}, GOTHandler = { get(e4, r10) {
    var t32 = GOT[r10];
    return t32 || (t32 = GOT[r10] = new WebAssembly.Global({ value: "i32", mutable: true }, -1)), e4.has(r10) || (t32.required = true), t32;
  } }, HEAP16, HEAP32, HEAP64, HEAP8, HEAPF32, HEAPF64, HEAPU16, HEAPU32, HEAPU64, HEAPU8, callRuntimeCallbacks = (e4) => {
    for (; e4.length > 0; ) e4.shift()(Module);
  }, onPostRuns = [], onPreRuns = [], UTF8Decoder = globalThis.TextDecoder && new TextDecoder(), findStringEnd = (e4, r10, t32, n3) => {
    var i8 = r10 + t32;
    if (n3) return i8;
    for (; e4[r10] && !(r10 >= i8); ) ++r10;
    return r10;
  }, UTF8ArrayToString = (e4, r10 = 0, t32, n3) => {
    var i8 = findStringEnd(e4, r10, t32, n3);
    if (i8 - r10 > 16 && e4.buffer && UTF8Decoder) return UTF8Decoder.decode(e4.subarray(r10, i8));
    for (var o8 = ""; r10 < i8; ) {
      var a14 = e4[r10++];
      if (!(a14 & 128)) {
        o8 += String.fromCharCode(a14);
        continue;
      }
      var s5 = e4[r10++] & 63;
      if ((a14 & 224) == 192) {
        o8 += String.fromCharCode((a14 & 31) << 6 | s5);
        continue;
      }
      var l3 = e4[r10++] & 63;
      if ((a14 & 240) == 224 ? a14 = (a14 & 15) << 12 | s5 << 6 | l3 : a14 = (a14 & 7) << 18 | s5 << 12 | l3 << 6 | e4[r10++] & 63, a14 < 65536) o8 += String.fromCharCode(a14);
      else {
        var u3 = a14 - 65536;
        o8 += String.fromCharCode(55296 | u3 >> 10, 56320 | u3 & 1023);
      }
    }
    return o8;
  }, getDylinkMetadata = (e4) => {
    var r10 = 0, t32 = 0;
    function n3() {
      return e4[r10++];
    }
    function i8() {
      for (var D8 = 0, L5 = 1; ; ) {
        var de2 = e4[r10++];
        if (D8 += (de2 & 127) * L5, L5 *= 128, !(de2 & 128)) break;
      }
      return D8;
    }
    function o8() {
      var D8 = i8();
      return r10 += D8, UTF8ArrayToString(e4, r10 - D8, D8);
    }
    function a14() {
      for (var D8 = i8(), L5 = []; D8--; ) L5.push(o8());
      return L5;
    }
    function s5(D8, L5) {
      if (D8) throw new Error(L5);
    }
    if (e4 instanceof WebAssembly.Module) {
      var l3 = WebAssembly.Module.customSections(e4, "dylink.0");
      s5(l3.length === 0, "need dylink section"), e4 = new Uint8Array(l3[0]), t32 = e4.length;
    } else {
      var u3 = new Uint32Array(new Uint8Array(e4.subarray(0, 24)).buffer), c5 = u3[0] == 1836278016;
      s5(!c5, "need to see wasm magic number"), s5(e4[8] !== 0, "need the dylink section to be first"), r10 = 9;
      var f5 = i8();
      t32 = r10 + f5;
      var d5 = o8();
      s5(d5 !== "dylink.0");
    }
    for (var _4 = { neededDynlibs: [], tlsExports: /* @__PURE__ */ new Set(), weakImports: /* @__PURE__ */ new Set(), runtimePaths: [] }, p7 = 1, v5 = 2, S4 = 3, F5 = 4, h4 = 5, m7 = 256, g7 = 3, w7 = 1; r10 < t32; ) {
      var E6 = n3(), Y3 = i8();
      if (E6 === p7) _4.memorySize = i8(), _4.memoryAlign = i8(), _4.tableSize = i8(), _4.tableAlign = i8();
      else if (E6 === v5) _4.neededDynlibs = a14();
      else if (E6 === S4) for (var Q3 = i8(); Q3--; ) {
        var Z3 = o8(), ee3 = i8();
        ee3 & m7 && _4.tlsExports.add(Z3);
      }
      else if (E6 === F5) for (var Q3 = i8(); Q3--; ) {
        var Gr = o8(), Z3 = o8(), ee3 = i8();
        (ee3 & g7) == w7 && _4.weakImports.add(Z3);
      }
      else E6 === h4 ? _4.runtimePaths = a14() : r10 += Y3;
    }
    return _4;
  }, newDSO = (e4, r10, t32) => {
    var n3 = { refcount: 1 / 0, name: e4, exports: t32, global: true };
    return LDSO.loadedLibsByName[e4] = n3, r10 != null && (LDSO.loadedLibsByHandle[r10] = n3), n3;
  }, LDSO = { loadedLibsByName: {}, loadedLibsByHandle: {}, init() {
    newDSO("__main__", 0, wasmImports);
  } }, alignMemory = (e4, r10) => Math.ceil(e4 / r10) * r10, getMemory = (e4) => {
    if (runtimeInitialized) return _calloc(e4, 1);
    var r10 = ___heap_base, t32 = r10 + alignMemory(e4, 16);
    ___heap_base = t32;
    var n3 = _emscripten_get_sbrk_ptr();
    return HEAPU32[n3 >> 2] = t32, r10;
  }, isInternalSym = (e4) => ["memory", "__memory_base", "__table_base", "__stack_pointer", "__indirect_function_table", "__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(e4) || e4.startsWith("__em_js__"), wasmTableMirror = [], getWasmTableEntry = (e4) => {
    var r10 = wasmTableMirror[e4];
    return r10 || (wasmTableMirror[e4] = r10 = wasmTable.get(e4)), r10;
  }, updateTableMap = (e4, r10) => {
    if (functionsInTableMap) for (var t32 = e4; t32 < e4 + r10; t32++) {
      var n3 = getWasmTableEntry(t32);
      n3 && functionsInTableMap.set(n3, t32);
    }
  }, functionsInTableMap, getFunctionAddress = (e4) => (functionsInTableMap || (functionsInTableMap = /* @__PURE__ */ new WeakMap(), updateTableMap(0, wasmTable.length)), functionsInTableMap.get(e4) || 0), freeTableIndexes = [], getEmptyTableSlot = () => freeTableIndexes.length ? freeTableIndexes.pop() : wasmTable.grow(1), setWasmTableEntry = (e4, r10) => {
    wasmTable.set(e4, r10), wasmTableMirror[e4] = wasmTable.get(e4);
  }, uleb128EncodeWithLen = (e4) => {
    let r10 = e4.length;
    return [r10 % 128 | 128, r10 >> 7, ...e4];
  }, wasmTypeCodes = { i: 127, p: 127, j: 126, f: 125, d: 124, e: 111 }, generateTypePack = (e4) => uleb128EncodeWithLen(Array.from(e4, (r10) => {
    var t32 = wasmTypeCodes[r10];
    return t32;
  })), convertJsFunctionToWasm = (e4, r10) => {
    var t32 = Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0, 1, ...uleb128EncodeWithLen([1, 96, ...generateTypePack(r10.slice(1)), ...generateTypePack(r10[0] === "v" ? "" : r10[0])]), 2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0), n3 = new WebAssembly.Module(t32), i8 = new WebAssembly.Instance(n3, { e: { f: e4 } }), o8 = i8.exports.f;
    return o8;
  }, addFunction = (e4, r10) => {
    var t32 = getFunctionAddress(e4);
    if (t32) return t32;
    var n3 = getEmptyTableSlot();
    try {
      setWasmTableEntry(n3, e4);
    } catch (o8) {
      if (!(o8 instanceof TypeError)) throw o8;
      var i8 = convertJsFunctionToWasm(e4, r10);
      setWasmTableEntry(n3, i8);
    }
    return functionsInTableMap.set(e4, n3), n3;
  }, updateGOT = (e4, r10) => {
    for (var t32 in e4) if (!isInternalSym(t32)) {
      var n3 = e4[t32], i8 = GOT[t32] && GOT[t32].value != -1;
      if (r10 || !i8) {
        var o8;
        if (typeof n3 == "function") o8 = addFunction(n3);
        else if (typeof n3.value == "number") o8 = n3;
        else continue;
        GOT[t32] ?? (GOT[t32] = new WebAssembly.Global({ value: "i32", mutable: true })), GOT[t32].value = o8;
      }
    }
  }, isImmutableGlobal = (e4) => {
    if (e4 instanceof WebAssembly.Global) try {
      e4.value = e4.value;
    } catch {
      return true;
    }
    return false;
  }, relocateExports = (e4, r10 = 0) => {
    function t32(o8, a14) {
      return isImmutableGlobal(a14) ? new WebAssembly.Global({ value: "i32" }, a14.value + r10) : a14;
    }
    var n3 = {};
    for (var i8 in e4) n3[i8] = t32(i8, e4[i8]);
    return n3;
  }, isSymbolDefined = (e4) => {
    var r10 = wasmImports[e4];
    return !(!r10 || r10.stub);
  }, createNamedFunction = (e4, r10) => Object.defineProperty(r10, "name", { value: e4 }), dynCall = (e4, r10, t32 = [], n3 = false) => {
    var i8 = getWasmTableEntry(r10), o8 = i8(...t32);
    function a14(s5) {
      return s5;
    }
    return o8;
  }, stackSave = () => _emscripten_stack_get_current(), stackRestore = (e4) => __emscripten_stack_restore(e4), createInvokeFunction = (e4) => (r10, ...t32) => {
    var n3 = stackSave();
    try {
      return dynCall(e4, r10, t32);
    } catch (i8) {
      if (stackRestore(n3), !(i8 instanceof EmscriptenEH)) throw i8;
      if (_setThrew(1, 0), e4[0] == "j") return 0n;
    }
  }, resolveGlobalSymbol = (e4, r10 = false) => {
    var t32;
    return isSymbolDefined(e4) ? t32 = wasmImports[e4] : e4.startsWith("invoke_") && (t32 = wasmImports[e4] = createNamedFunction(e4, createInvokeFunction(e4.split("_")[1]))), { sym: t32, name: e4 };
  }, onPostCtors = [], addOnPostCtor = (e4) => onPostCtors.push(e4), UTF8ToString = (e4, r10, t32) => e4 ? UTF8ArrayToString(HEAPU8, e4, r10, t32) : "", loadWebAssemblyModule = (binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign), memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0, tableBase = metadata.tableSize ? wasmTable.length : 0;
      handle && (HEAP8[handle + 8] = 1, HEAPU32[handle + 12 >> 2] = memoryBase, HEAP32[handle + 16 >> 2] = metadata.memorySize, HEAPU32[handle + 20 >> 2] = tableBase, HEAP32[handle + 24 >> 2] = metadata.tableSize), metadata.tableSize && wasmTable.grow(metadata.tableSize);
      var moduleExports;
      function resolveSymbol(e4) {
        var r10 = resolveGlobalSymbol(e4).sym;
        return !r10 && localScope && (r10 = localScope[e4]), r10 || (r10 = moduleExports[e4]), r10;
      }
      var proxyHandler = { get(e4, r10) {
        switch (r10) {
          case "__memory_base":
            return memoryBase;
          case "__table_base":
            return tableBase;
        }
        if (r10 in wasmImports && !wasmImports[r10].stub) {
          var t32 = wasmImports[r10];
          return t32;
        }
        if (!(r10 in e4)) {
          var n3;
          e4[r10] = (...i8) => (n3 || (n3 = resolveSymbol(r10)), n3(...i8));
        }
        return e4[r10];
      } }, proxy = new Proxy({}, proxyHandler), GOTProxy = new Proxy(metadata.weakImports, GOTHandler), info = { "GOT.mem": GOTProxy, "GOT.func": GOTProxy, env: proxy, wasi_snapshot_preview1: proxy };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize), moduleExports = relocateExports(instance.exports, memoryBase), updateGOT(moduleExports), flags.allowUndefined || reportUndefinedSymbols();
        function addEmAsm(addr, body) {
          for (var args = [], arity = 0; ; arity++) {
            var argName = "$" + arity;
            if (!body.includes(argName)) break;
            args.push(argName);
          }
          args = args.join();
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        if ("__start_em_asm" in moduleExports) for (var start = moduleExports.__start_em_asm.value, stop = moduleExports.__stop_em_asm.value; start < stop; ) {
          var jsString = UTF8ToString(start);
          addEmAsm(start, jsString), start = HEAPU8.indexOf(0, start) + 1;
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          if (cSig = cSig.slice(1, -1), cSig != "void") {
            cSig = cSig.split(",");
            for (var arg of cSig) {
              var jsArg = arg.split(" ").pop();
              jsArgs.push(jsArg.replaceAll("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        for (var name in moduleExports) if (name.startsWith("__em_js__")) {
          var start = moduleExports[name].value, jsString = UTF8ToString(start), [sig, body] = jsString.split("<::>");
          addEmJs(name.replace("__em_js__", ""), sig, body), delete moduleExports[name];
        }
        var applyRelocs = moduleExports.__wasm_apply_data_relocs;
        applyRelocs && (runtimeInitialized ? applyRelocs() : __RELOC_FUNCS__.push(applyRelocs));
        var init = moduleExports.__wasm_call_ctors;
        return init && (runtimeInitialized ? init() : addOnPostCtor(init)), moduleExports;
      }
      if (flags.loadAsync) return (async () => {
        var e4;
        return binary instanceof WebAssembly.Module ? e4 = new WebAssembly.Instance(binary, info) : { module: binary, instance: e4 } = await WebAssembly.instantiate(binary, info), postInstantiation(binary, e4);
      })();
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary), instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    if (flags = { ...flags, rpath: { parentLibPath: libName, paths: metadata.runtimePaths } }, flags.loadAsync) return metadata.neededDynlibs.reduce((e4, r10) => e4.then(() => (r10 = findLibraryFS(r10, flags.rpath) ?? r10, loadDynamicLibrary(r10, flags, localScope))), Promise.resolve()).then(loadModule);
    for (var needed of metadata.neededDynlibs) needed = findLibraryFS(needed, flags.rpath) ?? needed, loadDynamicLibrary(needed, flags, localScope);
    return loadModule();
  }, mergeLibSymbols = (e4, r10) => {
    for (var [t32, n3] of Object.entries(e4)) {
      let i8 = (a14) => {
        isSymbolDefined(a14) || (wasmImports[a14] = n3);
      };
      i8(t32);
      let o8 = "__main_argc_argv";
      t32 == "main" && i8(o8), t32 == o8 && i8("main");
    }
  }, asyncLoad = async (e4) => {
    var r10 = await readAsync(e4);
    return new Uint8Array(r10);
  }, preloadPlugins = [], registerWasmPlugin = () => {
    var e4 = { promiseChainEnd: Promise.resolve(), canHandle: (r10) => !Module.noWasmDecoding && r10.endsWith(".so"), handle: async (r10, t32) => e4.promiseChainEnd = e4.promiseChainEnd.then(async () => {
      try {
        var n3 = await loadWebAssemblyModule(r10, { loadAsync: true, nodelete: true }, t32, {});
      } catch (i8) {
        throw new Error(`failed to instantiate wasm: ${t32}: ${i8}`);
      }
      return preloadedWasm[t32] = n3, r10;
    }) };
    preloadPlugins.push(e4);
  }, preloadedWasm = {}, PATH = { isAbs: (e4) => e4.charAt(0) === "/", splitPath: (e4) => {
    var r10 = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
    return r10.exec(e4).slice(1);
  }, normalizeArray: (e4, r10) => {
    for (var t32 = 0, n3 = e4.length - 1; n3 >= 0; n3--) {
      var i8 = e4[n3];
      i8 === "." ? e4.splice(n3, 1) : i8 === ".." ? (e4.splice(n3, 1), t32++) : t32 && (e4.splice(n3, 1), t32--);
    }
    if (r10) for (; t32; t32--) e4.unshift("..");
    return e4;
  }, normalize: (e4) => {
    var r10 = PATH.isAbs(e4), t32 = e4.slice(-1) === "/";
    return e4 = PATH.normalizeArray(e4.split("/").filter((n3) => !!n3), !r10).join("/"), !e4 && !r10 && (e4 = "."), e4 && t32 && (e4 += "/"), (r10 ? "/" : "") + e4;
  }, dirname: (e4) => {
    var r10 = PATH.splitPath(e4), t32 = r10[0], n3 = r10[1];
    return !t32 && !n3 ? "." : (n3 && (n3 = n3.slice(0, -1)), t32 + n3);
  }, basename: (e4) => e4 && e4.match(/([^\/]+|\/)\/*$/)[1], join: (...e4) => PATH.normalize(e4.join("/")), join2: (e4, r10) => PATH.normalize(e4 + "/" + r10) }, replaceORIGIN = (e4, r10) => {
    if (r10.startsWith("$ORIGIN")) {
      var t32 = PATH.dirname(e4);
      return r10.replace("$ORIGIN", t32);
    }
    return r10;
  }, withStackSave = (e4) => {
    var r10 = stackSave(), t32 = e4();
    return stackRestore(r10), t32;
  }, stackAlloc = (e4) => __emscripten_stack_alloc(e4), lengthBytesUTF8 = (e4) => {
    for (var r10 = 0, t32 = 0; t32 < e4.length; ++t32) {
      var n3 = e4.charCodeAt(t32);
      n3 <= 127 ? r10++ : n3 <= 2047 ? r10 += 2 : n3 >= 55296 && n3 <= 57343 ? (r10 += 4, ++t32) : r10 += 3;
    }
    return r10;
  }, stringToUTF8Array = (e4, r10, t32, n3) => {
    if (!(n3 > 0)) return 0;
    for (var i8 = t32, o8 = t32 + n3 - 1, a14 = 0; a14 < e4.length; ++a14) {
      var s5 = e4.codePointAt(a14);
      if (s5 <= 127) {
        if (t32 >= o8) break;
        r10[t32++] = s5;
      } else if (s5 <= 2047) {
        if (t32 + 1 >= o8) break;
        r10[t32++] = 192 | s5 >> 6, r10[t32++] = 128 | s5 & 63;
      } else if (s5 <= 65535) {
        if (t32 + 2 >= o8) break;
        r10[t32++] = 224 | s5 >> 12, r10[t32++] = 128 | s5 >> 6 & 63, r10[t32++] = 128 | s5 & 63;
      } else {
        if (t32 + 3 >= o8) break;
        r10[t32++] = 240 | s5 >> 18, r10[t32++] = 128 | s5 >> 12 & 63, r10[t32++] = 128 | s5 >> 6 & 63, r10[t32++] = 128 | s5 & 63, a14++;
      }
    }
    return r10[t32] = 0, t32 - i8;
  }, stringToUTF8 = (e4, r10, t32) => stringToUTF8Array(e4, HEAPU8, r10, t32), stringToUTF8OnStack = (e4) => {
    var r10 = lengthBytesUTF8(e4) + 1, t32 = stackAlloc(r10);
    return stringToUTF8(e4, t32, r10), t32;
  }, initRandomFill = () => {
    if (ENVIRONMENT_IS_NODE) {
      var e4 = require("node:crypto");
      return (r10) => (e4.randomFillSync(r10), 0);
    }
    return (r10) => (crypto.getRandomValues(r10), 0);
  }, randomFill = (e4) => (randomFill = initRandomFill())(e4), PATH_FS = { resolve: (...e4) => {
    for (var r10 = "", t32 = false, n3 = e4.length - 1; n3 >= -1 && !t32; n3--) {
      var i8 = n3 >= 0 ? e4[n3] : FS.cwd();
      if (typeof i8 != "string") throw new TypeError("Arguments to path.resolve must be strings");
      if (!i8) return "";
      r10 = i8 + "/" + r10, t32 = PATH.isAbs(i8);
    }
    return r10 = PATH.normalizeArray(r10.split("/").filter((o8) => !!o8), !t32).join("/"), (t32 ? "/" : "") + r10 || ".";
  }, relative: (e4, r10) => {
    e4 = PATH_FS.resolve(e4).slice(1), r10 = PATH_FS.resolve(r10).slice(1);
    function t32(u3) {
      for (var c5 = 0; c5 < u3.length && u3[c5] === ""; c5++) ;
      for (var f5 = u3.length - 1; f5 >= 0 && u3[f5] === ""; f5--) ;
      return c5 > f5 ? [] : u3.slice(c5, f5 - c5 + 1);
    }
    for (var n3 = t32(e4.split("/")), i8 = t32(r10.split("/")), o8 = Math.min(n3.length, i8.length), a14 = o8, s5 = 0; s5 < o8; s5++) if (n3[s5] !== i8[s5]) {
      a14 = s5;
      break;
    }
    for (var l3 = [], s5 = a14; s5 < n3.length; s5++) l3.push("..");
    return l3 = l3.concat(i8.slice(a14)), l3.join("/");
  } }, FS_stdin_getChar_buffer = [], intArrayFromString = (e4, r10, t32) => {
    var n3 = t32 > 0 ? t32 : lengthBytesUTF8(e4) + 1, i8 = new Array(n3), o8 = stringToUTF8Array(e4, i8, 0, i8.length);
    return r10 && (i8.length = o8), i8;
  }, FS_stdin_getChar = () => {
    if (!FS_stdin_getChar_buffer.length) {
      var e4 = null;
      if (ENVIRONMENT_IS_NODE) {
        var r10 = 256, t32 = Buffer.alloc(r10), n3 = 0, i8 = process.stdin.fd;
        try {
          n3 = fs.readSync(i8, t32, 0, r10);
        } catch (o8) {
          if (o8.toString().includes("EOF")) n3 = 0;
          else throw o8;
        }
        n3 > 0 && (e4 = t32.slice(0, n3).toString("utf-8"));
      } else globalThis.window?.prompt && (e4 = window.prompt("Input: "), e4 !== null && (e4 += `
`));
      if (!e4) return null;
      FS_stdin_getChar_buffer = intArrayFromString(e4, true);
    }
    return FS_stdin_getChar_buffer.shift();
  }, TTY = { ttys: [], init() {
  }, shutdown() {
  }, register(e4, r10) {
    TTY.ttys[e4] = { input: [], output: [], ops: r10 }, FS.registerDevice(e4, TTY.stream_ops);
  }, stream_ops: { open(e4) {
    var r10 = TTY.ttys[e4.node.rdev];
    if (!r10) throw new FS.ErrnoError(43);
    e4.tty = r10, e4.seekable = false;
  }, close(e4) {
    e4.tty.ops.fsync(e4.tty);
  }, fsync(e4) {
    e4.tty.ops.fsync(e4.tty);
  }, read(e4, r10, t32, n3, i8) {
    if (!e4.tty || !e4.tty.ops.get_char) throw new FS.ErrnoError(60);
    for (var o8 = 0, a14 = 0; a14 < n3; a14++) {
      var s5;
      try {
        s5 = e4.tty.ops.get_char(e4.tty);
      } catch {
        throw new FS.ErrnoError(29);
      }
      if (s5 === void 0 && o8 === 0) throw new FS.ErrnoError(6);
      if (s5 == null) break;
      o8++, r10[t32 + a14] = s5;
    }
    return o8 && (e4.node.atime = Date.now()), o8;
  }, write(e4, r10, t32, n3, i8) {
    if (!e4.tty || !e4.tty.ops.put_char) throw new FS.ErrnoError(60);
    try {
      for (var o8 = 0; o8 < n3; o8++) e4.tty.ops.put_char(e4.tty, r10[t32 + o8]);
    } catch {
      throw new FS.ErrnoError(29);
    }
    return n3 && (e4.node.mtime = e4.node.ctime = Date.now()), o8;
  } }, default_tty_ops: { get_char(e4) {
    return FS_stdin_getChar();
  }, put_char(e4, r10) {
    r10 === null || r10 === 10 ? (out(UTF8ArrayToString(e4.output)), e4.output = []) : r10 != 0 && e4.output.push(r10);
  }, fsync(e4) {
    e4.output?.length > 0 && (out(UTF8ArrayToString(e4.output)), e4.output = []);
  }, ioctl_tcgets(e4) {
    return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
  }, ioctl_tcsets(e4, r10, t32) {
    return 0;
  }, ioctl_tiocgwinsz(e4) {
    return [24, 80];
  } }, default_tty1_ops: { put_char(e4, r10) {
    r10 === null || r10 === 10 ? (err(UTF8ArrayToString(e4.output)), e4.output = []) : r10 != 0 && e4.output.push(r10);
  }, fsync(e4) {
    e4.output?.length > 0 && (err(UTF8ArrayToString(e4.output)), e4.output = []);
  } } }, zeroMemory = (e4, r10) => HEAPU8.fill(0, e4, e4 + r10), mmapAlloc = (e4) => {
    e4 = alignMemory(e4, 65536);
    var r10 = _emscripten_builtin_memalign(65536, e4);
    return r10 && zeroMemory(r10, e4), r10;
  }, MEMFS = { ops_table: null, mount(e4) {
    return MEMFS.createNode(null, "/", 16895, 0);
  }, createNode(e4, r10, t32, n3) {
    if (FS.isBlkdev(t32) || FS.isFIFO(t32)) throw new FS.ErrnoError(63);
    MEMFS.ops_table || (MEMFS.ops_table = { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } });
    var i8 = FS.createNode(e4, r10, t32, n3);
    return FS.isDir(i8.mode) ? (i8.node_ops = MEMFS.ops_table.dir.node, i8.stream_ops = MEMFS.ops_table.dir.stream, i8.contents = {}) : FS.isFile(i8.mode) ? (i8.node_ops = MEMFS.ops_table.file.node, i8.stream_ops = MEMFS.ops_table.file.stream, i8.usedBytes = 0, i8.contents = MEMFS.emptyFileContents ?? (MEMFS.emptyFileContents = new Uint8Array(0))) : FS.isLink(i8.mode) ? (i8.node_ops = MEMFS.ops_table.link.node, i8.stream_ops = MEMFS.ops_table.link.stream) : FS.isChrdev(i8.mode) && (i8.node_ops = MEMFS.ops_table.chrdev.node, i8.stream_ops = MEMFS.ops_table.chrdev.stream), i8.atime = i8.mtime = i8.ctime = Date.now(), e4 && (e4.contents[r10] = i8, e4.atime = e4.mtime = e4.ctime = i8.atime), i8;
  }, getFileDataAsTypedArray(e4) {
    return e4.contents.subarray(0, e4.usedBytes);
  }, expandFileStorage(e4, r10) {
    var t32 = e4.contents.length;
    if (!(t32 >= r10)) {
      var n3 = 1024 * 1024;
      r10 = Math.max(r10, t32 * (t32 < n3 ? 2 : 1.125) >>> 0), t32 && (r10 = Math.max(r10, 256));
      var i8 = MEMFS.getFileDataAsTypedArray(e4);
      e4.contents = new Uint8Array(r10), e4.contents.set(i8);
    }
  }, resizeFileStorage(e4, r10) {
    if (e4.usedBytes != r10) {
      var t32 = e4.contents;
      e4.contents = new Uint8Array(r10), e4.contents.set(t32.subarray(0, Math.min(r10, e4.usedBytes))), e4.usedBytes = r10;
    }
  }, node_ops: { getattr(e4) {
    var r10 = {};
    return r10.dev = FS.isChrdev(e4.mode) ? e4.id : 1, r10.ino = e4.id, r10.mode = e4.mode, r10.nlink = 1, r10.uid = 0, r10.gid = 0, r10.rdev = e4.rdev, FS.isDir(e4.mode) ? r10.size = 4096 : FS.isFile(e4.mode) ? r10.size = e4.usedBytes : FS.isLink(e4.mode) ? r10.size = e4.link.length : r10.size = 0, r10.atime = new Date(e4.atime), r10.mtime = new Date(e4.mtime), r10.ctime = new Date(e4.ctime), r10.blksize = 4096, r10.blocks = Math.ceil(r10.size / r10.blksize), r10;
  }, setattr(e4, r10) {
    for (let t32 of ["mode", "atime", "mtime", "ctime"]) r10[t32] != null && (e4[t32] = r10[t32]);
    r10.size !== void 0 && MEMFS.resizeFileStorage(e4, r10.size);
  }, lookup(e4, r10) {
    throw MEMFS.doesNotExistError || (MEMFS.doesNotExistError = new FS.ErrnoError(44), MEMFS.doesNotExistError.stack = "<generic error, no stack>"), MEMFS.doesNotExistError;
  }, mknod(e4, r10, t32, n3) {
    return MEMFS.createNode(e4, r10, t32, n3);
  }, rename(e4, r10, t32) {
    var n3;
    try {
      n3 = FS.lookupNode(r10, t32);
    } catch {
    }
    if (n3) {
      if (FS.isDir(e4.mode)) for (var i8 in n3.contents) throw new FS.ErrnoError(55);
      FS.hashRemoveNode(n3);
    }
    delete e4.parent.contents[e4.name], r10.contents[t32] = e4, e4.name = t32, r10.ctime = r10.mtime = e4.parent.ctime = e4.parent.mtime = Date.now();
  }, unlink(e4, r10) {
    delete e4.contents[r10], e4.ctime = e4.mtime = Date.now();
  }, rmdir(e4, r10) {
    var t32 = FS.lookupNode(e4, r10);
    for (var n3 in t32.contents) throw new FS.ErrnoError(55);
    delete e4.contents[r10], e4.ctime = e4.mtime = Date.now();
  }, readdir(e4) {
    return [".", "..", ...Object.keys(e4.contents)];
  }, symlink(e4, r10, t32) {
    var n3 = MEMFS.createNode(e4, r10, 41471, 0);
    return n3.link = t32, n3;
  }, readlink(e4) {
    if (!FS.isLink(e4.mode)) throw new FS.ErrnoError(28);
    return e4.link;
  } }, stream_ops: { read(e4, r10, t32, n3, i8) {
    var o8 = e4.node.contents;
    if (i8 >= e4.node.usedBytes) return 0;
    var a14 = Math.min(e4.node.usedBytes - i8, n3);
    return r10.set(o8.subarray(i8, i8 + a14), t32), a14;
  }, write(e4, r10, t32, n3, i8, o8) {
    if (r10.buffer === HEAP8.buffer && (o8 = false), !n3) return 0;
    var a14 = e4.node;
    return a14.mtime = a14.ctime = Date.now(), o8 ? (a14.contents = r10.subarray(t32, t32 + n3), a14.usedBytes = n3) : a14.usedBytes === 0 && i8 === 0 ? (a14.contents = r10.slice(t32, t32 + n3), a14.usedBytes = n3) : (MEMFS.expandFileStorage(a14, i8 + n3), a14.contents.set(r10.subarray(t32, t32 + n3), i8), a14.usedBytes = Math.max(a14.usedBytes, i8 + n3)), n3;
  }, llseek(e4, r10, t32) {
    var n3 = r10;
    if (t32 === 1 ? n3 += e4.position : t32 === 2 && FS.isFile(e4.node.mode) && (n3 += e4.node.usedBytes), n3 < 0) throw new FS.ErrnoError(28);
    return n3;
  }, mmap(e4, r10, t32, n3, i8) {
    if (!FS.isFile(e4.node.mode)) throw new FS.ErrnoError(43);
    var o8, a14, s5 = e4.node.contents;
    if (!(i8 & 2) && s5.buffer === HEAP8.buffer) a14 = false, o8 = s5.byteOffset;
    else {
      if (a14 = true, o8 = mmapAlloc(r10), !o8) throw new FS.ErrnoError(48);
      s5 && ((t32 > 0 || t32 + r10 < s5.length) && (s5.subarray ? s5 = s5.subarray(t32, t32 + r10) : s5 = Array.prototype.slice.call(s5, t32, t32 + r10)), HEAP8.set(s5, o8));
    }
    return { ptr: o8, allocated: a14 };
  }, msync(e4, r10, t32, n3, i8) {
    return MEMFS.stream_ops.write(e4, r10, 0, n3, t32, false), 0;
  } } }, FS_modeStringToFlags = (e4) => {
    if (typeof e4 != "string") return e4;
    var r10 = { r: 0, "r+": 2, w: 577, "w+": 578, a: 1089, "a+": 1090 }, t32 = r10[e4];
    if (typeof t32 > "u") throw new Error(`Unknown file open mode: ${e4}`);
    return t32;
  }, FS_fileDataToTypedArray = (e4) => (typeof e4 == "string" && (e4 = intArrayFromString(e4, true)), e4.subarray || (e4 = new Uint8Array(e4)), e4), FS_getMode = (e4, r10) => {
    var t32 = 0;
    return e4 && (t32 |= 365), r10 && (t32 |= 146), t32;
  }, ERRNO_CODES = { EPERM: 63, ENOENT: 44, ESRCH: 71, EINTR: 27, EIO: 29, ENXIO: 60, E2BIG: 1, ENOEXEC: 45, EBADF: 8, ECHILD: 12, EAGAIN: 6, EWOULDBLOCK: 6, ENOMEM: 48, EACCES: 2, EFAULT: 21, ENOTBLK: 105, EBUSY: 10, EEXIST: 20, EXDEV: 75, ENODEV: 43, ENOTDIR: 54, EISDIR: 31, EINVAL: 28, ENFILE: 41, EMFILE: 33, ENOTTY: 59, ETXTBSY: 74, EFBIG: 22, ENOSPC: 51, ESPIPE: 70, EROFS: 69, EMLINK: 34, EPIPE: 64, EDOM: 18, ERANGE: 68, ENOMSG: 49, EIDRM: 24, ECHRNG: 106, EL2NSYNC: 156, EL3HLT: 107, EL3RST: 108, ELNRNG: 109, EUNATCH: 110, ENOCSI: 111, EL2HLT: 112, EDEADLK: 16, ENOLCK: 46, EBADE: 113, EBADR: 114, EXFULL: 115, ENOANO: 104, EBADRQC: 103, EBADSLT: 102, EDEADLOCK: 16, EBFONT: 101, ENOSTR: 100, ENODATA: 116, ETIME: 117, ENOSR: 118, ENONET: 119, ENOPKG: 120, EREMOTE: 121, ENOLINK: 47, EADV: 122, ESRMNT: 123, ECOMM: 124, EPROTO: 65, EMULTIHOP: 36, EDOTDOT: 125, EBADMSG: 9, ENOTUNIQ: 126, EBADFD: 127, EREMCHG: 128, ELIBACC: 129, ELIBBAD: 130, ELIBSCN: 131, ELIBMAX: 132, ELIBEXEC: 133, ENOSYS: 52, ENOTEMPTY: 55, ENAMETOOLONG: 37, ELOOP: 32, EOPNOTSUPP: 138, EPFNOSUPPORT: 139, ECONNRESET: 15, ENOBUFS: 42, EAFNOSUPPORT: 5, EPROTOTYPE: 67, ENOTSOCK: 57, ENOPROTOOPT: 50, ESHUTDOWN: 140, ECONNREFUSED: 14, EADDRINUSE: 3, ECONNABORTED: 13, ENETUNREACH: 40, ENETDOWN: 38, ETIMEDOUT: 73, EHOSTDOWN: 142, EHOSTUNREACH: 23, EINPROGRESS: 26, EALREADY: 7, EDESTADDRREQ: 17, EMSGSIZE: 35, EPROTONOSUPPORT: 66, ESOCKTNOSUPPORT: 137, EADDRNOTAVAIL: 4, ENETRESET: 39, EISCONN: 30, ENOTCONN: 53, ETOOMANYREFS: 141, EUSERS: 136, EDQUOT: 19, ESTALE: 72, ENOTSUP: 138, ENOMEDIUM: 148, EILSEQ: 25, EOVERFLOW: 61, ECANCELED: 11, ENOTRECOVERABLE: 56, EOWNERDEAD: 62, ESTRPIPE: 135 }, PROXYFS = { mount(e4) {
    return PROXYFS.createNode(null, "/", e4.opts.fs.lstat(e4.opts.root).mode, 0);
  }, createNode(e4, r10, t32, n3) {
    if (!FS.isDir(t32) && !FS.isFile(t32) && !FS.isLink(t32)) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
    var i8 = FS.createNode(e4, r10, t32);
    return i8.node_ops = PROXYFS.node_ops, i8.stream_ops = PROXYFS.stream_ops, i8;
  }, realPath(e4) {
    for (var r10 = []; e4.parent !== e4; ) r10.push(e4.name), e4 = e4.parent;
    return r10.push(e4.mount.opts.root), r10.reverse(), PATH.join(...r10);
  }, node_ops: { getattr(e4) {
    var r10 = PROXYFS.realPath(e4), t32;
    try {
      t32 = e4.mount.opts.fs.lstat(r10);
    } catch (n3) {
      throw n3.code ? new FS.ErrnoError(ERRNO_CODES[n3.code]) : n3;
    }
    return { dev: t32.dev, ino: t32.ino, mode: t32.mode, nlink: t32.nlink, uid: t32.uid, gid: t32.gid, rdev: t32.rdev, size: t32.size, atime: t32.atime, mtime: t32.mtime, ctime: t32.ctime, blksize: t32.blksize, blocks: t32.blocks };
  }, setattr(e4, r10) {
    var t32 = PROXYFS.realPath(e4);
    try {
      if (r10.mode !== void 0 && (e4.mount.opts.fs.chmod(t32, r10.mode), e4.mode = r10.mode), r10.atime || r10.mtime) {
        var n3 = new Date(r10.atime || r10.mtime), i8 = new Date(r10.mtime || r10.atime);
        e4.mount.opts.fs.utime(t32, n3, i8);
      }
      r10.size !== void 0 && e4.mount.opts.fs.truncate(t32, r10.size);
    } catch (o8) {
      throw o8.code ? new FS.ErrnoError(ERRNO_CODES[o8.code]) : o8;
    }
  }, lookup(e4, r10) {
    try {
      var t32 = PATH.join2(PROXYFS.realPath(e4), r10), n3 = e4.mount.opts.fs.lstat(t32).mode, i8 = PROXYFS.createNode(e4, r10, n3);
      return i8;
    } catch (o8) {
      throw o8.code ? new FS.ErrnoError(ERRNO_CODES[o8.code]) : o8;
    }
  }, mknod(e4, r10, t32, n3) {
    var i8 = PROXYFS.createNode(e4, r10, t32, n3), o8 = PROXYFS.realPath(i8);
    try {
      FS.isDir(i8.mode) ? i8.mount.opts.fs.mkdir(o8, i8.mode) : i8.mount.opts.fs.writeFile(o8, "", { mode: i8.mode });
    } catch (a14) {
      throw a14.code ? new FS.ErrnoError(ERRNO_CODES[a14.code]) : a14;
    }
    return i8;
  }, rename(e4, r10, t32) {
    var n3 = PROXYFS.realPath(e4), i8 = PATH.join2(PROXYFS.realPath(r10), t32);
    try {
      e4.mount.opts.fs.rename(n3, i8), e4.name = t32;
    } catch (o8) {
      throw o8.code ? new FS.ErrnoError(ERRNO_CODES[o8.code]) : o8;
    }
  }, unlink(e4, r10) {
    var t32 = PATH.join2(PROXYFS.realPath(e4), r10);
    try {
      e4.mount.opts.fs.unlink(t32);
    } catch (n3) {
      throw n3.code ? new FS.ErrnoError(ERRNO_CODES[n3.code]) : n3;
    }
  }, rmdir(e4, r10) {
    var t32 = PATH.join2(PROXYFS.realPath(e4), r10);
    try {
      e4.mount.opts.fs.rmdir(t32);
    } catch (n3) {
      throw n3.code ? new FS.ErrnoError(ERRNO_CODES[n3.code]) : n3;
    }
  }, readdir(e4) {
    var r10 = PROXYFS.realPath(e4);
    try {
      return e4.mount.opts.fs.readdir(r10);
    } catch (t32) {
      throw t32.code ? new FS.ErrnoError(ERRNO_CODES[t32.code]) : t32;
    }
  }, symlink(e4, r10, t32) {
    var n3 = PATH.join2(PROXYFS.realPath(e4), r10);
    try {
      e4.mount.opts.fs.symlink(t32, n3);
    } catch (i8) {
      throw i8.code ? new FS.ErrnoError(ERRNO_CODES[i8.code]) : i8;
    }
  }, readlink(e4) {
    var r10 = PROXYFS.realPath(e4);
    try {
      return e4.mount.opts.fs.readlink(r10);
    } catch (t32) {
      throw t32.code ? new FS.ErrnoError(ERRNO_CODES[t32.code]) : t32;
    }
  } }, stream_ops: { open(e4) {
    var r10 = PROXYFS.realPath(e4.node);
    try {
      e4.nfd = e4.node.mount.opts.fs.open(r10, e4.flags);
    } catch (t32) {
      throw t32.code ? new FS.ErrnoError(ERRNO_CODES[t32.code]) : t32;
    }
  }, close(e4) {
    try {
      e4.node.mount.opts.fs.close(e4.nfd);
    } catch (r10) {
      throw r10.code ? new FS.ErrnoError(ERRNO_CODES[r10.code]) : r10;
    }
  }, read(e4, r10, t32, n3, i8) {
    try {
      return e4.node.mount.opts.fs.read(e4.nfd, r10, t32, n3, i8);
    } catch (o8) {
      throw o8.code ? new FS.ErrnoError(ERRNO_CODES[o8.code]) : o8;
    }
  }, write(e4, r10, t32, n3, i8) {
    try {
      return e4.node.mount.opts.fs.write(e4.nfd, r10, t32, n3, i8);
    } catch (o8) {
      throw o8.code ? new FS.ErrnoError(ERRNO_CODES[o8.code]) : o8;
    }
  }, llseek(e4, r10, t32) {
    var n3 = r10;
    if (t32 === 1) n3 += e4.position;
    else if (t32 === 2 && FS.isFile(e4.node.mode)) try {
      var i8 = e4.node.node_ops.getattr(e4.node);
      n3 += i8.size;
    } catch (o8) {
      throw new FS.ErrnoError(ERRNO_CODES[o8.code]);
    }
    if (n3 < 0) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
    return n3;
  } } }, FS_createDataFile = (...e4) => FS.createDataFile(...e4), getUniqueRunDependency = (e4) => e4, dependenciesPromise = null, resolveRunDependencies = async () => dependenciesPromise, runDependencies = 0, dependenciesPromiseResolve = null, removeRunDependency = (e4) => {
    runDependencies--, Module.monitorRunDependencies?.(runDependencies), runDependencies || dependenciesPromiseResolve();
  }, addRunDependency = (e4) => {
    runDependencies || (dependenciesPromise = new Promise((r10) => dependenciesPromiseResolve = r10)), runDependencies++, Module.monitorRunDependencies?.(runDependencies);
  }, FS_handledByPreloadPlugin = async (e4, r10) => {
    typeof Browser < "u" && Browser.init();
    for (var t32 of preloadPlugins) if (t32.canHandle(r10)) return t32.handle(e4, r10);
    return e4;
  }, FS_preloadFile = async (e4, r10, t32, n3, i8, o8, a14, s5) => {
    var l3 = r10 ? PATH_FS.resolve(PATH.join2(e4, r10)) : e4, u3 = getUniqueRunDependency(`cp ${l3}`);
    addRunDependency(u3);
    try {
      var c5 = t32;
      typeof t32 == "string" && (c5 = await asyncLoad(t32)), c5 = await FS_handledByPreloadPlugin(c5, l3), s5?.(), o8 || FS_createDataFile(e4, r10, c5, n3, i8, a14);
    } finally {
      removeRunDependency(u3);
    }
  }, FS_createPreloadedFile = (e4, r10, t32, n3, i8, o8, a14, s5, l3, u3) => {
    FS_preloadFile(e4, r10, t32, n3, i8, s5, l3, u3).then(o8).catch(a14);
  }, FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, ErrnoError: class {
    constructor(e4) {
      P(this, "name", "ErrnoError");
      this.errno = e4;
    }
  }, FSStream: class {
    constructor() {
      P(this, "shared", {});
    }
    get object() {
      return this.node;
    }
    set object(e4) {
      this.node = e4;
    }
    get isRead() {
      return (this.flags & 2097155) !== 1;
    }
    get isWrite() {
      return (this.flags & 2097155) !== 0;
    }
    get isAppend() {
      return this.flags & 1024;
    }
    get flags() {
      return this.shared.flags;
    }
    set flags(e4) {
      this.shared.flags = e4;
    }
    get position() {
      return this.shared.position;
    }
    set position(e4) {
      this.shared.position = e4;
    }
  }, FSNode: class {
    constructor(e4, r10, t32, n3) {
      P(this, "node_ops", {});
      P(this, "stream_ops", {});
      P(this, "readMode", 365);
      P(this, "writeMode", 146);
      P(this, "mounted", null);
      e4 || (e4 = this), this.parent = e4, this.mount = e4.mount, this.id = FS.nextInode++, this.name = r10, this.mode = t32, this.rdev = n3, this.atime = this.mtime = this.ctime = Date.now();
    }
    get read() {
      return (this.mode & this.readMode) === this.readMode;
    }
    set read(e4) {
      e4 ? this.mode |= this.readMode : this.mode &= ~this.readMode;
    }
    get write() {
      return (this.mode & this.writeMode) === this.writeMode;
    }
    set write(e4) {
      e4 ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
    }
    get isFolder() {
      return FS.isDir(this.mode);
    }
    get isDevice() {
      return FS.isChrdev(this.mode);
    }
    addListener(e4, r10 = false) {
      var t32 = { cb: e4, exclusive: r10 }, n3 = this.listeners ?? (this.listeners = /* @__PURE__ */ new Set());
      return n3.add(t32), { listeners: n3, entry: t32 };
    }
    notifyListeners(e4) {
      if (this.listeners) {
        var r10;
        for (var t32 of this.listeners) t32.exclusive ? (r10 || (r10 = [])).push(t32) : t32.cb(e4);
        if (r10) {
          var n3 = (this.exclTurn || 0) % r10.length;
          this.exclTurn = n3 + 1, r10[n3].cb(e4);
        }
      }
    }
  }, lookupPath(e4, r10 = {}) {
    if (!e4) throw new FS.ErrnoError(44);
    r10.follow_mount ?? (r10.follow_mount = true), PATH.isAbs(e4) || (e4 = FS.cwd() + "/" + e4);
    e: for (var t32 = 0; t32 < 40; t32++) {
      for (var n3 = e4.split("/").filter((u3) => !!u3), i8 = FS.root, o8 = "/", a14 = 0; a14 < n3.length; a14++) {
        var s5 = a14 === n3.length - 1;
        if (s5 && r10.parent) break;
        if (n3[a14] !== ".") {
          if (n3[a14] === "..") {
            if (o8 = PATH.dirname(o8), FS.isRoot(i8)) {
              e4 = o8 + "/" + n3.slice(a14 + 1).join("/"), t32--;
              continue e;
            } else i8 = i8.parent;
            continue;
          }
          o8 = PATH.join2(o8, n3[a14]);
          try {
            i8 = FS.lookupNode(i8, n3[a14]);
          } catch (u3) {
            if (u3?.errno === 44 && s5 && r10.noent_okay) return { path: o8 };
            throw u3;
          }
          if (FS.isMountpoint(i8) && (!s5 || r10.follow_mount) && (i8 = i8.mounted.root), FS.isLink(i8.mode) && (!s5 || r10.follow)) {
            if (!i8.node_ops.readlink) throw new FS.ErrnoError(52);
            var l3 = i8.node_ops.readlink(i8);
            PATH.isAbs(l3) || (l3 = PATH.dirname(o8) + "/" + l3), e4 = l3 + "/" + n3.slice(a14 + 1).join("/");
            continue e;
          }
        }
      }
      return { path: o8, node: i8 };
    }
    throw new FS.ErrnoError(32);
  }, getPath(e4) {
    for (var r10; ; ) {
      if (FS.isRoot(e4)) {
        var t32 = e4.mount.mountpoint;
        return r10 ? t32[t32.length - 1] !== "/" ? `${t32}/${r10}` : t32 + r10 : t32;
      }
      r10 = r10 ? `${e4.name}/${r10}` : e4.name, e4 = e4.parent;
    }
  }, hashName(e4, r10) {
    for (var t32 = 0, n3 = 0; n3 < r10.length; n3++) t32 = (t32 << 5) - t32 + r10.charCodeAt(n3) | 0;
    return (e4 + t32 >>> 0) % FS.nameTable.length;
  }, hashAddNode(e4) {
    var r10 = FS.hashName(e4.parent.id, e4.name);
    e4.name_next = FS.nameTable[r10], FS.nameTable[r10] = e4;
  }, hashRemoveNode(e4) {
    var r10 = FS.hashName(e4.parent.id, e4.name);
    if (FS.nameTable[r10] === e4) FS.nameTable[r10] = e4.name_next;
    else for (var t32 = FS.nameTable[r10]; t32; ) {
      if (t32.name_next === e4) {
        t32.name_next = e4.name_next;
        break;
      }
      t32 = t32.name_next;
    }
  }, lookupNode(e4, r10) {
    var t32 = FS.mayLookup(e4);
    if (t32) throw new FS.ErrnoError(t32);
    for (var n3 = FS.hashName(e4.id, r10), i8 = FS.nameTable[n3]; i8; i8 = i8.name_next) {
      var o8 = i8.name;
      if (i8.parent.id === e4.id && o8 === r10) return i8;
    }
    return FS.lookup(e4, r10);
  }, createNode(e4, r10, t32, n3) {
    var i8 = new FS.FSNode(e4, r10, t32, n3);
    return FS.hashAddNode(i8), i8;
  }, destroyNode(e4) {
    FS.hashRemoveNode(e4);
  }, isRoot(e4) {
    return e4 === e4.parent;
  }, isMountpoint(e4) {
    return !!e4.mounted;
  }, isFile(e4) {
    return (e4 & 61440) === 32768;
  }, isDir(e4) {
    return (e4 & 61440) === 16384;
  }, isLink(e4) {
    return (e4 & 61440) === 40960;
  }, isChrdev(e4) {
    return (e4 & 61440) === 8192;
  }, isBlkdev(e4) {
    return (e4 & 61440) === 24576;
  }, isFIFO(e4) {
    return (e4 & 61440) === 4096;
  }, isSocket(e4) {
    return (e4 & 49152) === 49152;
  }, flagsToPermissionString(e4) {
    var r10 = ["r", "w", "rw"][e4 & 3];
    return e4 & 512 && (r10 += "w"), r10;
  }, nodePermissions(e4, r10) {
    return FS.ignorePermissions ? 0 : r10.includes("r") && !(e4.mode & 292) || r10.includes("w") && !(e4.mode & 146) || r10.includes("x") && !(e4.mode & 73) ? 2 : 0;
  }, mayLookup(e4) {
    if (!FS.isDir(e4.mode)) return 54;
    var r10 = FS.nodePermissions(e4, "x");
    return r10 || (e4.node_ops.lookup ? 0 : 2);
  }, mayCreate(e4, r10) {
    if (!FS.isDir(e4.mode)) return 54;
    try {
      var t32 = FS.lookupNode(e4, r10);
      return 20;
    } catch {
    }
    return FS.nodePermissions(e4, "wx");
  }, mayDelete(e4, r10, t32) {
    var n3;
    try {
      n3 = FS.lookupNode(e4, r10);
    } catch (o8) {
      return o8.errno;
    }
    var i8 = FS.nodePermissions(e4, "wx");
    if (i8) return i8;
    if (t32) {
      if (!FS.isDir(n3.mode)) return 54;
      if (FS.isRoot(n3) || FS.getPath(n3) === FS.cwd()) return 10;
    } else if (FS.isDir(n3.mode)) return 31;
    return 0;
  }, mayOpen(e4, r10) {
    if (!e4) return 44;
    if (FS.isLink(e4.mode)) return 32;
    var t32 = FS.flagsToPermissionString(r10);
    return FS.isDir(e4.mode) && (t32 !== "r" || r10 & 576) ? 31 : FS.nodePermissions(e4, t32);
  }, checkOpExists(e4, r10) {
    if (!e4) throw new FS.ErrnoError(r10);
    return e4;
  }, MAX_OPEN_FDS: 4096, nextfd() {
    for (var e4 = 0; e4 <= FS.MAX_OPEN_FDS; e4++) if (!FS.streams[e4]) return e4;
    throw new FS.ErrnoError(33);
  }, getStreamChecked(e4) {
    var r10 = FS.getStream(e4);
    if (!r10) throw new FS.ErrnoError(8);
    return r10;
  }, getStream: (e4) => FS.streams[e4], createStream(e4, r10 = -1) {
    return e4 = Object.assign(new FS.FSStream(), e4), r10 == -1 && (r10 = FS.nextfd()), e4.fd = r10, FS.streams[r10] = e4, e4;
  }, closeStream(e4) {
    FS.streams[e4] = null;
  }, dupStream(e4, r10 = -1) {
    var t32 = FS.createStream(e4, r10);
    return t32.stream_ops?.dup?.(t32), t32;
  }, doSetAttr(e4, r10, t32) {
    var n3 = e4?.stream_ops.setattr, i8 = n3 ? e4 : r10;
    n3 ?? (n3 = r10.node_ops.setattr), FS.checkOpExists(n3, 63);
    try {
      n3(i8, t32);
    } catch (o8) {
      throw o8 instanceof RangeError ? new FS.ErrnoError(22) : o8;
    }
  }, chrdev_stream_ops: { open(e4) {
    var r10 = FS.getDevice(e4.node.rdev);
    e4.stream_ops = r10.stream_ops, e4.stream_ops.open?.(e4);
  }, llseek() {
    throw new FS.ErrnoError(70);
  } }, major: (e4) => e4 >> 8, minor: (e4) => e4 & 255, makedev: (e4, r10) => e4 << 8 | r10, registerDevice(e4, r10) {
    FS.devices[e4] = { stream_ops: r10 };
  }, getDevice: (e4) => FS.devices[e4], getMounts(e4) {
    for (var r10 = [], t32 = [e4]; t32.length; ) {
      var n3 = t32.pop();
      r10.push(n3), t32.push(...n3.mounts);
    }
    return r10;
  }, syncfs(e4, r10) {
    typeof e4 == "function" && (r10 = e4, e4 = false), FS.syncFSRequests++, FS.syncFSRequests > 1 && err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
    var t32 = FS.getMounts(FS.root.mount), n3 = 0;
    function i8(s5) {
      return FS.syncFSRequests--, r10(s5);
    }
    function o8(s5) {
      if (s5) return o8.errored ? void 0 : (o8.errored = true, i8(s5));
      ++n3 >= t32.length && i8(null);
    }
    for (var a14 of t32) a14.type.syncfs ? a14.type.syncfs(a14, e4, o8) : o8(null);
  }, mount(e4, r10, t32) {
    var n3 = t32 === "/", i8 = !t32, o8;
    if (n3 && FS.root) throw new FS.ErrnoError(10);
    if (!n3 && !i8) {
      var a14 = FS.lookupPath(t32, { follow_mount: false });
      if (t32 = a14.path, o8 = a14.node, FS.isMountpoint(o8)) throw new FS.ErrnoError(10);
      if (!FS.isDir(o8.mode)) throw new FS.ErrnoError(54);
    }
    var s5 = { type: e4, opts: r10, mountpoint: t32, mounts: [] }, l3 = e4.mount(s5);
    return l3.mount = s5, s5.root = l3, n3 ? FS.root = l3 : o8 && (o8.mounted = s5, o8.mount && o8.mount.mounts.push(s5)), l3;
  }, unmount(e4) {
    var r10 = FS.lookupPath(e4, { follow_mount: false });
    if (!FS.isMountpoint(r10.node)) throw new FS.ErrnoError(28);
    var t32 = r10.node, n3 = t32.mounted, i8 = FS.getMounts(n3);
    for (var [o8, a14] of Object.entries(FS.nameTable)) for (; a14; ) {
      var s5 = a14.name_next;
      i8.includes(a14.mount) && FS.destroyNode(a14), a14 = s5;
    }
    t32.mounted = null;
    var l3 = t32.mount.mounts.indexOf(n3);
    t32.mount.mounts.splice(l3, 1);
  }, lookup(e4, r10) {
    return e4.node_ops.lookup(e4, r10);
  }, mknod(e4, r10, t32) {
    var n3 = FS.lookupPath(e4, { parent: true }), i8 = n3.node, o8 = PATH.basename(e4);
    if (!o8) throw new FS.ErrnoError(28);
    if (o8 === "." || o8 === "..") throw new FS.ErrnoError(20);
    var a14 = FS.mayCreate(i8, o8);
    if (a14) throw new FS.ErrnoError(a14);
    if (!i8.node_ops.mknod) throw new FS.ErrnoError(63);
    return i8.node_ops.mknod(i8, o8, r10, t32);
  }, statfs(e4) {
    return FS.statfsNode(FS.lookupPath(e4, { follow: true }).node);
  }, statfsStream(e4) {
    return FS.statfsNode(e4.node);
  }, statfsNode(e4) {
    var r10 = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
    return e4.node_ops.statfs && Object.assign(r10, e4.node_ops.statfs(e4.mount.opts.root)), r10;
  }, create(e4, r10 = 438) {
    return r10 &= 4095, r10 |= 32768, FS.mknod(e4, r10, 0);
  }, mkdir(e4, r10 = 511) {
    return r10 &= 1023, r10 |= 16384, FS.mknod(e4, r10, 0);
  }, mkdirTree(e4, r10) {
    var t32 = e4.split("/"), n3 = "";
    for (var i8 of t32) if (i8) {
      (n3 || PATH.isAbs(e4)) && (n3 += "/"), n3 += i8;
      try {
        FS.mkdir(n3, r10);
      } catch (o8) {
        if (o8.errno != 20) throw o8;
      }
    }
  }, mkdev(e4, r10, t32) {
    return typeof t32 > "u" && (t32 = r10, r10 = 438), r10 |= 8192, FS.mknod(e4, r10, t32);
  }, symlink(e4, r10) {
    if (!PATH_FS.resolve(e4)) throw new FS.ErrnoError(44);
    var t32 = FS.lookupPath(r10, { parent: true }), n3 = t32.node;
    if (!n3) throw new FS.ErrnoError(44);
    var i8 = PATH.basename(r10), o8 = FS.mayCreate(n3, i8);
    if (o8) throw new FS.ErrnoError(o8);
    if (!n3.node_ops.symlink) throw new FS.ErrnoError(63);
    return n3.node_ops.symlink(n3, i8, e4);
  }, link(e4, r10, t32) {
    var n3 = FS.lookupPath(r10, { parent: true }), i8 = n3.node;
    if (!i8) throw new FS.ErrnoError(44);
    var o8 = PATH.basename(r10), a14 = FS.mayCreate(i8, o8);
    if (a14) throw new FS.ErrnoError(a14);
    if (!i8.node_ops.link) throw new FS.ErrnoError(34);
    return i8.node_ops.link(i8, o8, e4, t32);
  }, rename(e4, r10) {
    var t32 = PATH.dirname(e4), n3 = PATH.dirname(r10), i8 = PATH.basename(e4), o8 = PATH.basename(r10), a14, s5, l3;
    if (a14 = FS.lookupPath(e4, { parent: true }), s5 = a14.node, a14 = FS.lookupPath(r10, { parent: true }), l3 = a14.node, !s5 || !l3) throw new FS.ErrnoError(44);
    if (s5.mount !== l3.mount) throw new FS.ErrnoError(75);
    var u3 = FS.lookupNode(s5, i8), c5 = PATH_FS.relative(e4, n3);
    if (c5.charAt(0) !== ".") throw new FS.ErrnoError(28);
    if (c5 = PATH_FS.relative(r10, t32), c5.charAt(0) !== ".") throw new FS.ErrnoError(55);
    var f5;
    try {
      f5 = FS.lookupNode(l3, o8);
    } catch {
    }
    if (u3 !== f5) {
      var d5 = FS.isDir(u3.mode), _4 = FS.mayDelete(s5, i8, d5);
      if (_4) throw new FS.ErrnoError(_4);
      if (_4 = f5 ? FS.mayDelete(l3, o8, d5) : FS.mayCreate(l3, o8), _4) throw new FS.ErrnoError(_4);
      if (!s5.node_ops.rename) throw new FS.ErrnoError(63);
      if (FS.isMountpoint(u3) || f5 && FS.isMountpoint(f5)) throw new FS.ErrnoError(10);
      if (l3 !== s5 && (_4 = FS.nodePermissions(s5, "w"), _4)) throw new FS.ErrnoError(_4);
      FS.hashRemoveNode(u3);
      try {
        s5.node_ops.rename(u3, l3, o8), u3.parent = l3;
      } catch (p7) {
        throw p7;
      } finally {
        FS.hashAddNode(u3);
      }
    }
  }, rmdir(e4) {
    var r10 = FS.lookupPath(e4, { parent: true }), t32 = r10.node, n3 = PATH.basename(e4), i8 = FS.lookupNode(t32, n3), o8 = FS.mayDelete(t32, n3, true);
    if (o8) throw new FS.ErrnoError(o8);
    if (!t32.node_ops.rmdir) throw new FS.ErrnoError(63);
    if (FS.isMountpoint(i8)) throw new FS.ErrnoError(10);
    t32.node_ops.rmdir(t32, n3), FS.destroyNode(i8);
  }, readdir(e4) {
    var r10 = FS.lookupPath(e4, { follow: true }), t32 = r10.node, n3 = FS.checkOpExists(t32.node_ops.readdir, 54);
    return n3(t32);
  }, unlink(e4) {
    var r10 = FS.lookupPath(e4, { parent: true }), t32 = r10.node;
    if (!t32) throw new FS.ErrnoError(44);
    var n3 = PATH.basename(e4), i8 = FS.lookupNode(t32, n3), o8 = FS.mayDelete(t32, n3, false);
    if (o8) throw new FS.ErrnoError(o8);
    if (!t32.node_ops.unlink) throw new FS.ErrnoError(63);
    if (FS.isMountpoint(i8)) throw new FS.ErrnoError(10);
    t32.node_ops.unlink(t32, n3), FS.destroyNode(i8);
  }, readlink(e4) {
    var r10 = FS.lookupPath(e4), t32 = r10.node;
    if (!t32) throw new FS.ErrnoError(44);
    if (!t32.node_ops.readlink) throw new FS.ErrnoError(28);
    return t32.node_ops.readlink(t32);
  }, stat(e4, r10) {
    var t32 = FS.lookupPath(e4, { follow: !r10 }), n3 = t32.node, i8 = FS.checkOpExists(n3.node_ops.getattr, 63);
    return i8(n3);
  }, fstat(e4) {
    var r10 = FS.getStreamChecked(e4), t32 = r10.node, n3 = r10.stream_ops.getattr, i8 = n3 ? r10 : t32;
    return n3 ?? (n3 = t32.node_ops.getattr), FS.checkOpExists(n3, 63), n3(i8);
  }, lstat(e4) {
    return FS.stat(e4, true);
  }, doChmod(e4, r10, t32, n3) {
    FS.doSetAttr(e4, r10, { mode: t32 & 4095 | r10.mode & -4096, ctime: Date.now(), dontFollow: n3 });
  }, chmod(e4, r10, t32) {
    var n3;
    if (typeof e4 == "string") {
      var i8 = FS.lookupPath(e4, { follow: !t32 });
      n3 = i8.node;
    } else n3 = e4;
    FS.doChmod(null, n3, r10, t32);
  }, lchmod(e4, r10) {
    FS.chmod(e4, r10, true);
  }, fchmod(e4, r10) {
    var t32 = FS.getStreamChecked(e4);
    FS.doChmod(t32, t32.node, r10, false);
  }, doChown(e4, r10, t32) {
    FS.doSetAttr(e4, r10, { timestamp: Date.now(), dontFollow: t32 });
  }, chown(e4, r10, t32, n3) {
    var i8;
    if (typeof e4 == "string") {
      var o8 = FS.lookupPath(e4, { follow: !n3 });
      i8 = o8.node;
    } else i8 = e4;
    FS.doChown(null, i8, n3);
  }, lchown(e4, r10, t32) {
    FS.chown(e4, r10, t32, true);
  }, fchown(e4, r10, t32) {
    var n3 = FS.getStreamChecked(e4);
    FS.doChown(n3, n3.node, false);
  }, doTruncate(e4, r10, t32) {
    if (FS.isDir(r10.mode)) throw new FS.ErrnoError(31);
    if (!FS.isFile(r10.mode)) throw new FS.ErrnoError(28);
    var n3 = FS.nodePermissions(r10, "w");
    if (n3) throw new FS.ErrnoError(n3);
    FS.doSetAttr(e4, r10, { size: t32, timestamp: Date.now() });
  }, truncate(e4, r10) {
    if (r10 < 0) throw new FS.ErrnoError(28);
    var t32;
    if (typeof e4 == "string") {
      var n3 = FS.lookupPath(e4, { follow: true });
      t32 = n3.node;
    } else t32 = e4;
    FS.doTruncate(null, t32, r10);
  }, ftruncate(e4, r10) {
    var t32 = FS.getStreamChecked(e4);
    if (r10 < 0 || !(t32.flags & 2097155)) throw new FS.ErrnoError(28);
    FS.doTruncate(t32, t32.node, r10);
  }, utime(e4, r10, t32, n3) {
    var i8 = FS.lookupPath(e4, { follow: !n3 });
    FS.doSetAttr(null, i8.node, { atime: r10, mtime: t32, dontFollow: n3 });
  }, open(e4, r10, t32 = 438) {
    if (e4 === "") throw new FS.ErrnoError(44);
    r10 = FS_modeStringToFlags(r10), r10 & 64 ? t32 = t32 & 4095 | 32768 : t32 = 0;
    var n3, i8;
    if (typeof e4 == "object") n3 = e4;
    else {
      i8 = e4.endsWith("/");
      var o8 = FS.lookupPath(e4, { follow: !(r10 & 131072), noent_okay: true });
      n3 = o8.node, e4 = o8.path;
    }
    var a14 = false;
    if (r10 & 64) if (n3) {
      if (r10 & 128) throw new FS.ErrnoError(20);
    } else {
      if (i8) throw new FS.ErrnoError(31);
      n3 = FS.mknod(e4, t32 | 511, 0), a14 = true;
    }
    if (!n3) throw new FS.ErrnoError(44);
    if (FS.isChrdev(n3.mode) && (r10 &= -513), r10 & 65536 && !FS.isDir(n3.mode)) throw new FS.ErrnoError(54);
    if (!a14) {
      var s5 = FS.mayOpen(n3, r10);
      if (s5) throw new FS.ErrnoError(s5);
    }
    r10 & 512 && !a14 && FS.truncate(n3, 0), r10 &= -131713;
    var l3 = FS.createStream({ node: n3, path: FS.getPath(n3), flags: r10, seekable: true, position: 0, stream_ops: n3.stream_ops, ungotten: [], error: false });
    return l3.stream_ops.open && l3.stream_ops.open(l3), a14 && FS.chmod(n3, t32 & 511), l3;
  }, close(e4) {
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    e4.getdents && (e4.getdents = null), e4.node?.notifyListeners(32);
    try {
      e4.stream_ops.close && e4.stream_ops.close(e4);
    } catch (r10) {
      throw r10;
    } finally {
      FS.closeStream(e4.fd);
    }
    e4.fd = null;
  }, isClosed(e4) {
    return e4.fd === null;
  }, llseek(e4, r10, t32) {
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if (!e4.seekable || !e4.stream_ops.llseek) throw new FS.ErrnoError(70);
    if (t32 != 0 && t32 != 1 && t32 != 2) throw new FS.ErrnoError(28);
    return e4.position = e4.stream_ops.llseek(e4, r10, t32), e4.ungotten = [], e4.position;
  }, read(e4, r10, t32, n3, i8) {
    if (n3 < 0 || i8 < 0) throw new FS.ErrnoError(28);
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if ((e4.flags & 2097155) === 1) throw new FS.ErrnoError(8);
    if (FS.isDir(e4.node.mode)) throw new FS.ErrnoError(31);
    if (!e4.stream_ops.read) throw new FS.ErrnoError(28);
    var o8 = typeof i8 < "u";
    if (!o8) i8 = e4.position;
    else if (!e4.seekable) throw new FS.ErrnoError(70);
    var a14 = e4.stream_ops.read(e4, r10, t32, n3, i8);
    return o8 || (e4.position += a14), a14;
  }, write(e4, r10, t32, n3, i8, o8) {
    if (n3 < 0 || i8 < 0) throw new FS.ErrnoError(28);
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if (!(e4.flags & 2097155)) throw new FS.ErrnoError(8);
    if (FS.isDir(e4.node.mode)) throw new FS.ErrnoError(31);
    if (!e4.stream_ops.write) throw new FS.ErrnoError(28);
    e4.seekable && e4.flags & 1024 && FS.llseek(e4, 0, 2);
    var a14 = typeof i8 < "u";
    if (!a14) i8 = e4.position;
    else if (!e4.seekable) throw new FS.ErrnoError(70);
    var s5 = e4.stream_ops.write(e4, r10, t32, n3, i8, o8);
    return a14 || (e4.position += s5), s5;
  }, mmap(e4, r10, t32, n3, i8) {
    if (n3 & 2 && !(i8 & 2) && (e4.flags & 2097155) !== 2) throw new FS.ErrnoError(2);
    if ((e4.flags & 2097155) === 1) throw new FS.ErrnoError(2);
    if (!e4.stream_ops.mmap) throw new FS.ErrnoError(43);
    if (!r10) throw new FS.ErrnoError(28);
    return e4.stream_ops.mmap(e4, r10, t32, n3, i8);
  }, msync(e4, r10, t32, n3, i8) {
    return e4.stream_ops.msync ? e4.stream_ops.msync(e4, r10, t32, n3, i8) : 0;
  }, ioctl(e4, r10, t32) {
    if (!e4.stream_ops.ioctl) throw new FS.ErrnoError(59);
    return e4.stream_ops.ioctl(e4, r10, t32);
  }, readFile(e4, r10 = {}) {
    r10.flags = r10.flags ?? 0, r10.encoding = r10.encoding ?? "binary", r10.encoding !== "utf8" && r10.encoding !== "binary" && abort(`Invalid encoding type "${r10.encoding}"`);
    var t32 = FS.open(e4, r10.flags), n3 = FS.stat(e4), i8 = n3.size, o8 = new Uint8Array(i8);
    return FS.read(t32, o8, 0, i8, 0), r10.encoding === "utf8" && (o8 = UTF8ArrayToString(o8)), FS.close(t32), o8;
  }, writeFile(e4, r10, t32 = {}) {
    t32.flags = t32.flags ?? 577;
    var n3 = FS.open(e4, t32.flags, t32.mode);
    r10 = FS_fileDataToTypedArray(r10), FS.write(n3, r10, 0, r10.byteLength, void 0, t32.canOwn), FS.close(n3);
  }, cwd: () => FS.currentPath, chdir(e4) {
    var r10 = FS.lookupPath(e4, { follow: true });
    if (r10.node === null) throw new FS.ErrnoError(44);
    if (!FS.isDir(r10.node.mode)) throw new FS.ErrnoError(54);
    var t32 = FS.nodePermissions(r10.node, "x");
    if (t32) throw new FS.ErrnoError(t32);
    FS.currentPath = r10.path;
  }, createDefaultDirectories() {
    FS.mkdir("/tmp"), FS.mkdir("/home"), FS.mkdir("/home/web_user");
  }, createDefaultDevices() {
    FS.mkdir("/dev"), FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (n3, i8, o8, a14, s5) => a14, llseek: () => 0 }), FS.mkdev("/dev/null", FS.makedev(1, 3)), TTY.register(FS.makedev(5, 0), TTY.default_tty_ops), TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops), FS.mkdev("/dev/tty", FS.makedev(5, 0)), FS.mkdev("/dev/tty1", FS.makedev(6, 0));
    var e4 = new Uint8Array(1024), r10 = 0, t32 = () => (r10 === 0 && (randomFill(e4), r10 = e4.byteLength), e4[--r10]);
    FS.createDevice("/dev", "random", t32), FS.createDevice("/dev", "urandom", t32), FS.mkdir("/dev/shm"), FS.mkdir("/dev/shm/tmp");
  }, createSpecialDirectories() {
    FS.mkdir("/proc");
    var e4 = FS.mkdir("/proc/self");
    FS.mkdir("/proc/self/fd"), FS.mount({ mount() {
      var r10 = FS.createNode(e4, "fd", 16895, 73);
      return r10.stream_ops = { llseek: MEMFS.stream_ops.llseek }, r10.node_ops = { lookup(t32, n3) {
        var i8 = +n3, o8 = FS.getStreamChecked(i8), a14 = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => o8.path }, id: i8 + 1 };
        return a14.parent = a14, a14;
      }, readdir() {
        return Array.from(FS.streams.entries()).filter(([t32, n3]) => n3).map(([t32, n3]) => t32.toString());
      } }, r10;
    } }, {}, "/proc/self/fd");
  }, createStandardStreams(e4, r10, t32) {
    e4 ? FS.createDevice("/dev", "stdin", e4) : FS.symlink("/dev/tty", "/dev/stdin"), r10 ? FS.createDevice("/dev", "stdout", null, r10) : FS.symlink("/dev/tty", "/dev/stdout"), t32 ? FS.createDevice("/dev", "stderr", null, t32) : FS.symlink("/dev/tty1", "/dev/stderr");
    var n3 = FS.open("/dev/stdin", 0), i8 = FS.open("/dev/stdout", 1), o8 = FS.open("/dev/stderr", 1);
  }, staticInit() {
    FS.nameTable = new Array(4096), FS.mount(MEMFS, {}, "/"), FS.createDefaultDirectories(), FS.createDefaultDevices(), FS.createSpecialDirectories(), FS.filesystems = { MEMFS, PROXYFS };
  }, init(e4, r10, t32) {
    FS.initialized = true, e4 ?? (e4 = Module.stdin), r10 ?? (r10 = Module.stdout), t32 ?? (t32 = Module.stderr), FS.createStandardStreams(e4, r10, t32);
  }, quit() {
    FS.initialized = false, _fflush(0);
    for (var e4 of FS.streams) e4 && FS.close(e4);
  }, findObject(e4, r10) {
    var t32 = FS.analyzePath(e4, r10);
    return t32.exists ? t32.object : null;
  }, analyzePath(e4, r10) {
    try {
      var t32 = FS.lookupPath(e4, { follow: !r10 });
      e4 = t32.path;
    } catch {
    }
    var n3 = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
    try {
      var t32 = FS.lookupPath(e4, { parent: true });
      n3.parentExists = true, n3.parentPath = t32.path, n3.parentObject = t32.node, n3.name = PATH.basename(e4), t32 = FS.lookupPath(e4, { follow: !r10 }), n3.exists = true, n3.path = t32.path, n3.object = t32.node, n3.name = t32.node.name, n3.isRoot = t32.path === "/";
    } catch (i8) {
      n3.error = i8.errno;
    }
    return n3;
  }, createPath(e4, r10, t32, n3) {
    e4 = typeof e4 == "string" ? e4 : FS.getPath(e4);
    for (var i8 = r10.split("/").reverse(); i8.length; ) {
      var o8 = i8.pop();
      if (o8) {
        var a14 = PATH.join2(e4, o8);
        try {
          FS.mkdir(a14);
        } catch (s5) {
          if (s5.errno != 20) throw s5;
        }
        e4 = a14;
      }
    }
    return a14;
  }, createFile(e4, r10, t32, n3, i8) {
    var o8 = PATH.join2(typeof e4 == "string" ? e4 : FS.getPath(e4), r10), a14 = FS_getMode(n3, i8);
    return FS.create(o8, a14);
  }, createDataFile(e4, r10, t32, n3, i8, o8) {
    var a14 = r10;
    e4 && (e4 = typeof e4 == "string" ? e4 : FS.getPath(e4), a14 = r10 ? PATH.join2(e4, r10) : e4);
    var s5 = FS_getMode(n3, i8), l3 = FS.create(a14, s5);
    if (t32) {
      t32 = FS_fileDataToTypedArray(t32), FS.chmod(l3, s5 | 146);
      var u3 = FS.open(l3, 577);
      FS.write(u3, t32, 0, t32.length, 0, o8), FS.close(u3), FS.chmod(l3, s5);
    }
  }, createDevice(e4, r10, t32, n3) {
    var s5;
    var i8 = PATH.join2(typeof e4 == "string" ? e4 : FS.getPath(e4), r10), o8 = FS_getMode(!!t32, !!n3);
    (s5 = FS.createDevice).major ?? (s5.major = 64);
    var a14 = FS.makedev(FS.createDevice.major++, 0);
    return FS.registerDevice(a14, { open(l3) {
      l3.seekable = false;
    }, close(l3) {
      n3?.buffer?.length && n3(10);
    }, read(l3, u3, c5, f5, d5) {
      for (var _4 = 0, p7 = 0; p7 < f5; p7++) {
        var v5;
        try {
          v5 = t32();
        } catch {
          throw new FS.ErrnoError(29);
        }
        if (v5 === void 0 && _4 === 0) throw new FS.ErrnoError(6);
        if (v5 == null) break;
        _4++, u3[c5 + p7] = v5;
      }
      return _4 && (l3.node.atime = Date.now()), _4;
    }, write(l3, u3, c5, f5, d5) {
      for (var _4 = 0; _4 < f5; _4++) try {
        n3(u3[c5 + _4]);
      } catch {
        throw new FS.ErrnoError(29);
      }
      return f5 && (l3.node.mtime = l3.node.ctime = Date.now()), _4;
    } }), FS.mkdev(i8, o8, a14);
  }, forceLoadFile(e4) {
    if (e4.isDevice || e4.isFolder || e4.link || e4.contents) return true;
    if (globalThis.XMLHttpRequest) abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
    else try {
      e4.contents = readBinary(e4.url);
    } catch {
      throw new FS.ErrnoError(29);
    }
  }, createLazyFile(e4, r10, t32, n3, i8) {
    class o8 {
      constructor() {
        P(this, "lengthKnown", false);
        P(this, "chunks", []);
      }
      get(d5) {
        if (!(d5 > this.length - 1 || d5 < 0)) {
          var _4 = d5 % this.chunkSize, p7 = d5 / this.chunkSize | 0;
          return this.getter(p7)[_4];
        }
      }
      setDataGetter(d5) {
        this.getter = d5;
      }
      cacheLength() {
        var d5 = new XMLHttpRequest();
        d5.open("HEAD", t32, false), d5.send(null), d5.status >= 200 && d5.status < 300 || d5.status === 304 || abort(`Couldn't load ${t32}. Status: ${d5.status}`);
        var _4 = Number(d5.getResponseHeader("Content-length")), p7, v5 = (p7 = d5.getResponseHeader("Accept-Ranges")) && p7 === "bytes", S4 = (p7 = d5.getResponseHeader("Content-Encoding")) && p7 === "gzip", F5 = 1024 * 1024;
        v5 || (F5 = _4);
        var h4 = (g7, w7) => {
          g7 > w7 && abort(`invalid range (${g7}, ${w7}) or no bytes requested!`), w7 > _4 - 1 && abort(`only ${_4} bytes available! programmer error!`);
          var E6 = new XMLHttpRequest();
          return E6.open("GET", t32, false), _4 !== F5 && E6.setRequestHeader("Range", `bytes=${g7}-${w7}`), E6.responseType = "arraybuffer", E6.overrideMimeType && E6.overrideMimeType("text/plain; charset=x-user-defined"), E6.send(null), E6.status >= 200 && E6.status < 300 || E6.status === 304 || abort(`Couldn't load ${t32}. Status: ${E6.status}`), E6.response !== void 0 ? new Uint8Array(E6.response || []) : intArrayFromString(E6.responseText ?? "", true);
        }, m7 = this;
        m7.setDataGetter((g7) => {
          var w7 = g7 * F5, E6 = (g7 + 1) * F5 - 1;
          return E6 = Math.min(E6, _4 - 1), typeof m7.chunks[g7] > "u" && (m7.chunks[g7] = h4(w7, E6)), typeof m7.chunks[g7] > "u" && abort("doXHR failed!"), m7.chunks[g7];
        }), (S4 || !_4) && (F5 = _4 = 1, _4 = this.getter(0).length, F5 = _4, out("LazyFiles on gzip forces download of the whole file when length is accessed")), this._length = _4, this._chunkSize = F5, this.lengthKnown = true;
      }
      get length() {
        return this.lengthKnown || this.cacheLength(), this._length;
      }
      get chunkSize() {
        return this.lengthKnown || this.cacheLength(), this._chunkSize;
      }
    }
    if (globalThis.XMLHttpRequest) {
      ENVIRONMENT_IS_WORKER || abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
      var a14 = new o8(), s5 = { isDevice: false, contents: a14 };
    } else var s5 = { isDevice: false, url: t32 };
    var l3 = FS.createFile(e4, r10, s5, n3, i8);
    s5.contents ? l3.contents = s5.contents : s5.url && (l3.contents = null, l3.url = s5.url), Object.defineProperties(l3, { usedBytes: { get: function() {
      return this.contents.length;
    } } });
    var u3 = {};
    for (let [f5, d5] of Object.entries(l3.stream_ops)) u3[f5] = (..._4) => (FS.forceLoadFile(l3), d5(..._4));
    function c5(f5, d5, _4, p7, v5) {
      var S4 = f5.node.contents;
      if (v5 >= S4.length) return 0;
      var F5 = Math.min(S4.length - v5, p7);
      if (S4.slice) for (var h4 = 0; h4 < F5; h4++) d5[_4 + h4] = S4[v5 + h4];
      else for (var h4 = 0; h4 < F5; h4++) d5[_4 + h4] = S4.get(v5 + h4);
      return F5;
    }
    return u3.read = (f5, d5, _4, p7, v5) => (FS.forceLoadFile(l3), c5(f5, d5, _4, p7, v5)), u3.mmap = (f5, d5, _4, p7, v5) => {
      FS.forceLoadFile(l3);
      var S4 = mmapAlloc(d5);
      if (!S4) throw new FS.ErrnoError(48);
      return c5(f5, HEAP8, S4, d5, _4), { ptr: S4, allocated: true };
    }, l3.stream_ops = u3, l3;
  } }, findLibraryFS = (e4, r10) => {
    if (runtimeInitialized) {
      if (PATH.isAbs(e4)) try {
        return FS.lookupPath(e4), e4;
      } catch {
        return;
      }
      var t32 = (r10?.paths || []).map((n3) => replaceORIGIN(r10?.parentLibPath, n3));
      return withStackSave(() => {
        var n3 = 512, i8 = stackAlloc(n3), o8 = stringToUTF8OnStack(t32.join(":")), a14 = stringToUTF8OnStack(e4), s5 = __emscripten_find_dylib(i8, o8, a14, n3);
        return s5 ? UTF8ToString(s5) : void 0;
      });
    }
  };
  function loadDynamicLibrary(e4, r10 = { global: true, nodelete: true }, t32, n3) {
    var i8 = LDSO.loadedLibsByName[e4];
    if (i8) return r10.global ? i8.global || (i8.global = true, mergeLibSymbols(i8.exports, e4)) : t32 && Object.assign(t32, i8.exports), r10.nodelete && i8.refcount !== 1 / 0 && (i8.refcount = 1 / 0), i8.refcount++, n3 && (LDSO.loadedLibsByHandle[n3] = i8), r10.loadAsync ? Promise.resolve(true) : true;
    i8 = newDSO(e4, n3, "loading"), i8.refcount = r10.nodelete ? 1 / 0 : 1, i8.global = r10.global;
    function o8() {
      if (n3) {
        var l3 = HEAPU32[n3 + 28 >> 2], u3 = HEAPU32[n3 + 32 >> 2];
        if (l3 && u3) {
          var c5 = HEAP8.slice(l3, l3 + u3);
          return r10.loadAsync ? Promise.resolve(c5) : c5;
        }
      }
      var f5 = findLibraryFS(e4, r10.rpath);
      if (f5) {
        var c5 = FS.readFile(f5, { encoding: "binary" });
        return r10.loadAsync ? Promise.resolve(c5) : c5;
      }
      var d5 = locateFile(e4);
      if (r10.loadAsync) return asyncLoad(d5);
      if (!readBinary) throw new Error(`${d5}: file not found, and synchronous loading of external files is not available`);
      return readBinary(d5);
    }
    function a14() {
      var l3 = preloadedWasm[e4];
      return l3 ? r10.loadAsync ? Promise.resolve(l3) : l3 : r10.loadAsync ? o8().then((u3) => loadWebAssemblyModule(u3, r10, e4, t32, n3)) : loadWebAssemblyModule(o8(), r10, e4, t32, n3);
    }
    function s5(l3) {
      i8.global ? mergeLibSymbols(l3, e4) : t32 && Object.assign(t32, l3), i8.exports = l3;
    }
    return r10.loadAsync ? a14().then((l3) => (s5(l3), true)) : (s5(a14()), true);
  }
  var reportUndefinedSymbols = () => {
    for (var [e4, r10] of Object.entries(GOT)) if (r10.value == -1) {
      var t32 = resolveGlobalSymbol(e4, true).sym;
      if (!t32 && !r10.required) {
        r10.value = 0;
        continue;
      }
      if (typeof t32 == "function") r10.value = addFunction(t32, t32.sig);
      else if (typeof t32 == "number") r10.value = t32;
      else if (typeof t32.value == "number") r10.value = t32;
      else throw new Error(`bad export type for '${e4}': ${typeof t32} (${t32})`);
    }
  }, loadDylibs = async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    for (var e4 of dynamicLibraries) await loadDynamicLibrary(e4, { loadAsync: true, global: true, nodelete: true, allowUndefined: true });
    reportUndefinedSymbols();
  }, noExitRuntime = false, ___call_sighandler = (e4, r10) => getWasmTableEntry(e4)(r10);
  ___call_sighandler.sig = "vpi";
  var SYSCALLS = { currentUmask: 18, calculateAt(e4, r10, t32) {
    if (PATH.isAbs(r10)) return r10;
    var n3;
    if (e4 === -100) n3 = FS.cwd();
    else {
      var i8 = SYSCALLS.getStreamFromFD(e4);
      n3 = i8.path;
    }
    if (r10.length == 0) {
      if (!t32) throw new FS.ErrnoError(44);
      return n3;
    }
    return n3 + "/" + r10;
  }, writeStat(e4, r10) {
    HEAPU32[e4 >> 2] = r10.dev, HEAPU32[e4 + 4 >> 2] = r10.mode, HEAPU32[e4 + 8 >> 2] = r10.nlink, HEAPU32[e4 + 12 >> 2] = r10.uid, HEAPU32[e4 + 16 >> 2] = r10.gid, HEAPU32[e4 + 20 >> 2] = r10.rdev, HEAP64[e4 + 24 >> 3] = BigInt(r10.size), HEAP32[e4 + 32 >> 2] = 4096, HEAP32[e4 + 36 >> 2] = r10.blocks;
    var t32 = r10.atime.getTime(), n3 = r10.mtime.getTime(), i8 = r10.ctime.getTime();
    return HEAP64[e4 + 40 >> 3] = BigInt(Math.floor(t32 / 1e3)), HEAPU32[e4 + 48 >> 2] = t32 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 56 >> 3] = BigInt(Math.floor(n3 / 1e3)), HEAPU32[e4 + 64 >> 2] = n3 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 72 >> 3] = BigInt(Math.floor(i8 / 1e3)), HEAPU32[e4 + 80 >> 2] = i8 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 88 >> 3] = BigInt(r10.ino), 0;
  }, writeStatFs(e4, r10) {
    HEAPU32[e4 + 4 >> 2] = r10.bsize, HEAPU32[e4 + 60 >> 2] = r10.bsize, HEAP64[e4 + 8 >> 3] = BigInt(r10.blocks), HEAP64[e4 + 16 >> 3] = BigInt(r10.bfree), HEAP64[e4 + 24 >> 3] = BigInt(r10.bavail), HEAP64[e4 + 32 >> 3] = BigInt(r10.files), HEAP64[e4 + 40 >> 3] = BigInt(r10.ffree), HEAPU32[e4 + 48 >> 2] = r10.fsid, HEAPU32[e4 + 64 >> 2] = r10.flags, HEAPU32[e4 + 56 >> 2] = r10.namelen;
  }, doMsync(e4, r10, t32, n3, i8) {
    if (!FS.isFile(r10.node.mode)) throw new FS.ErrnoError(43);
    if (n3 & 2) return 0;
    var o8 = HEAPU8.subarray(e4, e4 + t32);
    FS.msync(r10, o8, i8, t32, n3);
  }, getStreamFromFD(e4) {
    var r10 = FS.getStreamChecked(e4);
    return r10;
  }, varargs: void 0, getStr(e4) {
    var r10 = UTF8ToString(e4);
    return r10;
  } };
  function ___syscall_chmod(e4, r10) {
    try {
      return e4 = SYSCALLS.getStr(e4), FS.chmod(e4, r10), 0;
    } catch (t32) {
      if (typeof FS > "u" || t32.name !== "ErrnoError") throw t32;
      return -t32.errno;
    }
  }
  ___syscall_chmod.sig = "ipi";
  function ___syscall_dup3(e4, r10, t32) {
    try {
      if (e4 === r10 || t32 & -524289) return -28;
      var n3 = SYSCALLS.getStreamFromFD(e4);
      if (r10 < 0 || r10 >= FS.MAX_OPEN_FDS) return -8;
      var i8 = FS.getStream(r10);
      i8 && FS.close(i8);
      var o8 = FS.dupStream(n3, r10);
      return t32 & 524288 && (o8.flags |= 524288), o8.fd;
    } catch (a14) {
      if (typeof FS > "u" || a14.name !== "ErrnoError") throw a14;
      return -a14.errno;
    }
  }
  ___syscall_dup3.sig = "iiii";
  function ___syscall_faccessat(e4, r10, t32, n3) {
    try {
      if (r10 = SYSCALLS.getStr(r10), r10 = SYSCALLS.calculateAt(e4, r10), t32 & -8) return -28;
      var i8 = FS.lookupPath(r10, { follow: true }), o8 = i8.node;
      if (!o8) return -44;
      var a14 = "";
      return t32 & 4 && (a14 += "r"), t32 & 2 && (a14 += "w"), t32 & 1 && (a14 += "x"), a14 && FS.nodePermissions(o8, a14) ? -2 : 0;
    } catch (s5) {
      if (typeof FS > "u" || s5.name !== "ErrnoError") throw s5;
      return -s5.errno;
    }
  }
  ___syscall_faccessat.sig = "iipii";
  var INT53_MAX = 9007199254740992, INT53_MIN = -9007199254740992, bigintToI53Checked = (e4) => e4 < INT53_MIN || e4 > INT53_MAX ? NaN : Number(e4);
  function ___syscall_fadvise64(e4, r10, t32, n3) {
    r10 = bigintToI53Checked(r10), t32 = bigintToI53Checked(t32);
    try {
      return SYSCALLS.getStreamFromFD(e4).seekable ? 0 : -70;
    } catch (i8) {
      if (typeof FS > "u" || i8.name !== "ErrnoError") throw i8;
      return -i8.errno;
    }
  }
  ___syscall_fadvise64.sig = "iijji";
  var syscallGetVarargI = () => {
    var e4 = HEAP32[+SYSCALLS.varargs >> 2];
    return SYSCALLS.varargs += 4, e4;
  }, syscallGetVarargP = syscallGetVarargI;
  function ___syscall_fcntl64(e4, r10, t32) {
    SYSCALLS.varargs = t32;
    try {
      var n3 = SYSCALLS.getStreamFromFD(e4);
      switch (r10) {
        case 0: {
          var i8 = syscallGetVarargI();
          if (i8 < 0) return -28;
          for (; FS.streams[i8]; ) i8++;
          var o8;
          return o8 = FS.dupStream(n3, i8), o8.fd;
        }
        case 1:
        case 2:
          return 0;
        case 3:
          return n3.flags;
        case 4: {
          var i8 = syscallGetVarargI(), a14 = 289792;
          return n3.flags = n3.flags & ~a14 | i8 & a14, 0;
        }
        case 12: {
          var i8 = syscallGetVarargP(), s5 = 0;
          return HEAP16[i8 + s5 >> 1] = 2, 0;
        }
        case 13:
        case 14:
          return 0;
      }
      return -28;
    } catch (l3) {
      if (typeof FS > "u" || l3.name !== "ErrnoError") throw l3;
      return -l3.errno;
    }
  }
  ___syscall_fcntl64.sig = "iiip";
  function ___syscall_fstat64(e4, r10) {
    try {
      return SYSCALLS.writeStat(r10, FS.fstat(e4));
    } catch (t32) {
      if (typeof FS > "u" || t32.name !== "ErrnoError") throw t32;
      return -t32.errno;
    }
  }
  ___syscall_fstat64.sig = "iip";
  function ___syscall_getcwd(e4, r10) {
    try {
      if (r10 === 0) return -28;
      var t32 = FS.cwd(), n3 = lengthBytesUTF8(t32) + 1;
      return r10 < n3 ? -68 : (stringToUTF8(t32, e4, r10), n3);
    } catch (i8) {
      if (typeof FS > "u" || i8.name !== "ErrnoError") throw i8;
      return -i8.errno;
    }
  }
  ___syscall_getcwd.sig = "ipp";
  function ___syscall_getdents64(e4, r10, t32) {
    try {
      var n3 = SYSCALLS.getStreamFromFD(e4);
      n3.getdents || (n3.getdents = FS.readdir(n3.path));
      for (var i8 = 280, o8 = 0, a14 = FS.llseek(n3, 0, 1), s5 = Math.floor(a14 / i8), l3 = Math.min(n3.getdents.length, s5 + Math.floor(t32 / i8)), u3 = s5; u3 < l3; u3++) {
        var c5, f5, d5 = n3.getdents[u3];
        if (d5 === ".") c5 = n3.node.id, f5 = 4;
        else if (d5 === "..") {
          var _4 = FS.lookupPath(n3.path, { parent: true });
          c5 = _4.node.id, f5 = 4;
        } else {
          var p7;
          try {
            p7 = FS.lookupNode(n3.node, d5);
          } catch (v5) {
            if (v5?.errno === 28) continue;
            throw v5;
          }
          c5 = p7.id, f5 = FS.isChrdev(p7.mode) ? 2 : FS.isDir(p7.mode) ? 4 : FS.isLink(p7.mode) ? 10 : 8;
        }
        HEAP64[r10 + o8 >> 3] = BigInt(c5), HEAP64[r10 + o8 + 8 >> 3] = BigInt((u3 + 1) * i8), HEAP16[r10 + o8 + 16 >> 1] = 280, HEAP8[r10 + o8 + 18] = f5, stringToUTF8(d5, r10 + o8 + 19, 256), o8 += i8;
      }
      return FS.llseek(n3, u3 * i8, 0), o8;
    } catch (v5) {
      if (typeof FS > "u" || v5.name !== "ErrnoError") throw v5;
      return -v5.errno;
    }
  }
  ___syscall_getdents64.sig = "iipp";
  function ___syscall_ioctl(e4, r10, t32) {
    SYSCALLS.varargs = t32;
    try {
      var n3 = SYSCALLS.getStreamFromFD(e4);
      switch (r10) {
        case 21509:
          return n3.tty ? 0 : -59;
        case 21505: {
          if (!n3.tty) return -59;
          if (n3.tty.ops.ioctl_tcgets) {
            var i8 = n3.tty.ops.ioctl_tcgets(n3), o8 = syscallGetVarargP();
            HEAP32[o8 >> 2] = i8.c_iflag || 0, HEAP32[o8 + 4 >> 2] = i8.c_oflag || 0, HEAP32[o8 + 8 >> 2] = i8.c_cflag || 0, HEAP32[o8 + 12 >> 2] = i8.c_lflag || 0;
            for (var a14 = 0; a14 < 32; a14++) HEAP8[o8 + a14 + 17] = i8.c_cc[a14] || 0;
            return 0;
          }
          return 0;
        }
        case 21510:
        case 21511:
        case 21512:
          return n3.tty ? 0 : -59;
        case 21506:
        case 21507:
        case 21508: {
          if (!n3.tty) return -59;
          if (n3.tty.ops.ioctl_tcsets) {
            for (var o8 = syscallGetVarargP(), s5 = HEAP32[o8 >> 2], l3 = HEAP32[o8 + 4 >> 2], u3 = HEAP32[o8 + 8 >> 2], c5 = HEAP32[o8 + 12 >> 2], f5 = [], a14 = 0; a14 < 32; a14++) f5.push(HEAP8[o8 + a14 + 17]);
            return n3.tty.ops.ioctl_tcsets(n3.tty, r10, { c_iflag: s5, c_oflag: l3, c_cflag: u3, c_lflag: c5, c_cc: f5 });
          }
          return 0;
        }
        case 21519: {
          if (!n3.tty) return -59;
          var o8 = syscallGetVarargP();
          return HEAP32[o8 >> 2] = 0, 0;
        }
        case 21520:
          return n3.tty ? -28 : -59;
        case 21537:
        case 21531: {
          var o8 = syscallGetVarargP();
          return FS.ioctl(n3, r10, o8);
        }
        case 21523: {
          if (!n3.tty) return -59;
          if (n3.tty.ops.ioctl_tiocgwinsz) {
            var d5 = n3.tty.ops.ioctl_tiocgwinsz(n3.tty), o8 = syscallGetVarargP();
            HEAP16[o8 >> 1] = d5[0], HEAP16[o8 + 2 >> 1] = d5[1];
          }
          return 0;
        }
        case 21524:
          return n3.tty ? 0 : -59;
        case 21515:
          return n3.tty ? 0 : -59;
        default:
          return -28;
      }
    } catch (_4) {
      if (typeof FS > "u" || _4.name !== "ErrnoError") throw _4;
      return -_4.errno;
    }
  }
  ___syscall_ioctl.sig = "iiip";
  function ___syscall_lstat64(e4, r10) {
    try {
      return e4 = SYSCALLS.getStr(e4), SYSCALLS.writeStat(r10, FS.lstat(e4));
    } catch (t32) {
      if (typeof FS > "u" || t32.name !== "ErrnoError") throw t32;
      return -t32.errno;
    }
  }
  ___syscall_lstat64.sig = "ipp";
  function ___syscall_mkdirat(e4, r10, t32) {
    try {
      return r10 = SYSCALLS.getStr(r10), r10 = SYSCALLS.calculateAt(e4, r10), t32 &= ~SYSCALLS.currentUmask, FS.mkdir(r10, t32, 0), 0;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_mkdirat.sig = "iipi";
  function ___syscall_newfstatat(e4, r10, t32, n3) {
    try {
      r10 = SYSCALLS.getStr(r10);
      var i8 = n3 & 256, o8 = n3 & 4096;
      return n3 = n3 & -6401, r10 = SYSCALLS.calculateAt(e4, r10, o8), SYSCALLS.writeStat(t32, i8 ? FS.lstat(r10) : FS.stat(r10));
    } catch (a14) {
      if (typeof FS > "u" || a14.name !== "ErrnoError") throw a14;
      return -a14.errno;
    }
  }
  ___syscall_newfstatat.sig = "iippi";
  function ___syscall_openat(e4, r10, t32, n3) {
    SYSCALLS.varargs = n3;
    try {
      r10 = SYSCALLS.getStr(r10), r10 = SYSCALLS.calculateAt(e4, r10);
      var i8 = n3 ? syscallGetVarargI() : 0;
      return t32 & 64 && (i8 &= ~SYSCALLS.currentUmask), FS.open(r10, t32, i8).fd;
    } catch (o8) {
      if (typeof FS > "u" || o8.name !== "ErrnoError") throw o8;
      return -o8.errno;
    }
  }
  ___syscall_openat.sig = "iipip";
  function ___syscall_readlinkat(e4, r10, t32, n3) {
    try {
      if (r10 = SYSCALLS.getStr(r10), r10 = SYSCALLS.calculateAt(e4, r10), n3 <= 0) return -28;
      var i8 = FS.readlink(r10), o8 = Math.min(n3, lengthBytesUTF8(i8)), a14 = HEAP8[t32 + o8];
      return stringToUTF8(i8, t32, n3 + 1), HEAP8[t32 + o8] = a14, o8;
    } catch (s5) {
      if (typeof FS > "u" || s5.name !== "ErrnoError") throw s5;
      return -s5.errno;
    }
  }
  ___syscall_readlinkat.sig = "iippp";
  function ___syscall_rmdir(e4) {
    try {
      return e4 = SYSCALLS.getStr(e4), FS.rmdir(e4), 0;
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return -r10.errno;
    }
  }
  ___syscall_rmdir.sig = "ip";
  function ___syscall_stat64(e4, r10) {
    try {
      return e4 = SYSCALLS.getStr(e4), SYSCALLS.writeStat(r10, FS.stat(e4));
    } catch (t32) {
      if (typeof FS > "u" || t32.name !== "ErrnoError") throw t32;
      return -t32.errno;
    }
  }
  ___syscall_stat64.sig = "ipp";
  function ___syscall_symlinkat(e4, r10, t32) {
    try {
      return e4 = SYSCALLS.getStr(e4), t32 = SYSCALLS.getStr(t32), t32 = SYSCALLS.calculateAt(r10, t32), FS.symlink(e4, t32), 0;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_symlinkat.sig = "ipip";
  function ___syscall_umask(e4) {
    try {
      var r10 = SYSCALLS.currentUmask;
      return SYSCALLS.currentUmask = e4, r10;
    } catch (t32) {
      if (typeof FS > "u" || t32.name !== "ErrnoError") throw t32;
      return -t32.errno;
    }
  }
  ___syscall_umask.sig = "ii";
  function ___syscall_unlinkat(e4, r10, t32) {
    try {
      if (r10 = SYSCALLS.getStr(r10), r10 = SYSCALLS.calculateAt(e4, r10), !t32) FS.unlink(r10);
      else if (t32 === 512) FS.rmdir(r10);
      else return -28;
      return 0;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_unlinkat.sig = "iipi";
  var __abort_js = () => abort("");
  __abort_js.sig = "v";
  var runtimeKeepaliveCounter = 0, __emscripten_runtime_keepalive_clear = () => {
    noExitRuntime = false, runtimeKeepaliveCounter = 0;
  };
  __emscripten_runtime_keepalive_clear.sig = "v";
  var __emscripten_throw_longjmp = () => {
    throw new EmscriptenSjLj();
  };
  __emscripten_throw_longjmp.sig = "v";
  var isLeapYear = (e4) => e4 % 4 === 0 && (e4 % 100 !== 0 || e4 % 400 === 0), MONTH_DAYS_LEAP_CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335], MONTH_DAYS_REGULAR_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334], ydayFromDate = (e4) => {
    var r10 = isLeapYear(e4.getFullYear()), t32 = r10 ? MONTH_DAYS_LEAP_CUMULATIVE : MONTH_DAYS_REGULAR_CUMULATIVE, n3 = t32[e4.getMonth()] + e4.getDate() - 1;
    return n3;
  };
  function __localtime_js(e4, r10) {
    e4 = bigintToI53Checked(e4);
    var t32 = new Date(e4 * 1e3);
    if (isNaN(t32.getTime())) return 1;
    HEAP32[r10 >> 2] = t32.getSeconds(), HEAP32[r10 + 4 >> 2] = t32.getMinutes(), HEAP32[r10 + 8 >> 2] = t32.getHours(), HEAP32[r10 + 12 >> 2] = t32.getDate(), HEAP32[r10 + 16 >> 2] = t32.getMonth(), HEAP32[r10 + 20 >> 2] = t32.getFullYear() - 1900, HEAP32[r10 + 24 >> 2] = t32.getDay();
    var n3 = ydayFromDate(t32) | 0;
    HEAP32[r10 + 28 >> 2] = n3, HEAP32[r10 + 36 >> 2] = -(t32.getTimezoneOffset() * 60);
    var i8 = new Date(t32.getFullYear(), 0, 1), o8 = new Date(t32.getFullYear(), 6, 1).getTimezoneOffset(), a14 = i8.getTimezoneOffset(), s5 = (o8 != a14 && t32.getTimezoneOffset() == Math.min(a14, o8)) | 0;
    return HEAP32[r10 + 32 >> 2] = s5, 0;
  }
  __localtime_js.sig = "ijp";
  var __mktime_js = function(e4) {
    var r10 = (() => {
      var t32 = new Date(HEAP32[e4 + 20 >> 2] + 1900, HEAP32[e4 + 16 >> 2], HEAP32[e4 + 12 >> 2], HEAP32[e4 + 8 >> 2], HEAP32[e4 + 4 >> 2], HEAP32[e4 >> 2], 0);
      if (isNaN(t32.getTime())) return -1;
      var n3 = HEAP32[e4 + 32 >> 2], i8 = t32.getTimezoneOffset(), o8 = new Date(t32.getFullYear(), 0, 1), a14 = new Date(t32.getFullYear(), 6, 1).getTimezoneOffset(), s5 = o8.getTimezoneOffset(), l3 = Math.min(s5, a14);
      if (n3 < 0) n3 = +(a14 != s5 && l3 == i8);
      else if (n3 > 0 != (l3 == i8)) {
        var u3 = Math.max(s5, a14), c5 = n3 > 0 ? l3 : u3;
        if (t32.setTime(t32.getTime() + (c5 - i8) * 6e4), isNaN(t32.getTime())) return -1;
      }
      HEAP32[e4 + 32 >> 2] = n3, HEAP32[e4 + 24 >> 2] = t32.getDay();
      var f5 = ydayFromDate(t32) | 0;
      return HEAP32[e4 + 28 >> 2] = f5, HEAP32[e4 >> 2] = t32.getSeconds(), HEAP32[e4 + 4 >> 2] = t32.getMinutes(), HEAP32[e4 + 8 >> 2] = t32.getHours(), HEAP32[e4 + 12 >> 2] = t32.getDate(), HEAP32[e4 + 16 >> 2] = t32.getMonth(), HEAP32[e4 + 20 >> 2] = t32.getYear(), t32.getTime() / 1e3;
    })();
    return BigInt(r10);
  };
  __mktime_js.sig = "jp";
  function __mmap_js(e4, r10, t32, n3, i8, o8, a14) {
    i8 = bigintToI53Checked(i8);
    try {
      var s5 = SYSCALLS.getStreamFromFD(n3), l3 = FS.mmap(s5, e4, i8, r10, t32), u3 = l3.ptr;
      return HEAP32[o8 >> 2] = l3.allocated, HEAPU32[a14 >> 2] = u3, 0;
    } catch (c5) {
      if (typeof FS > "u" || c5.name !== "ErrnoError") throw c5;
      return -c5.errno;
    }
  }
  __mmap_js.sig = "ipiiijpp";
  function __munmap_js(e4, r10, t32, n3, i8, o8) {
    o8 = bigintToI53Checked(o8);
    try {
      var a14 = SYSCALLS.getStreamFromFD(i8);
      t32 & 2 && SYSCALLS.doMsync(e4, a14, r10, n3, o8);
    } catch (s5) {
      if (typeof FS > "u" || s5.name !== "ErrnoError") throw s5;
      return -s5.errno;
    }
  }
  __munmap_js.sig = "ippiiij";
  var timers = {}, clearTimers = () => {
    for (var e4 of Object.values(timers)) clearTimeout(e4.id);
  }, handleException = (e4) => {
    if (e4 instanceof ExitStatus || e4 == "unwind") return EXITSTATUS;
    quit_(1, e4);
  }, keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0, _proc_exit = (e4) => {
    EXITSTATUS = e4, keepRuntimeAlive() || (Module.onExit?.(e4), ABORT = true), quit_(e4, new ExitStatus(e4));
  };
  _proc_exit.sig = "vi";
  var exitJS = (e4, r10) => {
    EXITSTATUS = e4, keepRuntimeAlive() || exitRuntime(), _proc_exit(e4);
  }, _exit = exitJS;
  _exit.sig = "vi";
  var maybeExit = () => {
    if (!runtimeExited && !keepRuntimeAlive()) try {
      _exit(EXITSTATUS);
    } catch (e4) {
      handleException(e4);
    }
  }, callUserCallback = (e4) => {
    if (!(runtimeExited || ABORT)) try {
      return e4();
    } catch (r10) {
      handleException(r10);
    } finally {
      maybeExit();
    }
  }, _emscripten_get_now = () => performance.now();
  _emscripten_get_now.sig = "d";
  var __setitimer_js = (e4, r10) => {
    if (timers[e4] && (clearTimeout(timers[e4].id), delete timers[e4]), !r10) return 0;
    var t32 = setTimeout(() => {
      delete timers[e4], callUserCallback(() => __emscripten_timeout(e4, _emscripten_get_now()));
    }, r10);
    return timers[e4] = { id: t32, timeout_ms: r10 }, 0;
  };
  __setitimer_js.sig = "iid";
  var __tzset_js = (e4, r10, t32, n3) => {
    var i8 = (/* @__PURE__ */ new Date()).getFullYear(), o8 = new Date(i8, 0, 1), a14 = new Date(i8, 6, 1), s5 = o8.getTimezoneOffset(), l3 = a14.getTimezoneOffset(), u3 = Math.max(s5, l3);
    HEAPU32[e4 >> 2] = u3 * 60, HEAP32[r10 >> 2] = +(s5 != l3);
    var c5 = (_4) => {
      var p7 = _4 >= 0 ? "-" : "+", v5 = Math.abs(_4), S4 = String(Math.floor(v5 / 60)).padStart(2, "0"), F5 = String(v5 % 60).padStart(2, "0");
      return `UTC${p7}${S4}${F5}`;
    }, f5 = c5(s5), d5 = c5(l3);
    l3 < s5 ? (stringToUTF8(f5, t32, 17), stringToUTF8(d5, n3, 17)) : (stringToUTF8(f5, n3, 17), stringToUTF8(d5, t32, 17));
  };
  __tzset_js.sig = "vpppp";
  var _emscripten_date_now = () => Date.now();
  _emscripten_date_now.sig = "d";
  var getHeapMax = () => 2147483648, growMemory = (e4) => {
    var r10 = wasmMemory.buffer.byteLength, t32 = (e4 - r10 + 65535) / 65536 | 0;
    try {
      return wasmMemory.grow(t32), updateMemoryViews(), 1;
    } catch {
    }
  }, _emscripten_resize_heap = (e4) => {
    var r10 = HEAPU8.length;
    e4 >>>= 0;
    var t32 = getHeapMax();
    if (e4 > t32) return false;
    for (var n3 = 1; n3 <= 4; n3 *= 2) {
      var i8 = r10 * (1 + 0.2 / n3);
      i8 = Math.min(i8, e4 + 100663296);
      var o8 = Math.min(t32, alignMemory(Math.max(e4, i8), 65536)), a14 = growMemory(o8);
      if (a14) return true;
    }
    return false;
  };
  _emscripten_resize_heap.sig = "ip";
  var ENV = {}, getExecutableName = () => thisProgram, getEnvStrings = () => {
    if (!getEnvStrings.strings) {
      var e4 = (globalThis.navigator?.language ?? "C").replace("-", "_") + ".UTF-8", r10 = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: e4, _: getExecutableName() };
      for (var t32 in ENV) ENV[t32] === void 0 ? delete r10[t32] : r10[t32] = ENV[t32];
      var n3 = [];
      for (var t32 in r10) n3.push(`${t32}=${r10[t32]}`);
      getEnvStrings.strings = n3;
    }
    return getEnvStrings.strings;
  }, _environ_get = (e4, r10) => {
    var t32 = 0, n3 = 0;
    for (var i8 of getEnvStrings()) {
      var o8 = r10 + t32;
      HEAPU32[e4 + n3 >> 2] = o8, t32 += stringToUTF8(i8, o8, 1 / 0) + 1, n3 += 4;
    }
    return 0;
  };
  _environ_get.sig = "ipp";
  var _environ_sizes_get = (e4, r10) => {
    var t32 = getEnvStrings();
    HEAPU32[e4 >> 2] = t32.length;
    var n3 = 0;
    for (var i8 of t32) n3 += lengthBytesUTF8(i8) + 1;
    return HEAPU32[r10 >> 2] = n3, 0;
  };
  _environ_sizes_get.sig = "ipp";
  function _fd_close(e4) {
    try {
      var r10 = SYSCALLS.getStreamFromFD(e4);
      return FS.close(r10), 0;
    } catch (t32) {
      if (typeof FS > "u" || t32.name !== "ErrnoError") throw t32;
      return t32.errno;
    }
  }
  _fd_close.sig = "ii";
  function _fd_fdstat_get(e4, r10) {
    try {
      var t32 = 0, n3 = 0, i8 = 0, o8 = SYSCALLS.getStreamFromFD(e4), a14 = o8.tty ? 2 : FS.isDir(o8.mode) ? 3 : FS.isLink(o8.mode) ? 7 : 4;
      return HEAP8[r10] = a14, HEAP16[r10 + 2 >> 1] = i8, HEAP64[r10 + 8 >> 3] = BigInt(t32), HEAP64[r10 + 16 >> 3] = BigInt(n3), 0;
    } catch (s5) {
      if (typeof FS > "u" || s5.name !== "ErrnoError") throw s5;
      return s5.errno;
    }
  }
  _fd_fdstat_get.sig = "iip";
  var doReadv = (e4, r10, t32, n3) => {
    for (var i8 = 0, o8 = 0; o8 < t32; o8++) {
      var a14 = HEAPU32[r10 >> 2], s5 = HEAPU32[r10 + 4 >> 2];
      r10 += 8;
      try {
        var l3 = FS.read(e4, HEAP8, a14, s5, n3);
      } catch (u3) {
        if (i8 > 0 && u3 instanceof FS.ErrnoError && (u3.errno == 6 || u3.errno == 6)) break;
        throw u3;
      }
      if (l3 < 0) return -1;
      if (i8 += l3, l3 < s5) break;
      typeof n3 < "u" && (n3 += l3);
    }
    return i8;
  };
  function _fd_read(e4, r10, t32, n3) {
    try {
      var i8 = SYSCALLS.getStreamFromFD(e4), o8 = doReadv(i8, r10, t32);
      return HEAPU32[n3 >> 2] = o8, 0;
    } catch (a14) {
      if (typeof FS > "u" || a14.name !== "ErrnoError") throw a14;
      return a14.errno;
    }
  }
  _fd_read.sig = "iippp";
  function _fd_seek(e4, r10, t32, n3) {
    r10 = bigintToI53Checked(r10);
    try {
      if (isNaN(r10)) return 22;
      var i8 = SYSCALLS.getStreamFromFD(e4);
      return FS.llseek(i8, r10, t32), HEAP64[n3 >> 3] = BigInt(i8.position), i8.getdents && r10 === 0 && t32 === 0 && (i8.getdents = null), 0;
    } catch (o8) {
      if (typeof FS > "u" || o8.name !== "ErrnoError") throw o8;
      return o8.errno;
    }
  }
  _fd_seek.sig = "iijip";
  function _fd_sync(e4) {
    try {
      var r10 = SYSCALLS.getStreamFromFD(e4), t32 = r10.stream_ops?.fsync?.(r10);
      return t32;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return n3.errno;
    }
  }
  _fd_sync.sig = "ii";
  var doWritev = (e4, r10, t32, n3) => {
    if (t32 == 1) return FS.write(e4, HEAP8, HEAPU32[r10 >> 2], HEAPU32[r10 + 4 >> 2], n3);
    for (var i8 = 0, o8 = 0, a14 = r10; o8 < t32; o8++, a14 += 8) i8 += HEAPU32[a14 + 4 >> 2];
    for (var s5 = new Uint8Array(i8), l3 = 0, o8 = 0; o8 < t32; o8++, r10 += 8) {
      var u3 = HEAPU32[r10 >> 2], c5 = HEAPU32[r10 + 4 >> 2];
      s5.set(HEAPU8.subarray(u3, u3 + c5), l3), l3 += c5;
    }
    return FS.write(e4, s5, 0, i8, n3);
  };
  function _fd_write(e4, r10, t32, n3) {
    try {
      var i8 = SYSCALLS.getStreamFromFD(e4), o8 = doWritev(i8, r10, t32);
      return HEAPU32[n3 >> 2] = o8, 0;
    } catch (a14) {
      if (typeof FS > "u" || a14.name !== "ErrnoError") throw a14;
      return a14.errno;
    }
  }
  _fd_write.sig = "iippp";
  var inetPton4 = (e4) => {
    for (var r10 = e4.split("."), t32 = 0; t32 < 4; t32++) {
      var n3 = Number(r10[t32]);
      if (isNaN(n3)) return null;
      r10[t32] = n3;
    }
    return (r10[0] | r10[1] << 8 | r10[2] << 16 | r10[3] << 24) >>> 0;
  }, inetPton6 = (e4) => {
    var r10, t32, n3, i8, o8 = /^((?=.*::)(?!.*::.+::)(::)?([\dA-F]{1,4}:(:|\b)|){5}|([\dA-F]{1,4}:){6})((([\dA-F]{1,4}((?!\3)::|:\b|$))|(?!\2\3)){2}|(((2[0-4]|1\d|[1-9])?\d|25[0-5])\.?\b){4})$/i, a14 = [];
    if (!o8.test(e4)) return null;
    if (e4 === "::") return [0, 0, 0, 0, 0, 0, 0, 0];
    for (e4.startsWith("::") ? e4 = e4.replace("::", "Z:") : e4 = e4.replace("::", ":Z:"), e4.indexOf(".") > 0 ? (e4 = e4.replace(new RegExp("[.]", "g"), ":"), r10 = e4.split(":"), r10[r10.length - 4] = Number(r10[r10.length - 4]) + Number(r10[r10.length - 3]) * 256, r10[r10.length - 3] = Number(r10[r10.length - 2]) + Number(r10[r10.length - 1]) * 256, r10 = r10.slice(0, r10.length - 2)) : r10 = e4.split(":"), n3 = 0, i8 = 0, t32 = 0; t32 < r10.length; t32++) if (typeof r10[t32] == "string") if (r10[t32] === "Z") {
      for (i8 = 0; i8 < 8 - r10.length + 1; i8++) a14[t32 + i8] = 0;
      n3 = i8 - 1;
    } else a14[t32 + n3] = _htons(parseInt(r10[t32], 16));
    else a14[t32 + n3] = r10[t32];
    return [a14[1] << 16 | a14[0], a14[3] << 16 | a14[2], a14[5] << 16 | a14[4], a14[7] << 16 | a14[6]];
  }, DNS = { address_map: { id: 1, addrs: {}, names: {} }, lookup_name(e4) {
    var r10 = inetPton4(e4);
    if (r10 !== null || (r10 = inetPton6(e4), r10 !== null)) return e4;
    var t32;
    if (DNS.address_map.addrs[e4]) t32 = DNS.address_map.addrs[e4];
    else {
      var n3 = DNS.address_map.id++;
      t32 = "172.29." + (n3 & 255) + "." + (n3 & 65280), DNS.address_map.names[t32] = e4, DNS.address_map.addrs[e4] = t32;
    }
    return t32;
  }, lookup_addr(e4) {
    return DNS.address_map.names[e4] ? DNS.address_map.names[e4] : null;
  } }, inetNtop4 = (e4) => (e4 & 255) + "." + (e4 >> 8 & 255) + "." + (e4 >> 16 & 255) + "." + (e4 >> 24 & 255), inetNtop6 = (e4) => {
    var r10 = "", t32 = 0, n3 = 0, i8 = 0, o8 = 0, a14 = 0, s5 = 0, l3 = [e4[0] & 65535, e4[0] >> 16, e4[1] & 65535, e4[1] >> 16, e4[2] & 65535, e4[2] >> 16, e4[3] & 65535, e4[3] >> 16], u3 = true, c5 = "";
    for (s5 = 0; s5 < 5; s5++) if (l3[s5] !== 0) {
      u3 = false;
      break;
    }
    if (u3) {
      if (c5 = inetNtop4(l3[6] | l3[7] << 16), l3[5] === -1) return r10 = "::ffff:", r10 += c5, r10;
      if (l3[5] === 0) return r10 = "::", c5 === "0.0.0.0" && (c5 = ""), c5 === "0.0.0.1" && (c5 = "1"), r10 += c5, r10;
    }
    for (t32 = 0; t32 < 8; t32++) l3[t32] === 0 && (t32 - i8 > 1 && (a14 = 0), i8 = t32, a14++), a14 > n3 && (n3 = a14, o8 = t32 - n3 + 1);
    for (t32 = 0; t32 < 8; t32++) {
      if (n3 > 1 && l3[t32] === 0 && t32 >= o8 && t32 < o8 + n3) {
        t32 === o8 && (r10 += ":", o8 === 0 && (r10 += ":"));
        continue;
      }
      r10 += Number(_ntohs(l3[t32] & 65535)).toString(16), r10 += t32 < 7 ? ":" : "";
    }
    return r10;
  }, writeSockaddr = (e4, r10, t32, n3, i8) => {
    switch (r10) {
      case 2:
        t32 = inetPton4(t32), zeroMemory(e4, 16), i8 && (HEAP32[i8 >> 2] = 16), HEAP16[e4 >> 1] = r10, HEAP32[e4 + 4 >> 2] = t32, HEAP16[e4 + 2 >> 1] = _htons(n3);
        break;
      case 10:
        t32 = inetPton6(t32), zeroMemory(e4, 28), i8 && (HEAP32[i8 >> 2] = 28), HEAP32[e4 >> 2] = r10, HEAP32[e4 + 8 >> 2] = t32[0], HEAP32[e4 + 12 >> 2] = t32[1], HEAP32[e4 + 16 >> 2] = t32[2], HEAP32[e4 + 20 >> 2] = t32[3], HEAP16[e4 + 2 >> 1] = _htons(n3);
        break;
      default:
        return 5;
    }
    return 0;
  }, _getaddrinfo = (e4, r10, t32, n3) => {
    var i8 = 0, o8 = 0, a14 = 0, s5 = 0, l3 = 0, u3 = 0, c5;
    function f5(d5, _4, p7, v5, S4, F5) {
      var h4, m7, g7, w7;
      return m7 = d5 === 10 ? 28 : 16, S4 = d5 === 10 ? inetNtop6(S4) : inetNtop4(S4), h4 = _malloc(m7), w7 = writeSockaddr(h4, d5, S4, F5), g7 = _malloc(32), HEAP32[g7 + 4 >> 2] = d5, HEAP32[g7 + 8 >> 2] = _4, HEAP32[g7 + 12 >> 2] = p7, HEAPU32[g7 + 24 >> 2] = v5, HEAPU32[g7 + 20 >> 2] = h4, d5 === 10 ? HEAP32[g7 + 16 >> 2] = 28 : HEAP32[g7 + 16 >> 2] = 16, HEAP32[g7 + 28 >> 2] = 0, g7;
    }
    if (t32 && (a14 = HEAP32[t32 >> 2], s5 = HEAP32[t32 + 4 >> 2], l3 = HEAP32[t32 + 8 >> 2], u3 = HEAP32[t32 + 12 >> 2]), l3 && !u3 && (u3 = l3 === 2 ? 17 : 6), !l3 && u3 && (l3 = u3 === 17 ? 2 : 1), u3 === 0 && (u3 = 6), l3 === 0 && (l3 = 1), !e4 && !r10) return -2;
    if (a14 & -1088 || t32 !== 0 && HEAP32[t32 >> 2] & 2 && !e4) return -1;
    if (a14 & 32) return -2;
    if (l3 !== 0 && l3 !== 1 && l3 !== 2) return -7;
    if (s5 !== 0 && s5 !== 2 && s5 !== 10) return -6;
    if (r10 && (r10 = UTF8ToString(r10), o8 = parseInt(r10, 10), isNaN(o8))) return a14 & 1024 ? -2 : -8;
    if (!e4) return s5 === 0 && (s5 = 2), a14 & 1 || (s5 === 2 ? i8 = _htonl(2130706433) : i8 = [0, 0, 0, _htonl(1)]), c5 = f5(s5, l3, u3, null, i8, o8), HEAPU32[n3 >> 2] = c5, 0;
    if (e4 = UTF8ToString(e4), i8 = inetPton4(e4), i8 !== null) if (s5 === 0 || s5 === 2) s5 = 2;
    else if (s5 === 10 && a14 & 8) i8 = [0, 0, _htonl(65535), i8], s5 = 10;
    else return -2;
    else if (i8 = inetPton6(e4), i8 !== null) if (s5 === 0 || s5 === 10) s5 = 10;
    else return -2;
    return i8 != null ? (c5 = f5(s5, l3, u3, e4, i8, o8), HEAPU32[n3 >> 2] = c5, 0) : a14 & 4 ? -2 : (e4 = DNS.lookup_name(e4), i8 = inetPton4(e4), s5 === 0 ? s5 = 2 : s5 === 10 && (i8 = [0, 0, _htonl(65535), i8]), c5 = f5(s5, l3, u3, null, i8, o8), HEAPU32[n3 >> 2] = c5, 0);
  };
  _getaddrinfo.sig = "ipppp";
  var removeFunction = (e4) => {
    functionsInTableMap.delete(getWasmTableEntry(e4)), setWasmTableEntry(e4, null), freeTableIndexes.push(e4);
  }, stringToNewUTF8 = (e4) => {
    var r10 = lengthBytesUTF8(e4) + 1, t32 = _malloc(r10);
    return t32 && stringToUTF8(e4, t32, r10), t32;
  }, FS_createPath = (...e4) => FS.createPath(...e4), FS_unlink = (...e4) => FS.unlink(...e4), FS_createLazyFile = (...e4) => FS.createLazyFile(...e4), FS_createDevice = (...e4) => FS.createDevice(...e4);
  registerWasmPlugin(), FS.createPreloadedFile = FS_createPreloadedFile, FS.preloadFile = FS_preloadFile, FS.staticInit();
  {
    Module.noExitRuntime && (noExitRuntime = Module.noExitRuntime), Module.print && (out = Module.print), Module.printErr && (err = Module.printErr), Module.dynamicLibraries && (dynamicLibraries = Module.dynamicLibraries), Module.arguments && (programArgs = Module.arguments), Module.thisProgram && (thisProgram = Module.thisProgram);
    var preInit = Module.preInit;
    if (preInit) for (typeof preInit == "function" && (Module.preInit = preInit = [preInit]); preInit.length > 0; ) preInit.shift()();
  }
  Module.callMain = callMain, Module.stackSave = stackSave, Module.stackRestore = stackRestore, Module.ENV = ENV, Module.addRunDependency = addRunDependency, Module.removeRunDependency = removeRunDependency, Module.addFunction = addFunction, Module.removeFunction = removeFunction, Module.UTF8ToString = UTF8ToString, Module.stringToNewUTF8 = stringToNewUTF8, Module.stringToUTF8OnStack = stringToUTF8OnStack, Module.FS_preloadFile = FS_preloadFile, Module.FS_unlink = FS_unlink, Module.FS_createPath = FS_createPath, Module.FS_createDevice = FS_createDevice, Module.FS = FS, Module.FS_createDataFile = FS_createDataFile, Module.FS_createLazyFile = FS_createLazyFile, Module.MEMFS = MEMFS, Module.PROXYFS = PROXYFS;
  var ASM_CONSTS = {}, _pgl_exit, ___errno_location, _fflush, _fopen, _fclose, _pgl_popen, _fputs, _main, _pgl_atexit, _pgl_geteuid, _pgl_system, _malloc, _calloc, _pgl_setsockopt, _pgl_connect, _pgl_send, _pgl_recv, _fgets, _pgl_getsockopt, _pgl_getsockname, _pgl_poll, _clear_setitimer, _pgl_longjmp, _pgl_siglongjmp, _pgl_set_system_fn, _pgl_set_popen_fn, _pgl_set_pclose_fn, _pgl_pclose, _pclose, _pgl_getuid, _pgl_getpwuid, _pgl_run_atexit_funcs, _pgl_freopen, _pgl_shmget, _pgl_shmat, _pgl_shmdt, _pgl_shmctl, _pgl_munmap, _pgl_set_rw_cbs, _pgl_fcntl, ___funcs_on_exit, ___dl_seterr, __emscripten_find_dylib, _htonl, _htons, _emscripten_builtin_memalign, _ntohs, __emscripten_timeout, _strerror, _emscripten_get_sbrk_ptr, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, memory, ___stack_pointer, __indirect_function_table, ___heap_base, wasmTable, wasmMemory;
  function assignWasmExports(e4) {
    _pgl_exit = Module._pgl_exit = e4.pgl_exit, ___errno_location = Module.___errno_location = e4.__errno_location, _fflush = Module._fflush = e4.fflush, _fopen = Module._fopen = e4.fopen, _fclose = Module._fclose = e4.fclose, _pgl_popen = Module._pgl_popen = e4.pgl_popen, _fputs = Module._fputs = e4.fputs, _main = Module._main = e4.__main_argc_argv, _pgl_atexit = Module._pgl_atexit = e4.pgl_atexit, _pgl_geteuid = Module._pgl_geteuid = e4.pgl_geteuid, _pgl_system = Module._pgl_system = e4.pgl_system, _malloc = e4.malloc, _calloc = e4.calloc, _pgl_setsockopt = Module._pgl_setsockopt = e4.pgl_setsockopt, _pgl_connect = Module._pgl_connect = e4.pgl_connect, _pgl_send = Module._pgl_send = e4.pgl_send, _pgl_recv = Module._pgl_recv = e4.pgl_recv, _fgets = Module._fgets = e4.fgets, _pgl_getsockopt = Module._pgl_getsockopt = e4.pgl_getsockopt, _pgl_getsockname = Module._pgl_getsockname = e4.pgl_getsockname, _pgl_poll = Module._pgl_poll = e4.pgl_poll, _clear_setitimer = Module._clear_setitimer = e4.clear_setitimer, _pgl_longjmp = Module._pgl_longjmp = e4.pgl_longjmp, _pgl_siglongjmp = Module._pgl_siglongjmp = e4.pgl_siglongjmp, _pgl_set_system_fn = Module._pgl_set_system_fn = e4.pgl_set_system_fn, _pgl_set_popen_fn = Module._pgl_set_popen_fn = e4.pgl_set_popen_fn, _pgl_set_pclose_fn = Module._pgl_set_pclose_fn = e4.pgl_set_pclose_fn, _pgl_pclose = Module._pgl_pclose = e4.pgl_pclose, _pclose = Module._pclose = e4.pclose, _pgl_getuid = Module._pgl_getuid = e4.pgl_getuid, _pgl_getpwuid = Module._pgl_getpwuid = e4.pgl_getpwuid, _pgl_run_atexit_funcs = Module._pgl_run_atexit_funcs = e4.pgl_run_atexit_funcs, _pgl_freopen = Module._pgl_freopen = e4.pgl_freopen, _pgl_shmget = Module._pgl_shmget = e4.pgl_shmget, _pgl_shmat = Module._pgl_shmat = e4.pgl_shmat, _pgl_shmdt = Module._pgl_shmdt = e4.pgl_shmdt, _pgl_shmctl = Module._pgl_shmctl = e4.pgl_shmctl, _pgl_munmap = Module._pgl_munmap = e4.pgl_munmap, _pgl_set_rw_cbs = Module._pgl_set_rw_cbs = e4.pgl_set_rw_cbs, _pgl_fcntl = Module._pgl_fcntl = e4.pgl_fcntl, ___funcs_on_exit = e4.__funcs_on_exit, ___dl_seterr = e4.__dl_seterr, __emscripten_find_dylib = e4._emscripten_find_dylib, _htonl = e4.htonl, _htons = e4.htons, _emscripten_builtin_memalign = e4.emscripten_builtin_memalign, _ntohs = e4.ntohs, __emscripten_timeout = e4._emscripten_timeout, _strerror = Module._strerror = e4.strerror, _emscripten_get_sbrk_ptr = e4.emscripten_get_sbrk_ptr, _setThrew = e4.setThrew, __emscripten_stack_restore = e4._emscripten_stack_restore, __emscripten_stack_alloc = e4._emscripten_stack_alloc, _emscripten_stack_get_current = e4.emscripten_stack_get_current, memory = wasmMemory = e4.memory, ___stack_pointer = e4.__stack_pointer, __indirect_function_table = wasmTable = e4.__indirect_function_table, ___heap_base = e4.__heap_base.value;
  }
  var wasmImports = { __call_sighandler: ___call_sighandler, __syscall_chmod: ___syscall_chmod, __syscall_dup3: ___syscall_dup3, __syscall_faccessat: ___syscall_faccessat, __syscall_fadvise64: ___syscall_fadvise64, __syscall_fcntl64: ___syscall_fcntl64, __syscall_fstat64: ___syscall_fstat64, __syscall_getcwd: ___syscall_getcwd, __syscall_getdents64: ___syscall_getdents64, __syscall_ioctl: ___syscall_ioctl, __syscall_lstat64: ___syscall_lstat64, __syscall_mkdirat: ___syscall_mkdirat, __syscall_newfstatat: ___syscall_newfstatat, __syscall_openat: ___syscall_openat, __syscall_readlinkat: ___syscall_readlinkat, __syscall_rmdir: ___syscall_rmdir, __syscall_stat64: ___syscall_stat64, __syscall_symlinkat: ___syscall_symlinkat, __syscall_umask: ___syscall_umask, __syscall_unlinkat: ___syscall_unlinkat, _abort_js: __abort_js, _emscripten_runtime_keepalive_clear: __emscripten_runtime_keepalive_clear, _emscripten_throw_longjmp: __emscripten_throw_longjmp, _localtime_js: __localtime_js, _mktime_js: __mktime_js, _mmap_js: __mmap_js, _munmap_js: __munmap_js, _setitimer_js: __setitimer_js, _tzset_js: __tzset_js, emscripten_date_now: _emscripten_date_now, emscripten_get_now: _emscripten_get_now, emscripten_resize_heap: _emscripten_resize_heap, environ_get: _environ_get, environ_sizes_get: _environ_sizes_get, exit: _exit, fd_close: _fd_close, fd_fdstat_get: _fd_fdstat_get, fd_read: _fd_read, fd_seek: _fd_seek, fd_sync: _fd_sync, fd_write: _fd_write, getaddrinfo: _getaddrinfo, invoke_ii, invoke_iiii, invoke_vii, proc_exit: _proc_exit };
  function invoke_iiii(e4, r10, t32, n3) {
    var i8 = stackSave();
    try {
      return getWasmTableEntry(e4)(r10, t32, n3);
    } catch (o8) {
      if (stackRestore(i8), !(o8 instanceof EmscriptenEH)) throw o8;
      _setThrew(1, 0);
    }
  }
  function invoke_ii(e4, r10) {
    var t32 = stackSave();
    try {
      return getWasmTableEntry(e4)(r10);
    } catch (n3) {
      if (stackRestore(t32), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_vii(e4, r10, t32) {
    var n3 = stackSave();
    try {
      getWasmTableEntry(e4)(r10, t32);
    } catch (i8) {
      if (stackRestore(n3), !(i8 instanceof EmscriptenEH)) throw i8;
      _setThrew(1, 0);
    }
  }
  function callMain(e4 = []) {
    var r10 = resolveGlobalSymbol("main").sym;
    if (r10) {
      e4.unshift(thisProgram);
      var t32 = e4.length, n3 = stackAlloc((t32 + 1) * 4), i8 = n3;
      for (var o8 of e4) HEAPU32[i8 >> 2] = stringToUTF8OnStack(o8), i8 += 4;
      HEAPU32[i8 >> 2] = 0;
      try {
        var a14 = r10(t32, n3);
        return exitJS(a14, true), a14;
      } catch (s5) {
        return handleException(s5);
      }
    }
  }
  async function run(e4 = programArgs) {
    preRun(), runDependencies && await resolveRunDependencies();
    var r10 = Module.setStatus;
    if (r10 && (r10("Running..."), await new Promise((n3) => setTimeout(n3, 1)), setTimeout(r10, 1, "")), !ABORT) {
      initRuntime(), Module.onRuntimeInitialized?.();
      var t32 = Module.noInitialRun || true;
      t32 || callMain(e4), postRun();
    }
  }
  var wasmExports;
  return wasmExports = await createWasm(), await run(), quit_ = (e4, r10) => {
    throw r10;
  }, Module;
}
function Lr(e4, r10) {
  let t32 = r10.lastIndex, n3 = [], i8;
  for (; i8 = r10.exec(e4); ) n3.push(i8), r10.lastIndex === i8.index && (r10.lastIndex += 1);
  return r10.lastIndex = t32, n3;
}
function Ir(e4, r10, t32) {
  let n3 = typeof e4 == "function" ? e4(t32) : e4[t32];
  return typeof n3 > "u" && t32 !== "" ? n3 = "" : typeof n3 > "u" && (n3 = "$"), typeof n3 == "object" ? r10 + C + JSON.stringify(n3) + C : r10 + n3;
}
function Cr(e4, r10, t32) {
  t32 || (t32 = {});
  let n3 = t32.escape || "\\", i8 = "(\\" + n3 + `['"` + He2 + `]|[^\\s'"` + He2 + "])+", o8 = new RegExp(["(" + Ce2 + ")", "(" + i8 + "|" + Dr + "|" + Nr + ")+"].join("|"), "g"), a14 = Lr(e4, o8);
  if (a14.length === 0) return [];
  r10 || (r10 = {});
  let s5 = false;
  return a14.map(function(l3) {
    let u3 = l3[0];
    if (!u3 || s5) return;
    if (Ue2.test(u3)) return { op: u3 };
    let c5 = false, f5 = false, d5 = "", _4 = false, p7;
    function v5() {
      p7 += 1;
      let S4, F5, h4 = u3.charAt(p7);
      if (h4 === "{") {
        if (p7 += 1, u3.charAt(p7) === "}") throw new Error("Bad substitution: " + u3.slice(p7 - 2, p7 + 1));
        if (S4 = u3.indexOf("}", p7), S4 < 0) throw new Error("Bad substitution: " + u3.slice(p7));
        F5 = u3.slice(p7, S4), p7 = S4;
      } else if (/[*@#?$!_-]/.test(h4)) F5 = h4, p7 += 1;
      else {
        let m7 = u3.slice(p7), g7 = m7.match(/[^\w\d_]/);
        g7 ? (F5 = m7.slice(0, g7.index), p7 += g7.index - 1) : (F5 = m7, p7 = u3.length);
      }
      return Ir(r10, "", F5);
    }
    for (p7 = 0; p7 < u3.length; p7++) {
      let S4 = u3.charAt(p7);
      if (_4 = _4 || !c5 && (S4 === "*" || S4 === "?"), f5) d5 += S4, f5 = false;
      else if (c5) S4 === c5 ? c5 = false : c5 === Le2 ? d5 += S4 : S4 === n3 ? (p7 += 1, S4 = u3.charAt(p7), S4 === Ie2 || S4 === n3 || S4 === ue2 ? d5 += S4 : d5 += n3 + S4) : S4 === ue2 ? d5 += v5() : d5 += S4;
      else if (S4 === Ie2 || S4 === Le2) c5 = S4;
      else {
        if (Ue2.test(S4)) return { op: u3 };
        if (Rr.test(S4)) {
          s5 = true;
          let F5 = { comment: e4.slice(l3.index + p7 + 1) };
          return d5.length ? [d5, F5] : [F5];
        } else S4 === n3 ? f5 = true : S4 === ue2 ? d5 += v5() : d5 += S4;
      }
    }
    return _4 ? { op: "glob", pattern: d5 } : d5;
  }).reduce(function(l3, u3) {
    return typeof u3 > "u" ? l3 : l3.concat(u3);
  }, []);
}
function ce2(e4, r10, t32) {
  let n3 = Cr(e4, r10, t32);
  return typeof r10 != "function" ? n3 : n3.reduce(function(i8, o8) {
    if (typeof o8 == "object") return i8.concat(o8);
    let a14 = o8.split(RegExp("(" + C + ".*?" + C + ")", "g"));
    return a14.length === 1 ? i8.concat(a14[0]) : i8.concat(a14.filter(Boolean).map(function(s5) {
      return Hr.test(s5) ? JSON.parse(s5.split(C)[1]) : s5;
    }));
  }, []);
}
function xr(e4, r10) {
  if (!e4) throw new Error(r10 ?? "Assertion failed");
}
function j3(e4, ...r10) {
  e4 && e4 > 0 && console.log("initdb: ", ...r10);
}
async function jr({ pg: e4, debug: r10, args: t32, wasmModule: n3 }) {
  let i8, o8, a14, s5 = false, l3 = [], u3 = 0, c5 = -1, f5 = -1, d5 = "", _4 = "", p7 = (m7) => {
    let g7 = m7.shift();
    j3(r10, "initdb: firstArg", g7), xr(g7 === "/pglite/bin/postgres", `trying to execute ${g7}`), e4.Module.HEAPU8.set(v5), j3(r10, "executing pg main with", m7);
    let w7 = e4.callMain(m7);
    return j3(r10, w7), l3 = [], w7;
  }, v5 = e4.Module.HEAPU8.slice(), F5 = await Re2({ arguments: t32, noExitRuntime: false, thisProgram: Br, stdin: () => null, print: (m7) => {
    _4 += m7, j3(r10, "initdbout", m7);
  }, printErr: (m7) => {
    d5 += m7, j3(r10, "initdberr", m7);
  }, instantiateWasm: (m7, g7) => (m2.instantiateWasm(m7, () => new URL("./initdb.wasm", import.meta.url), n3).then(({ instance: w7, module: E6 }) => {
    g7(w7, E6);
  }), {}), locateFile: (m7, g7) => m7.endsWith(".so") ? "/pglite/lib/" + m7 : g7 + m7, preRun: [(m7) => {
    m7.ENV.PGDATA = x4, m7.ENV.HOME = "/home/postgres", m7.ENV.USER = "postgres", m7.ENV.LOGNAME = "postgres", m7.ENV.ICU_DATA = zr, m7.ENV.TZ = "UTC";
  }, (m7) => {
    m7.FS.mkdirTree(U3), m7.FS.mount(m7.PROXYFS, { root: U3, fs: e4.Module.FS }, U3);
  }, (m7) => {
    m7.onRuntimeInitialized = () => {
      i8 = m7.addFunction((g7) => (l3 = Be2(m7.UTF8ToString(g7)), p7(l3)), "pi"), m7._pgl_set_system_fn(i8), o8 = m7.addFunction((g7, w7) => {
        let E6 = m7.UTF8ToString(w7);
        if (l3 = Be2(m7.UTF8ToString(g7)), E6 === "r") return u3 = p7(l3), c5;
        if (E6 === "w") return s5 = true, f5;
        throw `Unexpected popen mode value ${E6}`;
      }, "ppi"), m7._pgl_set_popen_fn(o8), a14 = m7.addFunction((g7) => g7 === c5 || g7 === f5 ? (s5 && (s5 = false, u3 = p7(l3)), u3) : m7._pclose(g7), "pi"), m7._pgl_set_pclose_fn(a14);
      {
        let g7 = e4.Module.stringToUTF8OnStack(ze2), w7 = e4.Module.stringToUTF8OnStack("r");
        e4.Module._pgl_freopen(g7, w7, 0);
        let E6 = e4.Module.stringToUTF8OnStack(xe2), Y3 = e4.Module.stringToUTF8OnStack("w");
        e4.Module._pgl_freopen(E6, Y3, 1);
      }
      {
        let g7 = m7.stringToUTF8OnStack(xe2), w7 = m7.stringToUTF8OnStack("r");
        c5 = m7._fopen(g7, w7);
        let E6 = m7.stringToUTF8OnStack(ze2), Y3 = m7.stringToUTF8OnStack("w");
        f5 = m7._fopen(E6, Y3);
      }
    };
  }] });
  return j3(r10, "calling initdb.main with", t32), { exitCode: F5.callMain(t32), stderr: d5, stdout: _4, dataFolder: x4 };
}
function Be2(e4) {
  let r10 = [], t32 = ce2(e4);
  for (let n3 = 0; n3 < t32.length; n3++) {
    let i8 = t32[n3];
    if (typeof i8 == "object" && "op" in i8) break;
    typeof i8 == "string" && r10.push(i8);
  }
  return r10;
}
async function ht2({ pg: e4, debug: r10, args: t32, wasmModule: n3 }) {
  return await jr({ pg: e4, debug: r10, args: ["--allow-group-access", "--encoding", "UTF8", "--locale=C.UTF-8", "--locale-provider=libc", "--auth=trust", ...t32 ?? []], wasmModule: n3 });
}
var G2, W2, oe2, Te2, Me2, Oe2, O2, yr, Ne2, Re2, Ce2, Ue2, He2, Dr, Nr, Rr, Le2, Ie2, ue2, C, Ur, Hr, U3, x4, zr, Br, yt2, xe2, ze2, je2, Ye2, Ge2, Yr;
var init_chunk_CE4NCHVO = __esm({
  "node_modules/@electric-sql/pglite/dist/chunk-CE4NCHVO.js"() {
    init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
    init_chunk_ZKGLEABV();
    init_chunk_QY3QWFKW();
    G2 = D((Wr, b4) => {
      "use strict";
      u();
      var _e2 = 9007199254740991, me3 = /* @__PURE__ */ (function(e4) {
        return e4;
      })();
      function Xe3(e4) {
        return e4 === me3;
      }
      function pe3(e4) {
        return typeof e4 == "string" || Object.prototype.toString.call(e4) == "[object String]";
      }
      function Ve3(e4) {
        return Object.prototype.toString.call(e4) == "[object Date]";
      }
      function V2(e4) {
        return e4 !== null && typeof e4 == "object";
      }
      function $4(e4) {
        return typeof e4 == "function";
      }
      function $e3(e4) {
        return typeof e4 == "number" && e4 > -1 && e4 % 1 == 0 && e4 <= _e2;
      }
      function qe3(e4) {
        return Object.prototype.toString.call(e4) == "[object Array]";
      }
      function Se3(e4) {
        return V2(e4) && !$4(e4) && $e3(e4.length);
      }
      function re(e4) {
        return Object.prototype.toString.call(e4) == "[object ArrayBuffer]";
      }
      function Ke3(e4, r10) {
        return Array.prototype.map.call(e4, r10);
      }
      function Je3(e4, r10) {
        var t32 = me3;
        return $4(r10) && Array.prototype.every.call(e4, function(n3, i8, o8) {
          var a14 = r10(n3, i8, o8);
          return a14 && (t32 = n3), !a14;
        }), t32;
      }
      function Qe3(e4) {
        return Object.assign.apply(null, arguments);
      }
      function ge3(e4) {
        var r10, t32, n3;
        if (pe3(e4)) {
          for (t32 = e4.length, n3 = new Uint8Array(t32), r10 = 0; r10 < t32; r10++) n3[r10] = e4.charCodeAt(r10) & 255;
          return n3;
        }
        return re(e4) ? new Uint8Array(e4) : V2(e4) && re(e4.buffer) ? new Uint8Array(e4.buffer) : Se3(e4) ? new Uint8Array(e4) : V2(e4) && $4(e4.toString) ? ge3(e4.toString()) : new Uint8Array();
      }
      b4.exports.MAX_SAFE_INTEGER = _e2;
      b4.exports.isUndefined = Xe3;
      b4.exports.isString = pe3;
      b4.exports.isObject = V2;
      b4.exports.isDateTime = Ve3;
      b4.exports.isFunction = $4;
      b4.exports.isArray = qe3;
      b4.exports.isArrayLike = Se3;
      b4.exports.isArrayBuffer = re;
      b4.exports.map = Ke3;
      b4.exports.find = Je3;
      b4.exports.extend = Qe3;
      b4.exports.toUint8Array = ge3;
    });
    W2 = D((Vr, ve2) => {
      "use strict";
      u();
      var te3 = "\0";
      ve2.exports = { NULL_CHAR: te3, TMAGIC: "ustar" + te3 + "00", OLDGNU_MAGIC: "ustar  " + te3, REGTYPE: 0, LNKTYPE: 1, SYMTYPE: 2, CHRTYPE: 3, BLKTYPE: 4, DIRTYPE: 5, FIFOTYPE: 6, CONTTYPE: 7, TSUID: parseInt("4000", 8), TSGID: parseInt("2000", 8), TSVTX: parseInt("1000", 8), TUREAD: parseInt("0400", 8), TUWRITE: parseInt("0200", 8), TUEXEC: parseInt("0100", 8), TGREAD: parseInt("0040", 8), TGWRITE: parseInt("0020", 8), TGEXEC: parseInt("0010", 8), TOREAD: parseInt("0004", 8), TOWRITE: parseInt("0002", 8), TOEXEC: parseInt("0001", 8), TPERMALL: parseInt("0777", 8), TPERMMASK: parseInt("0777", 8) };
    });
    oe2 = D((qr, T5) => {
      "use strict";
      u();
      var Ee3 = G2(), A4 = W2(), Ze3 = 512, ne = A4.TPERMALL, Fe2 = 0, ye3 = 0, ie3 = [["name", 100, 0, function(e4, r10) {
        return X3(e4[r10[0]], r10[1]);
      }, function(e4, r10, t32) {
        return I3(e4.slice(r10, r10 + t32[1]));
      }], ["mode", 8, 100, function(e4, r10) {
        var t32 = e4[r10[0]] || ne;
        return t32 = t32 & A4.TPERMMASK, B5(t32, r10[1], ne);
      }, function(e4, r10, t32) {
        var n3 = R3(e4.slice(r10, r10 + t32[1]));
        return n3 &= A4.TPERMMASK, n3;
      }], ["uid", 8, 108, function(e4, r10) {
        return B5(e4[r10[0]], r10[1], Fe2);
      }, function(e4, r10, t32) {
        return R3(e4.slice(r10, r10 + t32[1]));
      }], ["gid", 8, 116, function(e4, r10) {
        return B5(e4[r10[0]], r10[1], ye3);
      }, function(e4, r10, t32) {
        return R3(e4.slice(r10, r10 + t32[1]));
      }], ["size", 12, 124, function(e4, r10) {
        return B5(e4.data.length, r10[1]);
      }, function(e4, r10, t32) {
        return R3(e4.slice(r10, r10 + t32[1]));
      }], ["modifyTime", 12, 136, function(e4, r10) {
        return q3(e4[r10[0]], r10[1]);
      }, function(e4, r10, t32) {
        return K3(e4.slice(r10, r10 + t32[1]));
      }], ["checksum", 8, 148, function(e4, r10) {
        return "        ";
      }, function(e4, r10, t32) {
        return R3(e4.slice(r10, r10 + t32[1]));
      }], ["type", 1, 156, function(e4, r10) {
        return "" + (parseInt(e4[r10[0]], 10) || 0) % 8;
      }, function(e4, r10, t32) {
        return (parseInt(String.fromCharCode(e4[r10]), 10) || 0) % 8;
      }], ["linkName", 100, 157, function(e4, r10) {
        return "";
      }, function(e4, r10, t32) {
        return I3(e4.slice(r10, r10 + t32[1]));
      }], ["ustar", 8, 257, function(e4, r10) {
        return A4.TMAGIC;
      }, function(e4, r10, t32) {
        return er(I3(e4.slice(r10, r10 + t32[1]), true));
      }, function(e4, r10) {
        return e4[r10[0]] == A4.TMAGIC || e4[r10[0]] == A4.OLDGNU_MAGIC;
      }], ["owner", 32, 265, function(e4, r10) {
        return X3(e4[r10[0]], r10[1]);
      }, function(e4, r10, t32) {
        return I3(e4.slice(r10, r10 + t32[1]));
      }], ["group", 32, 297, function(e4, r10) {
        return X3(e4[r10[0]], r10[1]);
      }, function(e4, r10, t32) {
        return I3(e4.slice(r10, r10 + t32[1]));
      }], ["majorNumber", 8, 329, function(e4, r10) {
        return "";
      }, function(e4, r10, t32) {
        return R3(e4.slice(r10, r10 + t32[1]));
      }], ["minorNumber", 8, 337, function(e4, r10) {
        return "";
      }, function(e4, r10, t32) {
        return R3(e4.slice(r10, r10 + t32[1]));
      }], ["prefix", 131, 345, function(e4, r10) {
        return X3(e4[r10[0]], r10[1]);
      }, function(e4, r10, t32) {
        return I3(e4.slice(r10, r10 + t32[1]));
      }], ["accessTime", 12, 476, function(e4, r10) {
        return q3(e4[r10[0]], r10[1]);
      }, function(e4, r10, t32) {
        return K3(e4.slice(r10, r10 + t32[1]));
      }], ["createTime", 12, 488, function(e4, r10) {
        return q3(e4[r10[0]], r10[1]);
      }, function(e4, r10, t32) {
        return K3(e4.slice(r10, r10 + t32[1]));
      }]], he3 = (function(e4) {
        var r10 = e4[e4.length - 1];
        return r10[2] + r10[1];
      })(ie3);
      function er(e4) {
        if (e4.length == 8) {
          var r10 = e4.split("");
          if (r10[5] == A4.NULL_CHAR) return (r10[6] == " " || r10[6] == A4.NULL_CHAR) && (r10[6] = "0"), (r10[7] == " " || r10[7] == A4.NULL_CHAR) && (r10[7] = "0"), r10 = r10.join(""), r10 == A4.TMAGIC ? r10 : e4;
          if (r10[7] == A4.NULL_CHAR) return r10[5] == A4.NULL_CHAR && (r10[5] = " "), r10[6] == A4.NULL_CHAR && (r10[6] = " "), r10 == A4.OLDGNU_MAGIC ? r10 : e4;
        }
        return e4;
      }
      function X3(e4, r10) {
        return r10 -= 1, Ee3.isUndefined(e4) && (e4 = ""), e4 = ("" + e4).substr(0, r10), e4 + A4.NULL_CHAR;
      }
      function B5(e4, r10, t32) {
        for (t32 = parseInt(t32) || 0, r10 -= 1, e4 = (parseInt(e4) || t32).toString(8).substr(-r10, r10); e4.length < r10; ) e4 = "0" + e4;
        return e4 + A4.NULL_CHAR;
      }
      function q3(e4, r10) {
        if (Ee3.isDateTime(e4)) e4 = Math.floor(1 * e4 / 1e3);
        else if (e4 = parseInt(e4, 10), isFinite(e4)) {
          if (e4 <= 0) return "";
        } else e4 = Math.floor(1 * /* @__PURE__ */ new Date() / 1e3);
        return B5(e4, r10, 0);
      }
      function I3(e4, r10) {
        var t32 = String.fromCharCode.apply(null, e4);
        if (r10) return t32;
        var n3 = t32.indexOf(A4.NULL_CHAR);
        return n3 >= 0 ? t32.substr(0, n3) : t32;
      }
      function R3(e4) {
        var r10 = String.fromCharCode.apply(null, e4);
        return parseInt(r10.replace(/^0+$/g, ""), 8) || 0;
      }
      function K3(e4) {
        return e4.length == 0 || e4[0] == 0 ? null : new Date(1e3 * R3(e4));
      }
      function rr(e4, r10, t32) {
        var n3 = parseInt(r10, 10) || 0, i8 = Math.min(n3 + he3, e4.length), o8 = 0, a14 = 0, s5 = 0;
        t32 && ie3.every(function(f5) {
          return f5[0] == "checksum" ? (a14 = n3 + f5[2], s5 = a14 + f5[1], false) : true;
        });
        for (var l3 = 32, u3 = n3; u3 < i8; u3++) {
          var c5 = u3 >= a14 && u3 < s5 ? l3 : e4[u3];
          o8 = (o8 + c5) % 262144;
        }
        return o8;
      }
      T5.exports.recordSize = Ze3;
      T5.exports.defaultFileMode = ne;
      T5.exports.defaultUid = Fe2;
      T5.exports.defaultGid = ye3;
      T5.exports.posixHeader = ie3;
      T5.exports.effectiveHeaderSize = he3;
      T5.exports.calculateChecksum = rr;
      T5.exports.formatTarString = X3;
      T5.exports.formatTarNumber = B5;
      T5.exports.formatTarDateTime = q3;
      T5.exports.parseTarString = I3;
      T5.exports.parseTarNumber = R3;
      T5.exports.parseTarDateTime = K3;
    });
    Te2 = D((Jr, be2) => {
      "use strict";
      u();
      var tr = W2(), J4 = G2(), H4 = oe2();
      function we3(e4) {
        return H4.recordSize;
      }
      function Ae3(e4) {
        return Math.ceil(e4.data.length / H4.recordSize) * H4.recordSize;
      }
      function nr(e4) {
        var r10 = 0;
        return e4.forEach(function(t32) {
          r10 += we3(t32) + Ae3(t32);
        }), r10 += H4.recordSize * 2, new Uint8Array(r10);
      }
      function ir(e4, r10, t32) {
        t32 = parseInt(t32) || 0;
        var n3 = t32;
        H4.posixHeader.forEach(function(l3) {
          for (var u3 = l3[3](r10, l3), c5 = u3.length, f5 = 0; f5 < c5; f5 += 1) e4[n3 + f5] = u3.charCodeAt(f5) & 255;
          n3 += l3[1];
        });
        var i8 = J4.find(H4.posixHeader, function(l3) {
          return l3[0] == "checksum";
        });
        if (i8) {
          var o8 = H4.calculateChecksum(e4, t32, true), a14 = H4.formatTarNumber(o8, i8[1] - 2) + tr.NULL_CHAR + " ";
          n3 = t32 + i8[2];
          for (var s5 = 0; s5 < a14.length; s5 += 1) e4[n3] = a14.charCodeAt(s5) & 255, n3++;
        }
        return t32 + we3(r10);
      }
      function or(e4, r10, t32) {
        return t32 = parseInt(t32, 10) || 0, e4.set(r10.data, t32), t32 + Ae3(r10);
      }
      function ar(e4) {
        e4 = J4.map(e4, function(n3) {
          return J4.extend({}, n3, { data: J4.toUint8Array(n3.data) });
        });
        var r10 = nr(e4), t32 = 0;
        return e4.forEach(function(n3) {
          t32 = ir(r10, n3, t32), t32 = or(r10, n3, t32);
        }), r10;
      }
      be2.exports.tar = ar;
    });
    Me2 = D((Zr, Pe3) => {
      "use strict";
      u();
      var sr = W2(), se3 = G2(), N5 = oe2(), lr = { extractData: true, checkHeader: true, checkChecksum: true, checkFileSize: true }, ur = { size: true, checksum: true, ustar: true }, ae2 = { unexpectedEndOfFile: "Unexpected end of file.", fileCorrupted: "File is corrupted.", checksumCheckFailed: "Checksum check failed." };
      function cr(e4) {
        return N5.recordSize;
      }
      function dr(e4) {
        return Math.ceil(e4 / N5.recordSize) * N5.recordSize;
      }
      function fr(e4, r10) {
        for (var t32 = r10, n3 = Math.min(e4.length, r10 + N5.recordSize * 2), i8 = t32; i8 < n3; i8++) if (e4[i8] != 0) return false;
        return true;
      }
      function _r(e4, r10, t32) {
        if (e4.length - r10 < N5.recordSize) {
          if (t32.checkFileSize) throw new Error(ae2.unexpectedEndOfFile);
          return null;
        }
        r10 = parseInt(r10) || 0;
        var n3 = {}, i8 = r10;
        if (N5.posixHeader.forEach(function(s5) {
          n3[s5[0]] = s5[4](e4, i8, s5), i8 += s5[1];
        }), n3.type != 0 && (n3.size = 0), t32.checkHeader && N5.posixHeader.forEach(function(s5) {
          if (se3.isFunction(s5[5]) && !s5[5](n3, s5)) {
            var l3 = new Error(ae2.fileCorrupted);
            throw l3.data = { offset: r10 + s5[2], field: s5[0] }, l3;
          }
        }), t32.checkChecksum) {
          var o8 = N5.calculateChecksum(e4, r10, true);
          if (o8 != n3.checksum) {
            var a14 = new Error(ae2.checksumCheckFailed);
            throw a14.data = { offset: r10, header: n3, checksum: o8 }, a14;
          }
        }
        return n3;
      }
      function mr(e4, r10, t32, n3) {
        return n3.extractData ? t32.size <= 0 ? new Uint8Array() : e4.slice(r10, r10 + t32.size) : null;
      }
      function pr(e4, r10) {
        var t32 = {};
        return N5.posixHeader.forEach(function(n3) {
          var i8 = n3[0];
          ur[i8] || (t32[i8] = e4[i8]);
        }), t32.isOldGNUFormat = e4.ustar == sr.OLDGNU_MAGIC, r10 && (t32.data = r10), t32;
      }
      function Sr(e4, r10) {
        r10 = se3.extend({}, lr, r10);
        for (var t32 = [], n3 = 0, i8 = e4.length; i8 - n3 >= N5.recordSize; ) {
          e4 = se3.toUint8Array(e4);
          var o8 = _r(e4, n3, r10);
          if (!o8) break;
          n3 += cr(o8);
          var a14 = mr(e4, n3, o8, r10);
          if (t32.push(pr(o8, a14)), n3 += dr(o8.size), fr(e4, n3)) break;
        }
        return t32;
      }
      Pe3.exports.untar = Sr;
    });
    Oe2 = D((rt3, ke2) => {
      "use strict";
      u();
      var gr = G2(), vr = W2(), Er = Te2(), Fr = Me2();
      gr.extend(ke2.exports, Er, Fr, vr);
    });
    u();
    u();
    O2 = L(Oe2(), 1);
    yr = ["application/x-gtar", "application/x-tar+gzip", "application/x-gzip", "application/gzip"];
    u();
    u();
    u();
    Ne2 = Or;
    Re2 = Ne2;
    u();
    Ce2 = "(?:" + ["\\|\\|", "\\&\\&", ";;", "\\|\\&", "\\<\\(", "\\<\\<\\<", ">>", ">\\&", "<\\&", "[&;()|<>]"].join("|") + ")";
    Ue2 = new RegExp("^" + Ce2 + "$");
    He2 = "|&;()<> \\t";
    Dr = '"((\\\\"|[^"])*?)"';
    Nr = "'((\\\\'|[^'])*?)'";
    Rr = /^#$/;
    Le2 = "'";
    Ie2 = '"';
    ue2 = "$";
    C = "";
    Ur = 4294967296;
    for (let e4 = 0; e4 < 4; e4++) C += (Ur * Math.random()).toString(16);
    Hr = new RegExp("^" + C);
    U3 = "/pglite";
    x4 = U3 + "/data";
    zr = U3 + "/icu";
    Br = U3 + "/bin/initdb";
    yt2 = U3 + "/bin/postgres";
    xe2 = U3 + "/pgstdout";
    ze2 = U3 + "/pgstdin";
    je2 = class {
      constructor(r10) {
        this.dataDir = r10;
      }
      async init(r10, t32) {
        return this.pg = r10, { emscriptenOpts: t32 };
      }
      async syncToFs(r10) {
      }
      async initialSyncFs() {
      }
      async closeFs() {
      }
      async dumpTar(r10, t32) {
        return le2(this.pg.Module.FS, x4, r10, t32);
      }
    };
    Ye2 = class {
      constructor(r10, { debug: t32 = false } = {}) {
        this.dataDir = r10, this.debug = t32;
      }
      async syncToFs(r10) {
      }
      async initialSyncFs() {
      }
      async closeFs() {
      }
      async dumpTar(r10, t32) {
        return le2(this.pg.Module.FS, x4, r10, t32);
      }
      async init(r10, t32) {
        return this.pg = r10, { emscriptenOpts: { ...t32, preRun: [...t32.preRun || [], (i8) => {
          let o8 = Yr(i8, this);
          i8.FS.mkdirTree(x4), i8.FS.mount(o8, {}, x4);
        }] } };
      }
    };
    Ge2 = { EBADF: 8, EBADFD: 127, EEXIST: 20, EINVAL: 28, EISDIR: 31, ENODEV: 43, ENOENT: 44, ENOTDIR: 54, ENOTEMPTY: 55 };
    Yr = (e4, r10) => {
      let t32 = e4.FS, n3 = r10.debug ? console.log : null, i8 = { tryFSOperation(o8) {
        try {
          return o8();
        } catch (a14) {
          throw a14.code ? a14.code === "UNKNOWN" ? new t32.ErrnoError(Ge2.EINVAL) : new t32.ErrnoError(a14.code) : a14;
        }
      }, mount(o8) {
        return i8.createNode(null, "/", 16895, 0);
      }, syncfs(o8, a14, s5) {
      }, createNode(o8, a14, s5, l3) {
        if (!t32.isDir(s5) && !t32.isFile(s5)) throw new t32.ErrnoError(28);
        let u3 = t32.createNode(o8, a14, s5);
        return u3.node_ops = i8.node_ops, u3.stream_ops = i8.stream_ops, u3;
      }, getMode: function(o8) {
        return n3?.("getMode", o8), i8.tryFSOperation(() => r10.lstat(o8).mode);
      }, realPath: function(o8) {
        let a14 = [];
        for (; o8.parent !== o8; ) a14.push(o8.name), o8 = o8.parent;
        return a14.push(o8.mount.opts.root), a14.reverse(), a14.join("/");
      }, node_ops: { getattr(o8) {
        n3?.("getattr", i8.realPath(o8));
        let a14 = i8.realPath(o8);
        return i8.tryFSOperation(() => {
          let s5 = r10.lstat(a14);
          return { ...s5, dev: 0, ino: o8.id, nlink: 1, rdev: o8.rdev, atime: new Date(s5.atime), mtime: new Date(s5.mtime), ctime: new Date(s5.ctime) };
        });
      }, setattr(o8, a14) {
        n3?.("setattr", i8.realPath(o8), a14);
        let s5 = i8.realPath(o8);
        i8.tryFSOperation(() => {
          if (a14.mode !== void 0 && r10.chmod(s5, a14.mode), a14.size !== void 0 && r10.truncate(s5, a14.size), a14.timestamp !== void 0 && r10.utimes(s5, a14.timestamp, a14.timestamp), a14.atime || a14.mtime) {
            let l3 = new Date(a14.atime || a14.mtime).getTime(), u3 = new Date(a14.mtime || a14.atime).getTime();
            r10.utimes(s5, l3, u3);
          }
          a14.size !== void 0 && r10.truncate(s5, a14.size);
        });
      }, lookup(o8, a14) {
        n3?.("lookup", i8.realPath(o8), a14);
        let s5 = [i8.realPath(o8), a14].join("/"), l3 = i8.getMode(s5);
        return i8.createNode(o8, a14, l3);
      }, mknod(o8, a14, s5, l3) {
        n3?.("mknod", i8.realPath(o8), a14, s5, l3);
        let u3 = i8.createNode(o8, a14, s5, l3), c5 = i8.realPath(u3);
        return i8.tryFSOperation(() => (t32.isDir(u3.mode) ? r10.mkdir(c5, { mode: s5 }) : r10.writeFile(c5, "", { mode: s5 }), u3));
      }, rename(o8, a14, s5) {
        n3?.("rename", i8.realPath(o8), i8.realPath(a14), s5);
        let l3 = i8.realPath(o8), u3 = [i8.realPath(a14), s5].join("/");
        i8.tryFSOperation(() => {
          r10.rename(l3, u3);
        }), o8.name = s5;
      }, unlink(o8, a14) {
        n3?.("unlink", i8.realPath(o8), a14);
        let s5 = [i8.realPath(o8), a14].join("/");
        try {
          r10.unlink(s5);
        } catch {
        }
      }, rmdir(o8, a14) {
        n3?.("rmdir", i8.realPath(o8), a14);
        let s5 = [i8.realPath(o8), a14].join("/");
        return i8.tryFSOperation(() => {
          r10.rmdir(s5);
        });
      }, readdir(o8) {
        n3?.("readdir", i8.realPath(o8));
        let a14 = i8.realPath(o8);
        return i8.tryFSOperation(() => r10.readdir(a14));
      }, symlink(o8, a14, s5) {
        throw n3?.("symlink", i8.realPath(o8), a14, s5), new t32.ErrnoError(63);
      }, readlink(o8) {
        throw n3?.("readlink", i8.realPath(o8)), new t32.ErrnoError(63);
      } }, stream_ops: { open(o8) {
        n3?.("open stream", i8.realPath(o8.node));
        let a14 = i8.realPath(o8.node);
        return i8.tryFSOperation(() => {
          t32.isFile(o8.node.mode) && (o8.shared.refcount = 1, o8.nfd = r10.open(a14));
        });
      }, close(o8) {
        return n3?.("close stream", i8.realPath(o8.node)), i8.tryFSOperation(() => {
          t32.isFile(o8.node.mode) && o8.nfd && --o8.shared.refcount === 0 && r10.close(o8.nfd);
        });
      }, dup(o8) {
        n3?.("dup stream", i8.realPath(o8.node)), o8.shared.refcount++;
      }, read(o8, a14, s5, l3, u3) {
        return n3?.("read stream", i8.realPath(o8.node), s5, l3, u3), l3 === 0 ? 0 : i8.tryFSOperation(() => r10.read(o8.nfd, a14, s5, l3, u3));
      }, write(o8, a14, s5, l3, u3) {
        return n3?.("write stream", i8.realPath(o8.node), s5, l3, u3), i8.tryFSOperation(() => r10.write(o8.nfd, a14.buffer, s5, l3, u3));
      }, llseek(o8, a14, s5) {
        n3?.("llseek stream", i8.realPath(o8.node), a14, s5);
        let l3 = a14;
        if (s5 === 1 ? l3 += o8.position : s5 === 2 && t32.isFile(o8.node.mode) && i8.tryFSOperation(() => {
          let u3 = r10.fstat(o8.nfd);
          l3 += u3.size;
        }), l3 < 0) throw new t32.ErrnoError(28);
        return l3;
      }, mmap(o8, a14, s5, l3, u3) {
        if (n3?.("mmap stream", i8.realPath(o8.node), a14, s5, l3, u3), !t32.isFile(o8.node.mode)) throw new t32.ErrnoError(Ge2.ENODEV);
        let c5 = e4.mmapAlloc(a14);
        return i8.stream_ops.read(o8, e4.HEAPU8, c5, a14, s5), { ptr: c5, allocated: true };
      }, msync(o8, a14, s5, l3, u3) {
        return n3?.("msync stream", i8.realPath(o8.node), s5, l3, u3), i8.stream_ops.write(o8, a14, 0, l3, s5), 0;
      } } };
      return i8;
    };
  }
});

// node_modules/@electric-sql/pglite/dist/fs/nodefs.js
var nodefs_exports = {};
__export(nodefs_exports, {
  NodeFS: () => m3
});
import * as s4 from "fs";
import * as o4 from "path";
var m3;
var init_nodefs = __esm({
  "node_modules/@electric-sql/pglite/dist/fs/nodefs.js"() {
    init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
    init_chunk_CE4NCHVO();
    init_chunk_ZKGLEABV();
    init_chunk_QY3QWFKW();
    u();
    m3 = class extends je2 {
      constructor(t32) {
        super(t32), this.rootDir = o4.resolve(t32), s4.existsSync(o4.join(this.rootDir)) || s4.mkdirSync(this.rootDir);
      }
      async init(t32, e4) {
        return this.pg = t32, { emscriptenOpts: { ...e4, preRun: [...e4.preRun || [], (r10) => {
          let c5 = r10.FS.filesystems.NODEFS;
          r10.FS.mkdirTree(x4), r10.FS.mount(c5, { root: this.rootDir }, x4);
        }] } };
      }
      async closeFs() {
        this.pg.Module.FS.quit();
      }
    };
  }
});

// node_modules/@electric-sql/pglite/dist/fs/opfs-ahp.js
var opfs_ahp_exports = {};
__export(opfs_ahp_exports, {
  OpfsAhpFS: () => z3
});
var U4, $2, M, I, k2, N2, H2, y4, f4, x5, F3, P4, S3, r, L3, D3, E2, w3, m4, A2, C2, T3, z3, d3;
var init_opfs_ahp = __esm({
  "node_modules/@electric-sql/pglite/dist/fs/opfs-ahp.js"() {
    init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
    init_chunk_CE4NCHVO();
    init_chunk_ZKGLEABV();
    init_chunk_QY3QWFKW();
    u();
    U4 = "state.txt";
    $2 = "data";
    M = { DIR: 16384, FILE: 32768 };
    z3 = class extends Ye2 {
      constructor(e4, { initialPoolSize: t32 = 1e3, maintainedPoolSize: s5 = 100, debug: i8 = false } = {}) {
        super(e4, { debug: i8 });
        R(this, r);
        R(this, I);
        R(this, k2);
        R(this, N2);
        R(this, H2);
        R(this, y4);
        R(this, f4, /* @__PURE__ */ new Map());
        R(this, x5, 0);
        R(this, F3, /* @__PURE__ */ new Map());
        R(this, P4, /* @__PURE__ */ new Map());
        this.lastCheckpoint = 0;
        this.checkpointInterval = 1e3 * 60;
        this.poolCounter = 0;
        R(this, S3, /* @__PURE__ */ new Set());
        this.initialPoolSize = t32, this.maintainedPoolSize = s5;
      }
      async init(e4, t32) {
        return await T(this, r, L3).call(this), super.init(e4, t32);
      }
      async syncToFs(e4 = false) {
        await this.maybeCheckpointState(), await this.maintainPool(), e4 || this.flush();
      }
      async closeFs() {
        for (let e4 of h(this, f4).values()) e4.sh.close();
        h(this, y4).flush(), h(this, y4).close(), this.pg.Module.FS.quit();
      }
      async maintainPool(e4) {
        e4 = e4 || this.maintainedPoolSize;
        let t32 = e4 - this.state.pool.length, s5 = [];
        for (let i8 = 0; i8 < t32; i8++) s5.push(new Promise(async (a14) => {
          ++this.poolCounter;
          let c5 = `${(Date.now() - 1704063600).toString(16).padStart(8, "0")}-${this.poolCounter.toString(16).padStart(8, "0")}`, h4 = await h(this, N2).getFileHandle(c5, { create: true }), p7 = await h4.createSyncAccessHandle();
          h(this, f4).set(c5, { fh: h4, sh: p7 }), T(this, r, E2).call(this, { opp: "createPoolFile", args: [c5] }), this.state.pool.push(c5), a14();
        }));
        for (let i8 = 0; i8 > t32; i8--) s5.push(new Promise(async (a14) => {
          let c5 = this.state.pool.pop();
          T(this, r, E2).call(this, { opp: "deletePoolFile", args: [c5] });
          let h4 = h(this, f4).get(c5);
          h4?.sh?.close(), await h(this, N2).removeEntry(h4.fh.name), h(this, f4).delete(c5), a14();
        }));
        await Promise.all(s5);
      }
      _createPoolFileState(e4) {
        this.state.pool.push(e4);
      }
      _deletePoolFileState(e4) {
        let t32 = this.state.pool.indexOf(e4);
        t32 > -1 && this.state.pool.splice(t32, 1);
      }
      async maybeCheckpointState() {
        Date.now() - this.lastCheckpoint > this.checkpointInterval && await this.checkpointState();
      }
      async checkpointState() {
        let e4 = new TextEncoder().encode(JSON.stringify(this.state));
        h(this, y4).truncate(0), h(this, y4).write(e4, { at: 0 }), h(this, y4).flush(), this.lastCheckpoint = Date.now();
      }
      flush() {
        for (let e4 of h(this, S3)) try {
          e4.flush();
        } catch {
        }
        h(this, S3).clear();
      }
      chmod(e4, t32) {
        T(this, r, D3).call(this, { opp: "chmod", args: [e4, t32] }, () => {
          this._chmodState(e4, t32);
        });
      }
      _chmodState(e4, t32) {
        let s5 = T(this, r, m4).call(this, e4);
        s5.mode = t32;
      }
      close(e4) {
        let t32 = T(this, r, A2).call(this, e4);
        h(this, F3).delete(e4), h(this, P4).delete(t32);
      }
      fstat(e4) {
        let t32 = T(this, r, A2).call(this, e4);
        return this.lstat(t32);
      }
      lstat(e4) {
        let t32 = T(this, r, m4).call(this, e4), s5 = t32.type === "file" ? h(this, f4).get(t32.backingFilename).sh.getSize() : 0, i8 = 4096;
        return { dev: 0, ino: 0, mode: t32.mode, nlink: 1, uid: 0, gid: 0, rdev: 0, size: s5, blksize: i8, blocks: Math.ceil(s5 / i8), atime: t32.lastModified, mtime: t32.lastModified, ctime: t32.lastModified };
      }
      mkdir(e4, t32) {
        T(this, r, D3).call(this, { opp: "mkdir", args: [e4, t32] }, () => {
          this._mkdirState(e4, t32);
        });
      }
      _mkdirState(e4, t32) {
        let s5 = T(this, r, w3).call(this, e4), i8 = s5.pop(), a14 = [], c5 = this.state.root;
        for (let p7 of s5) {
          if (a14.push(e4), !Object.prototype.hasOwnProperty.call(c5.children, p7)) if (t32?.recursive) this.mkdir(a14.join("/"));
          else throw new d3("ENOENT", "No such file or directory");
          if (c5.children[p7].type !== "directory") throw new d3("ENOTDIR", "Not a directory");
          c5 = c5.children[p7];
        }
        if (Object.prototype.hasOwnProperty.call(c5.children, i8)) throw new d3("EEXIST", "File exists");
        let h4 = { type: "directory", lastModified: Date.now(), mode: t32?.mode || M.DIR, children: {} };
        c5.children[i8] = h4;
      }
      open(e4, t32, s5) {
        if (T(this, r, m4).call(this, e4).type !== "file") throw new d3("EISDIR", "Is a directory");
        let a14 = T(this, r, C2).call(this);
        return h(this, F3).set(a14, e4), h(this, P4).set(e4, a14), a14;
      }
      readdir(e4) {
        let t32 = T(this, r, m4).call(this, e4);
        if (t32.type !== "directory") throw new d3("ENOTDIR", "Not a directory");
        return Object.keys(t32.children);
      }
      read(e4, t32, s5, i8, a14) {
        let c5 = T(this, r, A2).call(this, e4), h4 = T(this, r, m4).call(this, c5);
        if (h4.type !== "file") throw new d3("EISDIR", "Is a directory");
        return h(this, f4).get(h4.backingFilename).sh.read(new Uint8Array(t32.buffer, s5, i8), { at: a14 });
      }
      rename(e4, t32) {
        T(this, r, D3).call(this, { opp: "rename", args: [e4, t32] }, () => {
          this._renameState(e4, t32, true);
        });
      }
      _renameState(e4, t32, s5 = false) {
        let i8 = T(this, r, w3).call(this, e4), a14 = i8.pop(), c5 = T(this, r, m4).call(this, i8.join("/"));
        if (!Object.prototype.hasOwnProperty.call(c5.children, a14)) throw new d3("ENOENT", "No such file or directory");
        let h4 = T(this, r, w3).call(this, t32), p7 = h4.pop(), l3 = T(this, r, m4).call(this, h4.join("/"));
        if (s5 && Object.prototype.hasOwnProperty.call(l3.children, p7)) {
          let u3 = l3.children[p7];
          h(this, f4).get(u3.backingFilename).sh.truncate(0), this.state.pool.push(u3.backingFilename);
        }
        l3.children[p7] = c5.children[a14], delete c5.children[a14];
      }
      rmdir(e4) {
        T(this, r, D3).call(this, { opp: "rmdir", args: [e4] }, () => {
          this._rmdirState(e4);
        });
      }
      _rmdirState(e4) {
        let t32 = T(this, r, w3).call(this, e4), s5 = t32.pop(), i8 = T(this, r, m4).call(this, t32.join("/"));
        if (!Object.prototype.hasOwnProperty.call(i8.children, s5)) throw new d3("ENOENT", "No such file or directory");
        let a14 = i8.children[s5];
        if (a14.type !== "directory") throw new d3("ENOTDIR", "Not a directory");
        if (Object.keys(a14.children).length > 0) throw new d3("ENOTEMPTY", "Directory not empty");
        delete i8.children[s5];
      }
      truncate(e4, t32 = 0) {
        let s5 = T(this, r, m4).call(this, e4);
        if (s5.type !== "file") throw new d3("EISDIR", "Is a directory");
        let i8 = h(this, f4).get(s5.backingFilename)?.sh;
        if (!i8) throw new d3("ENOENT", "No such file or directory");
        i8.truncate(t32), h(this, S3).add(i8);
      }
      unlink(e4) {
        T(this, r, D3).call(this, { opp: "unlink", args: [e4] }, () => {
          this._unlinkState(e4, true);
        });
      }
      _unlinkState(e4, t32 = false) {
        let s5 = T(this, r, w3).call(this, e4), i8 = s5.pop(), a14 = T(this, r, m4).call(this, s5.join("/"));
        if (!Object.prototype.hasOwnProperty.call(a14.children, i8)) throw new d3("ENOENT", "No such file or directory");
        let c5 = a14.children[i8];
        if (c5.type !== "file") throw new d3("EISDIR", "Is a directory");
        if (delete a14.children[i8], t32) {
          let h4 = h(this, f4).get(c5.backingFilename).sh;
          h4?.truncate(0), h(this, S3).add(h4), h(this, P4).has(e4) && (h(this, F3).delete(h(this, P4).get(e4)), h(this, P4).delete(e4));
        }
        this.state.pool.push(c5.backingFilename);
      }
      utimes(e4, t32, s5) {
        T(this, r, D3).call(this, { opp: "utimes", args: [e4, t32, s5] }, () => {
          this._utimesState(e4, t32, s5);
        });
      }
      _utimesState(e4, t32, s5) {
        let i8 = T(this, r, m4).call(this, e4);
        i8.lastModified = s5;
      }
      writeFile(e4, t32, s5) {
        let i8 = T(this, r, w3).call(this, e4), a14 = i8.pop(), c5 = T(this, r, m4).call(this, i8.join("/"));
        if (Object.prototype.hasOwnProperty.call(c5.children, a14)) {
          let l3 = c5.children[a14];
          l3.lastModified = Date.now(), T(this, r, E2).call(this, { opp: "setLastModified", args: [e4, l3.lastModified] });
        } else {
          if (this.state.pool.length === 0) throw new Error("No more file handles available in the pool");
          let l3 = { type: "file", lastModified: Date.now(), mode: s5?.mode || M.FILE, backingFilename: this.state.pool.pop() };
          c5.children[a14] = l3, T(this, r, E2).call(this, { opp: "createFileNode", args: [e4, l3] });
        }
        let h4 = c5.children[a14], p7 = h(this, f4).get(h4.backingFilename).sh;
        t32.length > 0 && (p7.write(typeof t32 == "string" ? new TextEncoder().encode(t32) : new Uint8Array(t32), { at: 0 }), e4.startsWith("/pg_wal") && h(this, S3).add(p7));
      }
      _createFileNodeState(e4, t32) {
        let s5 = T(this, r, w3).call(this, e4), i8 = s5.pop(), a14 = T(this, r, m4).call(this, s5.join("/"));
        a14.children[i8] = t32;
        let c5 = this.state.pool.indexOf(t32.backingFilename);
        return c5 > -1 && this.state.pool.splice(c5, 1), t32;
      }
      _setLastModifiedState(e4, t32) {
        let s5 = T(this, r, m4).call(this, e4);
        s5.lastModified = t32;
      }
      write(e4, t32, s5, i8, a14) {
        let c5 = T(this, r, A2).call(this, e4), h4 = T(this, r, m4).call(this, c5);
        if (h4.type !== "file") throw new d3("EISDIR", "Is a directory");
        let p7 = h(this, f4).get(h4.backingFilename)?.sh;
        if (!p7) throw new d3("EBADF", "Bad file descriptor");
        let l3 = p7.write(new Uint8Array(t32, s5, i8), { at: a14 });
        return c5.startsWith("/pg_wal") && h(this, S3).add(p7), l3;
      }
    };
    I = /* @__PURE__ */ new WeakMap(), k2 = /* @__PURE__ */ new WeakMap(), N2 = /* @__PURE__ */ new WeakMap(), H2 = /* @__PURE__ */ new WeakMap(), y4 = /* @__PURE__ */ new WeakMap(), f4 = /* @__PURE__ */ new WeakMap(), x5 = /* @__PURE__ */ new WeakMap(), F3 = /* @__PURE__ */ new WeakMap(), P4 = /* @__PURE__ */ new WeakMap(), S3 = /* @__PURE__ */ new WeakMap(), r = /* @__PURE__ */ new WeakSet(), L3 = async function() {
      x(this, I, await navigator.storage.getDirectory()), x(this, k2, await T(this, r, T3).call(this, this.dataDir, { create: true })), x(this, N2, await T(this, r, T3).call(this, $2, { from: h(this, k2), create: true })), x(this, H2, await h(this, k2).getFileHandle(U4, { create: true })), x(this, y4, await h(this, H2).createSyncAccessHandle());
      let e4 = new ArrayBuffer(h(this, y4).getSize());
      h(this, y4).read(e4, { at: 0 });
      let t32, s5 = new TextDecoder().decode(e4).split(`
`), i8 = false;
      try {
        t32 = JSON.parse(s5[0]);
      } catch {
        t32 = { root: { type: "directory", lastModified: Date.now(), mode: M.DIR, children: {} }, pool: [] }, h(this, y4).truncate(0), h(this, y4).write(new TextEncoder().encode(JSON.stringify(t32)), { at: 0 }), i8 = true;
      }
      this.state = t32;
      let a14 = s5.slice(1).filter(Boolean).map((l3) => JSON.parse(l3));
      for (let l3 of a14) {
        let u3 = `_${l3.opp}State`;
        if (typeof this[u3] == "function") try {
          this[u3].bind(this)(...l3.args);
        } catch (b4) {
          console.warn("Error applying OPFS AHP WAL entry", l3, b4);
        }
      }
      let c5 = [], h4 = async (l3) => {
        if (l3.type === "file") try {
          let u3 = await h(this, N2).getFileHandle(l3.backingFilename), b4 = await u3.createSyncAccessHandle();
          h(this, f4).set(l3.backingFilename, { sh: b4, fh: u3 });
        } catch (u3) {
          console.error("Error opening file handle for node", l3, u3);
        }
        else for (let u3 of Object.values(l3.children)) c5.push(h4(u3));
      };
      await h4(this.state.root);
      let p7 = [];
      for (let l3 of this.state.pool) p7.push(new Promise(async (u3) => {
        h(this, f4).has(l3) && console.warn("File handle already exists for pool file", l3);
        let b4 = await h(this, N2).getFileHandle(l3), J4 = await b4.createSyncAccessHandle();
        h(this, f4).set(l3, { fh: b4, sh: J4 }), u3();
      }));
      await Promise.all([...c5, ...p7]), await this.maintainPool(i8 ? this.initialPoolSize : this.maintainedPoolSize);
    }, D3 = function(e4, t32) {
      let s5 = T(this, r, E2).call(this, e4);
      try {
        t32();
      } catch (i8) {
        throw h(this, y4).truncate(s5), i8;
      }
    }, E2 = function(e4) {
      let t32 = JSON.stringify(e4), s5 = new TextEncoder().encode(`
${t32}`), i8 = h(this, y4).getSize();
      return h(this, y4).write(s5, { at: i8 }), h(this, S3).add(h(this, y4)), i8;
    }, w3 = function(e4) {
      return e4.split("/").filter(Boolean);
    }, m4 = function(e4, t32) {
      let s5 = T(this, r, w3).call(this, e4), i8 = t32 || this.state.root;
      for (let a14 of s5) {
        if (i8.type !== "directory") throw new d3("ENOTDIR", "Not a directory");
        if (!Object.prototype.hasOwnProperty.call(i8.children, a14)) throw new d3("ENOENT", "No such file or directory");
        i8 = i8.children[a14];
      }
      return i8;
    }, A2 = function(e4) {
      let t32 = h(this, F3).get(e4);
      if (!t32) throw new d3("EBADF", "Bad file descriptor");
      return t32;
    }, C2 = function() {
      let e4 = ++U(this, x5)._;
      for (; h(this, F3).has(e4); ) U(this, x5)._++;
      return e4;
    }, T3 = async function(e4, t32) {
      let s5 = T(this, r, w3).call(this, e4), i8 = t32?.from || h(this, I);
      for (let a14 of s5) i8 = await i8.getDirectoryHandle(a14, { create: t32?.create });
      return i8;
    };
    d3 = class extends Error {
      constructor(v5, e4) {
        super(e4), typeof v5 == "number" ? this.code = v5 : typeof v5 == "string" && (this.code = Ge2[v5]);
      }
    };
  }
});

// node_modules/@electric-sql/pglite/dist/chunk-OZV2R5MQ.js
function R2(S4) {
  let N5 = [...S4].sort((t32, r10) => t32[0] - r10[0]), e4 = [];
  for (let [t32, r10] of N5) {
    let s5 = e4[e4.length - 1];
    s5 && t32 <= s5[1] ? s5[1] = Math.max(s5[1], r10) : e4.push([t32, r10]);
  }
  return e4;
}
function Q2(S4, N5, e4) {
  return S4 ? new Uint8Array(S4.subarray ? S4.subarray(N5, e4) : S4.slice(N5, e4)) : new Uint8Array(e4 - N5);
}
var K2, A3, F4, g4, m5, y5, E3, v3, n2, J2, H3, j4, z4, B2, U5, x6, D4, q2, I2, L4, C3, w4, T4, $3;
var init_chunk_OZV2R5MQ = __esm({
  "node_modules/@electric-sql/pglite/dist/chunk-OZV2R5MQ.js"() {
    init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
    init_chunk_CE4NCHVO();
    init_chunk_QY3QWFKW();
    u();
    K2 = 1024;
    $3 = class extends je2 {
      constructor(e4, { debug: t32 = false } = {}) {
        super();
        R(this, n2);
        R(this, A3);
        R(this, F4);
        R(this, g4, true);
        R(this, m5, []);
        R(this, y5, /* @__PURE__ */ new Map());
        R(this, E3, Promise.resolve());
        R(this, v3, false);
        this.backend = e4, this.debug = t32;
      }
      async init(e4, t32) {
        return this.pg = e4, await this.backend.init(), { emscriptenOpts: { ...t32, preRun: [...t32.preRun || [], (s5) => {
          s5.FS.mkdirTree(x4), s5.FS.mount(T(this, n2, J2).call(this, s5), {}, x4);
        }] } };
      }
      async initialSyncFs() {
        let e4 = this.pg.Module.FS;
        x(this, g4, false);
        try {
          for await (let t32 of this.backend.load()) {
            let r10 = x4 + t32.path;
            t32.kind === "dir" ? e4.mkdir(r10, 448) : (e4.writeFile(r10, t32.data, { mode: 384, canOwn: true }), t32.mtime !== void 0 && e4.utime(r10, t32.mtime, t32.mtime));
          }
        } finally {
          x(this, g4, true);
        }
      }
      async syncToFs(e4 = false) {
        let t32 = h(this, E3).then(() => T(this, n2, q2).call(this, e4));
        x(this, E3, t32.catch(() => {
        })), await t32;
      }
      async closeFs() {
        await this.syncToFs(), await this.backend.close(), this.pg.Module.FS.quit();
      }
    };
    A3 = /* @__PURE__ */ new WeakMap(), F4 = /* @__PURE__ */ new WeakMap(), g4 = /* @__PURE__ */ new WeakMap(), m5 = /* @__PURE__ */ new WeakMap(), y5 = /* @__PURE__ */ new WeakMap(), E3 = /* @__PURE__ */ new WeakMap(), v3 = /* @__PURE__ */ new WeakMap(), n2 = /* @__PURE__ */ new WeakSet(), J2 = function(e4) {
      let t32 = e4.FS.filesystems.MEMFS;
      return { mount: (r10) => {
        let s5 = t32.mount(r10);
        return h(this, F4) ?? x(this, F4, T(this, n2, H3).call(this, e4, t32.ops_table)), T(this, n2, j4).call(this, e4, s5), x(this, A3, s5), s5;
      }, syncfs: (r10, s5, u3) => {
        u3(null);
      } };
    }, H3 = function(e4, t32) {
      let r10 = e4.FS, s5 = t32.dir.node, u3 = t32.file.node, l3 = t32.file.stream, M2 = (i8, h4) => {
        u3.setattr(i8, h4), h4.size !== void 0 && r10.isFile(i8.mode) && T(this, n2, U5).call(this, i8);
      };
      return { dir: { node: { ...s5, setattr: M2, mknod: (i8, h4, d5, c5) => {
        let f5 = s5.mknod(i8, h4, d5, c5);
        return T(this, n2, j4).call(this, e4, f5), T(this, n2, D4).call(this, e4, f5), f5;
      }, rename: (i8, h4, d5) => {
        let c5 = T(this, n2, w4).call(this, e4, i8);
        s5.rename(i8, h4, d5), T(this, n2, x6).call(this, c5), T(this, n2, D4).call(this, e4, i8);
      }, unlink: (i8, h4) => {
        s5.unlink(i8, h4), T(this, n2, x6).call(this, T(this, n2, T4).call(this, T(this, n2, w4).call(this, e4, i8), h4));
      }, rmdir: (i8, h4) => {
        s5.rmdir(i8, h4), T(this, n2, x6).call(this, T(this, n2, T4).call(this, T(this, n2, w4).call(this, e4, i8), h4));
      }, symlink: (i8, h4, d5) => (h(this, g4) && !h(this, v3) && (x(this, v3, true), console.warn("MEMFS frontend: symlinks are not persisted")), s5.symlink(i8, h4, d5)) }, stream: t32.dir.stream }, file: { node: { ...u3, setattr: M2 }, stream: { ...l3, write: (i8, h4, d5, c5, f5, k4) => {
        let _4 = l3.write(i8, h4, d5, c5, f5, k4);
        return T(this, n2, B2).call(this, i8.node, f5, f5 + _4), _4;
      }, msync: (i8, h4, d5, c5, f5) => {
        let k4 = l3.msync(i8, h4, d5, c5, f5);
        return T(this, n2, B2).call(this, i8.node, d5, d5 + c5), k4;
      }, allocate: (i8, h4, d5) => {
        l3.allocate(i8, h4, d5), T(this, n2, U5).call(this, i8.node);
      } } } };
    }, j4 = function(e4, t32) {
      let r10 = e4.FS;
      r10.isDir(t32.mode) ? (t32.node_ops = h(this, F4).dir.node, t32.stream_ops = h(this, F4).dir.stream) : r10.isFile(t32.mode) && (t32.node_ops = h(this, F4).file.node, t32.stream_ops = h(this, F4).file.stream);
    }, z4 = function(e4) {
      let t32 = h(this, y5).get(e4);
      return t32 || (t32 = { full: false, resized: false, ranges: [] }, h(this, y5).set(e4, t32)), t32;
    }, B2 = function(e4, t32, r10) {
      if (!h(this, g4) || r10 <= t32) return;
      let s5 = T(this, n2, z4).call(this, e4);
      if (s5.full) return;
      let u3 = s5.ranges, l3 = u3[u3.length - 1];
      l3 && t32 <= l3[1] && r10 >= l3[0] ? (l3[0] = Math.min(l3[0], t32), l3[1] = Math.max(l3[1], r10)) : (u3.push([t32, r10]), u3.length > K2 && (s5.ranges = R2(u3)));
    }, U5 = function(e4) {
      h(this, g4) && (T(this, n2, z4).call(this, e4).resized = true);
    }, x6 = function(e4) {
      h(this, g4) && h(this, m5).push({ op: "remove", path: e4 });
    }, D4 = function(e4, t32) {
      if (!h(this, g4)) return;
      let r10 = e4.FS;
      if (r10.isDir(t32.mode)) {
        h(this, m5).push({ op: "mkdir", node: t32 });
        for (let s5 of Object.values(t32.contents)) T(this, n2, D4).call(this, e4, s5);
      } else if (r10.isFile(t32.mode)) {
        let s5 = T(this, n2, z4).call(this, t32);
        s5.full = true, s5.ranges = [];
      }
    }, q2 = async function(e4) {
      if (h(this, m5).length === 0 && h(this, y5).size === 0) return;
      let t32 = T(this, n2, I2).call(this);
      try {
        await this.backend.apply(t32.changes, { relaxedDurability: e4 });
      } catch (r10) {
        throw T(this, n2, L4).call(this, t32), r10;
      }
      if (this.debug) {
        let { ops: r10, files: s5 } = t32.changes, u3 = s5.wal.length + s5.data.length + s5.control.length;
        console.log(`MEMFS frontend: flushed ${r10.length} ops, ${u3} files`);
      }
    }, I2 = function() {
      let e4 = this.pg.Module, t32 = e4.FS, r10 = [];
      for (let l3 of h(this, m5)) l3.op === "remove" ? r10.push(l3) : t32.isDir(l3.node.mode) && T(this, n2, C3).call(this, l3.node) && r10.push({ op: "mkdir", path: T(this, n2, w4).call(this, e4, l3.node) });
      let s5 = { wal: [], data: [], control: [] };
      for (let [l3, M2] of h(this, y5)) {
        if (!t32.isFile(l3.mode) || !T(this, n2, C3).call(this, l3)) continue;
        let i8 = l3.usedBytes, h4 = M2.full ? [[0, i8]] : R2(M2.ranges), d5 = [];
        for (let [k4, _4] of h4) {
          let W5 = Math.min(_4, i8);
          k4 >= W5 || d5.push({ at: k4, data: Q2(l3.contents, k4, W5) });
        }
        let c5 = T(this, n2, w4).call(this, e4, l3);
        (c5.startsWith("/pg_wal/") ? s5.wal : c5 === "/global/pg_control" ? s5.control : s5.data).push({ path: c5, size: i8, full: M2.full, truncate: M2.full || M2.resized, chunks: d5 });
      }
      let u3 = { changes: { ops: r10, files: s5 }, journal: h(this, m5), dirty: h(this, y5) };
      return x(this, m5, []), x(this, y5, /* @__PURE__ */ new Map()), u3;
    }, L4 = function(e4) {
      x(this, m5, [...e4.journal, ...h(this, m5)]);
      for (let [t32, r10] of e4.dirty) {
        let s5 = h(this, y5).get(t32);
        s5 ? (s5.full || (s5.full = r10.full), s5.resized || (s5.resized = r10.resized), s5.ranges = s5.full ? [] : R2([...r10.ranges, ...s5.ranges])) : h(this, y5).set(t32, r10);
      }
    }, C3 = function(e4) {
      for (; e4.parent !== e4; ) {
        if (e4.parent.contents?.[e4.name] !== e4) return false;
        e4 = e4.parent;
      }
      return e4 === h(this, A3);
    }, w4 = function(e4, t32) {
      return e4.FS.getPath(t32).slice(x4.length);
    }, T4 = function(e4, t32) {
      return `${e4}/${t32}`;
    };
  }
});

// node_modules/@electric-sql/pglite/dist/fs/memfs2opfs.js
var memfs2opfs_exports = {};
__export(memfs2opfs_exports, {
  Memfs2OpfsFS: () => D5,
  OpfsBackend: () => p4
});
async function* E4(n3, t32) {
  for await (let [r10, e4] of n3.entries()) {
    let s5 = `${t32}/${r10}`;
    if (e4.kind === "directory") yield { kind: "dir", path: s5 }, yield* E4(e4, s5);
    else {
      let u3 = await e4.getFile();
      yield { kind: "file", path: s5, data: new Uint8Array(await u3.arrayBuffer()), mtime: u3.lastModified };
    }
  }
}
function g5(n3) {
  return n3.split("/").filter(Boolean);
}
async function b3(n3, t32, r10) {
  if ("createSyncAccessHandle" in n3) {
    let e4 = await n3.createSyncAccessHandle();
    try {
      C4(e4, t32, r10);
    } finally {
      e4.close();
    }
  } else {
    let e4 = await n3.createWritable({ keepExistingData: !t32.full });
    try {
      t32.truncate && !t32.full && await e4.truncate(t32.size);
      for (let s5 of t32.chunks) await e4.write({ type: "write", position: s5.at, data: s5.data });
      await e4.close();
    } catch (s5) {
      throw await e4.abort().catch(() => {
      }), s5;
    }
  }
}
function C4(n3, t32, r10) {
  t32.truncate && n3.truncate(t32.size);
  for (let e4 of t32.chunks) n3.write(e4.data, { at: e4.at });
  r10 || n3.flush();
}
function W3(n3) {
  try {
    n3.close();
  } catch {
  }
}
async function k3(n3, t32, r10) {
  let e4 = 0, s5 = async () => {
    for (; e4 < n3.length; ) await r10(n3[e4++]);
  };
  await Promise.all(Array.from({ length: Math.min(t32, n3.length) }, s5));
}
var B3, N3, m6, y6, d4, P5, w5, x7, p4, D5;
var init_memfs2opfs = __esm({
  "node_modules/@electric-sql/pglite/dist/fs/memfs2opfs.js"() {
    init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
    init_chunk_OZV2R5MQ();
    init_chunk_CE4NCHVO();
    init_chunk_ZKGLEABV();
    init_chunk_QY3QWFKW();
    u();
    B3 = 2;
    N3 = /^\/pg_wal\/[0-9A-F]{24}$/;
    p4 = class {
      constructor(t32, { maxConcurrentWrites: r10 = 16 } = {}) {
        R(this, d4);
        R(this, m6);
        R(this, y6, /* @__PURE__ */ new Map());
        this.dataDir = t32, this.maxConcurrentWrites = r10;
      }
      async init() {
        x(this, m6, await T(this, d4, x7).call(this, this.dataDir, { from: await navigator.storage.getDirectory(), create: true }));
      }
      load() {
        return E4(h(this, m6), "");
      }
      async apply(t32, { relaxedDurability: r10 }) {
        let e4 = /* @__PURE__ */ new Map(), s5 = (a14) => {
          let i8 = a14.join("/"), c5 = e4.get(i8);
          if (!c5) {
            let o8 = a14.length ? s5(a14.slice(0, -1)).then((z6) => z6.getDirectoryHandle(a14[a14.length - 1], { create: true })) : Promise.resolve(h(this, m6));
            e4.set(i8, o8), o8.catch(() => e4.delete(i8)), c5 = o8;
          }
          return c5;
        };
        for (let a14 of t32.ops) {
          let i8 = g5(a14.path);
          if (a14.op === "mkdir") {
            await s5(i8);
            continue;
          }
          T(this, d4, w5).call(this, a14.path);
          let c5 = i8.join("/");
          for (let o8 of [...e4.keys()]) (o8 === c5 || o8.startsWith(c5 + "/")) && e4.delete(o8);
          try {
            await (await s5(i8.slice(0, -1))).removeEntry(i8[i8.length - 1], { recursive: true });
          } catch (o8) {
            if (o8?.name !== "NotFoundError") throw o8;
          }
        }
        let u3 = async (a14) => {
          let i8 = g5(a14);
          return (await s5(i8.slice(0, -1))).getFileHandle(i8[i8.length - 1], { create: true });
        }, S4 = async (a14) => {
          await b3(await u3(a14.path), a14, r10);
        }, v5 = async (a14) => {
          if (!N3.test(a14.path)) return S4(a14);
          let i8 = h(this, y6).get(a14.path);
          if (!i8) {
            let c5 = await u3(a14.path);
            if (!("createSyncAccessHandle" in c5)) return b3(c5, a14, r10);
            i8 = await c5.createSyncAccessHandle();
          }
          h(this, y6).delete(a14.path), h(this, y6).set(a14.path, i8);
          try {
            C4(i8, a14, r10);
          } catch (c5) {
            throw T(this, d4, w5).call(this, a14.path), c5;
          }
        }, { wal: M2, data: O4, control: _4 } = t32.files;
        await k3(M2, this.maxConcurrentWrites, v5), T(this, d4, P5).call(this);
        for (let a14 of [O4, _4]) await k3(a14, this.maxConcurrentWrites, S4);
      }
      async close() {
        T(this, d4, w5).call(this);
      }
    };
    m6 = /* @__PURE__ */ new WeakMap(), y6 = /* @__PURE__ */ new WeakMap(), d4 = /* @__PURE__ */ new WeakSet(), P5 = function() {
      for (let [t32, r10] of h(this, y6)) {
        if (h(this, y6).size <= B3) break;
        h(this, y6).delete(t32), W3(r10);
      }
    }, w5 = function(t32) {
      for (let [r10, e4] of h(this, y6)) t32 && r10 !== t32 && !r10.startsWith(t32 + "/") || (h(this, y6).delete(r10), W3(e4));
    }, x7 = async function(t32, r10) {
      let e4 = r10.from;
      for (let s5 of g5(t32)) e4 = await e4.getDirectoryHandle(s5, { create: r10.create });
      return e4;
    };
    D5 = class extends $3 {
      constructor(t32, r10 = {}) {
        super(new p4(t32, r10), { debug: r10.debug }), this.dataDir = t32;
      }
    };
  }
});

// src/staging/pglite-worker.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
import { gunzipSync } from "node:zlib";
import { readFile as readFile2 } from "node:fs/promises";
import { parentPort } from "node:worker_threads";

// node_modules/@electric-sql/pglite/dist/index.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();

// node_modules/@electric-sql/pglite/dist/chunk-ADHRU2LT.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();

// node_modules/@electric-sql/pglite/dist/chunk-EP7TJL7B.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
var yn = {};
F(yn, { ABSTIME: () => Et, ACLITEM: () => Ot, BIT: () => Qt, BOOL: () => ye, BPCHAR: () => ve, BYTEA: () => he, CHAR: () => bt, CID: () => St, CIDR: () => Rt, CIRCLE: () => Nt, DATE: () => ze, FLOAT4: () => Qe, FLOAT8: () => _e, GTSVECTOR: () => nn, INET: () => kt, INT2: () => Ve, INT4: () => Fe, INT8: () => be, INTERVAL: () => Ft, JSON: () => we, JSONB: () => Ye, MACADDR: () => Lt, MACADDR8: () => Pt, MONEY: () => Ut, NUMERIC: () => vt, OID: () => Ge, PATH: () => xt, PG_DEPENDENCIES: () => Zt, PG_LSN: () => $t, PG_NDISTINCT: () => Xt, PG_NODE_TREE: () => Dt, POLYGON: () => Mt, REFCURSOR: () => Ht, REGCLASS: () => jt, REGCONFIG: () => rn, REGDICTIONARY: () => sn, REGNAMESPACE: () => an, REGOPER: () => qt, REGOPERATOR: () => Yt, REGPROC: () => gt, REGPROCEDURE: () => zt, REGROLE: () => on, REGTYPE: () => Wt, RELTIME: () => Ct, SMGR: () => It, TEXT: () => ge, TID: () => wt, TIME: () => Vt, TIMESTAMP: () => qe, TIMESTAMPTZ: () => Ae, TIMETZ: () => Gt, TINTERVAL: () => Tt, TSQUERY: () => tn, TSVECTOR: () => en, TXID_SNAPSHOT: () => Jt, UUID: () => Kt, VARBIT: () => _t, VARCHAR: () => He, XID: () => At, XML: () => Bt, arrayParser: () => mn, arraySerializer: () => We, parseType: () => se, parsers: () => un, serializers: () => cn, types: () => je });
u();
var yt = globalThis.JSON.parse;
var ht = globalThis.JSON.stringify;
var ye = 16;
var he = 17;
var bt = 18;
var be = 20;
var Ve = 21;
var Fe = 23;
var gt = 24;
var ge = 25;
var Ge = 26;
var wt = 27;
var At = 28;
var St = 29;
var we = 114;
var Bt = 142;
var Dt = 194;
var It = 210;
var xt = 602;
var Mt = 604;
var Rt = 650;
var Qe = 700;
var _e = 701;
var Et = 702;
var Ct = 703;
var Tt = 704;
var Nt = 718;
var Pt = 774;
var Ut = 790;
var Lt = 829;
var kt = 869;
var Ot = 1033;
var ve = 1042;
var He = 1043;
var ze = 1082;
var Vt = 1083;
var qe = 1114;
var Ae = 1184;
var Ft = 1186;
var Gt = 1266;
var Qt = 1560;
var _t = 1562;
var vt = 1700;
var Ht = 1790;
var zt = 2202;
var qt = 2203;
var Yt = 2204;
var jt = 2205;
var Wt = 2206;
var Kt = 2950;
var Jt = 2970;
var $t = 3220;
var Xt = 3361;
var Zt = 3402;
var en = 3614;
var tn = 3615;
var nn = 3642;
var rn = 3734;
var sn = 3769;
var Ye = 3802;
var an = 4089;
var on = 4096;
var je = { string: { to: ge, from: [ge, He, ve], serialize: (t32) => t32 instanceof Date ? t32.toISOString() : t32.toString(), parse: (t32) => t32 }, number: { to: 0, from: [Ve, Fe, Ge, Qe, _e], serialize: (t32) => t32.toString(), parse: (t32) => +t32 }, bigint: { to: be, from: [be], serialize: (t32) => t32.toString(), parse: (t32) => {
  let e4 = BigInt(t32);
  return e4 < Number.MIN_SAFE_INTEGER || e4 > Number.MAX_SAFE_INTEGER ? e4 : Number(e4);
} }, json: { to: we, from: [we, Ye], serialize: (t32) => typeof t32 == "string" ? t32 : ht(t32, (e4, n3) => typeof n3 == "bigint" ? n3.toString() : n3), parse: (t32) => yt(t32) }, boolean: { to: ye, from: [ye], serialize: (t32) => {
  if (typeof t32 == "boolean") return t32 ? "t" : "f";
  if (typeof t32 == "number") {
    if (t32 === 1) return "t";
    if (t32 === 0) return "f";
  } else if (typeof t32 == "string") {
    let e4 = t32.trim().toLowerCase();
    if (["true", "t", "yes", "y", "on", "1"].includes(e4)) return "t";
    if (["false", "f", "no", "n", "off", "0"].includes(e4)) return "f";
  }
  throw new Error("Invalid input for boolean type");
}, parse: (t32) => t32 === "t" }, date: { to: Ae, from: [ze, qe, Ae], serialize: (t32) => {
  if (typeof t32 == "string") return t32;
  if (typeof t32 == "number") return new Date(t32).toISOString();
  if (t32 instanceof Date) return t32.toISOString();
  throw new Error("Invalid input for date type");
}, parse: (t32) => new Date(t32) }, bytea: { to: he, from: [he], serialize: (t32) => {
  if (!(t32 instanceof Uint8Array)) throw new Error("Invalid input for bytea type");
  return "\\x" + Array.from(t32).map((e4) => e4.toString(16).padStart(2, "0")).join("");
}, parse: (t32) => {
  let e4 = t32.slice(2);
  return Uint8Array.from({ length: e4.length / 2 }, (n3, s5) => parseInt(e4.substring(s5 * 2, (s5 + 1) * 2), 16));
} } };
var Se = ln(je);
var un = Se.parsers;
var cn = Se.serializers;
function se(t32, e4, n3) {
  if (t32 === null) return null;
  let s5 = n3?.[e4] ?? Se.parsers[e4];
  return s5 ? s5(t32, e4) : t32;
}
function ln(t32) {
  return Object.keys(t32).reduce(({ parsers: e4, serializers: n3 }, s5) => {
    let { to: i8, from: a14, serialize: u3, parse: m7 } = t32[s5];
    return n3[i8] = u3, n3[s5] = u3, e4[s5] = m7, Array.isArray(a14) ? a14.forEach((p7) => {
      e4[p7] = m7, n3[p7] = u3;
    }) : (e4[a14] = m7, n3[a14] = u3), { parsers: e4, serializers: n3 };
  }, { parsers: {}, serializers: {} });
}
var pn = /\\/g;
var dn = /"/g;
function fn(t32) {
  return t32.replace(pn, "\\\\").replace(dn, '\\"');
}
function We(t32, e4, n3) {
  if (Array.isArray(t32) === false) return t32;
  if (!t32.length) return "{}";
  let s5 = t32[0], i8 = n3 === 1020 ? ";" : ",";
  return Array.isArray(s5) ? `{${t32.map((a14) => We(a14, e4, n3)).join(i8)}}` : `{${t32.map((a14) => (a14 === void 0 && (a14 = null), a14 === null ? "null" : '"' + fn(e4 ? e4(a14) : a14.toString()) + '"')).join(i8)}}`;
}
var me = { i: 0, char: null, str: "", quoted: false, last: 0, p: null };
function mn(t32, e4, n3) {
  return me.i = me.last = 0, Ke(me, t32, e4, n3)[0];
}
function Ke(t32, e4, n3, s5) {
  let i8 = [], a14 = s5 === 1020 ? ";" : ",";
  for (; t32.i < e4.length; t32.i++) {
    if (t32.char = e4[t32.i], t32.quoted) t32.char === "\\" ? t32.str += e4[++t32.i] : t32.char === '"' ? (i8.push(n3 ? n3(t32.str) : t32.str), t32.str = "", t32.quoted = e4[t32.i + 1] === '"', t32.last = t32.i + 2) : t32.str += t32.char;
    else if (t32.char === '"') t32.quoted = true;
    else if (t32.char === "{") t32.last = ++t32.i, i8.push(Ke(t32, e4, n3, s5));
    else if (t32.char === "}") {
      if (t32.last < t32.i) {
        let u3 = e4.slice(t32.last, t32.i);
        u3 === "NULL" && !t32.quoted ? i8.push(null) : i8.push(n3 ? n3(u3) : u3);
      }
      t32.quoted = false, t32.last = t32.i + 1;
      break;
    } else if (t32.char === a14 && t32.p !== "}" && t32.p !== '"') {
      let u3 = e4.slice(t32.last, t32.i);
      u3 === "NULL" && !t32.quoted ? i8.push(null) : i8.push(n3 ? n3(u3) : u3), t32.last = t32.i + 1;
    }
    t32.p = t32.char;
  }
  return t32.last < t32.i && i8.push(n3 ? n3(e4.slice(t32.last, t32.i + 1)) : e4.slice(t32.last, t32.i + 1)), i8;
}
var gn = {};
F(gn, { parseDescribeStatementResults: () => bn, parseResults: () => hn });
u();
function hn(t32, e4, n3, s5) {
  let i8 = [], a14 = { rows: [], fields: [] }, u3 = 0, m7 = n3?.parsers ? { ...e4, ...n3.parsers } : e4;
  return t32.forEach((p7) => {
    switch (p7.name) {
      case "rowDescription": {
        let E6 = p7;
        a14.fields = E6.fields.map((I3) => ({ name: I3.name, dataTypeID: I3.dataTypeID }));
        break;
      }
      case "dataRow": {
        if (!a14) break;
        let E6 = p7;
        n3?.rowMode === "array" ? a14.rows.push(E6.fields.map((I3, C6) => se(I3, a14.fields[C6].dataTypeID, m7))) : a14.rows.push(Object.fromEntries(E6.fields.map((I3, C6) => [a14.fields[C6].name, se(I3, a14.fields[C6].dataTypeID, m7)])));
        break;
      }
      case "commandComplete": {
        let I3 = p7.text.split(" "), C6 = I3[0], de2 = parseInt(I3[I3.length - 1], 10);
        switch (C6) {
          case "INSERT":
          case "UPDATE":
          case "DELETE":
          case "COPY":
          case "MERGE":
            u3 += de2;
            break;
        }
        let fe2 = { ...a14, command: C6, affectedRows: u3 };
        Number.isNaN(de2) || (fe2.rowCount = de2), s5 && (fe2.blob = s5), i8.push(fe2), a14 = { rows: [], fields: [] };
        break;
      }
    }
  }), i8.length === 0 && i8.push({ affectedRows: 0, rows: [], fields: [] }), i8;
}
function bn(t32) {
  let e4 = t32.find((n3) => n3.name === "parameterDescription");
  return e4 ? e4.dataTypeIDs : [];
}
u();
u();
u();
function U2(t32) {
  let e4 = t32.length;
  for (let n3 = t32.length - 1; n3 >= 0; n3--) {
    let s5 = t32.charCodeAt(n3);
    s5 > 127 && s5 <= 2047 ? e4++ : s5 > 2047 && s5 <= 65535 && (e4 += 2), s5 >= 56320 && s5 <= 57343 && n3--;
  }
  return e4;
}
var g2;
var b;
var N;
var ae;
var L2;
var A;
var ie;
var T2;
var Je;
var P2 = class {
  constructor(e4 = 256) {
    this.size = e4;
    R(this, A);
    R(this, g2);
    R(this, b, 5);
    R(this, N, false);
    R(this, ae, new TextEncoder());
    R(this, L2, 0);
    x(this, g2, T(this, A, ie).call(this, e4));
  }
  addInt32(e4) {
    return T(this, A, T2).call(this, 4), h(this, g2).setInt32(h(this, b), e4, h(this, N)), x(this, b, h(this, b) + 4), this;
  }
  addInt16(e4) {
    return T(this, A, T2).call(this, 2), h(this, g2).setInt16(h(this, b), e4, h(this, N)), x(this, b, h(this, b) + 2), this;
  }
  addUint16(e4) {
    return T(this, A, T2).call(this, 2), h(this, g2).setUint16(h(this, b), e4, h(this, N)), x(this, b, h(this, b) + 2), this;
  }
  addCString(e4) {
    return e4 && this.addString(e4), T(this, A, T2).call(this, 1), h(this, g2).setUint8(h(this, b), 0), U(this, b)._++, this;
  }
  addString(e4 = "") {
    let n3 = U2(e4);
    return T(this, A, T2).call(this, n3), h(this, ae).encodeInto(e4, new Uint8Array(h(this, g2).buffer, h(this, b))), x(this, b, h(this, b) + n3), this;
  }
  add(e4) {
    return T(this, A, T2).call(this, e4.byteLength), new Uint8Array(h(this, g2).buffer).set(new Uint8Array(e4), h(this, b)), x(this, b, h(this, b) + e4.byteLength), this;
  }
  flush(e4) {
    let n3 = T(this, A, Je).call(this, e4);
    return x(this, b, 5), x(this, g2, T(this, A, ie).call(this, this.size)), new Uint8Array(n3);
  }
};
g2 = /* @__PURE__ */ new WeakMap(), b = /* @__PURE__ */ new WeakMap(), N = /* @__PURE__ */ new WeakMap(), ae = /* @__PURE__ */ new WeakMap(), L2 = /* @__PURE__ */ new WeakMap(), A = /* @__PURE__ */ new WeakSet(), ie = function(e4) {
  return new DataView(new ArrayBuffer(e4));
}, T2 = function(e4) {
  if (h(this, g2).byteLength - h(this, b) < e4) {
    let s5 = h(this, g2).buffer, i8 = s5.byteLength + (s5.byteLength >> 1) + e4;
    x(this, g2, T(this, A, ie).call(this, i8)), new Uint8Array(h(this, g2).buffer).set(new Uint8Array(s5));
  }
}, Je = function(e4) {
  if (e4) {
    h(this, g2).setUint8(h(this, L2), e4);
    let n3 = h(this, b) - (h(this, L2) + 1);
    h(this, g2).setInt32(h(this, L2) + 1, n3, h(this, N));
  }
  return h(this, g2).buffer.slice(e4 ? 0 : 5, h(this, b));
};
var f2 = new P2();
var wn = (t32) => {
  f2.addInt16(3).addInt16(0);
  for (let s5 of Object.keys(t32)) f2.addCString(s5).addCString(t32[s5]);
  f2.addCString("client_encoding").addCString("UTF8");
  let e4 = f2.addCString("").flush(), n3 = e4.byteLength + 4;
  return new P2().addInt32(n3).add(e4).flush();
};
var An = () => {
  let t32 = new DataView(new ArrayBuffer(8));
  return t32.setInt32(0, 8, false), t32.setInt32(4, 80877103, false), new Uint8Array(t32.buffer);
};
var Sn = (t32) => f2.addCString(t32).flush(112);
var Bn = (t32, e4) => (f2.addCString(t32).addInt32(U2(e4)).addString(e4), f2.flush(112));
var Dn = (t32) => f2.addString(t32).flush(112);
var In = (t32) => f2.addCString(t32).flush(81);
var xn = [];
var Mn = (t32) => {
  let e4 = t32.name ?? "";
  e4.length > 63 && (console.error("Warning! Postgres only supports 63 characters for query names."), console.error("You supplied %s (%s)", e4, e4.length), console.error("This can cause conflicts and silent errors executing queries"));
  let n3 = f2.addCString(e4).addCString(t32.text).addInt16(t32.types?.length ?? 0);
  return t32.types?.forEach((s5) => n3.addInt32(s5)), f2.flush(80);
};
var k = new P2();
var Rn = (t32, e4) => {
  for (let n3 = 0; n3 < t32.length; n3++) {
    let s5 = e4 ? e4(t32[n3], n3) : t32[n3];
    if (s5 === null) f2.addInt16(0), k.addInt32(-1);
    else if (s5 instanceof ArrayBuffer || ArrayBuffer.isView(s5)) {
      let i8 = ArrayBuffer.isView(s5) ? s5.buffer.slice(s5.byteOffset, s5.byteOffset + s5.byteLength) : s5;
      f2.addInt16(1), k.addInt32(i8.byteLength), k.add(i8);
    } else f2.addInt16(0), k.addInt32(U2(s5)), k.addString(s5);
  }
};
var En = (t32 = {}) => {
  let e4 = t32.portal ?? "", n3 = t32.statement ?? "", s5 = t32.binary ?? false, i8 = t32.values ?? xn, a14 = i8.length;
  return f2.addCString(e4).addCString(n3), f2.addUint16(a14), Rn(i8, t32.valueMapper), f2.addUint16(a14), f2.add(k.flush()), f2.addInt16(s5 ? 1 : 0), f2.flush(66);
};
var Cn = new Uint8Array([69, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
var Tn = (t32) => {
  if (!t32 || !t32.portal && !t32.rows) return Cn;
  let e4 = t32.portal ?? "", n3 = t32.rows ?? 0, s5 = U2(e4), i8 = 4 + s5 + 1 + 4, a14 = new DataView(new ArrayBuffer(1 + i8));
  return a14.setUint8(0, 69), a14.setInt32(1, i8, false), new TextEncoder().encodeInto(e4, new Uint8Array(a14.buffer, 5)), a14.setUint8(s5 + 5, 0), a14.setUint32(a14.byteLength - 4, n3, false), new Uint8Array(a14.buffer);
};
var Nn = (t32, e4) => {
  let n3 = new DataView(new ArrayBuffer(16));
  return n3.setInt32(0, 16, false), n3.setInt16(4, 1234, false), n3.setInt16(6, 5678, false), n3.setInt32(8, t32, false), n3.setInt32(12, e4, false), new Uint8Array(n3.buffer);
};
var Be = (t32, e4) => {
  let n3 = new P2();
  return n3.addCString(e4), n3.flush(t32);
};
var Pn = f2.addCString("P").flush(68);
var Un = f2.addCString("S").flush(68);
var Ln = (t32) => t32.name ? Be(68, `${t32.type}${t32.name ?? ""}`) : t32.type === "P" ? Pn : Un;
var kn = (t32) => {
  let e4 = `${t32.type}${t32.name ?? ""}`;
  return Be(67, e4);
};
var On = (t32) => f2.add(t32).flush(100);
var Vn = (t32) => Be(102, t32);
var oe = (t32) => new Uint8Array([t32, 0, 0, 0, 4]);
var Fn = oe(72);
var Gn = oe(83);
var Qn = oe(88);
var _n = oe(99);
var $e = { startup: wn, password: Sn, requestSsl: An, sendSASLInitialResponseMessage: Bn, sendSCRAMClientFinalMessage: Dn, query: In, parse: Mn, bind: En, execute: Tn, describe: Ln, close: kn, flush: () => Fn, sync: () => Gn, end: () => Qn, copyData: On, copyDone: () => _n, copyFail: Vn, cancel: Nn };
var Ne = {};
F(Ne, { AuthenticationCleartextPassword: () => G, AuthenticationMD5Password: () => Q, AuthenticationOk: () => F2, AuthenticationSASL: () => _2, AuthenticationSASLContinue: () => v, AuthenticationSASLFinal: () => H, BackendKeyDataMessage: () => J, CommandCompleteMessage: () => Z, CopyDataMessage: () => z, CopyResponse: () => q, DataRowMessage: () => ee, DatabaseError: () => O, Field: () => Y, NoticeMessage: () => te, NotificationResponseMessage: () => $, ParameterDescriptionMessage: () => W, ParameterStatusMessage: () => K, ReadyForQueryMessage: () => X, RowDescriptionMessage: () => j, bindComplete: () => Ie, closeComplete: () => xe, copyDone: () => Te, emptyQuery: () => Ce, noData: () => Me, parseComplete: () => De, portalSuspended: () => Re, replicationStart: () => Ee });
u();
var De = { name: "parseComplete", length: 5 };
var Ie = { name: "bindComplete", length: 5 };
var xe = { name: "closeComplete", length: 5 };
var Me = { name: "noData", length: 5 };
var Re = { name: "portalSuspended", length: 5 };
var Ee = { name: "replicationStart", length: 4 };
var Ce = { name: "emptyQuery", length: 4 };
var Te = { name: "copyDone", length: 4 };
var F2 = class {
  constructor(e4) {
    this.length = e4;
    this.name = "authenticationOk";
  }
};
var G = class {
  constructor(e4) {
    this.length = e4;
    this.name = "authenticationCleartextPassword";
  }
};
var Q = class {
  constructor(e4, n3) {
    this.length = e4;
    this.salt = n3;
    this.name = "authenticationMD5Password";
  }
};
var _2 = class {
  constructor(e4, n3) {
    this.length = e4;
    this.mechanisms = n3;
    this.name = "authenticationSASL";
  }
};
var v = class {
  constructor(e4, n3) {
    this.length = e4;
    this.data = n3;
    this.name = "authenticationSASLContinue";
  }
};
var H = class {
  constructor(e4, n3) {
    this.length = e4;
    this.data = n3;
    this.name = "authenticationSASLFinal";
  }
};
var O = class extends Error {
  constructor(n3, s5, i8) {
    super(n3);
    this.length = s5;
    this.name = i8;
  }
};
var z = class {
  constructor(e4, n3) {
    this.length = e4;
    this.chunk = n3;
    this.name = "copyData";
  }
};
var q = class {
  constructor(e4, n3, s5, i8) {
    this.length = e4;
    this.name = n3;
    this.binary = s5;
    this.columnTypes = new Array(i8);
  }
};
var Y = class {
  constructor(e4, n3, s5, i8, a14, u3, m7) {
    this.name = e4;
    this.tableID = n3;
    this.columnID = s5;
    this.dataTypeID = i8;
    this.dataTypeSize = a14;
    this.dataTypeModifier = u3;
    this.format = m7;
  }
};
var j = class {
  constructor(e4, n3) {
    this.length = e4;
    this.fieldCount = n3;
    this.name = "rowDescription";
    this.fields = new Array(this.fieldCount);
  }
};
var W = class {
  constructor(e4, n3) {
    this.length = e4;
    this.parameterCount = n3;
    this.name = "parameterDescription";
    this.dataTypeIDs = new Array(this.parameterCount);
  }
};
var K = class {
  constructor(e4, n3, s5) {
    this.length = e4;
    this.parameterName = n3;
    this.parameterValue = s5;
    this.name = "parameterStatus";
  }
};
var J = class {
  constructor(e4, n3, s5) {
    this.length = e4;
    this.processID = n3;
    this.secretKey = s5;
    this.name = "backendKeyData";
  }
};
var $ = class {
  constructor(e4, n3, s5, i8) {
    this.length = e4;
    this.processId = n3;
    this.channel = s5;
    this.payload = i8;
    this.name = "notification";
  }
};
var X = class {
  constructor(e4, n3) {
    this.length = e4;
    this.status = n3;
    this.name = "readyForQuery";
  }
};
var Z = class {
  constructor(e4, n3) {
    this.length = e4;
    this.text = n3;
    this.name = "commandComplete";
  }
};
var ee = class {
  constructor(e4, n3) {
    this.length = e4;
    this.fields = n3;
    this.name = "dataRow";
    this.fieldCount = n3.length;
  }
};
var te = class {
  constructor(e4, n3) {
    this.length = e4;
    this.message = n3;
    this.name = "notice";
  }
};
var zn = {};
F(zn, { Parser: () => pe, messages: () => Ne, serialize: () => $e });
u();
u();
u();
var Pe = { text: 0, binary: 1 };
u();
var vn = new ArrayBuffer(0);
var x2;
var w;
var ce;
var le;
var V;
var ue = class {
  constructor(e4 = 0) {
    R(this, x2, new DataView(vn));
    R(this, w);
    R(this, ce, "utf-8");
    R(this, le, new TextDecoder(h(this, ce)));
    R(this, V, false);
    x(this, w, e4);
  }
  setBuffer(e4, n3) {
    x(this, w, e4), x(this, x2, new DataView(n3));
  }
  int16() {
    let e4 = h(this, x2).getInt16(h(this, w), h(this, V));
    return x(this, w, h(this, w) + 2), e4;
  }
  uint16() {
    let e4 = h(this, x2).getUint16(h(this, w), h(this, V));
    return x(this, w, h(this, w) + 2), e4;
  }
  byte() {
    let e4 = h(this, x2).getUint8(h(this, w));
    return U(this, w)._++, e4;
  }
  int32() {
    let e4 = h(this, x2).getInt32(h(this, w), h(this, V));
    return x(this, w, h(this, w) + 4), e4;
  }
  string(e4) {
    return h(this, le).decode(this.bytes(e4));
  }
  cstring() {
    let e4 = h(this, w), n3 = e4;
    for (; h(this, x2).getUint8(n3++) !== 0; ) ;
    let s5 = this.string(n3 - e4 - 1);
    return x(this, w, n3), s5;
  }
  bytes(e4) {
    let n3 = h(this, x2).buffer.slice(h(this, w), h(this, w) + e4);
    return x(this, w, h(this, w) + e4), new Uint8Array(n3);
  }
};
x2 = /* @__PURE__ */ new WeakMap(), w = /* @__PURE__ */ new WeakMap(), ce = /* @__PURE__ */ new WeakMap(), le = /* @__PURE__ */ new WeakMap(), V = /* @__PURE__ */ new WeakMap();
var Ue = 1;
var Hn = 4;
var Xe = Ue + Hn;
var Ze = new ArrayBuffer(0);
var S;
var B;
var D2;
var o;
var c2;
var Le;
var et;
var tt;
var nt;
var rt;
var st;
var it;
var at;
var ke;
var ot;
var ut;
var ct;
var lt;
var pt;
var dt;
var ft;
var mt;
var Oe;
var pe = class {
  constructor() {
    R(this, c2);
    R(this, S, new DataView(Ze));
    R(this, B, 0);
    R(this, D2, 0);
    R(this, o, new ue());
  }
  parse(e4, n3) {
    T(this, c2, et).call(this, ArrayBuffer.isView(e4) ? e4.buffer.slice(e4.byteOffset, e4.byteOffset + e4.byteLength) : e4);
    let s5 = h(this, D2) + h(this, B), i8 = h(this, D2);
    for (; i8 + Xe <= s5; ) {
      let a14 = h(this, S).getUint8(i8), u3 = h(this, S).getUint32(i8 + Ue, false), m7 = Ue + u3;
      if (m7 + i8 <= s5 && u3 > 0) {
        let p7;
        try {
          p7 = T(this, c2, tt).call(this, i8 + Xe, a14, u3, h(this, S).buffer);
        } catch (E6) {
          throw T(this, c2, Le).call(this), E6;
        }
        n3(p7), i8 += m7;
      } else break;
    }
    i8 === s5 ? T(this, c2, Le).call(this) : (x(this, B, s5 - i8), x(this, D2, i8));
  }
};
S = /* @__PURE__ */ new WeakMap(), B = /* @__PURE__ */ new WeakMap(), D2 = /* @__PURE__ */ new WeakMap(), o = /* @__PURE__ */ new WeakMap(), c2 = /* @__PURE__ */ new WeakSet(), Le = function() {
  x(this, S, new DataView(Ze)), x(this, B, 0), x(this, D2, 0);
}, et = function(e4) {
  if (h(this, B) > 0) {
    let n3 = h(this, B) + e4.byteLength;
    if (n3 + h(this, D2) > h(this, S).byteLength) {
      let i8;
      if (n3 <= h(this, S).byteLength && h(this, D2) >= h(this, B)) i8 = h(this, S).buffer;
      else {
        let a14 = h(this, S).byteLength * 2;
        for (; n3 >= a14; ) a14 *= 2;
        i8 = new ArrayBuffer(a14);
      }
      new Uint8Array(i8).set(new Uint8Array(h(this, S).buffer, h(this, D2), h(this, B))), x(this, S, new DataView(i8)), x(this, D2, 0);
    }
    new Uint8Array(h(this, S).buffer).set(new Uint8Array(e4), h(this, D2) + h(this, B)), x(this, B, n3);
  } else x(this, S, new DataView(e4)), x(this, D2, 0), x(this, B, e4.byteLength);
}, tt = function(e4, n3, s5, i8) {
  switch (n3) {
    case 50:
      return Ie;
    case 49:
      return De;
    case 51:
      return xe;
    case 110:
      return Me;
    case 115:
      return Re;
    case 99:
      return Te;
    case 87:
      return Ee;
    case 73:
      return Ce;
    case 68:
      return T(this, c2, pt).call(this, e4, s5, i8);
    case 67:
      return T(this, c2, rt).call(this, e4, s5, i8);
    case 90:
      return T(this, c2, nt).call(this, e4, s5, i8);
    case 65:
      return T(this, c2, ot).call(this, e4, s5, i8);
    case 82:
      return T(this, c2, mt).call(this, e4, s5, i8);
    case 83:
      return T(this, c2, dt).call(this, e4, s5, i8);
    case 75:
      return T(this, c2, ft).call(this, e4, s5, i8);
    case 69:
      return T(this, c2, Oe).call(this, e4, s5, i8, "error");
    case 78:
      return T(this, c2, Oe).call(this, e4, s5, i8, "notice");
    case 84:
      return T(this, c2, ut).call(this, e4, s5, i8);
    case 116:
      return T(this, c2, lt).call(this, e4, s5, i8);
    case 71:
      return T(this, c2, it).call(this, e4, s5, i8);
    case 72:
      return T(this, c2, at).call(this, e4, s5, i8);
    case 100:
      return T(this, c2, st).call(this, e4, s5, i8);
    default:
      return new O("received invalid response: " + n3.toString(16), s5, "error");
  }
}, nt = function(e4, n3, s5) {
  h(this, o).setBuffer(e4, s5);
  let i8 = h(this, o).string(1);
  return new X(n3, i8);
}, rt = function(e4, n3, s5) {
  h(this, o).setBuffer(e4, s5);
  let i8 = h(this, o).cstring();
  return new Z(n3, i8);
}, st = function(e4, n3, s5) {
  let i8 = s5.slice(e4, e4 + (n3 - 4));
  return new z(n3, new Uint8Array(i8));
}, it = function(e4, n3, s5) {
  return T(this, c2, ke).call(this, e4, n3, s5, "copyInResponse");
}, at = function(e4, n3, s5) {
  return T(this, c2, ke).call(this, e4, n3, s5, "copyOutResponse");
}, ke = function(e4, n3, s5, i8) {
  h(this, o).setBuffer(e4, s5);
  let a14 = h(this, o).byte() !== 0, u3 = h(this, o).int16(), m7 = new q(n3, i8, a14, u3);
  for (let p7 = 0; p7 < u3; p7++) m7.columnTypes[p7] = h(this, o).int16();
  return m7;
}, ot = function(e4, n3, s5) {
  h(this, o).setBuffer(e4, s5);
  let i8 = h(this, o).int32(), a14 = h(this, o).cstring(), u3 = h(this, o).cstring();
  return new $(n3, i8, a14, u3);
}, ut = function(e4, n3, s5) {
  h(this, o).setBuffer(e4, s5);
  let i8 = h(this, o).int16(), a14 = new j(n3, i8);
  for (let u3 = 0; u3 < i8; u3++) a14.fields[u3] = T(this, c2, ct).call(this);
  return a14;
}, ct = function() {
  let e4 = h(this, o).cstring(), n3 = h(this, o).int32(), s5 = h(this, o).int16(), i8 = h(this, o).int32(), a14 = h(this, o).int16(), u3 = h(this, o).int32(), m7 = h(this, o).int16() === 0 ? Pe.text : Pe.binary;
  return new Y(e4, n3, s5, i8, a14, u3, m7);
}, lt = function(e4, n3, s5) {
  h(this, o).setBuffer(e4, s5);
  let i8 = h(this, o).uint16(), a14 = new W(n3, i8);
  for (let u3 = 0; u3 < i8; u3++) a14.dataTypeIDs[u3] = h(this, o).int32();
  return a14;
}, pt = function(e4, n3, s5) {
  h(this, o).setBuffer(e4, s5);
  let i8 = h(this, o).int16(), a14 = new Array(i8);
  for (let u3 = 0; u3 < i8; u3++) {
    let m7 = h(this, o).int32();
    a14[u3] = m7 === -1 ? null : h(this, o).string(m7);
  }
  return new ee(n3, a14);
}, dt = function(e4, n3, s5) {
  h(this, o).setBuffer(e4, s5);
  let i8 = h(this, o).cstring(), a14 = h(this, o).cstring();
  return new K(n3, i8, a14);
}, ft = function(e4, n3, s5) {
  h(this, o).setBuffer(e4, s5);
  let i8 = h(this, o).int32(), a14 = h(this, o).int32();
  return new J(n3, i8, a14);
}, mt = function(e4, n3, s5) {
  h(this, o).setBuffer(e4, s5);
  let i8 = h(this, o).int32();
  switch (i8) {
    case 0:
      return new F2(n3);
    case 3:
      return new G(n3);
    case 5:
      return new Q(n3, h(this, o).bytes(4));
    case 10: {
      let a14 = [];
      for (; ; ) {
        let u3 = h(this, o).cstring();
        if (u3.length === 0) return new _2(n3, a14);
        a14.push(u3);
      }
    }
    case 11:
      return new v(n3, h(this, o).string(n3 - 8));
    case 12:
      return new H(n3, h(this, o).string(n3 - 8));
    default:
      throw new Error("Unknown authenticationOk message type " + i8);
  }
}, Oe = function(e4, n3, s5, i8) {
  h(this, o).setBuffer(e4, s5);
  let a14 = {}, u3 = h(this, o).string(1);
  for (; u3 !== "\0"; ) a14[u3] = h(this, o).cstring(), u3 = h(this, o).string(1);
  let m7 = a14.M, p7 = i8 === "notice" ? new te(n3, m7) : new O(m7, n3, i8);
  return p7.severity = a14.S, p7.code = a14.C, p7.detail = a14.D, p7.hint = a14.H, p7.position = a14.P, p7.internalPosition = a14.p, p7.internalQuery = a14.q, p7.where = a14.W, p7.schema = a14.s, p7.table = a14.t, p7.column = a14.c, p7.dataType = a14.d, p7.constraint = a14.n, p7.file = a14.F, p7.line = a14.L, p7.routine = a14.R, p7;
};

// node_modules/@electric-sql/pglite/dist/chunk-ADHRU2LT.js
init_chunk_QY3QWFKW();
u();

// node_modules/@electric-sql/pglite/dist/chunk-66APQTYC.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();

// node_modules/@electric-sql/pglite/dist/chunk-INORSRB2.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();

// node_modules/@electric-sql/pglite/dist/chunk-F4GETNPB.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var o2 = { part: "part", container: "container" };
function s2(t32, r10, ...e4) {
  let a14 = t32.length - 1, p7 = e4.length - 1;
  if (p7 !== -1) {
    if (p7 === 0) {
      t32[a14] = t32[a14] + e4[0] + r10;
      return;
    }
    t32[a14] = t32[a14] + e4[0], t32.push(...e4.slice(1, p7)), t32.push(e4[p7] + r10);
  }
}
function y(t32, ...r10) {
  let e4 = [t32[0]];
  e4.raw = [t32.raw[0]];
  let a14 = [];
  for (let p7 = 0; p7 < r10.length; p7++) {
    let n3 = r10[p7], i8 = p7 + 1;
    if (n3?._templateType === o2.part) {
      s2(e4, t32[i8], n3.str), s2(e4.raw, t32.raw[i8], n3.str);
      continue;
    }
    if (n3?._templateType === o2.container) {
      s2(e4, t32[i8], ...n3.strings), s2(e4.raw, t32.raw[i8], ...n3.strings.raw), a14.push(...n3.values);
      continue;
    }
    e4.push(t32[i8]), e4.raw.push(t32.raw[i8]), a14.push(n3);
  }
  return { _templateType: "container", strings: e4, values: a14 };
}
function g3(t32, ...r10) {
  let { strings: e4, values: a14 } = y(t32, ...r10);
  return { query: [e4[0], ...a14.flatMap((p7, n3) => [`$${n3 + 1}`, e4[n3 + 1]])].join(""), params: a14 };
}

// node_modules/@electric-sql/pglite/dist/chunk-INORSRB2.js
init_chunk_QY3QWFKW();
u();
u();
function E(h4) {
  let s5 = h4.e;
  return s5.query = h4.query, s5.params = h4.params, s5.queryOptions = h4.options, s5;
}
var P3;
var p2;
var t;
var y2;
var x3;
var m;
var _3;
var z2 = class {
  constructor() {
    R(this, t);
    this.serializers = { ...cn };
    this.parsers = { ...un };
    R(this, P3, false);
    R(this, p2, false);
  }
  async _initArrayTypes({ force: s5 = false } = {}) {
    if (h(this, P3) && !s5) return;
    x(this, P3, true);
    let e4 = await this.query(`
      SELECT b.oid, b.typarray
      FROM pg_catalog.pg_type a
      LEFT JOIN pg_catalog.pg_type b ON b.oid = a.typelem
      WHERE a.typcategory = 'A'
      GROUP BY b.oid, b.typarray
      ORDER BY b.oid
    `);
    for (let r10 of e4.rows) this.serializers[r10.typarray] = (o8) => We(o8, this.serializers[r10.oid], r10.typarray), this.parsers[r10.typarray] = (o8) => mn(o8, this.parsers[r10.oid], r10.typarray);
  }
  async refreshArrayTypes() {
    await this._initArrayTypes({ force: true });
  }
  async query(s5, e4, r10) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => await T(this, t, x3).call(this, s5, e4, r10));
  }
  async sql(s5, ...e4) {
    let { query: r10, params: o8 } = g3(s5, ...e4);
    return await this.query(r10, o8);
  }
  async exec(s5, e4) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => await T(this, t, m).call(this, s5, e4));
  }
  async describeQuery(s5, e4) {
    let r10 = [];
    try {
      await T(this, t, y2).call(this, $e.parse({ text: s5, types: e4?.paramTypes }), e4), r10 = await T(this, t, y2).call(this, $e.describe({ type: "S" }), e4);
    } catch (n3) {
      throw n3 instanceof O ? E({ e: n3, options: e4, params: void 0, query: s5 }) : n3;
    } finally {
      r10.push(...await T(this, t, y2).call(this, $e.sync(), e4));
    }
    let o8 = r10.find((n3) => n3.name === "parameterDescription"), i8 = r10.find((n3) => n3.name === "rowDescription"), c5 = o8?.dataTypeIDs.map((n3) => ({ dataTypeID: n3, serializer: this.serializers[n3] })) ?? [], u3 = i8?.fields.map((n3) => ({ name: n3.name, dataTypeID: n3.dataTypeID, parser: this.parsers[n3.dataTypeID] })) ?? [];
    return { queryParams: c5, resultFields: u3 };
  }
  async transaction(s5) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => {
      await T(this, t, m).call(this, "BEGIN"), x(this, p2, true);
      let e4 = false, r10 = () => {
        if (e4) throw new Error("Transaction is closed");
      }, o8 = { query: async (i8, c5, u3) => (r10(), await T(this, t, x3).call(this, i8, c5, u3)), sql: async (i8, ...c5) => {
        r10();
        let { query: u3, params: n3 } = g3(i8, ...c5);
        return await T(this, t, x3).call(this, u3, n3);
      }, exec: async (i8, c5) => (r10(), await T(this, t, m).call(this, i8, c5)), rollback: async () => {
        r10(), await T(this, t, m).call(this, "ROLLBACK"), e4 = true;
      }, listen: async (i8, c5) => (r10(), await this.listen(i8, c5, o8)), get closed() {
        return e4;
      } };
      try {
        let i8 = await s5(o8);
        return e4 || (e4 = true, await T(this, t, m).call(this, "COMMIT")), x(this, p2, false), i8;
      } catch (i8) {
        throw e4 || (e4 = true, await T(this, t, m).call(this, "ROLLBACK")), x(this, p2, false), i8;
      }
    });
  }
  async runExclusive(s5) {
    return await this._runExclusiveQuery(s5);
  }
};
P3 = /* @__PURE__ */ new WeakMap(), p2 = /* @__PURE__ */ new WeakMap(), t = /* @__PURE__ */ new WeakSet(), y2 = async function(s5, e4 = {}) {
  return await this.execProtocolStream(s5, { ...e4, syncToFs: false });
}, x3 = async function(s5, e4 = [], r10) {
  return await this._runExclusiveQuery(async () => {
    T(this, t, _3).call(this, "runQuery", s5, e4, r10), await this._handleBlob(r10?.blob);
    let o8 = [];
    try {
      let c5 = await T(this, t, y2).call(this, $e.parse({ text: s5, types: r10?.paramTypes }), r10), u3 = bn(await T(this, t, y2).call(this, $e.describe({ type: "S" }), r10)), n3 = e4.map((b4, k4) => {
        let D8 = u3[k4];
        if (b4 == null) return null;
        let v5 = r10?.serializers?.[D8] ?? this.serializers[D8];
        return v5 ? v5(b4) : b4.toString();
      });
      o8 = [...c5, ...await T(this, t, y2).call(this, $e.bind({ values: n3 }), r10), ...await T(this, t, y2).call(this, $e.describe({ type: "P" }), r10), ...await T(this, t, y2).call(this, $e.execute({}), r10)];
    } catch (c5) {
      throw c5 instanceof O ? E({ e: c5, options: r10, params: e4, query: s5 }) : c5;
    } finally {
      o8.push(...await T(this, t, y2).call(this, $e.sync(), r10));
    }
    await this._cleanupBlob(), h(this, p2) || await this.syncToFs();
    let i8 = await this._getWrittenBlob();
    return hn(o8, this.parsers, r10, i8)[0];
  });
}, m = async function(s5, e4) {
  return await this._runExclusiveQuery(async () => {
    T(this, t, _3).call(this, "runExec", s5, e4), await this._handleBlob(e4?.blob);
    let r10 = [];
    try {
      r10 = await T(this, t, y2).call(this, $e.query(s5), e4);
    } catch (i8) {
      throw i8 instanceof O ? E({ e: i8, options: e4, params: void 0, query: s5 }) : i8;
    } finally {
      r10.push(...await T(this, t, y2).call(this, $e.sync(), e4));
    }
    this._cleanupBlob(), h(this, p2) || await this.syncToFs();
    let o8 = await this._getWrittenBlob();
    return hn(r10, this.parsers, e4, o8);
  });
}, _3 = function(...s5) {
  this.debug > 0 && console.log(...s5);
};

// node_modules/@electric-sql/pglite/dist/chunk-66APQTYC.js
init_chunk_CE4NCHVO();
init_chunk_ZKGLEABV();
init_chunk_QY3QWFKW();
u();
var pt2 = new Error("timeout while waiting for mutex to become available");
var gt2 = new Error("mutex already locked");
var lt2 = new Error("request for lock canceled");
var ot2 = function(e4, t32, r10, _4) {
  function n3(a14) {
    return a14 instanceof r10 ? a14 : new r10(function(i8) {
      i8(a14);
    });
  }
  return new (r10 || (r10 = Promise))(function(a14, i8) {
    function l3(c5) {
      try {
        s5(_4.next(c5));
      } catch (g7) {
        i8(g7);
      }
    }
    function o8(c5) {
      try {
        s5(_4.throw(c5));
      } catch (g7) {
        i8(g7);
      }
    }
    function s5(c5) {
      c5.done ? a14(c5.value) : n3(c5.value).then(l3, o8);
    }
    s5((_4 = _4.apply(e4, t32 || [])).next());
  });
};
var Ie3 = class {
  constructor(t32, r10 = lt2) {
    this._value = t32, this._cancelError = r10, this._weightedQueues = [], this._weightedWaiters = [];
  }
  acquire(t32 = 1) {
    if (t32 <= 0) throw new Error(`invalid weight ${t32}: must be positive`);
    return new Promise((r10, _4) => {
      this._weightedQueues[t32 - 1] || (this._weightedQueues[t32 - 1] = []), this._weightedQueues[t32 - 1].push({ resolve: r10, reject: _4 }), this._dispatch();
    });
  }
  runExclusive(t32, r10 = 1) {
    return ot2(this, void 0, void 0, function* () {
      let [_4, n3] = yield this.acquire(r10);
      try {
        return yield t32(_4);
      } finally {
        n3();
      }
    });
  }
  waitForUnlock(t32 = 1) {
    if (t32 <= 0) throw new Error(`invalid weight ${t32}: must be positive`);
    return new Promise((r10) => {
      this._weightedWaiters[t32 - 1] || (this._weightedWaiters[t32 - 1] = []), this._weightedWaiters[t32 - 1].push(r10), this._dispatch();
    });
  }
  isLocked() {
    return this._value <= 0;
  }
  getValue() {
    return this._value;
  }
  setValue(t32) {
    this._value = t32, this._dispatch();
  }
  release(t32 = 1) {
    if (t32 <= 0) throw new Error(`invalid weight ${t32}: must be positive`);
    this._value += t32, this._dispatch();
  }
  cancel() {
    this._weightedQueues.forEach((t32) => t32.forEach((r10) => r10.reject(this._cancelError))), this._weightedQueues = [];
  }
  _dispatch() {
    var t32;
    for (let r10 = this._value; r10 > 0; r10--) {
      let _4 = (t32 = this._weightedQueues[r10 - 1]) === null || t32 === void 0 ? void 0 : t32.shift();
      if (!_4) continue;
      let n3 = this._value, a14 = r10;
      this._value -= r10, r10 = this._value + 1, _4.resolve([n3, this._newReleaser(a14)]);
    }
    this._drainUnlockWaiters();
  }
  _newReleaser(t32) {
    let r10 = false;
    return () => {
      r10 || (r10 = true, this.release(t32));
    };
  }
  _drainUnlockWaiters() {
    for (let t32 = this._value; t32 > 0; t32--) this._weightedWaiters[t32 - 1] && (this._weightedWaiters[t32 - 1].forEach((r10) => r10()), this._weightedWaiters[t32 - 1] = []);
  }
};
var st2 = function(e4, t32, r10, _4) {
  function n3(a14) {
    return a14 instanceof r10 ? a14 : new r10(function(i8) {
      i8(a14);
    });
  }
  return new (r10 || (r10 = Promise))(function(a14, i8) {
    function l3(c5) {
      try {
        s5(_4.next(c5));
      } catch (g7) {
        i8(g7);
      }
    }
    function o8(c5) {
      try {
        s5(_4.throw(c5));
      } catch (g7) {
        i8(g7);
      }
    }
    function s5(c5) {
      c5.done ? a14(c5.value) : n3(c5.value).then(l3, o8);
    }
    s5((_4 = _4.apply(e4, t32 || [])).next());
  });
};
var Y2 = class {
  constructor(t32) {
    this._semaphore = new Ie3(1, t32);
  }
  acquire() {
    return st2(this, void 0, void 0, function* () {
      let [, t32] = yield this._semaphore.acquire();
      return t32;
    });
  }
  runExclusive(t32) {
    return this._semaphore.runExclusive(() => t32());
  }
  isLocked() {
    return this._semaphore.isLocked();
  }
  waitForUnlock() {
    return this._semaphore.waitForUnlock();
  }
  release() {
    this._semaphore.isLocked() && this._semaphore.release();
  }
  cancel() {
    return this._semaphore.cancel();
  }
};
u();
var Pe2 = class extends je2 {
  async init(t32, r10) {
    return this.pg = t32, { emscriptenOpts: { ...r10, preRun: [...r10.preRun || [], (n3) => {
      let a14 = n3.FS.filesystems.IDBFS;
      n3.FS.mkdirTree(`${U3}/${this.dataDir}`), n3.FS.mount(a14, {}, `${U3}/${this.dataDir}`), n3.FS.symlink(`${U3}/${this.dataDir}`, x4);
    }] } };
  }
  initialSyncFs() {
    return new Promise((t32, r10) => {
      this.pg.Module.FS.syncfs(true, (_4) => {
        _4 ? r10(_4) : t32();
      });
    });
  }
  syncToFs(t32) {
    return new Promise((r10, _4) => {
      this.pg.Module.FS.syncfs(false, (n3) => {
        n3 ? _4(n3) : r10();
      });
    });
  }
  async closeFs() {
    let t32 = this.pg.Module.FS.filesystems.IDBFS.dbs[this.dataDir];
    t32 && t32.close(), this.pg.Module.FS.quit();
  }
};
u();
var ie2 = class extends je2 {
  async closeFs() {
    this.pg.Module.FS.quit();
  }
};
u();
u();
var je3 = L(Oe2(), 1);
async function Re3(e4) {
  if (m2.IN_NODE) {
    let t32 = await import("fs"), r10 = await import("zlib"), { Writable: _4 } = await import("stream"), { pipeline: n3 } = await import("stream/promises");
    if (!t32.existsSync(e4)) throw new Error(`Extension bundle not found: ${e4}`);
    let a14 = r10.createGunzip(), i8 = [];
    return await n3(t32.createReadStream(e4), a14, new _4({ write(l3, o8, s5) {
      i8.push(l3), s5();
    } })), new Blob(i8);
  } else {
    let t32 = await fetch(e4.toString());
    if (!t32.ok || !t32.body) return null;
    if (t32.headers.get("Content-Encoding") === "gzip") return t32.blob();
    {
      let r10 = new DecompressionStream("gzip");
      return new Response(t32.body.pipeThrough(r10)).blob();
    }
  }
}
async function Ee2(e4, t32) {
  let r10 = new Array();
  for (let _4 in e4.pg_extensions) {
    let n3;
    try {
      n3 = await e4.pg_extensions[_4];
    } catch (a14) {
      console.error("Failed to fetch extension:", _4, a14);
      continue;
    }
    if (n3) {
      let a14 = new Uint8Array(await n3.arrayBuffer());
      r10.push(...dt2(e4, _4, a14, t32));
    } else console.error("Could not get binary data for extension:", _4);
  }
  return Promise.all(r10);
}
function dt2(e4, t32, r10, _4) {
  let n3 = [];
  return je3.default.untar(r10).sort((i8, l3) => i8.name > l3.name ? 1 : i8.name < l3.name ? -1 : 0).forEach((i8) => {
    if (i8.name.endsWith("/")) {
      let l3 = `${e4.WASM_PREFIX}/${i8.name}`;
      e4.FS.analyzePath(l3).exists === false && e4.FS.mkdirTree(l3);
    } else if (!i8.name.startsWith(".")) {
      let l3 = e4.WASM_PREFIX + "/" + i8.name;
      if (i8.name.endsWith(".so")) {
        _4(`pgfs:ext preloading ${l3}`);
        let o8 = i8.name.split("/").pop(), s5 = ct2(l3), c5 = new Promise((g7, d5) => {
          let p7 = (...m7) => {
            _4("pgfs:ext OK", l3, m7), g7();
          }, u3 = (...m7) => {
            _4("pgfs:ext FAIL", l3, m7), fe(e4.FS, l3, i8.data), g7();
          };
          e4.FS.createPreloadedFile(s5, o8, i8.data, true, true, p7, u3, false);
        });
        n3.push(c5);
      } else fe(e4.FS, l3, i8.data);
    }
  }), n3;
}
function fe(e4, t32, r10, _4) {
  try {
    let n3 = t32.substring(0, t32.lastIndexOf("/"));
    e4.analyzePath(n3).exists === false && e4.mkdirTree(n3), e4.writeFile(t32, r10), _4 && e4.chmod(t32, _4);
  } catch (n3) {
    throw console.error(`Error writing file ${t32}`, n3), n3;
  }
}
function ct2(e4) {
  let t32 = e4.lastIndexOf("/");
  return t32 > 0 ? e4.slice(0, t32) : e4;
}
u();
function We2(e4) {
  let t32;
  if (e4?.startsWith("file://")) {
    if (e4 = e4.slice(7), !e4) throw new Error("Invalid dataDir, must be a valid path");
    t32 = "nodefs";
  } else e4?.startsWith("idb://") ? (e4 = e4.slice(6), t32 = "idbfs") : e4?.startsWith("opfs-ahp://") ? (e4 = e4.slice(11), t32 = "opfs-ahp") : e4?.startsWith("memfs2opfs://") ? (e4 = e4.slice(13), t32 = "memfs2opfs") : !e4 || e4?.startsWith("memory://") ? t32 = "memoryfs" : t32 = "nodefs";
  return { dataDir: e4, fsType: t32 };
}
async function Ve2(e4, t32) {
  let r10;
  if (e4 && t32 === "nodefs") {
    let { NodeFS: _4 } = await Promise.resolve().then(() => (init_nodefs(), nodefs_exports));
    r10 = new _4(e4);
  } else if (e4 && t32 === "idbfs") r10 = new Pe2(e4);
  else if (e4 && t32 === "opfs-ahp") {
    let { OpfsAhpFS: _4 } = await Promise.resolve().then(() => (init_opfs_ahp(), opfs_ahp_exports));
    r10 = new _4(e4);
  } else if (e4 && t32 === "memfs2opfs") {
    let { Memfs2OpfsFS: _4 } = await Promise.resolve().then(() => (init_memfs2opfs(), memfs2opfs_exports));
    r10 = new _4(e4);
  } else r10 = new ie2();
  return r10;
}
u();
u();
async function ut2(moduleArg = {}) {
  var Module = moduleArg, ENVIRONMENT_IS_WEB = !!globalThis.window, ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope, ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    let { createRequire: e4 } = await import("node:module");
    var require = e4(import.meta.url);
  }
  Module.expectedDataFileDownloads || (Module.expectedDataFileDownloads = 0), Module.expectedDataFileDownloads++, (() => {
    var e4 = typeof ENVIRONMENT_IS_PTHREAD < "u" && ENVIRONMENT_IS_PTHREAD, t32 = typeof ENVIRONMENT_IS_WASM_WORKER < "u" && ENVIRONMENT_IS_WASM_WORKER;
    if (e4 || t32) return;
    var r10 = globalThis.process && globalThis.process.versions && globalThis.process.versions.node && globalThis.process.type != "renderer";
    async function _4(n3) {
      var a14 = "";
      typeof window == "object" ? a14 = window.encodeURIComponent(window.location.pathname.substring(0, window.location.pathname.lastIndexOf("/")) + "/") : typeof process > "u" && typeof location < "u" && (a14 = encodeURIComponent(location.pathname.substring(0, location.pathname.lastIndexOf("/")) + "/"));
      var i8 = "pglite.data", l3 = "pglite.data", o8 = Module.locateFile ? Module.locateFile(l3, "") : l3, s5 = n3.remote_package_size;
      async function c5(u3, m7) {
        if (r10) {
          var M2 = require("fs").readFileSync(u3);
          return new Uint8Array(M2).buffer;
        }
        Module.dataFileDownloads || (Module.dataFileDownloads = {});
        try {
          var S4 = await fetch(u3);
        } catch (L5) {
          throw new Error(`Network Error: ${u3}`, { e: L5 });
        }
        if (!S4.ok) throw new Error(`${S4.status}: ${S4.url}`);
        let v5 = [], F5 = S4.headers, b4 = Number(F5.get("Content-Length") || m7), A4 = 0;
        Module.setStatus && Module.setStatus("Downloading data...");
        let T5 = S4.body.getReader();
        for (; ; ) {
          var { done: V2, value: re } = await T5.read();
          if (V2) break;
          v5.push(re), A4 += re.length, Module.dataFileDownloads[u3] = { loaded: A4, total: b4 };
          let L5 = 0, R3 = 0;
          for (let H4 of Object.values(Module.dataFileDownloads)) L5 += H4.loaded, R3 += H4.total;
          Module.setStatus && Module.setStatus(`Downloading data... (${L5}/${R3})`);
        }
        let _e2 = new Uint8Array(v5.map((L5) => L5.length).reduce((L5, R3) => L5 + R3, 0)), ne = 0;
        for (let L5 of v5) _e2.set(L5, ne), ne += L5.length;
        return _e2.buffer;
      }
      var g7, d5 = Module.getPreloadedPackage && Module.getPreloadedPackage(o8, s5);
      d5 || (g7 = c5(o8, s5));
      async function p7(u3) {
        function m7(S4, v5) {
          if (!S4) throw new Error(v5);
        }
        u3.FS_createPath("/", "home", true, true), u3.FS_createPath("/home", "postgres", true, true), u3.FS_createPath("/", "pglite", true, true), u3.FS_createPath("/pglite", "bin", true, true), u3.FS_createPath("/pglite", "icu", true, true), u3.FS_createPath("/pglite/icu", "icudt76l", true, true), u3.FS_createPath("/pglite/icu/icudt76l", "coll", true, true), u3.FS_createPath("/pglite", "lib", true, true), u3.FS_createPath("/pglite/lib", "postgresql", true, true), u3.FS_createPath("/pglite/lib/postgresql", "pgxs", true, true), u3.FS_createPath("/pglite/lib/postgresql/pgxs", "config", true, true), u3.FS_createPath("/pglite/lib/postgresql/pgxs", "src", true, true), u3.FS_createPath("/pglite/lib/postgresql/pgxs/src", "makefiles", true, true), u3.FS_createPath("/pglite/lib/postgresql/pgxs/src", "test", true, true), u3.FS_createPath("/pglite/lib/postgresql/pgxs/src/test", "isolation", true, true), u3.FS_createPath("/pglite/lib/postgresql/pgxs/src/test", "regress", true, true), u3.FS_createPath("/pglite", "share", true, true), u3.FS_createPath("/pglite/share", "postgresql", true, true), u3.FS_createPath("/pglite/share/postgresql", "extension", true, true), u3.FS_createPath("/pglite/share/postgresql", "timezone", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Africa", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "America", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone/America", "Argentina", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone/America", "Indiana", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone/America", "Kentucky", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone/America", "North_Dakota", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Antarctica", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Arctic", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Asia", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Atlantic", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Australia", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Brazil", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Canada", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Chile", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Etc", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Europe", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Indian", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Mexico", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "Pacific", true, true), u3.FS_createPath("/pglite/share/postgresql/timezone", "US", true, true), u3.FS_createPath("/pglite/share/postgresql", "timezonesets", true, true), u3.FS_createPath("/pglite/share/postgresql", "tsearch_data", true, true);
        async function M2(S4) {
          m7(S4, "Loading data file failed."), m7(S4.constructor.name === ArrayBuffer.name, "bad input to processPackageData " + S4.constructor.name);
          var v5 = new Uint8Array(S4);
          for (var F5 of n3.files) {
            var b4 = F5.filename, A4 = v5.subarray(F5.start, F5.end);
            u3.FS_createDataFile(b4, null, A4, true, true, true);
          }
          u3.removeRunDependency("datafile_pglite.data");
        }
        u3.addRunDependency("datafile_pglite.data"), u3.preloadResults || (u3.preloadResults = {}), u3.preloadResults[i8] = { fromCache: false }, d5 || (d5 = await g7), await M2(d5);
      }
      Module.FS_createPath ? p7(Module) : (Module.preRun || (Module.preRun = []), Module.preRun.push(p7));
    }
    _4({ files: [{ filename: "/home/postgres/.pgpass", start: 0, end: 204 }, { filename: "/pglite/bin/initdb", start: 204, end: 223 }, { filename: "/pglite/bin/pg_dump", start: 223, end: 242 }, { filename: "/pglite/bin/postgres", start: 242, end: 261 }, { filename: "/pglite/icu/LICENSE", start: 261, end: 26748 }, { filename: "/pglite/icu/icudt76l/coll/root.res", start: 26748, end: 365756 }, { filename: "/pglite/icu/icudt76l/coll/ucadata.icu", start: 365756, end: 943260 }, { filename: "/pglite/lib/postgresql/cyrillic_and_mic.so", start: 943260, end: 947841 }, { filename: "/pglite/lib/postgresql/dict_snowball.so", start: 947841, end: 1530922 }, { filename: "/pglite/lib/postgresql/euc2004_sjis2004.so", start: 1530922, end: 1533041 }, { filename: "/pglite/lib/postgresql/euc_cn_and_mic.so", start: 1533041, end: 1534055 }, { filename: "/pglite/lib/postgresql/euc_jp_and_sjis.so", start: 1534055, end: 1541518 }, { filename: "/pglite/lib/postgresql/euc_kr_and_mic.so", start: 1541518, end: 1542552 }, { filename: "/pglite/lib/postgresql/euc_tw_and_big5.so", start: 1542552, end: 1547195 }, { filename: "/pglite/lib/postgresql/latin2_and_win1250.so", start: 1547195, end: 1548685 }, { filename: "/pglite/lib/postgresql/latin_and_mic.so", start: 1548685, end: 1549785 }, { filename: "/pglite/lib/postgresql/libpqwalreceiver.so", start: 1549785, end: 1688340 }, { filename: "/pglite/lib/postgresql/pgoutput.so", start: 1688340, end: 1702415 }, { filename: "/pglite/lib/postgresql/pgxs/config/install-sh", start: 1702415, end: 1716412 }, { filename: "/pglite/lib/postgresql/pgxs/config/missing", start: 1716412, end: 1717760 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.global", start: 1717760, end: 1755848 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.port", start: 1755848, end: 1757040 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.shlib", start: 1757040, end: 1771868 }, { filename: "/pglite/lib/postgresql/pgxs/src/makefiles/pgxs.mk", start: 1771868, end: 1788015 }, { filename: "/pglite/lib/postgresql/pgxs/src/nls-global.mk", start: 1788015, end: 1795079 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/isolation/isolationtester.js", start: 1795079, end: 1895307 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/isolation/pg_isolation_regress.js", start: 1895307, end: 1999365 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/regress/pg_regress.js", start: 1999365, end: 2102846 }, { filename: "/pglite/lib/postgresql/plpgsql.so", start: 2102846, end: 2258735 }, { filename: "/pglite/lib/postgresql/utf8_and_big5.so", start: 2258735, end: 2373550 }, { filename: "/pglite/lib/postgresql/utf8_and_cyrillic.so", start: 2373550, end: 2379586 }, { filename: "/pglite/lib/postgresql/utf8_and_euc2004.so", start: 2379586, end: 2584585 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_cn.so", start: 2584585, end: 2659832 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_jp.so", start: 2659832, end: 2811127 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_kr.so", start: 2811127, end: 2914050 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_tw.so", start: 2914050, end: 3113673 }, { filename: "/pglite/lib/postgresql/utf8_and_gb18030.so", start: 3113673, end: 3376057 }, { filename: "/pglite/lib/postgresql/utf8_and_gbk.so", start: 3376057, end: 3522656 }, { filename: "/pglite/lib/postgresql/utf8_and_iso8859.so", start: 3522656, end: 3546123 }, { filename: "/pglite/lib/postgresql/utf8_and_iso8859_1.so", start: 3546123, end: 3547181 }, { filename: "/pglite/lib/postgresql/utf8_and_johab.so", start: 3547181, end: 3708952 }, { filename: "/pglite/lib/postgresql/utf8_and_sjis.so", start: 3708952, end: 3790679 }, { filename: "/pglite/lib/postgresql/utf8_and_sjis2004.so", start: 3790679, end: 3917378 }, { filename: "/pglite/lib/postgresql/utf8_and_uhc.so", start: 3917378, end: 4084717 }, { filename: "/pglite/lib/postgresql/utf8_and_win.so", start: 4084717, end: 4111145 }, { filename: "/pglite/locale-a", start: 4111145, end: 4111170 }, { filename: "/pglite/password", start: 4111170, end: 4111178 }, { filename: "/pglite/pgstdin", start: 4111178, end: 4111197 }, { filename: "/pglite/pgstdout", start: 4111197, end: 4111216 }, { filename: "/pglite/share/postgresql/errcodes.txt", start: 4111216, end: 4144955 }, { filename: "/pglite/share/postgresql/extension/plpgsql--1.0.sql", start: 4144955, end: 4145613 }, { filename: "/pglite/share/postgresql/extension/plpgsql.control", start: 4145613, end: 4145806 }, { filename: "/pglite/share/postgresql/information_schema.sql", start: 4145806, end: 4259803 }, { filename: "/pglite/share/postgresql/pg_hba.conf.sample", start: 4259803, end: 4265438 }, { filename: "/pglite/share/postgresql/pg_ident.conf.sample", start: 4265438, end: 4268119 }, { filename: "/pglite/share/postgresql/pg_service.conf.sample", start: 4268119, end: 4268723 }, { filename: "/pglite/share/postgresql/postgres.bki", start: 4268723, end: 5242492 }, { filename: "/pglite/share/postgresql/postgresql.conf.sample", start: 5242492, end: 5275144 }, { filename: "/pglite/share/postgresql/psqlrc.sample", start: 5275144, end: 5275422 }, { filename: "/pglite/share/postgresql/snowball_create.sql", start: 5275422, end: 5321132 }, { filename: "/pglite/share/postgresql/sql_features.txt", start: 5321132, end: 5356893 }, { filename: "/pglite/share/postgresql/system_constraints.sql", start: 5356893, end: 5365788 }, { filename: "/pglite/share/postgresql/system_functions.sql", start: 5365788, end: 5390667 }, { filename: "/pglite/share/postgresql/system_views.sql", start: 5390667, end: 5444031 }, { filename: "/pglite/share/postgresql/timezone/Africa/Abidjan", start: 5444031, end: 5444179 }, { filename: "/pglite/share/postgresql/timezone/Africa/Accra", start: 5444179, end: 5444327 }, { filename: "/pglite/share/postgresql/timezone/Africa/Addis_Ababa", start: 5444327, end: 5444592 }, { filename: "/pglite/share/postgresql/timezone/Africa/Algiers", start: 5444592, end: 5445327 }, { filename: "/pglite/share/postgresql/timezone/Africa/Asmara", start: 5445327, end: 5445592 }, { filename: "/pglite/share/postgresql/timezone/Africa/Asmera", start: 5445592, end: 5445857 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bamako", start: 5445857, end: 5446005 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bangui", start: 5446005, end: 5446240 }, { filename: "/pglite/share/postgresql/timezone/Africa/Banjul", start: 5446240, end: 5446388 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bissau", start: 5446388, end: 5446582 }, { filename: "/pglite/share/postgresql/timezone/Africa/Blantyre", start: 5446582, end: 5446731 }, { filename: "/pglite/share/postgresql/timezone/Africa/Brazzaville", start: 5446731, end: 5446966 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bujumbura", start: 5446966, end: 5447115 }, { filename: "/pglite/share/postgresql/timezone/Africa/Cairo", start: 5447115, end: 5449514 }, { filename: "/pglite/share/postgresql/timezone/Africa/Casablanca", start: 5449514, end: 5450728 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ceuta", start: 5450728, end: 5452780 }, { filename: "/pglite/share/postgresql/timezone/Africa/Conakry", start: 5452780, end: 5452928 }, { filename: "/pglite/share/postgresql/timezone/Africa/Dakar", start: 5452928, end: 5453076 }, { filename: "/pglite/share/postgresql/timezone/Africa/Dar_es_Salaam", start: 5453076, end: 5453341 }, { filename: "/pglite/share/postgresql/timezone/Africa/Djibouti", start: 5453341, end: 5453606 }, { filename: "/pglite/share/postgresql/timezone/Africa/Douala", start: 5453606, end: 5453841 }, { filename: "/pglite/share/postgresql/timezone/Africa/El_Aaiun", start: 5453841, end: 5454921 }, { filename: "/pglite/share/postgresql/timezone/Africa/Freetown", start: 5454921, end: 5455069 }, { filename: "/pglite/share/postgresql/timezone/Africa/Gaborone", start: 5455069, end: 5455218 }, { filename: "/pglite/share/postgresql/timezone/Africa/Harare", start: 5455218, end: 5455367 }, { filename: "/pglite/share/postgresql/timezone/Africa/Johannesburg", start: 5455367, end: 5455613 }, { filename: "/pglite/share/postgresql/timezone/Africa/Juba", start: 5455613, end: 5456292 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kampala", start: 5456292, end: 5456557 }, { filename: "/pglite/share/postgresql/timezone/Africa/Khartoum", start: 5456557, end: 5457236 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kigali", start: 5457236, end: 5457385 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kinshasa", start: 5457385, end: 5457620 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lagos", start: 5457620, end: 5457855 }, { filename: "/pglite/share/postgresql/timezone/Africa/Libreville", start: 5457855, end: 5458090 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lome", start: 5458090, end: 5458238 }, { filename: "/pglite/share/postgresql/timezone/Africa/Luanda", start: 5458238, end: 5458473 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lubumbashi", start: 5458473, end: 5458622 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lusaka", start: 5458622, end: 5458771 }, { filename: "/pglite/share/postgresql/timezone/Africa/Malabo", start: 5458771, end: 5459006 }, { filename: "/pglite/share/postgresql/timezone/Africa/Maputo", start: 5459006, end: 5459155 }, { filename: "/pglite/share/postgresql/timezone/Africa/Maseru", start: 5459155, end: 5459401 }, { filename: "/pglite/share/postgresql/timezone/Africa/Mbabane", start: 5459401, end: 5459647 }, { filename: "/pglite/share/postgresql/timezone/Africa/Mogadishu", start: 5459647, end: 5459912 }, { filename: "/pglite/share/postgresql/timezone/Africa/Monrovia", start: 5459912, end: 5460120 }, { filename: "/pglite/share/postgresql/timezone/Africa/Nairobi", start: 5460120, end: 5460385 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ndjamena", start: 5460385, end: 5460584 }, { filename: "/pglite/share/postgresql/timezone/Africa/Niamey", start: 5460584, end: 5460819 }, { filename: "/pglite/share/postgresql/timezone/Africa/Nouakchott", start: 5460819, end: 5460967 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ouagadougou", start: 5460967, end: 5461115 }, { filename: "/pglite/share/postgresql/timezone/Africa/Porto-Novo", start: 5461115, end: 5461350 }, { filename: "/pglite/share/postgresql/timezone/Africa/Sao_Tome", start: 5461350, end: 5461604 }, { filename: "/pglite/share/postgresql/timezone/Africa/Timbuktu", start: 5461604, end: 5461752 }, { filename: "/pglite/share/postgresql/timezone/Africa/Tripoli", start: 5461752, end: 5462377 }, { filename: "/pglite/share/postgresql/timezone/Africa/Tunis", start: 5462377, end: 5463066 }, { filename: "/pglite/share/postgresql/timezone/Africa/Windhoek", start: 5463066, end: 5464021 }, { filename: "/pglite/share/postgresql/timezone/America/Adak", start: 5464021, end: 5466377 }, { filename: "/pglite/share/postgresql/timezone/America/Anchorage", start: 5466377, end: 5468748 }, { filename: "/pglite/share/postgresql/timezone/America/Anguilla", start: 5468748, end: 5468994 }, { filename: "/pglite/share/postgresql/timezone/America/Antigua", start: 5468994, end: 5469240 }, { filename: "/pglite/share/postgresql/timezone/America/Araguaina", start: 5469240, end: 5470124 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Buenos_Aires", start: 5470124, end: 5471200 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Catamarca", start: 5471200, end: 5472276 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/ComodRivadavia", start: 5472276, end: 5473352 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Cordoba", start: 5473352, end: 5474428 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Jujuy", start: 5474428, end: 5475476 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/La_Rioja", start: 5475476, end: 5476566 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Mendoza", start: 5476566, end: 5477642 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Rio_Gallegos", start: 5477642, end: 5478718 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Salta", start: 5478718, end: 5479766 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/San_Juan", start: 5479766, end: 5480856 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/San_Luis", start: 5480856, end: 5481958 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Tucuman", start: 5481958, end: 5483062 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Ushuaia", start: 5483062, end: 5484138 }, { filename: "/pglite/share/postgresql/timezone/America/Aruba", start: 5484138, end: 5484384 }, { filename: "/pglite/share/postgresql/timezone/America/Asuncion", start: 5484384, end: 5486042 }, { filename: "/pglite/share/postgresql/timezone/America/Atikokan", start: 5486042, end: 5486224 }, { filename: "/pglite/share/postgresql/timezone/America/Atka", start: 5486224, end: 5488580 }, { filename: "/pglite/share/postgresql/timezone/America/Bahia", start: 5488580, end: 5489604 }, { filename: "/pglite/share/postgresql/timezone/America/Bahia_Banderas", start: 5489604, end: 5490704 }, { filename: "/pglite/share/postgresql/timezone/America/Barbados", start: 5490704, end: 5491140 }, { filename: "/pglite/share/postgresql/timezone/America/Belem", start: 5491140, end: 5491716 }, { filename: "/pglite/share/postgresql/timezone/America/Belize", start: 5491716, end: 5493330 }, { filename: "/pglite/share/postgresql/timezone/America/Blanc-Sablon", start: 5493330, end: 5493576 }, { filename: "/pglite/share/postgresql/timezone/America/Boa_Vista", start: 5493576, end: 5494208 }, { filename: "/pglite/share/postgresql/timezone/America/Bogota", start: 5494208, end: 5494454 }, { filename: "/pglite/share/postgresql/timezone/America/Boise", start: 5494454, end: 5496864 }, { filename: "/pglite/share/postgresql/timezone/America/Buenos_Aires", start: 5496864, end: 5497940 }, { filename: "/pglite/share/postgresql/timezone/America/Cambridge_Bay", start: 5497940, end: 5500194 }, { filename: "/pglite/share/postgresql/timezone/America/Campo_Grande", start: 5500194, end: 5501638 }, { filename: "/pglite/share/postgresql/timezone/America/Cancun", start: 5501638, end: 5502502 }, { filename: "/pglite/share/postgresql/timezone/America/Caracas", start: 5502502, end: 5502766 }, { filename: "/pglite/share/postgresql/timezone/America/Catamarca", start: 5502766, end: 5503842 }, { filename: "/pglite/share/postgresql/timezone/America/Cayenne", start: 5503842, end: 5504040 }, { filename: "/pglite/share/postgresql/timezone/America/Cayman", start: 5504040, end: 5504222 }, { filename: "/pglite/share/postgresql/timezone/America/Chicago", start: 5504222, end: 5507814 }, { filename: "/pglite/share/postgresql/timezone/America/Chihuahua", start: 5507814, end: 5508916 }, { filename: "/pglite/share/postgresql/timezone/America/Ciudad_Juarez", start: 5508916, end: 5510454 }, { filename: "/pglite/share/postgresql/timezone/America/Coral_Harbour", start: 5510454, end: 5510636 }, { filename: "/pglite/share/postgresql/timezone/America/Cordoba", start: 5510636, end: 5511712 }, { filename: "/pglite/share/postgresql/timezone/America/Costa_Rica", start: 5511712, end: 5512028 }, { filename: "/pglite/share/postgresql/timezone/America/Coyhaique", start: 5512028, end: 5514168 }, { filename: "/pglite/share/postgresql/timezone/America/Creston", start: 5514168, end: 5514528 }, { filename: "/pglite/share/postgresql/timezone/America/Cuiaba", start: 5514528, end: 5515944 }, { filename: "/pglite/share/postgresql/timezone/America/Curacao", start: 5515944, end: 5516190 }, { filename: "/pglite/share/postgresql/timezone/America/Danmarkshavn", start: 5516190, end: 5516888 }, { filename: "/pglite/share/postgresql/timezone/America/Dawson", start: 5516888, end: 5518502 }, { filename: "/pglite/share/postgresql/timezone/America/Dawson_Creek", start: 5518502, end: 5519552 }, { filename: "/pglite/share/postgresql/timezone/America/Denver", start: 5519552, end: 5522012 }, { filename: "/pglite/share/postgresql/timezone/America/Detroit", start: 5522012, end: 5524242 }, { filename: "/pglite/share/postgresql/timezone/America/Dominica", start: 5524242, end: 5524488 }, { filename: "/pglite/share/postgresql/timezone/America/Edmonton", start: 5524488, end: 5526518 }, { filename: "/pglite/share/postgresql/timezone/America/Eirunepe", start: 5526518, end: 5527174 }, { filename: "/pglite/share/postgresql/timezone/America/El_Salvador", start: 5527174, end: 5527398 }, { filename: "/pglite/share/postgresql/timezone/America/Ensenada", start: 5527398, end: 5530304 }, { filename: "/pglite/share/postgresql/timezone/America/Fort_Nelson", start: 5530304, end: 5532544 }, { filename: "/pglite/share/postgresql/timezone/America/Fort_Wayne", start: 5532544, end: 5534226 }, { filename: "/pglite/share/postgresql/timezone/America/Fortaleza", start: 5534226, end: 5534942 }, { filename: "/pglite/share/postgresql/timezone/America/Glace_Bay", start: 5534942, end: 5537134 }, { filename: "/pglite/share/postgresql/timezone/America/Godthab", start: 5537134, end: 5539037 }, { filename: "/pglite/share/postgresql/timezone/America/Goose_Bay", start: 5539037, end: 5542247 }, { filename: "/pglite/share/postgresql/timezone/America/Grand_Turk", start: 5542247, end: 5544081 }, { filename: "/pglite/share/postgresql/timezone/America/Grenada", start: 5544081, end: 5544327 }, { filename: "/pglite/share/postgresql/timezone/America/Guadeloupe", start: 5544327, end: 5544573 }, { filename: "/pglite/share/postgresql/timezone/America/Guatemala", start: 5544573, end: 5544853 }, { filename: "/pglite/share/postgresql/timezone/America/Guayaquil", start: 5544853, end: 5545099 }, { filename: "/pglite/share/postgresql/timezone/America/Guyana", start: 5545099, end: 5545361 }, { filename: "/pglite/share/postgresql/timezone/America/Halifax", start: 5545361, end: 5548785 }, { filename: "/pglite/share/postgresql/timezone/America/Havana", start: 5548785, end: 5551201 }, { filename: "/pglite/share/postgresql/timezone/America/Hermosillo", start: 5551201, end: 5551589 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Indianapolis", start: 5551589, end: 5553271 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Knox", start: 5553271, end: 5555715 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Marengo", start: 5555715, end: 5557453 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Petersburg", start: 5557453, end: 5559373 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Tell_City", start: 5559373, end: 5561073 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Vevay", start: 5561073, end: 5562503 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Vincennes", start: 5562503, end: 5564213 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Winamac", start: 5564213, end: 5566007 }, { filename: "/pglite/share/postgresql/timezone/America/Indianapolis", start: 5566007, end: 5567689 }, { filename: "/pglite/share/postgresql/timezone/America/Inuvik", start: 5567689, end: 5569763 }, { filename: "/pglite/share/postgresql/timezone/America/Iqaluit", start: 5569763, end: 5571965 }, { filename: "/pglite/share/postgresql/timezone/America/Jamaica", start: 5571965, end: 5572447 }, { filename: "/pglite/share/postgresql/timezone/America/Jujuy", start: 5572447, end: 5573495 }, { filename: "/pglite/share/postgresql/timezone/America/Juneau", start: 5573495, end: 5575848 }, { filename: "/pglite/share/postgresql/timezone/America/Kentucky/Louisville", start: 5575848, end: 5578636 }, { filename: "/pglite/share/postgresql/timezone/America/Kentucky/Monticello", start: 5578636, end: 5581004 }, { filename: "/pglite/share/postgresql/timezone/America/Knox_IN", start: 5581004, end: 5583448 }, { filename: "/pglite/share/postgresql/timezone/America/Kralendijk", start: 5583448, end: 5583694 }, { filename: "/pglite/share/postgresql/timezone/America/La_Paz", start: 5583694, end: 5583926 }, { filename: "/pglite/share/postgresql/timezone/America/Lima", start: 5583926, end: 5584332 }, { filename: "/pglite/share/postgresql/timezone/America/Los_Angeles", start: 5584332, end: 5587184 }, { filename: "/pglite/share/postgresql/timezone/America/Louisville", start: 5587184, end: 5589972 }, { filename: "/pglite/share/postgresql/timezone/America/Lower_Princes", start: 5589972, end: 5590218 }, { filename: "/pglite/share/postgresql/timezone/America/Maceio", start: 5590218, end: 5590962 }, { filename: "/pglite/share/postgresql/timezone/America/Managua", start: 5590962, end: 5591392 }, { filename: "/pglite/share/postgresql/timezone/America/Manaus", start: 5591392, end: 5591996 }, { filename: "/pglite/share/postgresql/timezone/America/Marigot", start: 5591996, end: 5592242 }, { filename: "/pglite/share/postgresql/timezone/America/Martinique", start: 5592242, end: 5592474 }, { filename: "/pglite/share/postgresql/timezone/America/Matamoros", start: 5592474, end: 5593892 }, { filename: "/pglite/share/postgresql/timezone/America/Mazatlan", start: 5593892, end: 5594952 }, { filename: "/pglite/share/postgresql/timezone/America/Mendoza", start: 5594952, end: 5596028 }, { filename: "/pglite/share/postgresql/timezone/America/Menominee", start: 5596028, end: 5598302 }, { filename: "/pglite/share/postgresql/timezone/America/Merida", start: 5598302, end: 5599306 }, { filename: "/pglite/share/postgresql/timezone/America/Metlakatla", start: 5599306, end: 5600729 }, { filename: "/pglite/share/postgresql/timezone/America/Mexico_City", start: 5600729, end: 5601951 }, { filename: "/pglite/share/postgresql/timezone/America/Miquelon", start: 5601951, end: 5603617 }, { filename: "/pglite/share/postgresql/timezone/America/Moncton", start: 5603617, end: 5606771 }, { filename: "/pglite/share/postgresql/timezone/America/Monterrey", start: 5606771, end: 5607885 }, { filename: "/pglite/share/postgresql/timezone/America/Montevideo", start: 5607885, end: 5609395 }, { filename: "/pglite/share/postgresql/timezone/America/Montreal", start: 5609395, end: 5612889 }, { filename: "/pglite/share/postgresql/timezone/America/Montserrat", start: 5612889, end: 5613135 }, { filename: "/pglite/share/postgresql/timezone/America/Nassau", start: 5613135, end: 5616629 }, { filename: "/pglite/share/postgresql/timezone/America/New_York", start: 5616629, end: 5620181 }, { filename: "/pglite/share/postgresql/timezone/America/Nipigon", start: 5620181, end: 5623675 }, { filename: "/pglite/share/postgresql/timezone/America/Nome", start: 5623675, end: 5626042 }, { filename: "/pglite/share/postgresql/timezone/America/Noronha", start: 5626042, end: 5626758 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/Beulah", start: 5626758, end: 5629154 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/Center", start: 5629154, end: 5631550 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/New_Salem", start: 5631550, end: 5633946 }, { filename: "/pglite/share/postgresql/timezone/America/Nuuk", start: 5633946, end: 5635849 }, { filename: "/pglite/share/postgresql/timezone/America/Ojinaga", start: 5635849, end: 5637373 }, { filename: "/pglite/share/postgresql/timezone/America/Panama", start: 5637373, end: 5637555 }, { filename: "/pglite/share/postgresql/timezone/America/Pangnirtung", start: 5637555, end: 5639757 }, { filename: "/pglite/share/postgresql/timezone/America/Paramaribo", start: 5639757, end: 5640019 }, { filename: "/pglite/share/postgresql/timezone/America/Phoenix", start: 5640019, end: 5640379 }, { filename: "/pglite/share/postgresql/timezone/America/Port-au-Prince", start: 5640379, end: 5641813 }, { filename: "/pglite/share/postgresql/timezone/America/Port_of_Spain", start: 5641813, end: 5642059 }, { filename: "/pglite/share/postgresql/timezone/America/Porto_Acre", start: 5642059, end: 5642687 }, { filename: "/pglite/share/postgresql/timezone/America/Porto_Velho", start: 5642687, end: 5643263 }, { filename: "/pglite/share/postgresql/timezone/America/Puerto_Rico", start: 5643263, end: 5643509 }, { filename: "/pglite/share/postgresql/timezone/America/Punta_Arenas", start: 5643509, end: 5645425 }, { filename: "/pglite/share/postgresql/timezone/America/Rainy_River", start: 5645425, end: 5648293 }, { filename: "/pglite/share/postgresql/timezone/America/Rankin_Inlet", start: 5648293, end: 5650359 }, { filename: "/pglite/share/postgresql/timezone/America/Recife", start: 5650359, end: 5651075 }, { filename: "/pglite/share/postgresql/timezone/America/Regina", start: 5651075, end: 5652055 }, { filename: "/pglite/share/postgresql/timezone/America/Resolute", start: 5652055, end: 5654121 }, { filename: "/pglite/share/postgresql/timezone/America/Rio_Branco", start: 5654121, end: 5654749 }, { filename: "/pglite/share/postgresql/timezone/America/Rosario", start: 5654749, end: 5655825 }, { filename: "/pglite/share/postgresql/timezone/America/Santa_Isabel", start: 5655825, end: 5658731 }, { filename: "/pglite/share/postgresql/timezone/America/Santarem", start: 5658731, end: 5659333 }, { filename: "/pglite/share/postgresql/timezone/America/Santiago", start: 5659333, end: 5661862 }, { filename: "/pglite/share/postgresql/timezone/America/Santo_Domingo", start: 5661862, end: 5662320 }, { filename: "/pglite/share/postgresql/timezone/America/Sao_Paulo", start: 5662320, end: 5663764 }, { filename: "/pglite/share/postgresql/timezone/America/Scoresbysund", start: 5663764, end: 5665713 }, { filename: "/pglite/share/postgresql/timezone/America/Shiprock", start: 5665713, end: 5668173 }, { filename: "/pglite/share/postgresql/timezone/America/Sitka", start: 5668173, end: 5670502 }, { filename: "/pglite/share/postgresql/timezone/America/St_Barthelemy", start: 5670502, end: 5670748 }, { filename: "/pglite/share/postgresql/timezone/America/St_Johns", start: 5670748, end: 5674403 }, { filename: "/pglite/share/postgresql/timezone/America/St_Kitts", start: 5674403, end: 5674649 }, { filename: "/pglite/share/postgresql/timezone/America/St_Lucia", start: 5674649, end: 5674895 }, { filename: "/pglite/share/postgresql/timezone/America/St_Thomas", start: 5674895, end: 5675141 }, { filename: "/pglite/share/postgresql/timezone/America/St_Vincent", start: 5675141, end: 5675387 }, { filename: "/pglite/share/postgresql/timezone/America/Swift_Current", start: 5675387, end: 5675947 }, { filename: "/pglite/share/postgresql/timezone/America/Tegucigalpa", start: 5675947, end: 5676199 }, { filename: "/pglite/share/postgresql/timezone/America/Thule", start: 5676199, end: 5677701 }, { filename: "/pglite/share/postgresql/timezone/America/Thunder_Bay", start: 5677701, end: 5681195 }, { filename: "/pglite/share/postgresql/timezone/America/Tijuana", start: 5681195, end: 5684101 }, { filename: "/pglite/share/postgresql/timezone/America/Toronto", start: 5684101, end: 5687595 }, { filename: "/pglite/share/postgresql/timezone/America/Tortola", start: 5687595, end: 5687841 }, { filename: "/pglite/share/postgresql/timezone/America/Vancouver", start: 5687841, end: 5690431 }, { filename: "/pglite/share/postgresql/timezone/America/Virgin", start: 5690431, end: 5690677 }, { filename: "/pglite/share/postgresql/timezone/America/Whitehorse", start: 5690677, end: 5692291 }, { filename: "/pglite/share/postgresql/timezone/America/Winnipeg", start: 5692291, end: 5695159 }, { filename: "/pglite/share/postgresql/timezone/America/Yakutat", start: 5695159, end: 5697464 }, { filename: "/pglite/share/postgresql/timezone/America/Yellowknife", start: 5697464, end: 5699494 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Casey", start: 5699494, end: 5699931 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Davis", start: 5699931, end: 5700228 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/DumontDUrville", start: 5700228, end: 5700414 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Macquarie", start: 5700414, end: 5702674 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Mawson", start: 5702674, end: 5702873 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/McMurdo", start: 5702873, end: 5705310 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Palmer", start: 5705310, end: 5706728 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Rothera", start: 5706728, end: 5706892 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/South_Pole", start: 5706892, end: 5709329 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Syowa", start: 5709329, end: 5709494 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Troll", start: 5709494, end: 5710656 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Vostok", start: 5710656, end: 5710883 }, { filename: "/pglite/share/postgresql/timezone/Arctic/Longyearbyen", start: 5710883, end: 5713181 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aden", start: 5713181, end: 5713346 }, { filename: "/pglite/share/postgresql/timezone/Asia/Almaty", start: 5713346, end: 5714343 }, { filename: "/pglite/share/postgresql/timezone/Asia/Amman", start: 5714343, end: 5715790 }, { filename: "/pglite/share/postgresql/timezone/Asia/Anadyr", start: 5715790, end: 5716978 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aqtau", start: 5716978, end: 5717961 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aqtobe", start: 5717961, end: 5718972 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ashgabat", start: 5718972, end: 5719591 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ashkhabad", start: 5719591, end: 5720210 }, { filename: "/pglite/share/postgresql/timezone/Asia/Atyrau", start: 5720210, end: 5721201 }, { filename: "/pglite/share/postgresql/timezone/Asia/Baghdad", start: 5721201, end: 5722184 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bahrain", start: 5722184, end: 5722383 }, { filename: "/pglite/share/postgresql/timezone/Asia/Baku", start: 5722383, end: 5723610 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bangkok", start: 5723610, end: 5723809 }, { filename: "/pglite/share/postgresql/timezone/Asia/Barnaul", start: 5723809, end: 5725030 }, { filename: "/pglite/share/postgresql/timezone/Asia/Beirut", start: 5725030, end: 5727184 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bishkek", start: 5727184, end: 5728167 }, { filename: "/pglite/share/postgresql/timezone/Asia/Brunei", start: 5728167, end: 5728650 }, { filename: "/pglite/share/postgresql/timezone/Asia/Calcutta", start: 5728650, end: 5728935 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chita", start: 5728935, end: 5730156 }, { filename: "/pglite/share/postgresql/timezone/Asia/Choibalsan", start: 5730156, end: 5731047 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chongqing", start: 5731047, end: 5731608 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chungking", start: 5731608, end: 5732169 }, { filename: "/pglite/share/postgresql/timezone/Asia/Colombo", start: 5732169, end: 5732541 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dacca", start: 5732541, end: 5732878 }, { filename: "/pglite/share/postgresql/timezone/Asia/Damascus", start: 5732878, end: 5734765 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dhaka", start: 5734765, end: 5735102 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dili", start: 5735102, end: 5735373 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dubai", start: 5735373, end: 5735538 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dushanbe", start: 5735538, end: 5736129 }, { filename: "/pglite/share/postgresql/timezone/Asia/Famagusta", start: 5736129, end: 5738157 }, { filename: "/pglite/share/postgresql/timezone/Asia/Gaza", start: 5738157, end: 5742001 }, { filename: "/pglite/share/postgresql/timezone/Asia/Harbin", start: 5742001, end: 5742562 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hebron", start: 5742562, end: 5746434 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ho_Chi_Minh", start: 5746434, end: 5746785 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hong_Kong", start: 5746785, end: 5748018 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hovd", start: 5748018, end: 5748909 }, { filename: "/pglite/share/postgresql/timezone/Asia/Irkutsk", start: 5748909, end: 5750152 }, { filename: "/pglite/share/postgresql/timezone/Asia/Istanbul", start: 5750152, end: 5752099 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jakarta", start: 5752099, end: 5752482 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jayapura", start: 5752482, end: 5752703 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jerusalem", start: 5752703, end: 5755091 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kabul", start: 5755091, end: 5755299 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kamchatka", start: 5755299, end: 5756465 }, { filename: "/pglite/share/postgresql/timezone/Asia/Karachi", start: 5756465, end: 5756844 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kashgar", start: 5756844, end: 5757009 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kathmandu", start: 5757009, end: 5757221 }, { filename: "/pglite/share/postgresql/timezone/Asia/Katmandu", start: 5757221, end: 5757433 }, { filename: "/pglite/share/postgresql/timezone/Asia/Khandyga", start: 5757433, end: 5758704 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kolkata", start: 5758704, end: 5758989 }, { filename: "/pglite/share/postgresql/timezone/Asia/Krasnoyarsk", start: 5758989, end: 5760196 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuala_Lumpur", start: 5760196, end: 5760611 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuching", start: 5760611, end: 5761094 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuwait", start: 5761094, end: 5761259 }, { filename: "/pglite/share/postgresql/timezone/Asia/Macao", start: 5761259, end: 5762486 }, { filename: "/pglite/share/postgresql/timezone/Asia/Macau", start: 5762486, end: 5763713 }, { filename: "/pglite/share/postgresql/timezone/Asia/Magadan", start: 5763713, end: 5764935 }, { filename: "/pglite/share/postgresql/timezone/Asia/Makassar", start: 5764935, end: 5765189 }, { filename: "/pglite/share/postgresql/timezone/Asia/Manila", start: 5765189, end: 5765611 }, { filename: "/pglite/share/postgresql/timezone/Asia/Muscat", start: 5765611, end: 5765776 }, { filename: "/pglite/share/postgresql/timezone/Asia/Nicosia", start: 5765776, end: 5767778 }, { filename: "/pglite/share/postgresql/timezone/Asia/Novokuznetsk", start: 5767778, end: 5768943 }, { filename: "/pglite/share/postgresql/timezone/Asia/Novosibirsk", start: 5768943, end: 5770164 }, { filename: "/pglite/share/postgresql/timezone/Asia/Omsk", start: 5770164, end: 5771371 }, { filename: "/pglite/share/postgresql/timezone/Asia/Oral", start: 5771371, end: 5772376 }, { filename: "/pglite/share/postgresql/timezone/Asia/Phnom_Penh", start: 5772376, end: 5772575 }, { filename: "/pglite/share/postgresql/timezone/Asia/Pontianak", start: 5772575, end: 5772928 }, { filename: "/pglite/share/postgresql/timezone/Asia/Pyongyang", start: 5772928, end: 5773165 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qatar", start: 5773165, end: 5773364 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qostanay", start: 5773364, end: 5774403 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qyzylorda", start: 5774403, end: 5775428 }, { filename: "/pglite/share/postgresql/timezone/Asia/Rangoon", start: 5775428, end: 5775696 }, { filename: "/pglite/share/postgresql/timezone/Asia/Riyadh", start: 5775696, end: 5775861 }, { filename: "/pglite/share/postgresql/timezone/Asia/Saigon", start: 5775861, end: 5776212 }, { filename: "/pglite/share/postgresql/timezone/Asia/Sakhalin", start: 5776212, end: 5777414 }, { filename: "/pglite/share/postgresql/timezone/Asia/Samarkand", start: 5777414, end: 5777991 }, { filename: "/pglite/share/postgresql/timezone/Asia/Seoul", start: 5777991, end: 5778608 }, { filename: "/pglite/share/postgresql/timezone/Asia/Shanghai", start: 5778608, end: 5779169 }, { filename: "/pglite/share/postgresql/timezone/Asia/Singapore", start: 5779169, end: 5779584 }, { filename: "/pglite/share/postgresql/timezone/Asia/Srednekolymsk", start: 5779584, end: 5780792 }, { filename: "/pglite/share/postgresql/timezone/Asia/Taipei", start: 5780792, end: 5781553 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tashkent", start: 5781553, end: 5782144 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tbilisi", start: 5782144, end: 5783179 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tehran", start: 5783179, end: 5784441 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tel_Aviv", start: 5784441, end: 5786829 }, { filename: "/pglite/share/postgresql/timezone/Asia/Thimbu", start: 5786829, end: 5787032 }, { filename: "/pglite/share/postgresql/timezone/Asia/Thimphu", start: 5787032, end: 5787235 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tokyo", start: 5787235, end: 5787544 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tomsk", start: 5787544, end: 5788765 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ujung_Pandang", start: 5788765, end: 5789019 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ulaanbaatar", start: 5789019, end: 5789910 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ulan_Bator", start: 5789910, end: 5790801 }, { filename: "/pglite/share/postgresql/timezone/Asia/Urumqi", start: 5790801, end: 5790966 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ust-Nera", start: 5790966, end: 5792218 }, { filename: "/pglite/share/postgresql/timezone/Asia/Vientiane", start: 5792218, end: 5792417 }, { filename: "/pglite/share/postgresql/timezone/Asia/Vladivostok", start: 5792417, end: 5793625 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yakutsk", start: 5793625, end: 5794832 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yangon", start: 5794832, end: 5795100 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yekaterinburg", start: 5795100, end: 5796343 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yerevan", start: 5796343, end: 5797494 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Azores", start: 5797494, end: 5800950 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Bermuda", start: 5800950, end: 5803346 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Canary", start: 5803346, end: 5805243 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Cape_Verde", start: 5805243, end: 5805513 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Faeroe", start: 5805513, end: 5807328 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Faroe", start: 5807328, end: 5809143 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Jan_Mayen", start: 5809143, end: 5811441 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Madeira", start: 5811441, end: 5814818 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Reykjavik", start: 5814818, end: 5814966 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/South_Georgia", start: 5814966, end: 5815130 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/St_Helena", start: 5815130, end: 5815278 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Stanley", start: 5815278, end: 5816492 }, { filename: "/pglite/share/postgresql/timezone/Australia/ACT", start: 5816492, end: 5818682 }, { filename: "/pglite/share/postgresql/timezone/Australia/Adelaide", start: 5818682, end: 5820890 }, { filename: "/pglite/share/postgresql/timezone/Australia/Brisbane", start: 5820890, end: 5821309 }, { filename: "/pglite/share/postgresql/timezone/Australia/Broken_Hill", start: 5821309, end: 5823538 }, { filename: "/pglite/share/postgresql/timezone/Australia/Canberra", start: 5823538, end: 5825728 }, { filename: "/pglite/share/postgresql/timezone/Australia/Currie", start: 5825728, end: 5828086 }, { filename: "/pglite/share/postgresql/timezone/Australia/Darwin", start: 5828086, end: 5828411 }, { filename: "/pglite/share/postgresql/timezone/Australia/Eucla", start: 5828411, end: 5828881 }, { filename: "/pglite/share/postgresql/timezone/Australia/Hobart", start: 5828881, end: 5831239 }, { filename: "/pglite/share/postgresql/timezone/Australia/LHI", start: 5831239, end: 5833099 }, { filename: "/pglite/share/postgresql/timezone/Australia/Lindeman", start: 5833099, end: 5833574 }, { filename: "/pglite/share/postgresql/timezone/Australia/Lord_Howe", start: 5833574, end: 5835434 }, { filename: "/pglite/share/postgresql/timezone/Australia/Melbourne", start: 5835434, end: 5837624 }, { filename: "/pglite/share/postgresql/timezone/Australia/NSW", start: 5837624, end: 5839814 }, { filename: "/pglite/share/postgresql/timezone/Australia/North", start: 5839814, end: 5840139 }, { filename: "/pglite/share/postgresql/timezone/Australia/Perth", start: 5840139, end: 5840585 }, { filename: "/pglite/share/postgresql/timezone/Australia/Queensland", start: 5840585, end: 5841004 }, { filename: "/pglite/share/postgresql/timezone/Australia/South", start: 5841004, end: 5843212 }, { filename: "/pglite/share/postgresql/timezone/Australia/Sydney", start: 5843212, end: 5845402 }, { filename: "/pglite/share/postgresql/timezone/Australia/Tasmania", start: 5845402, end: 5847760 }, { filename: "/pglite/share/postgresql/timezone/Australia/Victoria", start: 5847760, end: 5849950 }, { filename: "/pglite/share/postgresql/timezone/Australia/West", start: 5849950, end: 5850396 }, { filename: "/pglite/share/postgresql/timezone/Australia/Yancowinna", start: 5850396, end: 5852625 }, { filename: "/pglite/share/postgresql/timezone/Brazil/Acre", start: 5852625, end: 5853253 }, { filename: "/pglite/share/postgresql/timezone/Brazil/DeNoronha", start: 5853253, end: 5853969 }, { filename: "/pglite/share/postgresql/timezone/Brazil/East", start: 5853969, end: 5855413 }, { filename: "/pglite/share/postgresql/timezone/Brazil/West", start: 5855413, end: 5856017 }, { filename: "/pglite/share/postgresql/timezone/CET", start: 5856017, end: 5858950 }, { filename: "/pglite/share/postgresql/timezone/CST6CDT", start: 5858950, end: 5862542 }, { filename: "/pglite/share/postgresql/timezone/Canada/Atlantic", start: 5862542, end: 5865966 }, { filename: "/pglite/share/postgresql/timezone/Canada/Central", start: 5865966, end: 5868834 }, { filename: "/pglite/share/postgresql/timezone/Canada/Eastern", start: 5868834, end: 5872328 }, { filename: "/pglite/share/postgresql/timezone/Canada/Mountain", start: 5872328, end: 5874358 }, { filename: "/pglite/share/postgresql/timezone/Canada/Newfoundland", start: 5874358, end: 5878013 }, { filename: "/pglite/share/postgresql/timezone/Canada/Pacific", start: 5878013, end: 5880603 }, { filename: "/pglite/share/postgresql/timezone/Canada/Saskatchewan", start: 5880603, end: 5881583 }, { filename: "/pglite/share/postgresql/timezone/Canada/Yukon", start: 5881583, end: 5883197 }, { filename: "/pglite/share/postgresql/timezone/Chile/Continental", start: 5883197, end: 5885726 }, { filename: "/pglite/share/postgresql/timezone/Chile/EasterIsland", start: 5885726, end: 5887959 }, { filename: "/pglite/share/postgresql/timezone/Cuba", start: 5887959, end: 5890375 }, { filename: "/pglite/share/postgresql/timezone/EET", start: 5890375, end: 5892637 }, { filename: "/pglite/share/postgresql/timezone/EST", start: 5892637, end: 5892819 }, { filename: "/pglite/share/postgresql/timezone/EST5EDT", start: 5892819, end: 5896371 }, { filename: "/pglite/share/postgresql/timezone/Egypt", start: 5896371, end: 5898770 }, { filename: "/pglite/share/postgresql/timezone/Eire", start: 5898770, end: 5902262 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT", start: 5902262, end: 5902376 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+0", start: 5902376, end: 5902490 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+1", start: 5902490, end: 5902606 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+10", start: 5902606, end: 5902723 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+11", start: 5902723, end: 5902840 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+12", start: 5902840, end: 5902957 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+2", start: 5902957, end: 5903073 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+3", start: 5903073, end: 5903189 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+4", start: 5903189, end: 5903305 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+5", start: 5903305, end: 5903421 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+6", start: 5903421, end: 5903537 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+7", start: 5903537, end: 5903653 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+8", start: 5903653, end: 5903769 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+9", start: 5903769, end: 5903885 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-0", start: 5903885, end: 5903999 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-1", start: 5903999, end: 5904116 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-10", start: 5904116, end: 5904234 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-11", start: 5904234, end: 5904352 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-12", start: 5904352, end: 5904470 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-13", start: 5904470, end: 5904588 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-14", start: 5904588, end: 5904706 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-2", start: 5904706, end: 5904823 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-3", start: 5904823, end: 5904940 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-4", start: 5904940, end: 5905057 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-5", start: 5905057, end: 5905174 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-6", start: 5905174, end: 5905291 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-7", start: 5905291, end: 5905408 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-8", start: 5905408, end: 5905525 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-9", start: 5905525, end: 5905642 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT0", start: 5905642, end: 5905756 }, { filename: "/pglite/share/postgresql/timezone/Etc/Greenwich", start: 5905756, end: 5905870 }, { filename: "/pglite/share/postgresql/timezone/Etc/UCT", start: 5905870, end: 5905984 }, { filename: "/pglite/share/postgresql/timezone/Etc/UTC", start: 5905984, end: 5906098 }, { filename: "/pglite/share/postgresql/timezone/Etc/Universal", start: 5906098, end: 5906212 }, { filename: "/pglite/share/postgresql/timezone/Etc/Zulu", start: 5906212, end: 5906326 }, { filename: "/pglite/share/postgresql/timezone/Europe/Amsterdam", start: 5906326, end: 5909259 }, { filename: "/pglite/share/postgresql/timezone/Europe/Andorra", start: 5909259, end: 5911001 }, { filename: "/pglite/share/postgresql/timezone/Europe/Astrakhan", start: 5911001, end: 5912166 }, { filename: "/pglite/share/postgresql/timezone/Europe/Athens", start: 5912166, end: 5914428 }, { filename: "/pglite/share/postgresql/timezone/Europe/Belfast", start: 5914428, end: 5918092 }, { filename: "/pglite/share/postgresql/timezone/Europe/Belgrade", start: 5918092, end: 5920012 }, { filename: "/pglite/share/postgresql/timezone/Europe/Berlin", start: 5920012, end: 5922310 }, { filename: "/pglite/share/postgresql/timezone/Europe/Bratislava", start: 5922310, end: 5924611 }, { filename: "/pglite/share/postgresql/timezone/Europe/Brussels", start: 5924611, end: 5927544 }, { filename: "/pglite/share/postgresql/timezone/Europe/Bucharest", start: 5927544, end: 5929728 }, { filename: "/pglite/share/postgresql/timezone/Europe/Budapest", start: 5929728, end: 5932096 }, { filename: "/pglite/share/postgresql/timezone/Europe/Busingen", start: 5932096, end: 5934005 }, { filename: "/pglite/share/postgresql/timezone/Europe/Chisinau", start: 5934005, end: 5936429 }, { filename: "/pglite/share/postgresql/timezone/Europe/Copenhagen", start: 5936429, end: 5938727 }, { filename: "/pglite/share/postgresql/timezone/Europe/Dublin", start: 5938727, end: 5942219 }, { filename: "/pglite/share/postgresql/timezone/Europe/Gibraltar", start: 5942219, end: 5945287 }, { filename: "/pglite/share/postgresql/timezone/Europe/Guernsey", start: 5945287, end: 5948951 }, { filename: "/pglite/share/postgresql/timezone/Europe/Helsinki", start: 5948951, end: 5950851 }, { filename: "/pglite/share/postgresql/timezone/Europe/Isle_of_Man", start: 5950851, end: 5954515 }, { filename: "/pglite/share/postgresql/timezone/Europe/Istanbul", start: 5954515, end: 5956462 }, { filename: "/pglite/share/postgresql/timezone/Europe/Jersey", start: 5956462, end: 5960126 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kaliningrad", start: 5960126, end: 5961619 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kiev", start: 5961619, end: 5963739 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kirov", start: 5963739, end: 5964924 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kyiv", start: 5964924, end: 5967044 }, { filename: "/pglite/share/postgresql/timezone/Europe/Lisbon", start: 5967044, end: 5970571 }, { filename: "/pglite/share/postgresql/timezone/Europe/Ljubljana", start: 5970571, end: 5972491 }, { filename: "/pglite/share/postgresql/timezone/Europe/London", start: 5972491, end: 5976155 }, { filename: "/pglite/share/postgresql/timezone/Europe/Luxembourg", start: 5976155, end: 5979088 }, { filename: "/pglite/share/postgresql/timezone/Europe/Madrid", start: 5979088, end: 5981702 }, { filename: "/pglite/share/postgresql/timezone/Europe/Malta", start: 5981702, end: 5984322 }, { filename: "/pglite/share/postgresql/timezone/Europe/Mariehamn", start: 5984322, end: 5986222 }, { filename: "/pglite/share/postgresql/timezone/Europe/Minsk", start: 5986222, end: 5987543 }, { filename: "/pglite/share/postgresql/timezone/Europe/Monaco", start: 5987543, end: 5990505 }, { filename: "/pglite/share/postgresql/timezone/Europe/Moscow", start: 5990505, end: 5992040 }, { filename: "/pglite/share/postgresql/timezone/Europe/Nicosia", start: 5992040, end: 5994042 }, { filename: "/pglite/share/postgresql/timezone/Europe/Oslo", start: 5994042, end: 5996340 }, { filename: "/pglite/share/postgresql/timezone/Europe/Paris", start: 5996340, end: 5999302 }, { filename: "/pglite/share/postgresql/timezone/Europe/Podgorica", start: 5999302, end: 6001222 }, { filename: "/pglite/share/postgresql/timezone/Europe/Prague", start: 6001222, end: 6003523 }, { filename: "/pglite/share/postgresql/timezone/Europe/Riga", start: 6003523, end: 6005721 }, { filename: "/pglite/share/postgresql/timezone/Europe/Rome", start: 6005721, end: 6008362 }, { filename: "/pglite/share/postgresql/timezone/Europe/Samara", start: 6008362, end: 6009577 }, { filename: "/pglite/share/postgresql/timezone/Europe/San_Marino", start: 6009577, end: 6012218 }, { filename: "/pglite/share/postgresql/timezone/Europe/Sarajevo", start: 6012218, end: 6014138 }, { filename: "/pglite/share/postgresql/timezone/Europe/Saratov", start: 6014138, end: 6015321 }, { filename: "/pglite/share/postgresql/timezone/Europe/Simferopol", start: 6015321, end: 6016790 }, { filename: "/pglite/share/postgresql/timezone/Europe/Skopje", start: 6016790, end: 6018710 }, { filename: "/pglite/share/postgresql/timezone/Europe/Sofia", start: 6018710, end: 6020787 }, { filename: "/pglite/share/postgresql/timezone/Europe/Stockholm", start: 6020787, end: 6023085 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tallinn", start: 6023085, end: 6025233 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tirane", start: 6025233, end: 6027317 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tiraspol", start: 6027317, end: 6029741 }, { filename: "/pglite/share/postgresql/timezone/Europe/Ulyanovsk", start: 6029741, end: 6031008 }, { filename: "/pglite/share/postgresql/timezone/Europe/Uzhgorod", start: 6031008, end: 6033128 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vaduz", start: 6033128, end: 6035037 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vatican", start: 6035037, end: 6037678 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vienna", start: 6037678, end: 6039878 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vilnius", start: 6039878, end: 6042040 }, { filename: "/pglite/share/postgresql/timezone/Europe/Volgograd", start: 6042040, end: 6043233 }, { filename: "/pglite/share/postgresql/timezone/Europe/Warsaw", start: 6043233, end: 6045887 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zagreb", start: 6045887, end: 6047807 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zaporozhye", start: 6047807, end: 6049927 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zurich", start: 6049927, end: 6051836 }, { filename: "/pglite/share/postgresql/timezone/Factory", start: 6051836, end: 6051952 }, { filename: "/pglite/share/postgresql/timezone/GB", start: 6051952, end: 6055616 }, { filename: "/pglite/share/postgresql/timezone/GB-Eire", start: 6055616, end: 6059280 }, { filename: "/pglite/share/postgresql/timezone/GMT", start: 6059280, end: 6059394 }, { filename: "/pglite/share/postgresql/timezone/GMT+0", start: 6059394, end: 6059508 }, { filename: "/pglite/share/postgresql/timezone/GMT-0", start: 6059508, end: 6059622 }, { filename: "/pglite/share/postgresql/timezone/GMT0", start: 6059622, end: 6059736 }, { filename: "/pglite/share/postgresql/timezone/Greenwich", start: 6059736, end: 6059850 }, { filename: "/pglite/share/postgresql/timezone/HST", start: 6059850, end: 6060179 }, { filename: "/pglite/share/postgresql/timezone/Hongkong", start: 6060179, end: 6061412 }, { filename: "/pglite/share/postgresql/timezone/Iceland", start: 6061412, end: 6061560 }, { filename: "/pglite/share/postgresql/timezone/Indian/Antananarivo", start: 6061560, end: 6061825 }, { filename: "/pglite/share/postgresql/timezone/Indian/Chagos", start: 6061825, end: 6062024 }, { filename: "/pglite/share/postgresql/timezone/Indian/Christmas", start: 6062024, end: 6062223 }, { filename: "/pglite/share/postgresql/timezone/Indian/Cocos", start: 6062223, end: 6062491 }, { filename: "/pglite/share/postgresql/timezone/Indian/Comoro", start: 6062491, end: 6062756 }, { filename: "/pglite/share/postgresql/timezone/Indian/Kerguelen", start: 6062756, end: 6062955 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mahe", start: 6062955, end: 6063120 }, { filename: "/pglite/share/postgresql/timezone/Indian/Maldives", start: 6063120, end: 6063319 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mauritius", start: 6063319, end: 6063560 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mayotte", start: 6063560, end: 6063825 }, { filename: "/pglite/share/postgresql/timezone/Indian/Reunion", start: 6063825, end: 6063990 }, { filename: "/pglite/share/postgresql/timezone/Iran", start: 6063990, end: 6065252 }, { filename: "/pglite/share/postgresql/timezone/Israel", start: 6065252, end: 6067640 }, { filename: "/pglite/share/postgresql/timezone/Jamaica", start: 6067640, end: 6068122 }, { filename: "/pglite/share/postgresql/timezone/Japan", start: 6068122, end: 6068431 }, { filename: "/pglite/share/postgresql/timezone/Kwajalein", start: 6068431, end: 6068747 }, { filename: "/pglite/share/postgresql/timezone/Libya", start: 6068747, end: 6069372 }, { filename: "/pglite/share/postgresql/timezone/MET", start: 6069372, end: 6072305 }, { filename: "/pglite/share/postgresql/timezone/MST", start: 6072305, end: 6072665 }, { filename: "/pglite/share/postgresql/timezone/MST7MDT", start: 6072665, end: 6075125 }, { filename: "/pglite/share/postgresql/timezone/Mexico/BajaNorte", start: 6075125, end: 6078031 }, { filename: "/pglite/share/postgresql/timezone/Mexico/BajaSur", start: 6078031, end: 6079091 }, { filename: "/pglite/share/postgresql/timezone/Mexico/General", start: 6079091, end: 6080313 }, { filename: "/pglite/share/postgresql/timezone/NZ", start: 6080313, end: 6082750 }, { filename: "/pglite/share/postgresql/timezone/NZ-CHAT", start: 6082750, end: 6084818 }, { filename: "/pglite/share/postgresql/timezone/Navajo", start: 6084818, end: 6087278 }, { filename: "/pglite/share/postgresql/timezone/PRC", start: 6087278, end: 6087839 }, { filename: "/pglite/share/postgresql/timezone/PST8PDT", start: 6087839, end: 6090691 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Apia", start: 6090691, end: 6091303 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Auckland", start: 6091303, end: 6093740 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Bougainville", start: 6093740, end: 6094008 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Chatham", start: 6094008, end: 6096076 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Chuuk", start: 6096076, end: 6096262 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Easter", start: 6096262, end: 6098495 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Efate", start: 6098495, end: 6099033 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Enderbury", start: 6099033, end: 6099267 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Fakaofo", start: 6099267, end: 6099467 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Fiji", start: 6099467, end: 6100045 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Funafuti", start: 6100045, end: 6100211 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Galapagos", start: 6100211, end: 6100449 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Gambier", start: 6100449, end: 6100613 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Guadalcanal", start: 6100613, end: 6100779 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Guam", start: 6100779, end: 6101273 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Honolulu", start: 6101273, end: 6101602 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Johnston", start: 6101602, end: 6101931 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kanton", start: 6101931, end: 6102165 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kiritimati", start: 6102165, end: 6102403 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kosrae", start: 6102403, end: 6102754 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kwajalein", start: 6102754, end: 6103070 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Majuro", start: 6103070, end: 6103236 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Marquesas", start: 6103236, end: 6103409 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Midway", start: 6103409, end: 6103584 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Nauru", start: 6103584, end: 6103836 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Niue", start: 6103836, end: 6104039 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Norfolk", start: 6104039, end: 6104919 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Noumea", start: 6104919, end: 6105223 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pago_Pago", start: 6105223, end: 6105398 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Palau", start: 6105398, end: 6105578 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pitcairn", start: 6105578, end: 6105780 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pohnpei", start: 6105780, end: 6105946 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Ponape", start: 6105946, end: 6106112 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Port_Moresby", start: 6106112, end: 6106298 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Rarotonga", start: 6106298, end: 6106901 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Saipan", start: 6106901, end: 6107395 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Samoa", start: 6107395, end: 6107570 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tahiti", start: 6107570, end: 6107735 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tarawa", start: 6107735, end: 6107901 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tongatapu", start: 6107901, end: 6108273 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Truk", start: 6108273, end: 6108459 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Wake", start: 6108459, end: 6108625 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Wallis", start: 6108625, end: 6108791 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Yap", start: 6108791, end: 6108977 }, { filename: "/pglite/share/postgresql/timezone/Poland", start: 6108977, end: 6111631 }, { filename: "/pglite/share/postgresql/timezone/Portugal", start: 6111631, end: 6115158 }, { filename: "/pglite/share/postgresql/timezone/ROC", start: 6115158, end: 6115919 }, { filename: "/pglite/share/postgresql/timezone/ROK", start: 6115919, end: 6116536 }, { filename: "/pglite/share/postgresql/timezone/Singapore", start: 6116536, end: 6116951 }, { filename: "/pglite/share/postgresql/timezone/Turkey", start: 6116951, end: 6118898 }, { filename: "/pglite/share/postgresql/timezone/UCT", start: 6118898, end: 6119012 }, { filename: "/pglite/share/postgresql/timezone/US/Alaska", start: 6119012, end: 6121383 }, { filename: "/pglite/share/postgresql/timezone/US/Aleutian", start: 6121383, end: 6123739 }, { filename: "/pglite/share/postgresql/timezone/US/Arizona", start: 6123739, end: 6124099 }, { filename: "/pglite/share/postgresql/timezone/US/Central", start: 6124099, end: 6127691 }, { filename: "/pglite/share/postgresql/timezone/US/East-Indiana", start: 6127691, end: 6129373 }, { filename: "/pglite/share/postgresql/timezone/US/Eastern", start: 6129373, end: 6132925 }, { filename: "/pglite/share/postgresql/timezone/US/Hawaii", start: 6132925, end: 6133254 }, { filename: "/pglite/share/postgresql/timezone/US/Indiana-Starke", start: 6133254, end: 6135698 }, { filename: "/pglite/share/postgresql/timezone/US/Michigan", start: 6135698, end: 6137928 }, { filename: "/pglite/share/postgresql/timezone/US/Mountain", start: 6137928, end: 6140388 }, { filename: "/pglite/share/postgresql/timezone/US/Pacific", start: 6140388, end: 6143240 }, { filename: "/pglite/share/postgresql/timezone/US/Samoa", start: 6143240, end: 6143415 }, { filename: "/pglite/share/postgresql/timezone/UTC", start: 6143415, end: 6143529 }, { filename: "/pglite/share/postgresql/timezone/Universal", start: 6143529, end: 6143643 }, { filename: "/pglite/share/postgresql/timezone/W-SU", start: 6143643, end: 6145178 }, { filename: "/pglite/share/postgresql/timezone/WET", start: 6145178, end: 6148705 }, { filename: "/pglite/share/postgresql/timezone/Zulu", start: 6148705, end: 6148819 }, { filename: "/pglite/share/postgresql/timezonesets/Africa.txt", start: 6148819, end: 6155792 }, { filename: "/pglite/share/postgresql/timezonesets/America.txt", start: 6155792, end: 6166799 }, { filename: "/pglite/share/postgresql/timezonesets/Antarctica.txt", start: 6166799, end: 6167933 }, { filename: "/pglite/share/postgresql/timezonesets/Asia.txt", start: 6167933, end: 6176244 }, { filename: "/pglite/share/postgresql/timezonesets/Atlantic.txt", start: 6176244, end: 6179777 }, { filename: "/pglite/share/postgresql/timezonesets/Australia", start: 6179777, end: 6180912 }, { filename: "/pglite/share/postgresql/timezonesets/Australia.txt", start: 6180912, end: 6184296 }, { filename: "/pglite/share/postgresql/timezonesets/Default", start: 6184296, end: 6211510 }, { filename: "/pglite/share/postgresql/timezonesets/Etc.txt", start: 6211510, end: 6212760 }, { filename: "/pglite/share/postgresql/timezonesets/Europe.txt", start: 6212760, end: 6221506 }, { filename: "/pglite/share/postgresql/timezonesets/India", start: 6221506, end: 6222099 }, { filename: "/pglite/share/postgresql/timezonesets/Indian.txt", start: 6222099, end: 6223360 }, { filename: "/pglite/share/postgresql/timezonesets/Pacific.txt", start: 6223360, end: 6227128 }, { filename: "/pglite/share/postgresql/tsearch_data/danish.stop", start: 6227128, end: 6227552 }, { filename: "/pglite/share/postgresql/tsearch_data/dutch.stop", start: 6227552, end: 6228005 }, { filename: "/pglite/share/postgresql/tsearch_data/english.stop", start: 6228005, end: 6228627 }, { filename: "/pglite/share/postgresql/tsearch_data/finnish.stop", start: 6228627, end: 6230206 }, { filename: "/pglite/share/postgresql/tsearch_data/french.stop", start: 6230206, end: 6231011 }, { filename: "/pglite/share/postgresql/tsearch_data/german.stop", start: 6231011, end: 6232360 }, { filename: "/pglite/share/postgresql/tsearch_data/hungarian.stop", start: 6232360, end: 6233587 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample.affix", start: 6233587, end: 6233830 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_long.affix", start: 6233830, end: 6234463 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_long.dict", start: 6234463, end: 6234561 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_num.affix", start: 6234561, end: 6235023 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_num.dict", start: 6235023, end: 6235152 }, { filename: "/pglite/share/postgresql/tsearch_data/ispell_sample.affix", start: 6235152, end: 6235617 }, { filename: "/pglite/share/postgresql/tsearch_data/ispell_sample.dict", start: 6235617, end: 6235698 }, { filename: "/pglite/share/postgresql/tsearch_data/italian.stop", start: 6235698, end: 6237352 }, { filename: "/pglite/share/postgresql/tsearch_data/nepali.stop", start: 6237352, end: 6241613 }, { filename: "/pglite/share/postgresql/tsearch_data/norwegian.stop", start: 6241613, end: 6242464 }, { filename: "/pglite/share/postgresql/tsearch_data/portuguese.stop", start: 6242464, end: 6243731 }, { filename: "/pglite/share/postgresql/tsearch_data/russian.stop", start: 6243731, end: 6244966 }, { filename: "/pglite/share/postgresql/tsearch_data/spanish.stop", start: 6244966, end: 6247144 }, { filename: "/pglite/share/postgresql/tsearch_data/swedish.stop", start: 6247144, end: 6247703 }, { filename: "/pglite/share/postgresql/tsearch_data/synonym_sample.syn", start: 6247703, end: 6247776 }, { filename: "/pglite/share/postgresql/tsearch_data/thesaurus_sample.ths", start: 6247776, end: 6248249 }, { filename: "/pglite/share/postgresql/tsearch_data/turkish.stop", start: 6248249, end: 6248509 }], remote_package_size: 6248509 });
  })();
  var programArgs = [], thisProgram = "./this.program", quit_ = (e4, t32) => {
    throw t32;
  }, _scriptName = import.meta.url, scriptDirectory = "";
  function locateFile(e4) {
    return Module.locateFile ? Module.locateFile(e4, scriptDirectory) : scriptDirectory + e4;
  }
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("node:fs");
    _scriptName.startsWith("file:") && (scriptDirectory = require("node:path").dirname(require("node:url").fileURLToPath(_scriptName)) + "/"), readBinary = (e4) => {
      e4 = isFileURI(e4) ? new URL(e4) : e4;
      var t32 = fs.readFileSync(e4);
      return t32;
    }, readAsync = async (e4, t32 = true) => {
      e4 = isFileURI(e4) ? new URL(e4) : e4;
      var r10 = fs.readFileSync(e4, t32 ? void 0 : "utf8");
      return r10;
    }, process.argv.length > 1 && (thisProgram = process.argv[1].replace(/\\/g, "/")), programArgs = process.argv.slice(2), quit_ = (e4, t32) => {
      throw process.exitCode = e4, t32;
    };
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    ENVIRONMENT_IS_WORKER && (readBinary = (e4) => {
      var t32 = new XMLHttpRequest();
      return t32.open("GET", e4, false), t32.responseType = "arraybuffer", t32.send(null), new Uint8Array(t32.response);
    }), readAsync = async (e4) => {
      var t32 = await fetch(e4, { credentials: "same-origin" });
      if (t32.ok) return t32.arrayBuffer();
      throw new Error(t32.status + " : " + t32.url);
    };
  }
  var out = console.log.bind(console), err = console.error.bind(console), dynamicLibraries = [], wasmBinary, ABORT = false, EXITSTATUS, isFileURI = (e4) => e4.startsWith("file://");
  class EmscriptenEH {
  }
  class EmscriptenSjLj extends EmscriptenEH {
  }
  var runtimeInitialized = false, runtimeExited = false;
  function getMemoryBuffer() {
    return wasmMemory.buffer;
  }
  function updateMemoryViews() {
    if (!HEAP8?.buffer?.resizable) {
      var e4 = getMemoryBuffer();
      HEAP8 = new Int8Array(e4), HEAP16 = new Int16Array(e4), Module.HEAPU8 = HEAPU8 = new Uint8Array(e4), HEAPU16 = new Uint16Array(e4), HEAP32 = new Int32Array(e4), HEAPU32 = new Uint32Array(e4), HEAPF32 = new Float32Array(e4), HEAPF64 = new Float64Array(e4), HEAP64 = new BigInt64Array(e4), HEAPU64 = new BigUint64Array(e4);
    }
  }
  function initMemory() {
    if (Module.wasmMemory) wasmMemory = Module.wasmMemory;
    else {
      var e4 = Module.INITIAL_MEMORY || 134217728;
      wasmMemory = new WebAssembly.Memory({ initial: e4 / 65536, maximum: 32768 });
    }
    updateMemoryViews();
  }
  var __RELOC_FUNCS__ = [];
  function preRun() {
    var e4 = Module.preRun;
    e4 && (typeof e4 == "function" && (e4 = [e4]), onPreRuns.push(...e4)), callRuntimeCallbacks(onPreRuns);
  }
  function initRuntime() {
    runtimeInitialized = true, callRuntimeCallbacks(__RELOC_FUNCS__), !Module.noFSInit && !FS.initialized && FS.init(), TTY.init(), SOCKFS.root = FS.mount(SOCKFS, {}, null), PIPEFS.root = FS.mount(PIPEFS, {}, null), wasmExports.__wasm_call_ctors(), callRuntimeCallbacks(onPostCtors), FS.ignorePermissions = false;
  }
  function exitRuntime() {
    ___funcs_on_exit(), FS.quit(), TTY.shutdown(), IDBFS.quit(), clearTimers(), runtimeExited = true;
  }
  function postRun() {
    var e4 = Module.postRun;
    e4 && (typeof e4 == "function" && (e4 = [e4]), onPostRuns.push(...e4)), callRuntimeCallbacks(onPostRuns);
  }
  function abort(e4) {
    Module.onAbort?.(e4), e4 = `Aborted(${e4})`, err(e4), ABORT = true, e4 += ". Build with -sASSERTIONS for more info.";
    var t32 = new WebAssembly.RuntimeError(e4);
    throw t32;
  }
  var wasmBinaryFile;
  function findWasmBinary() {
    return Module.locateFile ? locateFile("pglite.wasm") : new URL("pglite.wasm", import.meta.url).href;
  }
  function getBinarySync(e4) {
    if (readBinary) return readBinary(e4);
    throw "both async and sync fetching of the wasm failed";
  }
  async function getWasmBinary(e4) {
    if (!wasmBinary) try {
      var t32 = await readAsync(e4);
      return new Uint8Array(t32);
    } catch {
    }
    return getBinarySync(e4);
  }
  async function instantiateArrayBuffer(e4, t32) {
    try {
      var r10 = await getWasmBinary(e4), _4 = await WebAssembly.instantiate(r10, t32);
      return _4;
    } catch (n3) {
      err(`failed to asynchronously prepare wasm: ${n3}`), abort(n3);
    }
  }
  async function instantiateAsync(e4, t32, r10) {
    if (!e4 && !ENVIRONMENT_IS_NODE) try {
      var _4 = fetch(t32, { credentials: "same-origin" }), n3 = await WebAssembly.instantiateStreaming(_4, r10);
      return n3;
    } catch (a14) {
      err(`wasm streaming compile failed: ${a14}`), err("falling back to ArrayBuffer instantiation");
    }
    return instantiateArrayBuffer(t32, r10);
  }
  function getWasmImports() {
    var e4 = new Proxy(/* @__PURE__ */ new Set([]), GOTHandler), t32 = { env: wasmImports, wasi_snapshot_preview1: wasmImports, "GOT.mem": e4, "GOT.func": e4 };
    return t32;
  }
  async function createWasm() {
    async function e4(i8, l3) {
      wasmExports = i8.exports;
      var o8 = wasmExports;
      mergeLibSymbols(wasmExports, "main");
      var s5 = getDylinkMetadata(l3);
      return s5.neededDynlibs && (dynamicLibraries = s5.neededDynlibs.concat(dynamicLibraries)), assignWasmExports(wasmExports), updateGOT(o8), LDSO.init(), await loadDylibs(), wasmExports;
    }
    function t32(i8) {
      return e4(i8.instance, i8.module);
    }
    var r10 = getWasmImports(), _4 = Module.instantiateWasm;
    if (_4) return new Promise((i8) => {
      _4(r10, (l3, o8) => i8(e4(l3, o8)));
    });
    wasmBinaryFile ?? (wasmBinaryFile = findWasmBinary());
    var n3 = await instantiateAsync(wasmBinary, wasmBinaryFile, r10), a14 = await t32(n3);
    return a14;
  }
  class ExitStatus {
    constructor(t32) {
      P(this, "name", "ExitStatus");
      this.message = `Program terminated with exit(${t32})`, this.status = t32;
    }
  }
  var GOT = {}, GOTHandler = { get(e4, t32) {
    var r10 = GOT[t32];
    return r10 || (r10 = GOT[t32] = new WebAssembly.Global({ value: "i32", mutable: true }, -1)), e4.has(t32) || (r10.required = true), r10;
  } }, HEAP16, HEAP32, HEAP64, HEAP8, HEAPF32, HEAPF64, HEAPU16, HEAPU32, HEAPU64, HEAPU8, callRuntimeCallbacks = (e4) => {
    for (; e4.length > 0; ) e4.shift()(Module);
  }, onPostRuns = [], onPreRuns = [], UTF8Decoder = globalThis.TextDecoder && new TextDecoder(), findStringEnd = (e4, t32, r10, _4) => {
    var n3 = t32 + r10;
    if (_4) return n3;
    for (; e4[t32] && !(t32 >= n3); ) ++t32;
    return t32;
  }, UTF8ArrayToString = (e4, t32 = 0, r10, _4) => {
    var n3 = findStringEnd(e4, t32, r10, _4);
    if (n3 - t32 > 16 && e4.buffer && UTF8Decoder) return UTF8Decoder.decode(e4.subarray(t32, n3));
    for (var a14 = ""; t32 < n3; ) {
      var i8 = e4[t32++];
      if (!(i8 & 128)) {
        a14 += String.fromCharCode(i8);
        continue;
      }
      var l3 = e4[t32++] & 63;
      if ((i8 & 224) == 192) {
        a14 += String.fromCharCode((i8 & 31) << 6 | l3);
        continue;
      }
      var o8 = e4[t32++] & 63;
      if ((i8 & 240) == 224 ? i8 = (i8 & 15) << 12 | l3 << 6 | o8 : i8 = (i8 & 7) << 18 | l3 << 12 | o8 << 6 | e4[t32++] & 63, i8 < 65536) a14 += String.fromCharCode(i8);
      else {
        var s5 = i8 - 65536;
        a14 += String.fromCharCode(55296 | s5 >> 10, 56320 | s5 & 1023);
      }
    }
    return a14;
  }, getDylinkMetadata = (e4) => {
    var t32 = 0, r10 = 0;
    function _4() {
      return e4[t32++];
    }
    function n3() {
      for (var R3 = 0, H4 = 1; ; ) {
        var Oe3 = e4[t32++];
        if (R3 += (Oe3 & 127) * H4, H4 *= 128, !(Oe3 & 128)) break;
      }
      return R3;
    }
    function a14() {
      var R3 = n3();
      return t32 += R3, UTF8ArrayToString(e4, t32 - R3, R3);
    }
    function i8() {
      for (var R3 = n3(), H4 = []; R3--; ) H4.push(a14());
      return H4;
    }
    function l3(R3, H4) {
      if (R3) throw new Error(H4);
    }
    if (e4 instanceof WebAssembly.Module) {
      var o8 = WebAssembly.Module.customSections(e4, "dylink.0");
      l3(o8.length === 0, "need dylink section"), e4 = new Uint8Array(o8[0]), r10 = e4.length;
    } else {
      var s5 = new Uint32Array(new Uint8Array(e4.subarray(0, 24)).buffer), c5 = s5[0] == 1836278016;
      l3(!c5, "need to see wasm magic number"), l3(e4[8] !== 0, "need the dylink section to be first"), t32 = 9;
      var g7 = n3();
      r10 = t32 + g7;
      var d5 = a14();
      l3(d5 !== "dylink.0");
    }
    for (var p7 = { neededDynlibs: [], tlsExports: /* @__PURE__ */ new Set(), weakImports: /* @__PURE__ */ new Set(), runtimePaths: [] }, u3 = 1, m7 = 2, M2 = 3, S4 = 4, v5 = 5, F5 = 256, b4 = 3, A4 = 1; t32 < r10; ) {
      var T5 = _4(), V2 = n3();
      if (T5 === u3) p7.memorySize = n3(), p7.memoryAlign = n3(), p7.tableSize = n3(), p7.tableAlign = n3();
      else if (T5 === m7) p7.neededDynlibs = i8();
      else if (T5 === M2) for (var re = n3(); re--; ) {
        var _e2 = a14(), ne = n3();
        ne & F5 && p7.tlsExports.add(_e2);
      }
      else if (T5 === S4) for (var re = n3(); re--; ) {
        var L5 = a14(), _e2 = a14(), ne = n3();
        (ne & b4) == A4 && p7.weakImports.add(_e2);
      }
      else T5 === v5 ? p7.runtimePaths = i8() : t32 += V2;
    }
    return p7;
  };
  function getValue(e4, t32 = "i8") {
    switch (t32.endsWith("*") && (t32 = "*"), t32) {
      case "i1":
        return HEAP8[e4];
      case "i8":
        return HEAP8[e4];
      case "i16":
        return HEAP16[e4 >> 1];
      case "i32":
        return HEAP32[e4 >> 2];
      case "i64":
        return HEAP64[e4 >> 3];
      case "float":
        return HEAPF32[e4 >> 2];
      case "double":
        return HEAPF64[e4 >> 3];
      case "*":
        return HEAPU32[e4 >> 2];
      default:
        abort(`invalid type for getValue: ${t32}`);
    }
  }
  var newDSO = (e4, t32, r10) => {
    var _4 = { refcount: 1 / 0, name: e4, exports: r10, global: true };
    return LDSO.loadedLibsByName[e4] = _4, t32 != null && (LDSO.loadedLibsByHandle[t32] = _4), _4;
  }, LDSO = { loadedLibsByName: {}, loadedLibsByHandle: {}, init() {
    newDSO("__main__", 0, wasmImports);
  } }, alignMemory = (e4, t32) => Math.ceil(e4 / t32) * t32, getMemory = (e4) => {
    if (runtimeInitialized) return _calloc(e4, 1);
    var t32 = ___heap_base, r10 = t32 + alignMemory(e4, 16);
    ___heap_base = r10;
    var _4 = _emscripten_get_sbrk_ptr();
    return HEAPU32[_4 >> 2] = r10, t32;
  }, isInternalSym = (e4) => ["memory", "__memory_base", "__table_base", "__stack_pointer", "__indirect_function_table", "__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(e4) || e4.startsWith("__em_js__"), wasmTableMirror = [], getWasmTableEntry = (e4) => {
    var t32 = wasmTableMirror[e4];
    return t32 || (wasmTableMirror[e4] = t32 = wasmTable.get(e4)), t32;
  }, updateTableMap = (e4, t32) => {
    if (functionsInTableMap) for (var r10 = e4; r10 < e4 + t32; r10++) {
      var _4 = getWasmTableEntry(r10);
      _4 && functionsInTableMap.set(_4, r10);
    }
  }, functionsInTableMap, getFunctionAddress = (e4) => (functionsInTableMap || (functionsInTableMap = /* @__PURE__ */ new WeakMap(), updateTableMap(0, wasmTable.length)), functionsInTableMap.get(e4) || 0), freeTableIndexes = [], getEmptyTableSlot = () => freeTableIndexes.length ? freeTableIndexes.pop() : wasmTable.grow(1), setWasmTableEntry = (e4, t32) => {
    wasmTable.set(e4, t32), wasmTableMirror[e4] = wasmTable.get(e4);
  }, uleb128EncodeWithLen = (e4) => {
    let t32 = e4.length;
    return [t32 % 128 | 128, t32 >> 7, ...e4];
  }, wasmTypeCodes = { i: 127, p: 127, j: 126, f: 125, d: 124, e: 111 }, generateTypePack = (e4) => uleb128EncodeWithLen(Array.from(e4, (t32) => {
    var r10 = wasmTypeCodes[t32];
    return r10;
  })), convertJsFunctionToWasm = (e4, t32) => {
    var r10 = Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0, 1, ...uleb128EncodeWithLen([1, 96, ...generateTypePack(t32.slice(1)), ...generateTypePack(t32[0] === "v" ? "" : t32[0])]), 2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0), _4 = new WebAssembly.Module(r10), n3 = new WebAssembly.Instance(_4, { e: { f: e4 } }), a14 = n3.exports.f;
    return a14;
  }, addFunction = (e4, t32) => {
    var r10 = getFunctionAddress(e4);
    if (r10) return r10;
    var _4 = getEmptyTableSlot();
    try {
      setWasmTableEntry(_4, e4);
    } catch (a14) {
      if (!(a14 instanceof TypeError)) throw a14;
      var n3 = convertJsFunctionToWasm(e4, t32);
      setWasmTableEntry(_4, n3);
    }
    return functionsInTableMap.set(e4, _4), _4;
  }, updateGOT = (e4, t32) => {
    for (var r10 in e4) if (!isInternalSym(r10)) {
      var _4 = e4[r10], n3 = GOT[r10] && GOT[r10].value != -1;
      if (t32 || !n3) {
        var a14;
        if (typeof _4 == "function") a14 = addFunction(_4);
        else if (typeof _4.value == "number") a14 = _4;
        else continue;
        GOT[r10] ?? (GOT[r10] = new WebAssembly.Global({ value: "i32", mutable: true })), GOT[r10].value = a14;
      }
    }
  }, isImmutableGlobal = (e4) => {
    if (e4 instanceof WebAssembly.Global) try {
      e4.value = e4.value;
    } catch {
      return true;
    }
    return false;
  }, relocateExports = (e4, t32 = 0) => {
    function r10(a14, i8) {
      return isImmutableGlobal(i8) ? new WebAssembly.Global({ value: "i32" }, i8.value + t32) : i8;
    }
    var _4 = {};
    for (var n3 in e4) _4[n3] = r10(n3, e4[n3]);
    return _4;
  }, isSymbolDefined = (e4) => {
    var t32 = wasmImports[e4];
    return !(!t32 || t32.stub);
  }, createNamedFunction = (e4, t32) => Object.defineProperty(t32, "name", { value: e4 }), dynCall = (e4, t32, r10 = [], _4 = false) => {
    var n3 = getWasmTableEntry(t32), a14 = n3(...r10);
    function i8(l3) {
      return l3;
    }
    return a14;
  }, stackSave = () => _emscripten_stack_get_current(), stackRestore = (e4) => __emscripten_stack_restore(e4), createInvokeFunction = (e4) => (t32, ...r10) => {
    var _4 = stackSave();
    try {
      return dynCall(e4, t32, r10);
    } catch (n3) {
      if (stackRestore(_4), !(n3 instanceof EmscriptenEH)) throw n3;
      if (_setThrew(1, 0), e4[0] == "j") return 0n;
    }
  }, resolveGlobalSymbol = (e4, t32 = false) => {
    var r10;
    return isSymbolDefined(e4) ? r10 = wasmImports[e4] : e4.startsWith("invoke_") && (r10 = wasmImports[e4] = createNamedFunction(e4, createInvokeFunction(e4.split("_")[1]))), { sym: r10, name: e4 };
  }, onPostCtors = [], addOnPostCtor = (e4) => onPostCtors.push(e4), UTF8ToString = (e4, t32, r10) => e4 ? UTF8ArrayToString(HEAPU8, e4, t32, r10) : "", loadWebAssemblyModule = (binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign), memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0, tableBase = metadata.tableSize ? wasmTable.length : 0;
      handle && (HEAP8[handle + 8] = 1, HEAPU32[handle + 12 >> 2] = memoryBase, HEAP32[handle + 16 >> 2] = metadata.memorySize, HEAPU32[handle + 20 >> 2] = tableBase, HEAP32[handle + 24 >> 2] = metadata.tableSize), metadata.tableSize && wasmTable.grow(metadata.tableSize);
      var moduleExports;
      function resolveSymbol(e4) {
        var t32 = resolveGlobalSymbol(e4).sym;
        return !t32 && localScope && (t32 = localScope[e4]), t32 || (t32 = moduleExports[e4]), t32;
      }
      var proxyHandler = { get(e4, t32) {
        switch (t32) {
          case "__memory_base":
            return memoryBase;
          case "__table_base":
            return tableBase;
        }
        if (t32 in wasmImports && !wasmImports[t32].stub) {
          var r10 = wasmImports[t32];
          return r10;
        }
        if (!(t32 in e4)) {
          var _4;
          e4[t32] = (...n3) => (_4 || (_4 = resolveSymbol(t32)), _4(...n3));
        }
        return e4[t32];
      } }, proxy = new Proxy({}, proxyHandler), GOTProxy = new Proxy(metadata.weakImports, GOTHandler), info = { "GOT.mem": GOTProxy, "GOT.func": GOTProxy, env: proxy, wasi_snapshot_preview1: proxy };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize), moduleExports = relocateExports(instance.exports, memoryBase), updateGOT(moduleExports), flags.allowUndefined || reportUndefinedSymbols();
        function addEmAsm(addr, body) {
          for (var args = [], arity = 0; ; arity++) {
            var argName = "$" + arity;
            if (!body.includes(argName)) break;
            args.push(argName);
          }
          args = args.join();
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        if ("__start_em_asm" in moduleExports) for (var start = moduleExports.__start_em_asm.value, stop = moduleExports.__stop_em_asm.value; start < stop; ) {
          var jsString = UTF8ToString(start);
          addEmAsm(start, jsString), start = HEAPU8.indexOf(0, start) + 1;
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          if (cSig = cSig.slice(1, -1), cSig != "void") {
            cSig = cSig.split(",");
            for (var arg of cSig) {
              var jsArg = arg.split(" ").pop();
              jsArgs.push(jsArg.replaceAll("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        for (var name in moduleExports) if (name.startsWith("__em_js__")) {
          var start = moduleExports[name].value, jsString = UTF8ToString(start), [sig, body] = jsString.split("<::>");
          addEmJs(name.replace("__em_js__", ""), sig, body), delete moduleExports[name];
        }
        var applyRelocs = moduleExports.__wasm_apply_data_relocs;
        applyRelocs && (runtimeInitialized ? applyRelocs() : __RELOC_FUNCS__.push(applyRelocs));
        var init = moduleExports.__wasm_call_ctors;
        return init && (runtimeInitialized ? init() : addOnPostCtor(init)), moduleExports;
      }
      if (flags.loadAsync) return (async () => {
        var e4;
        return binary instanceof WebAssembly.Module ? e4 = new WebAssembly.Instance(binary, info) : { module: binary, instance: e4 } = await WebAssembly.instantiate(binary, info), postInstantiation(binary, e4);
      })();
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary), instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    if (flags = { ...flags, rpath: { parentLibPath: libName, paths: metadata.runtimePaths } }, flags.loadAsync) return metadata.neededDynlibs.reduce((e4, t32) => e4.then(() => (t32 = findLibraryFS(t32, flags.rpath) ?? t32, loadDynamicLibrary(t32, flags, localScope))), Promise.resolve()).then(loadModule);
    for (var needed of metadata.neededDynlibs) needed = findLibraryFS(needed, flags.rpath) ?? needed, loadDynamicLibrary(needed, flags, localScope);
    return loadModule();
  }, mergeLibSymbols = (e4, t32) => {
    for (var [r10, _4] of Object.entries(e4)) {
      let n3 = (i8) => {
        isSymbolDefined(i8) || (wasmImports[i8] = _4);
      };
      n3(r10);
      let a14 = "__main_argc_argv";
      r10 == "main" && n3(a14), r10 == a14 && n3("main");
    }
  }, asyncLoad = async (e4) => {
    var t32 = await readAsync(e4);
    return new Uint8Array(t32);
  }, preloadPlugins = [], registerWasmPlugin = () => {
    var e4 = { promiseChainEnd: Promise.resolve(), canHandle: (t32) => !Module.noWasmDecoding && t32.endsWith(".so"), handle: async (t32, r10) => e4.promiseChainEnd = e4.promiseChainEnd.then(async () => {
      try {
        var _4 = await loadWebAssemblyModule(t32, { loadAsync: true, nodelete: true }, r10, {});
      } catch (n3) {
        throw new Error(`failed to instantiate wasm: ${r10}: ${n3}`);
      }
      return preloadedWasm[r10] = _4, t32;
    }) };
    preloadPlugins.push(e4);
  }, preloadedWasm = {}, PATH = { isAbs: (e4) => e4.charAt(0) === "/", splitPath: (e4) => {
    var t32 = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
    return t32.exec(e4).slice(1);
  }, normalizeArray: (e4, t32) => {
    for (var r10 = 0, _4 = e4.length - 1; _4 >= 0; _4--) {
      var n3 = e4[_4];
      n3 === "." ? e4.splice(_4, 1) : n3 === ".." ? (e4.splice(_4, 1), r10++) : r10 && (e4.splice(_4, 1), r10--);
    }
    if (t32) for (; r10; r10--) e4.unshift("..");
    return e4;
  }, normalize: (e4) => {
    var t32 = PATH.isAbs(e4), r10 = e4.slice(-1) === "/";
    return e4 = PATH.normalizeArray(e4.split("/").filter((_4) => !!_4), !t32).join("/"), !e4 && !t32 && (e4 = "."), e4 && r10 && (e4 += "/"), (t32 ? "/" : "") + e4;
  }, dirname: (e4) => {
    var t32 = PATH.splitPath(e4), r10 = t32[0], _4 = t32[1];
    return !r10 && !_4 ? "." : (_4 && (_4 = _4.slice(0, -1)), r10 + _4);
  }, basename: (e4) => e4 && e4.match(/([^\/]+|\/)\/*$/)[1], join: (...e4) => PATH.normalize(e4.join("/")), join2: (e4, t32) => PATH.normalize(e4 + "/" + t32) }, replaceORIGIN = (e4, t32) => {
    if (t32.startsWith("$ORIGIN")) {
      var r10 = PATH.dirname(e4);
      return t32.replace("$ORIGIN", r10);
    }
    return t32;
  }, withStackSave = (e4) => {
    var t32 = stackSave(), r10 = e4();
    return stackRestore(t32), r10;
  }, stackAlloc = (e4) => __emscripten_stack_alloc(e4), lengthBytesUTF8 = (e4) => {
    for (var t32 = 0, r10 = 0; r10 < e4.length; ++r10) {
      var _4 = e4.charCodeAt(r10);
      _4 <= 127 ? t32++ : _4 <= 2047 ? t32 += 2 : _4 >= 55296 && _4 <= 57343 ? (t32 += 4, ++r10) : t32 += 3;
    }
    return t32;
  }, stringToUTF8Array = (e4, t32, r10, _4) => {
    if (!(_4 > 0)) return 0;
    for (var n3 = r10, a14 = r10 + _4 - 1, i8 = 0; i8 < e4.length; ++i8) {
      var l3 = e4.codePointAt(i8);
      if (l3 <= 127) {
        if (r10 >= a14) break;
        t32[r10++] = l3;
      } else if (l3 <= 2047) {
        if (r10 + 1 >= a14) break;
        t32[r10++] = 192 | l3 >> 6, t32[r10++] = 128 | l3 & 63;
      } else if (l3 <= 65535) {
        if (r10 + 2 >= a14) break;
        t32[r10++] = 224 | l3 >> 12, t32[r10++] = 128 | l3 >> 6 & 63, t32[r10++] = 128 | l3 & 63;
      } else {
        if (r10 + 3 >= a14) break;
        t32[r10++] = 240 | l3 >> 18, t32[r10++] = 128 | l3 >> 12 & 63, t32[r10++] = 128 | l3 >> 6 & 63, t32[r10++] = 128 | l3 & 63, i8++;
      }
    }
    return t32[r10] = 0, r10 - n3;
  }, stringToUTF8 = (e4, t32, r10) => stringToUTF8Array(e4, HEAPU8, t32, r10), stringToUTF8OnStack = (e4) => {
    var t32 = lengthBytesUTF8(e4) + 1, r10 = stackAlloc(t32);
    return stringToUTF8(e4, r10, t32), r10;
  }, initRandomFill = () => {
    if (ENVIRONMENT_IS_NODE) {
      var e4 = require("node:crypto");
      return (t32) => (e4.randomFillSync(t32), 0);
    }
    return (t32) => (crypto.getRandomValues(t32), 0);
  }, randomFill = (e4) => (randomFill = initRandomFill())(e4), PATH_FS = { resolve: (...e4) => {
    for (var t32 = "", r10 = false, _4 = e4.length - 1; _4 >= -1 && !r10; _4--) {
      var n3 = _4 >= 0 ? e4[_4] : FS.cwd();
      if (typeof n3 != "string") throw new TypeError("Arguments to path.resolve must be strings");
      if (!n3) return "";
      t32 = n3 + "/" + t32, r10 = PATH.isAbs(n3);
    }
    return t32 = PATH.normalizeArray(t32.split("/").filter((a14) => !!a14), !r10).join("/"), (r10 ? "/" : "") + t32 || ".";
  }, relative: (e4, t32) => {
    e4 = PATH_FS.resolve(e4).slice(1), t32 = PATH_FS.resolve(t32).slice(1);
    function r10(s5) {
      for (var c5 = 0; c5 < s5.length && s5[c5] === ""; c5++) ;
      for (var g7 = s5.length - 1; g7 >= 0 && s5[g7] === ""; g7--) ;
      return c5 > g7 ? [] : s5.slice(c5, g7 - c5 + 1);
    }
    for (var _4 = r10(e4.split("/")), n3 = r10(t32.split("/")), a14 = Math.min(_4.length, n3.length), i8 = a14, l3 = 0; l3 < a14; l3++) if (_4[l3] !== n3[l3]) {
      i8 = l3;
      break;
    }
    for (var o8 = [], l3 = i8; l3 < _4.length; l3++) o8.push("..");
    return o8 = o8.concat(n3.slice(i8)), o8.join("/");
  } }, FS_stdin_getChar_buffer = [], intArrayFromString = (e4, t32, r10) => {
    var _4 = r10 > 0 ? r10 : lengthBytesUTF8(e4) + 1, n3 = new Array(_4), a14 = stringToUTF8Array(e4, n3, 0, n3.length);
    return t32 && (n3.length = a14), n3;
  }, FS_stdin_getChar = () => {
    if (!FS_stdin_getChar_buffer.length) {
      var e4 = null;
      if (ENVIRONMENT_IS_NODE) {
        var t32 = 256, r10 = Buffer.alloc(t32), _4 = 0, n3 = process.stdin.fd;
        try {
          _4 = fs.readSync(n3, r10, 0, t32);
        } catch (a14) {
          if (a14.toString().includes("EOF")) _4 = 0;
          else throw a14;
        }
        _4 > 0 && (e4 = r10.slice(0, _4).toString("utf-8"));
      } else globalThis.window?.prompt && (e4 = window.prompt("Input: "), e4 !== null && (e4 += `
`));
      if (!e4) return null;
      FS_stdin_getChar_buffer = intArrayFromString(e4, true);
    }
    return FS_stdin_getChar_buffer.shift();
  }, TTY = { ttys: [], init() {
  }, shutdown() {
  }, register(e4, t32) {
    TTY.ttys[e4] = { input: [], output: [], ops: t32 }, FS.registerDevice(e4, TTY.stream_ops);
  }, stream_ops: { open(e4) {
    var t32 = TTY.ttys[e4.node.rdev];
    if (!t32) throw new FS.ErrnoError(43);
    e4.tty = t32, e4.seekable = false;
  }, close(e4) {
    e4.tty.ops.fsync(e4.tty);
  }, fsync(e4) {
    e4.tty.ops.fsync(e4.tty);
  }, read(e4, t32, r10, _4, n3) {
    if (!e4.tty || !e4.tty.ops.get_char) throw new FS.ErrnoError(60);
    for (var a14 = 0, i8 = 0; i8 < _4; i8++) {
      var l3;
      try {
        l3 = e4.tty.ops.get_char(e4.tty);
      } catch {
        throw new FS.ErrnoError(29);
      }
      if (l3 === void 0 && a14 === 0) throw new FS.ErrnoError(6);
      if (l3 == null) break;
      a14++, t32[r10 + i8] = l3;
    }
    return a14 && (e4.node.atime = Date.now()), a14;
  }, write(e4, t32, r10, _4, n3) {
    if (!e4.tty || !e4.tty.ops.put_char) throw new FS.ErrnoError(60);
    try {
      for (var a14 = 0; a14 < _4; a14++) e4.tty.ops.put_char(e4.tty, t32[r10 + a14]);
    } catch {
      throw new FS.ErrnoError(29);
    }
    return _4 && (e4.node.mtime = e4.node.ctime = Date.now()), a14;
  } }, default_tty_ops: { get_char(e4) {
    return FS_stdin_getChar();
  }, put_char(e4, t32) {
    t32 === null || t32 === 10 ? (out(UTF8ArrayToString(e4.output)), e4.output = []) : t32 != 0 && e4.output.push(t32);
  }, fsync(e4) {
    e4.output?.length > 0 && (out(UTF8ArrayToString(e4.output)), e4.output = []);
  }, ioctl_tcgets(e4) {
    return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
  }, ioctl_tcsets(e4, t32, r10) {
    return 0;
  }, ioctl_tiocgwinsz(e4) {
    return [24, 80];
  } }, default_tty1_ops: { put_char(e4, t32) {
    t32 === null || t32 === 10 ? (err(UTF8ArrayToString(e4.output)), e4.output = []) : t32 != 0 && e4.output.push(t32);
  }, fsync(e4) {
    e4.output?.length > 0 && (err(UTF8ArrayToString(e4.output)), e4.output = []);
  } } }, zeroMemory = (e4, t32) => HEAPU8.fill(0, e4, e4 + t32), mmapAlloc = (e4) => {
    e4 = alignMemory(e4, 65536);
    var t32 = _emscripten_builtin_memalign(65536, e4);
    return t32 && zeroMemory(t32, e4), t32;
  }, MEMFS = { ops_table: null, mount(e4) {
    return MEMFS.createNode(null, "/", 16895, 0);
  }, createNode(e4, t32, r10, _4) {
    if (FS.isBlkdev(r10) || FS.isFIFO(r10)) throw new FS.ErrnoError(63);
    MEMFS.ops_table || (MEMFS.ops_table = { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } });
    var n3 = FS.createNode(e4, t32, r10, _4);
    return FS.isDir(n3.mode) ? (n3.node_ops = MEMFS.ops_table.dir.node, n3.stream_ops = MEMFS.ops_table.dir.stream, n3.contents = {}) : FS.isFile(n3.mode) ? (n3.node_ops = MEMFS.ops_table.file.node, n3.stream_ops = MEMFS.ops_table.file.stream, n3.usedBytes = 0, n3.contents = MEMFS.emptyFileContents ?? (MEMFS.emptyFileContents = new Uint8Array(0))) : FS.isLink(n3.mode) ? (n3.node_ops = MEMFS.ops_table.link.node, n3.stream_ops = MEMFS.ops_table.link.stream) : FS.isChrdev(n3.mode) && (n3.node_ops = MEMFS.ops_table.chrdev.node, n3.stream_ops = MEMFS.ops_table.chrdev.stream), n3.atime = n3.mtime = n3.ctime = Date.now(), e4 && (e4.contents[t32] = n3, e4.atime = e4.mtime = e4.ctime = n3.atime), n3;
  }, getFileDataAsTypedArray(e4) {
    return e4.contents.subarray(0, e4.usedBytes);
  }, expandFileStorage(e4, t32) {
    var r10 = e4.contents.length;
    if (!(r10 >= t32)) {
      var _4 = 1024 * 1024;
      t32 = Math.max(t32, r10 * (r10 < _4 ? 2 : 1.125) >>> 0), r10 && (t32 = Math.max(t32, 256));
      var n3 = MEMFS.getFileDataAsTypedArray(e4);
      e4.contents = new Uint8Array(t32), e4.contents.set(n3);
    }
  }, resizeFileStorage(e4, t32) {
    if (e4.usedBytes != t32) {
      var r10 = e4.contents;
      e4.contents = new Uint8Array(t32), e4.contents.set(r10.subarray(0, Math.min(t32, e4.usedBytes))), e4.usedBytes = t32;
    }
  }, node_ops: { getattr(e4) {
    var t32 = {};
    return t32.dev = FS.isChrdev(e4.mode) ? e4.id : 1, t32.ino = e4.id, t32.mode = e4.mode, t32.nlink = 1, t32.uid = 0, t32.gid = 0, t32.rdev = e4.rdev, FS.isDir(e4.mode) ? t32.size = 4096 : FS.isFile(e4.mode) ? t32.size = e4.usedBytes : FS.isLink(e4.mode) ? t32.size = e4.link.length : t32.size = 0, t32.atime = new Date(e4.atime), t32.mtime = new Date(e4.mtime), t32.ctime = new Date(e4.ctime), t32.blksize = 4096, t32.blocks = Math.ceil(t32.size / t32.blksize), t32;
  }, setattr(e4, t32) {
    for (let r10 of ["mode", "atime", "mtime", "ctime"]) t32[r10] != null && (e4[r10] = t32[r10]);
    t32.size !== void 0 && MEMFS.resizeFileStorage(e4, t32.size);
  }, lookup(e4, t32) {
    throw MEMFS.doesNotExistError || (MEMFS.doesNotExistError = new FS.ErrnoError(44), MEMFS.doesNotExistError.stack = "<generic error, no stack>"), MEMFS.doesNotExistError;
  }, mknod(e4, t32, r10, _4) {
    return MEMFS.createNode(e4, t32, r10, _4);
  }, rename(e4, t32, r10) {
    var _4;
    try {
      _4 = FS.lookupNode(t32, r10);
    } catch {
    }
    if (_4) {
      if (FS.isDir(e4.mode)) for (var n3 in _4.contents) throw new FS.ErrnoError(55);
      FS.hashRemoveNode(_4);
    }
    delete e4.parent.contents[e4.name], t32.contents[r10] = e4, e4.name = r10, t32.ctime = t32.mtime = e4.parent.ctime = e4.parent.mtime = Date.now();
  }, unlink(e4, t32) {
    delete e4.contents[t32], e4.ctime = e4.mtime = Date.now();
  }, rmdir(e4, t32) {
    var r10 = FS.lookupNode(e4, t32);
    for (var _4 in r10.contents) throw new FS.ErrnoError(55);
    delete e4.contents[t32], e4.ctime = e4.mtime = Date.now();
  }, readdir(e4) {
    return [".", "..", ...Object.keys(e4.contents)];
  }, symlink(e4, t32, r10) {
    var _4 = MEMFS.createNode(e4, t32, 41471, 0);
    return _4.link = r10, _4;
  }, readlink(e4) {
    if (!FS.isLink(e4.mode)) throw new FS.ErrnoError(28);
    return e4.link;
  } }, stream_ops: { read(e4, t32, r10, _4, n3) {
    var a14 = e4.node.contents;
    if (n3 >= e4.node.usedBytes) return 0;
    var i8 = Math.min(e4.node.usedBytes - n3, _4);
    return t32.set(a14.subarray(n3, n3 + i8), r10), i8;
  }, write(e4, t32, r10, _4, n3, a14) {
    if (t32.buffer === HEAP8.buffer && (a14 = false), !_4) return 0;
    var i8 = e4.node;
    return i8.mtime = i8.ctime = Date.now(), a14 ? (i8.contents = t32.subarray(r10, r10 + _4), i8.usedBytes = _4) : i8.usedBytes === 0 && n3 === 0 ? (i8.contents = t32.slice(r10, r10 + _4), i8.usedBytes = _4) : (MEMFS.expandFileStorage(i8, n3 + _4), i8.contents.set(t32.subarray(r10, r10 + _4), n3), i8.usedBytes = Math.max(i8.usedBytes, n3 + _4)), _4;
  }, llseek(e4, t32, r10) {
    var _4 = t32;
    if (r10 === 1 ? _4 += e4.position : r10 === 2 && FS.isFile(e4.node.mode) && (_4 += e4.node.usedBytes), _4 < 0) throw new FS.ErrnoError(28);
    return _4;
  }, mmap(e4, t32, r10, _4, n3) {
    if (!FS.isFile(e4.node.mode)) throw new FS.ErrnoError(43);
    var a14, i8, l3 = e4.node.contents;
    if (!(n3 & 2) && l3.buffer === HEAP8.buffer) i8 = false, a14 = l3.byteOffset;
    else {
      if (i8 = true, a14 = mmapAlloc(t32), !a14) throw new FS.ErrnoError(48);
      l3 && ((r10 > 0 || r10 + t32 < l3.length) && (l3.subarray ? l3 = l3.subarray(r10, r10 + t32) : l3 = Array.prototype.slice.call(l3, r10, r10 + t32)), HEAP8.set(l3, a14));
    }
    return { ptr: a14, allocated: i8 };
  }, msync(e4, t32, r10, _4, n3) {
    return MEMFS.stream_ops.write(e4, t32, 0, _4, r10, false), 0;
  } } }, FS_modeStringToFlags = (e4) => {
    if (typeof e4 != "string") return e4;
    var t32 = { r: 0, "r+": 2, w: 577, "w+": 578, a: 1089, "a+": 1090 }, r10 = t32[e4];
    if (typeof r10 > "u") throw new Error(`Unknown file open mode: ${e4}`);
    return r10;
  }, FS_fileDataToTypedArray = (e4) => (typeof e4 == "string" && (e4 = intArrayFromString(e4, true)), e4.subarray || (e4 = new Uint8Array(e4)), e4), FS_getMode = (e4, t32) => {
    var r10 = 0;
    return e4 && (r10 |= 365), t32 && (r10 |= 146), r10;
  }, IDBFS = { dbs: {}, indexedDB: () => indexedDB, DB_VERSION: 21, DB_STORE_NAME: "FILE_DATA", queuePersist: (e4) => {
    function t32() {
      e4.idbPersistState === "again" ? r10() : (e4.idbPersistState = 0, IDBFS.onAutoPersistStateChanged?.(false));
    }
    function r10() {
      e4.idbPersistState = "idb", IDBFS.onAutoPersistStateChanged?.(true), IDBFS.syncfs(e4, false, t32);
    }
    e4.idbPersistState ? e4.idbPersistState === "idb" && (e4.idbPersistState = "again") : e4.idbPersistState = setTimeout(r10, 0);
  }, mount: (e4) => {
    var t32 = MEMFS.mount(e4);
    if (e4?.opts?.autoPersist) {
      e4.idbPersistState = 0;
      var r10 = t32.node_ops;
      t32.node_ops = { ...t32.node_ops }, t32.node_ops.mknod = (_4, n3, a14, i8) => {
        var l3 = r10.mknod(_4, n3, a14, i8);
        return l3.node_ops = t32.node_ops, l3.idbfs_mount = t32.mount, l3.memfs_stream_ops = l3.stream_ops, l3.stream_ops = { ...l3.stream_ops }, l3.stream_ops.write = (o8, s5, c5, g7, d5, p7) => (o8.node.isModified = true, l3.memfs_stream_ops.write(o8, s5, c5, g7, d5, p7)), l3.stream_ops.close = (o8) => {
          var s5 = o8.node;
          if (s5.isModified && (IDBFS.queuePersist(s5.idbfs_mount), s5.isModified = false), s5.memfs_stream_ops.close) return s5.memfs_stream_ops.close(o8);
        }, IDBFS.queuePersist(t32.mount), l3;
      }, t32.node_ops.rmdir = (..._4) => (IDBFS.queuePersist(t32.mount), r10.rmdir(..._4)), t32.node_ops.symlink = (..._4) => (IDBFS.queuePersist(t32.mount), r10.symlink(..._4)), t32.node_ops.unlink = (..._4) => (IDBFS.queuePersist(t32.mount), r10.unlink(..._4)), t32.node_ops.rename = (..._4) => (IDBFS.queuePersist(t32.mount), r10.rename(..._4));
    }
    return t32;
  }, syncfs: (e4, t32, r10) => {
    IDBFS.getLocalSet(e4, (_4, n3) => {
      if (_4) return r10(_4);
      IDBFS.getRemoteSet(e4, (a14, i8) => {
        if (a14) return r10(a14);
        var l3 = t32 ? i8 : n3, o8 = t32 ? n3 : i8;
        IDBFS.reconcile(l3, o8, r10);
      });
    });
  }, quit: () => {
    for (var e4 of Object.values(IDBFS.dbs)) e4.close();
    IDBFS.dbs = {};
  }, getDB: (e4, t32) => {
    var r10 = IDBFS.dbs[e4];
    if (r10) return t32(null, r10);
    var _4;
    try {
      _4 = IDBFS.indexedDB().open(e4, IDBFS.DB_VERSION);
    } catch (n3) {
      return t32(n3);
    }
    if (!_4) return t32("Unable to connect to IndexedDB");
    _4.onupgradeneeded = (n3) => {
      var a14 = n3.target.result, i8 = n3.target.transaction, l3;
      a14.objectStoreNames.contains(IDBFS.DB_STORE_NAME) ? l3 = i8.objectStore(IDBFS.DB_STORE_NAME) : l3 = a14.createObjectStore(IDBFS.DB_STORE_NAME), l3.indexNames.contains("timestamp") || l3.createIndex("timestamp", "timestamp", { unique: false });
    }, _4.onsuccess = () => {
      r10 = _4.result, IDBFS.dbs[e4] = r10, t32(null, r10);
    }, _4.onerror = (n3) => {
      t32(n3.target.error), n3.preventDefault();
    };
  }, getLocalSet: (e4, t32) => {
    var r10 = {};
    function _4(o8) {
      return o8 !== "." && o8 !== "..";
    }
    function n3(o8) {
      return (s5) => PATH.join2(o8, s5);
    }
    for (var a14 = FS.readdir(e4.mountpoint).filter(_4).map(n3(e4.mountpoint)); a14.length; ) {
      var i8 = a14.pop(), l3;
      try {
        l3 = FS.lstat(i8);
      } catch (o8) {
        return t32(o8);
      }
      FS.isDir(l3.mode) && a14.push(...FS.readdir(i8).filter(_4).map(n3(i8))), r10[i8] = { timestamp: l3.mtime };
    }
    return t32(null, { type: "local", entries: r10 });
  }, getRemoteSet: (e4, t32) => {
    var r10 = {};
    IDBFS.getDB(e4.mountpoint, (_4, n3) => {
      if (_4) return t32(_4);
      try {
        var a14 = n3.transaction([IDBFS.DB_STORE_NAME], "readonly");
        a14.onerror = (o8) => {
          t32(o8.target.error), o8.preventDefault();
        };
        var i8 = a14.objectStore(IDBFS.DB_STORE_NAME), l3 = i8.index("timestamp");
        l3.openKeyCursor().onsuccess = (o8) => {
          var s5 = o8.target.result;
          if (!s5) return t32(null, { type: "remote", db: n3, entries: r10 });
          r10[s5.primaryKey] = { timestamp: s5.key }, s5.continue();
        };
      } catch (o8) {
        return t32(o8);
      }
    });
  }, loadLocalEntry: (e4, t32) => {
    var r10, _4;
    try {
      var n3 = FS.lookupPath(e4);
      _4 = n3.node, r10 = FS.lstat(e4);
    } catch (a14) {
      return t32(a14);
    }
    return FS.isDir(r10.mode) ? t32(null, { timestamp: r10.mtime, mode: r10.mode }) : FS.isLink(r10.mode) ? t32(null, { timestamp: r10.mtime, mode: r10.mode, link: _4.link }) : FS.isFile(r10.mode) ? (_4.contents = MEMFS.getFileDataAsTypedArray(_4), t32(null, { timestamp: r10.mtime, mode: r10.mode, contents: _4.contents })) : t32(new Error("node type not supported"));
  }, storeLocalEntry: (e4, t32, r10) => {
    try {
      if (FS.isDir(t32.mode)) FS.mkdirTree(e4, t32.mode);
      else if (FS.isLink(t32.mode)) FS.symlink(t32.link, e4);
      else if (FS.isFile(t32.mode)) FS.writeFile(e4, t32.contents, { canOwn: true });
      else return r10(new Error("node type not supported"));
      FS.chmod(e4, t32.mode), FS.utime(e4, t32.timestamp, t32.timestamp);
    } catch (_4) {
      return r10(_4);
    }
    r10(null);
  }, removeLocalEntry: (e4, t32) => {
    try {
      var r10 = FS.lstat(e4);
      FS.isDir(r10.mode) ? FS.rmdir(e4) : FS.unlink(e4);
    } catch (_4) {
      return t32(_4);
    }
    t32(null);
  }, loadRemoteEntry: (e4, t32, r10) => {
    var _4 = e4.get(t32);
    _4.onsuccess = (n3) => r10(null, n3.target.result), _4.onerror = (n3) => {
      r10(n3.target.error), n3.preventDefault();
    };
  }, storeRemoteEntry: (e4, t32, r10, _4) => {
    try {
      var n3 = e4.put(r10, t32);
    } catch (a14) {
      _4(a14);
      return;
    }
    n3.onsuccess = (a14) => _4(), n3.onerror = (a14) => {
      _4(a14.target.error), a14.preventDefault();
    };
  }, removeRemoteEntry: (e4, t32, r10) => {
    var _4 = e4.delete(t32);
    _4.onsuccess = (n3) => r10(), _4.onerror = (n3) => {
      r10(n3.target.error), n3.preventDefault();
    };
  }, reconcile: (e4, t32, r10) => {
    var _4 = 0, n3 = [];
    for (var [a14, i8] of Object.entries(e4.entries)) {
      var l3 = t32.entries[a14];
      (!l3 || i8.timestamp.getTime() != l3.timestamp.getTime()) && (n3.push(a14), _4++);
    }
    var o8 = [];
    for (var a14 of Object.keys(t32.entries)) e4.entries[a14] || (o8.push(a14), _4++);
    if (!_4) return r10(null);
    var s5 = false, c5 = e4.type === "remote" ? e4.db : t32.db, g7 = c5.transaction([IDBFS.DB_STORE_NAME], "readwrite"), d5 = g7.objectStore(IDBFS.DB_STORE_NAME);
    function p7(m7) {
      if (m7 && !s5) return s5 = true, r10(m7);
    }
    g7.onerror = g7.onabort = (m7) => {
      p7(m7.target.error), m7.preventDefault();
    }, g7.oncomplete = (m7) => {
      s5 || r10(null);
    };
    for (let m7 of n3.sort()) t32.type === "local" ? IDBFS.loadRemoteEntry(d5, m7, (M2, S4) => {
      if (M2) return p7(M2);
      IDBFS.storeLocalEntry(m7, S4, p7);
    }) : IDBFS.loadLocalEntry(m7, (M2, S4) => {
      if (M2) return p7(M2);
      IDBFS.storeRemoteEntry(d5, m7, S4, p7);
    });
    for (var u3 of o8.sort().reverse()) t32.type === "local" ? IDBFS.removeLocalEntry(u3, p7) : IDBFS.removeRemoteEntry(d5, u3, p7);
  } }, ERRNO_CODES = { EPERM: 63, ENOENT: 44, ESRCH: 71, EINTR: 27, EIO: 29, ENXIO: 60, E2BIG: 1, ENOEXEC: 45, EBADF: 8, ECHILD: 12, EAGAIN: 6, EWOULDBLOCK: 6, ENOMEM: 48, EACCES: 2, EFAULT: 21, ENOTBLK: 105, EBUSY: 10, EEXIST: 20, EXDEV: 75, ENODEV: 43, ENOTDIR: 54, EISDIR: 31, EINVAL: 28, ENFILE: 41, EMFILE: 33, ENOTTY: 59, ETXTBSY: 74, EFBIG: 22, ENOSPC: 51, ESPIPE: 70, EROFS: 69, EMLINK: 34, EPIPE: 64, EDOM: 18, ERANGE: 68, ENOMSG: 49, EIDRM: 24, ECHRNG: 106, EL2NSYNC: 156, EL3HLT: 107, EL3RST: 108, ELNRNG: 109, EUNATCH: 110, ENOCSI: 111, EL2HLT: 112, EDEADLK: 16, ENOLCK: 46, EBADE: 113, EBADR: 114, EXFULL: 115, ENOANO: 104, EBADRQC: 103, EBADSLT: 102, EDEADLOCK: 16, EBFONT: 101, ENOSTR: 100, ENODATA: 116, ETIME: 117, ENOSR: 118, ENONET: 119, ENOPKG: 120, EREMOTE: 121, ENOLINK: 47, EADV: 122, ESRMNT: 123, ECOMM: 124, EPROTO: 65, EMULTIHOP: 36, EDOTDOT: 125, EBADMSG: 9, ENOTUNIQ: 126, EBADFD: 127, EREMCHG: 128, ELIBACC: 129, ELIBBAD: 130, ELIBSCN: 131, ELIBMAX: 132, ELIBEXEC: 133, ENOSYS: 52, ENOTEMPTY: 55, ENAMETOOLONG: 37, ELOOP: 32, EOPNOTSUPP: 138, EPFNOSUPPORT: 139, ECONNRESET: 15, ENOBUFS: 42, EAFNOSUPPORT: 5, EPROTOTYPE: 67, ENOTSOCK: 57, ENOPROTOOPT: 50, ESHUTDOWN: 140, ECONNREFUSED: 14, EADDRINUSE: 3, ECONNABORTED: 13, ENETUNREACH: 40, ENETDOWN: 38, ETIMEDOUT: 73, EHOSTDOWN: 142, EHOSTUNREACH: 23, EINPROGRESS: 26, EALREADY: 7, EDESTADDRREQ: 17, EMSGSIZE: 35, EPROTONOSUPPORT: 66, ESOCKTNOSUPPORT: 137, EADDRNOTAVAIL: 4, ENETRESET: 39, EISCONN: 30, ENOTCONN: 53, ETOOMANYREFS: 141, EUSERS: 136, EDQUOT: 19, ESTALE: 72, ENOTSUP: 138, ENOMEDIUM: 148, EILSEQ: 25, EOVERFLOW: 61, ECANCELED: 11, ENOTRECOVERABLE: 56, EOWNERDEAD: 62, ESTRPIPE: 135 }, NODEFS = { isWindows: false, staticInit() {
    NODEFS.isWindows = !!process.platform.match(/^win/);
    var e4 = { fs: require("fs").constants }.fs;
    NODEFS.flagsForNodeMap = { 1024: e4.O_APPEND, 64: e4.O_CREAT, 128: e4.O_EXCL, 256: e4.O_NOCTTY, 0: e4.O_RDONLY, 2: e4.O_RDWR, 4096: e4.O_SYNC, 512: e4.O_TRUNC, 1: e4.O_WRONLY, 131072: e4.O_NOFOLLOW };
  }, convertNodeCode(e4) {
    var t32 = e4.code;
    return ERRNO_CODES[t32];
  }, tryFSOperation(e4) {
    try {
      return e4();
    } catch (t32) {
      throw t32.code ? t32.code === "UNKNOWN" ? new FS.ErrnoError(28) : new FS.ErrnoError(NODEFS.convertNodeCode(t32)) : t32;
    }
  }, mount(e4) {
    return NODEFS.createNode(null, "/", NODEFS.getMode(e4.opts.root), 0);
  }, createNode(e4, t32, r10, _4) {
    if (!FS.isDir(r10) && !FS.isFile(r10) && !FS.isLink(r10)) throw new FS.ErrnoError(28);
    var n3 = FS.createNode(e4, t32, r10);
    return n3.node_ops = NODEFS.node_ops, n3.stream_ops = NODEFS.stream_ops, n3;
  }, getMode(e4) {
    return NODEFS.tryFSOperation(() => {
      var t32 = fs.lstatSync(e4).mode;
      return NODEFS.isWindows && (t32 |= (t32 & 292) >> 2), t32;
    });
  }, realPath(e4) {
    for (var t32 = []; e4.parent !== e4; ) t32.push(e4.name), e4 = e4.parent;
    return t32.push(e4.mount.opts.root), t32.reverse(), PATH.join(...t32);
  }, flagsForNode(e4) {
    e4 &= -2097153, e4 &= -2049, e4 &= -32769, e4 &= -524289, e4 &= -65537;
    var t32 = 0;
    for (var r10 in NODEFS.flagsForNodeMap) e4 & r10 && (t32 |= NODEFS.flagsForNodeMap[r10], e4 ^= r10);
    if (e4) throw new FS.ErrnoError(28);
    return t32;
  }, getattr(e4, t32) {
    var r10 = NODEFS.tryFSOperation(e4);
    return NODEFS.isWindows && (r10.blksize || (r10.blksize = 4096), r10.blocks || (r10.blocks = (r10.size + r10.blksize - 1) / r10.blksize | 0), r10.mode |= (r10.mode & 292) >> 2), { dev: r10.dev, ino: t32.id, mode: r10.mode, nlink: r10.nlink, uid: r10.uid, gid: r10.gid, rdev: r10.rdev, size: r10.size, atime: r10.atime, mtime: r10.mtime, ctime: r10.ctime, blksize: r10.blksize, blocks: r10.blocks };
  }, setattr(e4, t32, r10, _4, n3, a14, i8) {
    NODEFS.tryFSOperation(() => {
      if (r10.mode !== void 0) {
        var l3 = r10.mode;
        NODEFS.isWindows && (l3 &= 384), _4(e4, l3), t32.mode = r10.mode;
      }
      if (typeof (r10.atime ?? r10.mtime) == "number") {
        var o8 = new Date(r10.atime ?? i8(e4).atime), s5 = new Date(r10.mtime ?? i8(e4).mtime);
        n3(e4, o8, s5);
      }
      r10.size !== void 0 && a14(e4, r10.size);
    });
  }, node_ops: { getattr(e4) {
    var t32 = NODEFS.realPath(e4);
    return NODEFS.getattr(() => fs.lstatSync(t32), e4);
  }, setattr(e4, t32) {
    var r10 = NODEFS.realPath(e4);
    if (t32.mode != null && t32.dontFollow) throw new FS.ErrnoError(52);
    var _4 = t32.dontFollow ? fs.lutimesSync : fs.utimesSync;
    NODEFS.setattr(r10, e4, t32, fs.chmodSync, _4, fs.truncateSync, fs.lstatSync);
  }, lookup(e4, t32) {
    var r10 = PATH.join2(NODEFS.realPath(e4), t32), _4 = NODEFS.getMode(r10);
    return NODEFS.createNode(e4, t32, _4);
  }, mknod(e4, t32, r10, _4) {
    var n3 = NODEFS.createNode(e4, t32, r10, _4), a14 = NODEFS.realPath(n3);
    return NODEFS.tryFSOperation(() => {
      FS.isDir(n3.mode) ? fs.mkdirSync(a14, n3.mode) : fs.writeFileSync(a14, "", { mode: n3.mode });
    }), n3;
  }, rename(e4, t32, r10) {
    var _4 = NODEFS.realPath(e4), n3 = PATH.join2(NODEFS.realPath(t32), r10);
    try {
      FS.unlink(n3);
    } catch {
    }
    NODEFS.tryFSOperation(() => fs.renameSync(_4, n3)), e4.name = r10;
  }, unlink(e4, t32) {
    var r10 = PATH.join2(NODEFS.realPath(e4), t32);
    NODEFS.tryFSOperation(() => fs.unlinkSync(r10));
  }, rmdir(e4, t32) {
    var r10 = PATH.join2(NODEFS.realPath(e4), t32);
    NODEFS.tryFSOperation(() => fs.rmdirSync(r10));
  }, readdir(e4) {
    var t32 = NODEFS.realPath(e4);
    return NODEFS.tryFSOperation(() => fs.readdirSync(t32));
  }, symlink(e4, t32, r10) {
    var _4 = PATH.join2(NODEFS.realPath(e4), t32);
    NODEFS.tryFSOperation(() => fs.symlinkSync(r10, _4));
  }, readlink(e4) {
    var t32 = NODEFS.realPath(e4);
    return NODEFS.tryFSOperation(() => fs.readlinkSync(t32));
  }, statfs(e4) {
    var t32 = NODEFS.tryFSOperation(() => fs.statfsSync(e4));
    return t32.frsize = t32.bsize, t32;
  } }, stream_ops: { getattr(e4) {
    return NODEFS.getattr(() => fs.fstatSync(e4.nfd), e4.node);
  }, setattr(e4, t32) {
    NODEFS.setattr(e4.nfd, e4.node, t32, fs.fchmodSync, fs.futimesSync, fs.ftruncateSync, fs.fstatSync);
  }, open(e4) {
    var t32 = NODEFS.realPath(e4.node);
    NODEFS.tryFSOperation(() => {
      e4.shared.refcount = 1, e4.nfd = fs.openSync(t32, NODEFS.flagsForNode(e4.flags));
    });
  }, close(e4) {
    NODEFS.tryFSOperation(() => {
      e4.nfd && --e4.shared.refcount === 0 && fs.closeSync(e4.nfd);
    });
  }, dup(e4) {
    e4.shared.refcount++;
  }, read(e4, t32, r10, _4, n3) {
    return NODEFS.tryFSOperation(() => fs.readSync(e4.nfd, t32, r10, _4, n3));
  }, write(e4, t32, r10, _4, n3) {
    return NODEFS.tryFSOperation(() => fs.writeSync(e4.nfd, t32, r10, _4, n3));
  }, llseek(e4, t32, r10) {
    var _4 = t32;
    if (r10 === 1 ? _4 += e4.position : r10 === 2 && FS.isFile(e4.node.mode) && NODEFS.tryFSOperation(() => {
      var n3 = fs.fstatSync(e4.nfd);
      _4 += n3.size;
    }), _4 < 0) throw new FS.ErrnoError(28);
    return _4;
  }, mmap(e4, t32, r10, _4, n3) {
    if (!FS.isFile(e4.node.mode)) throw new FS.ErrnoError(43);
    var a14 = mmapAlloc(t32);
    return NODEFS.stream_ops.read(e4, HEAP8, a14, t32, r10), { ptr: a14, allocated: true };
  }, msync(e4, t32, r10, _4, n3) {
    return NODEFS.stream_ops.write(e4, t32, 0, _4, r10, false), 0;
  } } }, PROXYFS = { mount(e4) {
    return PROXYFS.createNode(null, "/", e4.opts.fs.lstat(e4.opts.root).mode, 0);
  }, createNode(e4, t32, r10, _4) {
    if (!FS.isDir(r10) && !FS.isFile(r10) && !FS.isLink(r10)) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
    var n3 = FS.createNode(e4, t32, r10);
    return n3.node_ops = PROXYFS.node_ops, n3.stream_ops = PROXYFS.stream_ops, n3;
  }, realPath(e4) {
    for (var t32 = []; e4.parent !== e4; ) t32.push(e4.name), e4 = e4.parent;
    return t32.push(e4.mount.opts.root), t32.reverse(), PATH.join(...t32);
  }, node_ops: { getattr(e4) {
    var t32 = PROXYFS.realPath(e4), r10;
    try {
      r10 = e4.mount.opts.fs.lstat(t32);
    } catch (_4) {
      throw _4.code ? new FS.ErrnoError(ERRNO_CODES[_4.code]) : _4;
    }
    return { dev: r10.dev, ino: r10.ino, mode: r10.mode, nlink: r10.nlink, uid: r10.uid, gid: r10.gid, rdev: r10.rdev, size: r10.size, atime: r10.atime, mtime: r10.mtime, ctime: r10.ctime, blksize: r10.blksize, blocks: r10.blocks };
  }, setattr(e4, t32) {
    var r10 = PROXYFS.realPath(e4);
    try {
      if (t32.mode !== void 0 && (e4.mount.opts.fs.chmod(r10, t32.mode), e4.mode = t32.mode), t32.atime || t32.mtime) {
        var _4 = new Date(t32.atime || t32.mtime), n3 = new Date(t32.mtime || t32.atime);
        e4.mount.opts.fs.utime(r10, _4, n3);
      }
      t32.size !== void 0 && e4.mount.opts.fs.truncate(r10, t32.size);
    } catch (a14) {
      throw a14.code ? new FS.ErrnoError(ERRNO_CODES[a14.code]) : a14;
    }
  }, lookup(e4, t32) {
    try {
      var r10 = PATH.join2(PROXYFS.realPath(e4), t32), _4 = e4.mount.opts.fs.lstat(r10).mode, n3 = PROXYFS.createNode(e4, t32, _4);
      return n3;
    } catch (a14) {
      throw a14.code ? new FS.ErrnoError(ERRNO_CODES[a14.code]) : a14;
    }
  }, mknod(e4, t32, r10, _4) {
    var n3 = PROXYFS.createNode(e4, t32, r10, _4), a14 = PROXYFS.realPath(n3);
    try {
      FS.isDir(n3.mode) ? n3.mount.opts.fs.mkdir(a14, n3.mode) : n3.mount.opts.fs.writeFile(a14, "", { mode: n3.mode });
    } catch (i8) {
      throw i8.code ? new FS.ErrnoError(ERRNO_CODES[i8.code]) : i8;
    }
    return n3;
  }, rename(e4, t32, r10) {
    var _4 = PROXYFS.realPath(e4), n3 = PATH.join2(PROXYFS.realPath(t32), r10);
    try {
      e4.mount.opts.fs.rename(_4, n3), e4.name = r10;
    } catch (a14) {
      throw a14.code ? new FS.ErrnoError(ERRNO_CODES[a14.code]) : a14;
    }
  }, unlink(e4, t32) {
    var r10 = PATH.join2(PROXYFS.realPath(e4), t32);
    try {
      e4.mount.opts.fs.unlink(r10);
    } catch (_4) {
      throw _4.code ? new FS.ErrnoError(ERRNO_CODES[_4.code]) : _4;
    }
  }, rmdir(e4, t32) {
    var r10 = PATH.join2(PROXYFS.realPath(e4), t32);
    try {
      e4.mount.opts.fs.rmdir(r10);
    } catch (_4) {
      throw _4.code ? new FS.ErrnoError(ERRNO_CODES[_4.code]) : _4;
    }
  }, readdir(e4) {
    var t32 = PROXYFS.realPath(e4);
    try {
      return e4.mount.opts.fs.readdir(t32);
    } catch (r10) {
      throw r10.code ? new FS.ErrnoError(ERRNO_CODES[r10.code]) : r10;
    }
  }, symlink(e4, t32, r10) {
    var _4 = PATH.join2(PROXYFS.realPath(e4), t32);
    try {
      e4.mount.opts.fs.symlink(r10, _4);
    } catch (n3) {
      throw n3.code ? new FS.ErrnoError(ERRNO_CODES[n3.code]) : n3;
    }
  }, readlink(e4) {
    var t32 = PROXYFS.realPath(e4);
    try {
      return e4.mount.opts.fs.readlink(t32);
    } catch (r10) {
      throw r10.code ? new FS.ErrnoError(ERRNO_CODES[r10.code]) : r10;
    }
  } }, stream_ops: { open(e4) {
    var t32 = PROXYFS.realPath(e4.node);
    try {
      e4.nfd = e4.node.mount.opts.fs.open(t32, e4.flags);
    } catch (r10) {
      throw r10.code ? new FS.ErrnoError(ERRNO_CODES[r10.code]) : r10;
    }
  }, close(e4) {
    try {
      e4.node.mount.opts.fs.close(e4.nfd);
    } catch (t32) {
      throw t32.code ? new FS.ErrnoError(ERRNO_CODES[t32.code]) : t32;
    }
  }, read(e4, t32, r10, _4, n3) {
    try {
      return e4.node.mount.opts.fs.read(e4.nfd, t32, r10, _4, n3);
    } catch (a14) {
      throw a14.code ? new FS.ErrnoError(ERRNO_CODES[a14.code]) : a14;
    }
  }, write(e4, t32, r10, _4, n3) {
    try {
      return e4.node.mount.opts.fs.write(e4.nfd, t32, r10, _4, n3);
    } catch (a14) {
      throw a14.code ? new FS.ErrnoError(ERRNO_CODES[a14.code]) : a14;
    }
  }, llseek(e4, t32, r10) {
    var _4 = t32;
    if (r10 === 1) _4 += e4.position;
    else if (r10 === 2 && FS.isFile(e4.node.mode)) try {
      var n3 = e4.node.node_ops.getattr(e4.node);
      _4 += n3.size;
    } catch (a14) {
      throw new FS.ErrnoError(ERRNO_CODES[a14.code]);
    }
    if (_4 < 0) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
    return _4;
  } } }, FS_createDataFile = (...e4) => FS.createDataFile(...e4), getUniqueRunDependency = (e4) => e4, dependenciesPromise = null, resolveRunDependencies = async () => dependenciesPromise, runDependencies = 0, dependenciesPromiseResolve = null, removeRunDependency = (e4) => {
    runDependencies--, Module.monitorRunDependencies?.(runDependencies), runDependencies || dependenciesPromiseResolve();
  }, addRunDependency = (e4) => {
    runDependencies || (dependenciesPromise = new Promise((t32) => dependenciesPromiseResolve = t32)), runDependencies++, Module.monitorRunDependencies?.(runDependencies);
  }, FS_handledByPreloadPlugin = async (e4, t32) => {
    typeof Browser < "u" && Browser.init();
    for (var r10 of preloadPlugins) if (r10.canHandle(t32)) return r10.handle(e4, t32);
    return e4;
  }, FS_preloadFile = async (e4, t32, r10, _4, n3, a14, i8, l3) => {
    var o8 = t32 ? PATH_FS.resolve(PATH.join2(e4, t32)) : e4, s5 = getUniqueRunDependency(`cp ${o8}`);
    addRunDependency(s5);
    try {
      var c5 = r10;
      typeof r10 == "string" && (c5 = await asyncLoad(r10)), c5 = await FS_handledByPreloadPlugin(c5, o8), l3?.(), a14 || FS_createDataFile(e4, t32, c5, _4, n3, i8);
    } finally {
      removeRunDependency(s5);
    }
  }, FS_createPreloadedFile = (e4, t32, r10, _4, n3, a14, i8, l3, o8, s5) => {
    FS_preloadFile(e4, t32, r10, _4, n3, l3, o8, s5).then(a14).catch(i8);
  }, FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, ErrnoError: class {
    constructor(e4) {
      P(this, "name", "ErrnoError");
      this.errno = e4;
    }
  }, FSStream: class {
    constructor() {
      P(this, "shared", {});
    }
    get object() {
      return this.node;
    }
    set object(e4) {
      this.node = e4;
    }
    get isRead() {
      return (this.flags & 2097155) !== 1;
    }
    get isWrite() {
      return (this.flags & 2097155) !== 0;
    }
    get isAppend() {
      return this.flags & 1024;
    }
    get flags() {
      return this.shared.flags;
    }
    set flags(e4) {
      this.shared.flags = e4;
    }
    get position() {
      return this.shared.position;
    }
    set position(e4) {
      this.shared.position = e4;
    }
  }, FSNode: class {
    constructor(e4, t32, r10, _4) {
      P(this, "node_ops", {});
      P(this, "stream_ops", {});
      P(this, "readMode", 365);
      P(this, "writeMode", 146);
      P(this, "mounted", null);
      e4 || (e4 = this), this.parent = e4, this.mount = e4.mount, this.id = FS.nextInode++, this.name = t32, this.mode = r10, this.rdev = _4, this.atime = this.mtime = this.ctime = Date.now();
    }
    get read() {
      return (this.mode & this.readMode) === this.readMode;
    }
    set read(e4) {
      e4 ? this.mode |= this.readMode : this.mode &= ~this.readMode;
    }
    get write() {
      return (this.mode & this.writeMode) === this.writeMode;
    }
    set write(e4) {
      e4 ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
    }
    get isFolder() {
      return FS.isDir(this.mode);
    }
    get isDevice() {
      return FS.isChrdev(this.mode);
    }
    addListener(e4, t32 = false) {
      var r10 = { cb: e4, exclusive: t32 }, _4 = this.listeners ?? (this.listeners = /* @__PURE__ */ new Set());
      return _4.add(r10), { listeners: _4, entry: r10 };
    }
    notifyListeners(e4) {
      if (this.listeners) {
        var t32;
        for (var r10 of this.listeners) r10.exclusive ? (t32 || (t32 = [])).push(r10) : r10.cb(e4);
        if (t32) {
          var _4 = (this.exclTurn || 0) % t32.length;
          this.exclTurn = _4 + 1, t32[_4].cb(e4);
        }
      }
    }
  }, lookupPath(e4, t32 = {}) {
    if (!e4) throw new FS.ErrnoError(44);
    t32.follow_mount ?? (t32.follow_mount = true), PATH.isAbs(e4) || (e4 = FS.cwd() + "/" + e4);
    e: for (var r10 = 0; r10 < 40; r10++) {
      for (var _4 = e4.split("/").filter((s5) => !!s5), n3 = FS.root, a14 = "/", i8 = 0; i8 < _4.length; i8++) {
        var l3 = i8 === _4.length - 1;
        if (l3 && t32.parent) break;
        if (_4[i8] !== ".") {
          if (_4[i8] === "..") {
            if (a14 = PATH.dirname(a14), FS.isRoot(n3)) {
              e4 = a14 + "/" + _4.slice(i8 + 1).join("/"), r10--;
              continue e;
            } else n3 = n3.parent;
            continue;
          }
          a14 = PATH.join2(a14, _4[i8]);
          try {
            n3 = FS.lookupNode(n3, _4[i8]);
          } catch (s5) {
            if (s5?.errno === 44 && l3 && t32.noent_okay) return { path: a14 };
            throw s5;
          }
          if (FS.isMountpoint(n3) && (!l3 || t32.follow_mount) && (n3 = n3.mounted.root), FS.isLink(n3.mode) && (!l3 || t32.follow)) {
            if (!n3.node_ops.readlink) throw new FS.ErrnoError(52);
            var o8 = n3.node_ops.readlink(n3);
            PATH.isAbs(o8) || (o8 = PATH.dirname(a14) + "/" + o8), e4 = o8 + "/" + _4.slice(i8 + 1).join("/");
            continue e;
          }
        }
      }
      return { path: a14, node: n3 };
    }
    throw new FS.ErrnoError(32);
  }, getPath(e4) {
    for (var t32; ; ) {
      if (FS.isRoot(e4)) {
        var r10 = e4.mount.mountpoint;
        return t32 ? r10[r10.length - 1] !== "/" ? `${r10}/${t32}` : r10 + t32 : r10;
      }
      t32 = t32 ? `${e4.name}/${t32}` : e4.name, e4 = e4.parent;
    }
  }, hashName(e4, t32) {
    for (var r10 = 0, _4 = 0; _4 < t32.length; _4++) r10 = (r10 << 5) - r10 + t32.charCodeAt(_4) | 0;
    return (e4 + r10 >>> 0) % FS.nameTable.length;
  }, hashAddNode(e4) {
    var t32 = FS.hashName(e4.parent.id, e4.name);
    e4.name_next = FS.nameTable[t32], FS.nameTable[t32] = e4;
  }, hashRemoveNode(e4) {
    var t32 = FS.hashName(e4.parent.id, e4.name);
    if (FS.nameTable[t32] === e4) FS.nameTable[t32] = e4.name_next;
    else for (var r10 = FS.nameTable[t32]; r10; ) {
      if (r10.name_next === e4) {
        r10.name_next = e4.name_next;
        break;
      }
      r10 = r10.name_next;
    }
  }, lookupNode(e4, t32) {
    var r10 = FS.mayLookup(e4);
    if (r10) throw new FS.ErrnoError(r10);
    for (var _4 = FS.hashName(e4.id, t32), n3 = FS.nameTable[_4]; n3; n3 = n3.name_next) {
      var a14 = n3.name;
      if (n3.parent.id === e4.id && a14 === t32) return n3;
    }
    return FS.lookup(e4, t32);
  }, createNode(e4, t32, r10, _4) {
    var n3 = new FS.FSNode(e4, t32, r10, _4);
    return FS.hashAddNode(n3), n3;
  }, destroyNode(e4) {
    FS.hashRemoveNode(e4);
  }, isRoot(e4) {
    return e4 === e4.parent;
  }, isMountpoint(e4) {
    return !!e4.mounted;
  }, isFile(e4) {
    return (e4 & 61440) === 32768;
  }, isDir(e4) {
    return (e4 & 61440) === 16384;
  }, isLink(e4) {
    return (e4 & 61440) === 40960;
  }, isChrdev(e4) {
    return (e4 & 61440) === 8192;
  }, isBlkdev(e4) {
    return (e4 & 61440) === 24576;
  }, isFIFO(e4) {
    return (e4 & 61440) === 4096;
  }, isSocket(e4) {
    return (e4 & 49152) === 49152;
  }, flagsToPermissionString(e4) {
    var t32 = ["r", "w", "rw"][e4 & 3];
    return e4 & 512 && (t32 += "w"), t32;
  }, nodePermissions(e4, t32) {
    return FS.ignorePermissions ? 0 : t32.includes("r") && !(e4.mode & 292) || t32.includes("w") && !(e4.mode & 146) || t32.includes("x") && !(e4.mode & 73) ? 2 : 0;
  }, mayLookup(e4) {
    if (!FS.isDir(e4.mode)) return 54;
    var t32 = FS.nodePermissions(e4, "x");
    return t32 || (e4.node_ops.lookup ? 0 : 2);
  }, mayCreate(e4, t32) {
    if (!FS.isDir(e4.mode)) return 54;
    try {
      var r10 = FS.lookupNode(e4, t32);
      return 20;
    } catch {
    }
    return FS.nodePermissions(e4, "wx");
  }, mayDelete(e4, t32, r10) {
    var _4;
    try {
      _4 = FS.lookupNode(e4, t32);
    } catch (a14) {
      return a14.errno;
    }
    var n3 = FS.nodePermissions(e4, "wx");
    if (n3) return n3;
    if (r10) {
      if (!FS.isDir(_4.mode)) return 54;
      if (FS.isRoot(_4) || FS.getPath(_4) === FS.cwd()) return 10;
    } else if (FS.isDir(_4.mode)) return 31;
    return 0;
  }, mayOpen(e4, t32) {
    if (!e4) return 44;
    if (FS.isLink(e4.mode)) return 32;
    var r10 = FS.flagsToPermissionString(t32);
    return FS.isDir(e4.mode) && (r10 !== "r" || t32 & 576) ? 31 : FS.nodePermissions(e4, r10);
  }, checkOpExists(e4, t32) {
    if (!e4) throw new FS.ErrnoError(t32);
    return e4;
  }, MAX_OPEN_FDS: 4096, nextfd() {
    for (var e4 = 0; e4 <= FS.MAX_OPEN_FDS; e4++) if (!FS.streams[e4]) return e4;
    throw new FS.ErrnoError(33);
  }, getStreamChecked(e4) {
    var t32 = FS.getStream(e4);
    if (!t32) throw new FS.ErrnoError(8);
    return t32;
  }, getStream: (e4) => FS.streams[e4], createStream(e4, t32 = -1) {
    return e4 = Object.assign(new FS.FSStream(), e4), t32 == -1 && (t32 = FS.nextfd()), e4.fd = t32, FS.streams[t32] = e4, e4;
  }, closeStream(e4) {
    FS.streams[e4] = null;
  }, dupStream(e4, t32 = -1) {
    var r10 = FS.createStream(e4, t32);
    return r10.stream_ops?.dup?.(r10), r10;
  }, doSetAttr(e4, t32, r10) {
    var _4 = e4?.stream_ops.setattr, n3 = _4 ? e4 : t32;
    _4 ?? (_4 = t32.node_ops.setattr), FS.checkOpExists(_4, 63);
    try {
      _4(n3, r10);
    } catch (a14) {
      throw a14 instanceof RangeError ? new FS.ErrnoError(22) : a14;
    }
  }, chrdev_stream_ops: { open(e4) {
    var t32 = FS.getDevice(e4.node.rdev);
    e4.stream_ops = t32.stream_ops, e4.stream_ops.open?.(e4);
  }, llseek() {
    throw new FS.ErrnoError(70);
  } }, major: (e4) => e4 >> 8, minor: (e4) => e4 & 255, makedev: (e4, t32) => e4 << 8 | t32, registerDevice(e4, t32) {
    FS.devices[e4] = { stream_ops: t32 };
  }, getDevice: (e4) => FS.devices[e4], getMounts(e4) {
    for (var t32 = [], r10 = [e4]; r10.length; ) {
      var _4 = r10.pop();
      t32.push(_4), r10.push(..._4.mounts);
    }
    return t32;
  }, syncfs(e4, t32) {
    typeof e4 == "function" && (t32 = e4, e4 = false), FS.syncFSRequests++, FS.syncFSRequests > 1 && err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
    var r10 = FS.getMounts(FS.root.mount), _4 = 0;
    function n3(l3) {
      return FS.syncFSRequests--, t32(l3);
    }
    function a14(l3) {
      if (l3) return a14.errored ? void 0 : (a14.errored = true, n3(l3));
      ++_4 >= r10.length && n3(null);
    }
    for (var i8 of r10) i8.type.syncfs ? i8.type.syncfs(i8, e4, a14) : a14(null);
  }, mount(e4, t32, r10) {
    var _4 = r10 === "/", n3 = !r10, a14;
    if (_4 && FS.root) throw new FS.ErrnoError(10);
    if (!_4 && !n3) {
      var i8 = FS.lookupPath(r10, { follow_mount: false });
      if (r10 = i8.path, a14 = i8.node, FS.isMountpoint(a14)) throw new FS.ErrnoError(10);
      if (!FS.isDir(a14.mode)) throw new FS.ErrnoError(54);
    }
    var l3 = { type: e4, opts: t32, mountpoint: r10, mounts: [] }, o8 = e4.mount(l3);
    return o8.mount = l3, l3.root = o8, _4 ? FS.root = o8 : a14 && (a14.mounted = l3, a14.mount && a14.mount.mounts.push(l3)), o8;
  }, unmount(e4) {
    var t32 = FS.lookupPath(e4, { follow_mount: false });
    if (!FS.isMountpoint(t32.node)) throw new FS.ErrnoError(28);
    var r10 = t32.node, _4 = r10.mounted, n3 = FS.getMounts(_4);
    for (var [a14, i8] of Object.entries(FS.nameTable)) for (; i8; ) {
      var l3 = i8.name_next;
      n3.includes(i8.mount) && FS.destroyNode(i8), i8 = l3;
    }
    r10.mounted = null;
    var o8 = r10.mount.mounts.indexOf(_4);
    r10.mount.mounts.splice(o8, 1);
  }, lookup(e4, t32) {
    return e4.node_ops.lookup(e4, t32);
  }, mknod(e4, t32, r10) {
    var _4 = FS.lookupPath(e4, { parent: true }), n3 = _4.node, a14 = PATH.basename(e4);
    if (!a14) throw new FS.ErrnoError(28);
    if (a14 === "." || a14 === "..") throw new FS.ErrnoError(20);
    var i8 = FS.mayCreate(n3, a14);
    if (i8) throw new FS.ErrnoError(i8);
    if (!n3.node_ops.mknod) throw new FS.ErrnoError(63);
    return n3.node_ops.mknod(n3, a14, t32, r10);
  }, statfs(e4) {
    return FS.statfsNode(FS.lookupPath(e4, { follow: true }).node);
  }, statfsStream(e4) {
    return FS.statfsNode(e4.node);
  }, statfsNode(e4) {
    var t32 = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
    return e4.node_ops.statfs && Object.assign(t32, e4.node_ops.statfs(e4.mount.opts.root)), t32;
  }, create(e4, t32 = 438) {
    return t32 &= 4095, t32 |= 32768, FS.mknod(e4, t32, 0);
  }, mkdir(e4, t32 = 511) {
    return t32 &= 1023, t32 |= 16384, FS.mknod(e4, t32, 0);
  }, mkdirTree(e4, t32) {
    var r10 = e4.split("/"), _4 = "";
    for (var n3 of r10) if (n3) {
      (_4 || PATH.isAbs(e4)) && (_4 += "/"), _4 += n3;
      try {
        FS.mkdir(_4, t32);
      } catch (a14) {
        if (a14.errno != 20) throw a14;
      }
    }
  }, mkdev(e4, t32, r10) {
    return typeof r10 > "u" && (r10 = t32, t32 = 438), t32 |= 8192, FS.mknod(e4, t32, r10);
  }, symlink(e4, t32) {
    if (!PATH_FS.resolve(e4)) throw new FS.ErrnoError(44);
    var r10 = FS.lookupPath(t32, { parent: true }), _4 = r10.node;
    if (!_4) throw new FS.ErrnoError(44);
    var n3 = PATH.basename(t32), a14 = FS.mayCreate(_4, n3);
    if (a14) throw new FS.ErrnoError(a14);
    if (!_4.node_ops.symlink) throw new FS.ErrnoError(63);
    return _4.node_ops.symlink(_4, n3, e4);
  }, link(e4, t32, r10) {
    var _4 = FS.lookupPath(t32, { parent: true }), n3 = _4.node;
    if (!n3) throw new FS.ErrnoError(44);
    var a14 = PATH.basename(t32), i8 = FS.mayCreate(n3, a14);
    if (i8) throw new FS.ErrnoError(i8);
    if (!n3.node_ops.link) throw new FS.ErrnoError(34);
    return n3.node_ops.link(n3, a14, e4, r10);
  }, rename(e4, t32) {
    var r10 = PATH.dirname(e4), _4 = PATH.dirname(t32), n3 = PATH.basename(e4), a14 = PATH.basename(t32), i8, l3, o8;
    if (i8 = FS.lookupPath(e4, { parent: true }), l3 = i8.node, i8 = FS.lookupPath(t32, { parent: true }), o8 = i8.node, !l3 || !o8) throw new FS.ErrnoError(44);
    if (l3.mount !== o8.mount) throw new FS.ErrnoError(75);
    var s5 = FS.lookupNode(l3, n3), c5 = PATH_FS.relative(e4, _4);
    if (c5.charAt(0) !== ".") throw new FS.ErrnoError(28);
    if (c5 = PATH_FS.relative(t32, r10), c5.charAt(0) !== ".") throw new FS.ErrnoError(55);
    var g7;
    try {
      g7 = FS.lookupNode(o8, a14);
    } catch {
    }
    if (s5 !== g7) {
      var d5 = FS.isDir(s5.mode), p7 = FS.mayDelete(l3, n3, d5);
      if (p7) throw new FS.ErrnoError(p7);
      if (p7 = g7 ? FS.mayDelete(o8, a14, d5) : FS.mayCreate(o8, a14), p7) throw new FS.ErrnoError(p7);
      if (!l3.node_ops.rename) throw new FS.ErrnoError(63);
      if (FS.isMountpoint(s5) || g7 && FS.isMountpoint(g7)) throw new FS.ErrnoError(10);
      if (o8 !== l3 && (p7 = FS.nodePermissions(l3, "w"), p7)) throw new FS.ErrnoError(p7);
      FS.hashRemoveNode(s5);
      try {
        l3.node_ops.rename(s5, o8, a14), s5.parent = o8;
      } catch (u3) {
        throw u3;
      } finally {
        FS.hashAddNode(s5);
      }
    }
  }, rmdir(e4) {
    var t32 = FS.lookupPath(e4, { parent: true }), r10 = t32.node, _4 = PATH.basename(e4), n3 = FS.lookupNode(r10, _4), a14 = FS.mayDelete(r10, _4, true);
    if (a14) throw new FS.ErrnoError(a14);
    if (!r10.node_ops.rmdir) throw new FS.ErrnoError(63);
    if (FS.isMountpoint(n3)) throw new FS.ErrnoError(10);
    r10.node_ops.rmdir(r10, _4), FS.destroyNode(n3);
  }, readdir(e4) {
    var t32 = FS.lookupPath(e4, { follow: true }), r10 = t32.node, _4 = FS.checkOpExists(r10.node_ops.readdir, 54);
    return _4(r10);
  }, unlink(e4) {
    var t32 = FS.lookupPath(e4, { parent: true }), r10 = t32.node;
    if (!r10) throw new FS.ErrnoError(44);
    var _4 = PATH.basename(e4), n3 = FS.lookupNode(r10, _4), a14 = FS.mayDelete(r10, _4, false);
    if (a14) throw new FS.ErrnoError(a14);
    if (!r10.node_ops.unlink) throw new FS.ErrnoError(63);
    if (FS.isMountpoint(n3)) throw new FS.ErrnoError(10);
    r10.node_ops.unlink(r10, _4), FS.destroyNode(n3);
  }, readlink(e4) {
    var t32 = FS.lookupPath(e4), r10 = t32.node;
    if (!r10) throw new FS.ErrnoError(44);
    if (!r10.node_ops.readlink) throw new FS.ErrnoError(28);
    return r10.node_ops.readlink(r10);
  }, stat(e4, t32) {
    var r10 = FS.lookupPath(e4, { follow: !t32 }), _4 = r10.node, n3 = FS.checkOpExists(_4.node_ops.getattr, 63);
    return n3(_4);
  }, fstat(e4) {
    var t32 = FS.getStreamChecked(e4), r10 = t32.node, _4 = t32.stream_ops.getattr, n3 = _4 ? t32 : r10;
    return _4 ?? (_4 = r10.node_ops.getattr), FS.checkOpExists(_4, 63), _4(n3);
  }, lstat(e4) {
    return FS.stat(e4, true);
  }, doChmod(e4, t32, r10, _4) {
    FS.doSetAttr(e4, t32, { mode: r10 & 4095 | t32.mode & -4096, ctime: Date.now(), dontFollow: _4 });
  }, chmod(e4, t32, r10) {
    var _4;
    if (typeof e4 == "string") {
      var n3 = FS.lookupPath(e4, { follow: !r10 });
      _4 = n3.node;
    } else _4 = e4;
    FS.doChmod(null, _4, t32, r10);
  }, lchmod(e4, t32) {
    FS.chmod(e4, t32, true);
  }, fchmod(e4, t32) {
    var r10 = FS.getStreamChecked(e4);
    FS.doChmod(r10, r10.node, t32, false);
  }, doChown(e4, t32, r10) {
    FS.doSetAttr(e4, t32, { timestamp: Date.now(), dontFollow: r10 });
  }, chown(e4, t32, r10, _4) {
    var n3;
    if (typeof e4 == "string") {
      var a14 = FS.lookupPath(e4, { follow: !_4 });
      n3 = a14.node;
    } else n3 = e4;
    FS.doChown(null, n3, _4);
  }, lchown(e4, t32, r10) {
    FS.chown(e4, t32, r10, true);
  }, fchown(e4, t32, r10) {
    var _4 = FS.getStreamChecked(e4);
    FS.doChown(_4, _4.node, false);
  }, doTruncate(e4, t32, r10) {
    if (FS.isDir(t32.mode)) throw new FS.ErrnoError(31);
    if (!FS.isFile(t32.mode)) throw new FS.ErrnoError(28);
    var _4 = FS.nodePermissions(t32, "w");
    if (_4) throw new FS.ErrnoError(_4);
    FS.doSetAttr(e4, t32, { size: r10, timestamp: Date.now() });
  }, truncate(e4, t32) {
    if (t32 < 0) throw new FS.ErrnoError(28);
    var r10;
    if (typeof e4 == "string") {
      var _4 = FS.lookupPath(e4, { follow: true });
      r10 = _4.node;
    } else r10 = e4;
    FS.doTruncate(null, r10, t32);
  }, ftruncate(e4, t32) {
    var r10 = FS.getStreamChecked(e4);
    if (t32 < 0 || !(r10.flags & 2097155)) throw new FS.ErrnoError(28);
    FS.doTruncate(r10, r10.node, t32);
  }, utime(e4, t32, r10, _4) {
    var n3 = FS.lookupPath(e4, { follow: !_4 });
    FS.doSetAttr(null, n3.node, { atime: t32, mtime: r10, dontFollow: _4 });
  }, open(e4, t32, r10 = 438) {
    if (e4 === "") throw new FS.ErrnoError(44);
    t32 = FS_modeStringToFlags(t32), t32 & 64 ? r10 = r10 & 4095 | 32768 : r10 = 0;
    var _4, n3;
    if (typeof e4 == "object") _4 = e4;
    else {
      n3 = e4.endsWith("/");
      var a14 = FS.lookupPath(e4, { follow: !(t32 & 131072), noent_okay: true });
      _4 = a14.node, e4 = a14.path;
    }
    var i8 = false;
    if (t32 & 64) if (_4) {
      if (t32 & 128) throw new FS.ErrnoError(20);
    } else {
      if (n3) throw new FS.ErrnoError(31);
      _4 = FS.mknod(e4, r10 | 511, 0), i8 = true;
    }
    if (!_4) throw new FS.ErrnoError(44);
    if (FS.isChrdev(_4.mode) && (t32 &= -513), t32 & 65536 && !FS.isDir(_4.mode)) throw new FS.ErrnoError(54);
    if (!i8) {
      var l3 = FS.mayOpen(_4, t32);
      if (l3) throw new FS.ErrnoError(l3);
    }
    t32 & 512 && !i8 && FS.truncate(_4, 0), t32 &= -131713;
    var o8 = FS.createStream({ node: _4, path: FS.getPath(_4), flags: t32, seekable: true, position: 0, stream_ops: _4.stream_ops, ungotten: [], error: false });
    return o8.stream_ops.open && o8.stream_ops.open(o8), i8 && FS.chmod(_4, r10 & 511), o8;
  }, close(e4) {
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    e4.getdents && (e4.getdents = null), e4.node?.notifyListeners(32);
    try {
      e4.stream_ops.close && e4.stream_ops.close(e4);
    } catch (t32) {
      throw t32;
    } finally {
      FS.closeStream(e4.fd);
    }
    e4.fd = null;
  }, isClosed(e4) {
    return e4.fd === null;
  }, llseek(e4, t32, r10) {
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if (!e4.seekable || !e4.stream_ops.llseek) throw new FS.ErrnoError(70);
    if (r10 != 0 && r10 != 1 && r10 != 2) throw new FS.ErrnoError(28);
    return e4.position = e4.stream_ops.llseek(e4, t32, r10), e4.ungotten = [], e4.position;
  }, read(e4, t32, r10, _4, n3) {
    if (_4 < 0 || n3 < 0) throw new FS.ErrnoError(28);
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if ((e4.flags & 2097155) === 1) throw new FS.ErrnoError(8);
    if (FS.isDir(e4.node.mode)) throw new FS.ErrnoError(31);
    if (!e4.stream_ops.read) throw new FS.ErrnoError(28);
    var a14 = typeof n3 < "u";
    if (!a14) n3 = e4.position;
    else if (!e4.seekable) throw new FS.ErrnoError(70);
    var i8 = e4.stream_ops.read(e4, t32, r10, _4, n3);
    return a14 || (e4.position += i8), i8;
  }, write(e4, t32, r10, _4, n3, a14) {
    if (_4 < 0 || n3 < 0) throw new FS.ErrnoError(28);
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if (!(e4.flags & 2097155)) throw new FS.ErrnoError(8);
    if (FS.isDir(e4.node.mode)) throw new FS.ErrnoError(31);
    if (!e4.stream_ops.write) throw new FS.ErrnoError(28);
    e4.seekable && e4.flags & 1024 && FS.llseek(e4, 0, 2);
    var i8 = typeof n3 < "u";
    if (!i8) n3 = e4.position;
    else if (!e4.seekable) throw new FS.ErrnoError(70);
    var l3 = e4.stream_ops.write(e4, t32, r10, _4, n3, a14);
    return i8 || (e4.position += l3), l3;
  }, mmap(e4, t32, r10, _4, n3) {
    if (_4 & 2 && !(n3 & 2) && (e4.flags & 2097155) !== 2) throw new FS.ErrnoError(2);
    if ((e4.flags & 2097155) === 1) throw new FS.ErrnoError(2);
    if (!e4.stream_ops.mmap) throw new FS.ErrnoError(43);
    if (!t32) throw new FS.ErrnoError(28);
    return e4.stream_ops.mmap(e4, t32, r10, _4, n3);
  }, msync(e4, t32, r10, _4, n3) {
    return e4.stream_ops.msync ? e4.stream_ops.msync(e4, t32, r10, _4, n3) : 0;
  }, ioctl(e4, t32, r10) {
    if (!e4.stream_ops.ioctl) throw new FS.ErrnoError(59);
    return e4.stream_ops.ioctl(e4, t32, r10);
  }, readFile(e4, t32 = {}) {
    t32.flags = t32.flags ?? 0, t32.encoding = t32.encoding ?? "binary", t32.encoding !== "utf8" && t32.encoding !== "binary" && abort(`Invalid encoding type "${t32.encoding}"`);
    var r10 = FS.open(e4, t32.flags), _4 = FS.stat(e4), n3 = _4.size, a14 = new Uint8Array(n3);
    return FS.read(r10, a14, 0, n3, 0), t32.encoding === "utf8" && (a14 = UTF8ArrayToString(a14)), FS.close(r10), a14;
  }, writeFile(e4, t32, r10 = {}) {
    r10.flags = r10.flags ?? 577;
    var _4 = FS.open(e4, r10.flags, r10.mode);
    t32 = FS_fileDataToTypedArray(t32), FS.write(_4, t32, 0, t32.byteLength, void 0, r10.canOwn), FS.close(_4);
  }, cwd: () => FS.currentPath, chdir(e4) {
    var t32 = FS.lookupPath(e4, { follow: true });
    if (t32.node === null) throw new FS.ErrnoError(44);
    if (!FS.isDir(t32.node.mode)) throw new FS.ErrnoError(54);
    var r10 = FS.nodePermissions(t32.node, "x");
    if (r10) throw new FS.ErrnoError(r10);
    FS.currentPath = t32.path;
  }, createDefaultDirectories() {
    FS.mkdir("/tmp"), FS.mkdir("/home"), FS.mkdir("/home/web_user");
  }, createDefaultDevices() {
    FS.mkdir("/dev"), FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (_4, n3, a14, i8, l3) => i8, llseek: () => 0 }), FS.mkdev("/dev/null", FS.makedev(1, 3)), TTY.register(FS.makedev(5, 0), TTY.default_tty_ops), TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops), FS.mkdev("/dev/tty", FS.makedev(5, 0)), FS.mkdev("/dev/tty1", FS.makedev(6, 0));
    var e4 = new Uint8Array(1024), t32 = 0, r10 = () => (t32 === 0 && (randomFill(e4), t32 = e4.byteLength), e4[--t32]);
    FS.createDevice("/dev", "random", r10), FS.createDevice("/dev", "urandom", r10), FS.mkdir("/dev/shm"), FS.mkdir("/dev/shm/tmp");
  }, createSpecialDirectories() {
    FS.mkdir("/proc");
    var e4 = FS.mkdir("/proc/self");
    FS.mkdir("/proc/self/fd"), FS.mount({ mount() {
      var t32 = FS.createNode(e4, "fd", 16895, 73);
      return t32.stream_ops = { llseek: MEMFS.stream_ops.llseek }, t32.node_ops = { lookup(r10, _4) {
        var n3 = +_4, a14 = FS.getStreamChecked(n3), i8 = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => a14.path }, id: n3 + 1 };
        return i8.parent = i8, i8;
      }, readdir() {
        return Array.from(FS.streams.entries()).filter(([r10, _4]) => _4).map(([r10, _4]) => r10.toString());
      } }, t32;
    } }, {}, "/proc/self/fd");
  }, createStandardStreams(e4, t32, r10) {
    e4 ? FS.createDevice("/dev", "stdin", e4) : FS.symlink("/dev/tty", "/dev/stdin"), t32 ? FS.createDevice("/dev", "stdout", null, t32) : FS.symlink("/dev/tty", "/dev/stdout"), r10 ? FS.createDevice("/dev", "stderr", null, r10) : FS.symlink("/dev/tty1", "/dev/stderr");
    var _4 = FS.open("/dev/stdin", 0), n3 = FS.open("/dev/stdout", 1), a14 = FS.open("/dev/stderr", 1);
  }, staticInit() {
    FS.nameTable = new Array(4096), FS.mount(MEMFS, {}, "/"), FS.createDefaultDirectories(), FS.createDefaultDevices(), FS.createSpecialDirectories(), FS.filesystems = { MEMFS, IDBFS, NODEFS, PROXYFS };
  }, init(e4, t32, r10) {
    FS.initialized = true, e4 ?? (e4 = Module.stdin), t32 ?? (t32 = Module.stdout), r10 ?? (r10 = Module.stderr), FS.createStandardStreams(e4, t32, r10);
  }, quit() {
    FS.initialized = false, _fflush(0);
    for (var e4 of FS.streams) e4 && FS.close(e4);
  }, findObject(e4, t32) {
    var r10 = FS.analyzePath(e4, t32);
    return r10.exists ? r10.object : null;
  }, analyzePath(e4, t32) {
    try {
      var r10 = FS.lookupPath(e4, { follow: !t32 });
      e4 = r10.path;
    } catch {
    }
    var _4 = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
    try {
      var r10 = FS.lookupPath(e4, { parent: true });
      _4.parentExists = true, _4.parentPath = r10.path, _4.parentObject = r10.node, _4.name = PATH.basename(e4), r10 = FS.lookupPath(e4, { follow: !t32 }), _4.exists = true, _4.path = r10.path, _4.object = r10.node, _4.name = r10.node.name, _4.isRoot = r10.path === "/";
    } catch (n3) {
      _4.error = n3.errno;
    }
    return _4;
  }, createPath(e4, t32, r10, _4) {
    e4 = typeof e4 == "string" ? e4 : FS.getPath(e4);
    for (var n3 = t32.split("/").reverse(); n3.length; ) {
      var a14 = n3.pop();
      if (a14) {
        var i8 = PATH.join2(e4, a14);
        try {
          FS.mkdir(i8);
        } catch (l3) {
          if (l3.errno != 20) throw l3;
        }
        e4 = i8;
      }
    }
    return i8;
  }, createFile(e4, t32, r10, _4, n3) {
    var a14 = PATH.join2(typeof e4 == "string" ? e4 : FS.getPath(e4), t32), i8 = FS_getMode(_4, n3);
    return FS.create(a14, i8);
  }, createDataFile(e4, t32, r10, _4, n3, a14) {
    var i8 = t32;
    e4 && (e4 = typeof e4 == "string" ? e4 : FS.getPath(e4), i8 = t32 ? PATH.join2(e4, t32) : e4);
    var l3 = FS_getMode(_4, n3), o8 = FS.create(i8, l3);
    if (r10) {
      r10 = FS_fileDataToTypedArray(r10), FS.chmod(o8, l3 | 146);
      var s5 = FS.open(o8, 577);
      FS.write(s5, r10, 0, r10.length, 0, a14), FS.close(s5), FS.chmod(o8, l3);
    }
  }, createDevice(e4, t32, r10, _4) {
    var l3;
    var n3 = PATH.join2(typeof e4 == "string" ? e4 : FS.getPath(e4), t32), a14 = FS_getMode(!!r10, !!_4);
    (l3 = FS.createDevice).major ?? (l3.major = 64);
    var i8 = FS.makedev(FS.createDevice.major++, 0);
    return FS.registerDevice(i8, { open(o8) {
      o8.seekable = false;
    }, close(o8) {
      _4?.buffer?.length && _4(10);
    }, read(o8, s5, c5, g7, d5) {
      for (var p7 = 0, u3 = 0; u3 < g7; u3++) {
        var m7;
        try {
          m7 = r10();
        } catch {
          throw new FS.ErrnoError(29);
        }
        if (m7 === void 0 && p7 === 0) throw new FS.ErrnoError(6);
        if (m7 == null) break;
        p7++, s5[c5 + u3] = m7;
      }
      return p7 && (o8.node.atime = Date.now()), p7;
    }, write(o8, s5, c5, g7, d5) {
      for (var p7 = 0; p7 < g7; p7++) try {
        _4(s5[c5 + p7]);
      } catch {
        throw new FS.ErrnoError(29);
      }
      return g7 && (o8.node.mtime = o8.node.ctime = Date.now()), p7;
    } }), FS.mkdev(n3, a14, i8);
  }, forceLoadFile(e4) {
    if (e4.isDevice || e4.isFolder || e4.link || e4.contents) return true;
    if (globalThis.XMLHttpRequest) abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
    else try {
      e4.contents = readBinary(e4.url);
    } catch {
      throw new FS.ErrnoError(29);
    }
  }, createLazyFile(e4, t32, r10, _4, n3) {
    class a14 {
      constructor() {
        P(this, "lengthKnown", false);
        P(this, "chunks", []);
      }
      get(d5) {
        if (!(d5 > this.length - 1 || d5 < 0)) {
          var p7 = d5 % this.chunkSize, u3 = d5 / this.chunkSize | 0;
          return this.getter(u3)[p7];
        }
      }
      setDataGetter(d5) {
        this.getter = d5;
      }
      cacheLength() {
        var d5 = new XMLHttpRequest();
        d5.open("HEAD", r10, false), d5.send(null), d5.status >= 200 && d5.status < 300 || d5.status === 304 || abort(`Couldn't load ${r10}. Status: ${d5.status}`);
        var p7 = Number(d5.getResponseHeader("Content-length")), u3, m7 = (u3 = d5.getResponseHeader("Accept-Ranges")) && u3 === "bytes", M2 = (u3 = d5.getResponseHeader("Content-Encoding")) && u3 === "gzip", S4 = 1024 * 1024;
        m7 || (S4 = p7);
        var v5 = (b4, A4) => {
          b4 > A4 && abort(`invalid range (${b4}, ${A4}) or no bytes requested!`), A4 > p7 - 1 && abort(`only ${p7} bytes available! programmer error!`);
          var T5 = new XMLHttpRequest();
          return T5.open("GET", r10, false), p7 !== S4 && T5.setRequestHeader("Range", `bytes=${b4}-${A4}`), T5.responseType = "arraybuffer", T5.overrideMimeType && T5.overrideMimeType("text/plain; charset=x-user-defined"), T5.send(null), T5.status >= 200 && T5.status < 300 || T5.status === 304 || abort(`Couldn't load ${r10}. Status: ${T5.status}`), T5.response !== void 0 ? new Uint8Array(T5.response || []) : intArrayFromString(T5.responseText ?? "", true);
        }, F5 = this;
        F5.setDataGetter((b4) => {
          var A4 = b4 * S4, T5 = (b4 + 1) * S4 - 1;
          return T5 = Math.min(T5, p7 - 1), typeof F5.chunks[b4] > "u" && (F5.chunks[b4] = v5(A4, T5)), typeof F5.chunks[b4] > "u" && abort("doXHR failed!"), F5.chunks[b4];
        }), (M2 || !p7) && (S4 = p7 = 1, p7 = this.getter(0).length, S4 = p7, out("LazyFiles on gzip forces download of the whole file when length is accessed")), this._length = p7, this._chunkSize = S4, this.lengthKnown = true;
      }
      get length() {
        return this.lengthKnown || this.cacheLength(), this._length;
      }
      get chunkSize() {
        return this.lengthKnown || this.cacheLength(), this._chunkSize;
      }
    }
    if (globalThis.XMLHttpRequest) {
      ENVIRONMENT_IS_WORKER || abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
      var i8 = new a14(), l3 = { isDevice: false, contents: i8 };
    } else var l3 = { isDevice: false, url: r10 };
    var o8 = FS.createFile(e4, t32, l3, _4, n3);
    l3.contents ? o8.contents = l3.contents : l3.url && (o8.contents = null, o8.url = l3.url), Object.defineProperties(o8, { usedBytes: { get: function() {
      return this.contents.length;
    } } });
    var s5 = {};
    for (let [g7, d5] of Object.entries(o8.stream_ops)) s5[g7] = (...p7) => (FS.forceLoadFile(o8), d5(...p7));
    function c5(g7, d5, p7, u3, m7) {
      var M2 = g7.node.contents;
      if (m7 >= M2.length) return 0;
      var S4 = Math.min(M2.length - m7, u3);
      if (M2.slice) for (var v5 = 0; v5 < S4; v5++) d5[p7 + v5] = M2[m7 + v5];
      else for (var v5 = 0; v5 < S4; v5++) d5[p7 + v5] = M2.get(m7 + v5);
      return S4;
    }
    return s5.read = (g7, d5, p7, u3, m7) => (FS.forceLoadFile(o8), c5(g7, d5, p7, u3, m7)), s5.mmap = (g7, d5, p7, u3, m7) => {
      FS.forceLoadFile(o8);
      var M2 = mmapAlloc(d5);
      if (!M2) throw new FS.ErrnoError(48);
      return c5(g7, HEAP8, M2, d5, p7), { ptr: M2, allocated: true };
    }, o8.stream_ops = s5, o8;
  } }, findLibraryFS = (e4, t32) => {
    if (runtimeInitialized) {
      if (PATH.isAbs(e4)) try {
        return FS.lookupPath(e4), e4;
      } catch {
        return;
      }
      var r10 = (t32?.paths || []).map((_4) => replaceORIGIN(t32?.parentLibPath, _4));
      return withStackSave(() => {
        var _4 = 512, n3 = stackAlloc(_4), a14 = stringToUTF8OnStack(r10.join(":")), i8 = stringToUTF8OnStack(e4), l3 = __emscripten_find_dylib(n3, a14, i8, _4);
        return l3 ? UTF8ToString(l3) : void 0;
      });
    }
  };
  function loadDynamicLibrary(e4, t32 = { global: true, nodelete: true }, r10, _4) {
    var n3 = LDSO.loadedLibsByName[e4];
    if (n3) return t32.global ? n3.global || (n3.global = true, mergeLibSymbols(n3.exports, e4)) : r10 && Object.assign(r10, n3.exports), t32.nodelete && n3.refcount !== 1 / 0 && (n3.refcount = 1 / 0), n3.refcount++, _4 && (LDSO.loadedLibsByHandle[_4] = n3), t32.loadAsync ? Promise.resolve(true) : true;
    n3 = newDSO(e4, _4, "loading"), n3.refcount = t32.nodelete ? 1 / 0 : 1, n3.global = t32.global;
    function a14() {
      if (_4) {
        var o8 = HEAPU32[_4 + 28 >> 2], s5 = HEAPU32[_4 + 32 >> 2];
        if (o8 && s5) {
          var c5 = HEAP8.slice(o8, o8 + s5);
          return t32.loadAsync ? Promise.resolve(c5) : c5;
        }
      }
      var g7 = findLibraryFS(e4, t32.rpath);
      if (g7) {
        var c5 = FS.readFile(g7, { encoding: "binary" });
        return t32.loadAsync ? Promise.resolve(c5) : c5;
      }
      var d5 = locateFile(e4);
      if (t32.loadAsync) return asyncLoad(d5);
      if (!readBinary) throw new Error(`${d5}: file not found, and synchronous loading of external files is not available`);
      return readBinary(d5);
    }
    function i8() {
      var o8 = preloadedWasm[e4];
      return o8 ? t32.loadAsync ? Promise.resolve(o8) : o8 : t32.loadAsync ? a14().then((s5) => loadWebAssemblyModule(s5, t32, e4, r10, _4)) : loadWebAssemblyModule(a14(), t32, e4, r10, _4);
    }
    function l3(o8) {
      n3.global ? mergeLibSymbols(o8, e4) : r10 && Object.assign(r10, o8), n3.exports = o8;
    }
    return t32.loadAsync ? i8().then((o8) => (l3(o8), true)) : (l3(i8()), true);
  }
  var reportUndefinedSymbols = () => {
    for (var [e4, t32] of Object.entries(GOT)) if (t32.value == -1) {
      var r10 = resolveGlobalSymbol(e4, true).sym;
      if (!r10 && !t32.required) {
        t32.value = 0;
        continue;
      }
      if (typeof r10 == "function") t32.value = addFunction(r10, r10.sig);
      else if (typeof r10 == "number") t32.value = r10;
      else if (typeof r10.value == "number") t32.value = r10;
      else throw new Error(`bad export type for '${e4}': ${typeof r10} (${r10})`);
    }
  }, loadDylibs = async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    for (var e4 of dynamicLibraries) await loadDynamicLibrary(e4, { loadAsync: true, global: true, nodelete: true, allowUndefined: true });
    reportUndefinedSymbols();
  }, noExitRuntime = false;
  function setValue(e4, t32, r10 = "i8") {
    switch (r10.endsWith("*") && (r10 = "*"), r10) {
      case "i1":
        HEAP8[e4] = t32;
        break;
      case "i8":
        HEAP8[e4] = t32;
        break;
      case "i16":
        HEAP16[e4 >> 1] = t32;
        break;
      case "i32":
        HEAP32[e4 >> 2] = t32;
        break;
      case "i64":
        HEAP64[e4 >> 3] = BigInt(t32);
        break;
      case "float":
        HEAPF32[e4 >> 2] = t32;
        break;
      case "double":
        HEAPF64[e4 >> 3] = t32;
        break;
      case "*":
        HEAPU32[e4 >> 2] = t32;
        break;
      default:
        abort(`invalid type for setValue: ${r10}`);
    }
  }
  var wasmMemory, ___assert_fail = (e4, t32, r10, _4) => abort(`Assertion failed: ${UTF8ToString(e4)}, at: ` + [t32 ? UTF8ToString(t32) : "unknown filename", r10, _4 ? UTF8ToString(_4) : "unknown function"]);
  ___assert_fail.sig = "vppip";
  var ___call_sighandler = (e4, t32) => getWasmTableEntry(e4)(t32);
  ___call_sighandler.sig = "vpi";
  var SOCKFS = { websocketArgs: {}, callbacks: {}, on(e4, t32) {
    SOCKFS.callbacks[e4] = t32;
  }, emit(e4, t32) {
    SOCKFS.callbacks[e4]?.(t32);
    var r10 = e4 === "error" ? t32[0] : t32, _4 = { message: 65, open: 4, connection: 65, close: 17, error: 8 }[e4];
    _4 && FS.getStream(r10)?.node.notifyListeners(_4);
  }, mount(e4) {
    return SOCKFS.websocketArgs = Module.websocket || {}, (Module.websocket ?? (Module.websocket = {})).on = SOCKFS.on, FS.createNode(null, "/", 16895, 0);
  }, createSocket(e4, t32, r10) {
    if (e4 != 2) throw new FS.ErrnoError(5);
    if (t32 &= -526337, t32 != 1 && t32 != 2) throw new FS.ErrnoError(28);
    var _4 = t32 == 1;
    if (_4 && r10 && r10 != 6) throw new FS.ErrnoError(66);
    var n3 = { family: e4, type: t32, protocol: r10, server: null, error: null, peers: {}, pending: [], recv_queue: [], sock_ops: SOCKFS.websocket_sock_ops }, a14 = SOCKFS.nextname(), i8 = FS.createNode(SOCKFS.root, a14, 49152, 0);
    i8.sock = n3;
    var l3 = FS.createStream({ path: a14, node: i8, flags: 2, seekable: false, stream_ops: SOCKFS.stream_ops });
    return n3.stream = l3, n3;
  }, getSocket(e4) {
    var t32 = FS.getStream(e4);
    return !t32 || !FS.isSocket(t32.node.mode) ? null : t32.node.sock;
  }, stream_ops: { getattr(e4) {
    var t32 = e4.node;
    return { dev: 1, ino: t32.id, mode: 49663, nlink: 1, uid: 0, gid: 0, rdev: 0, size: 0, atime: /* @__PURE__ */ new Date(0), mtime: /* @__PURE__ */ new Date(0), ctime: /* @__PURE__ */ new Date(0), blksize: 4096, blocks: 0 };
  }, poll(e4) {
    var t32 = e4.node.sock;
    return t32.sock_ops.poll(t32);
  }, ioctl(e4, t32, r10) {
    var _4 = e4.node.sock;
    return _4.sock_ops.ioctl(_4, t32, r10);
  }, read(e4, t32, r10, _4, n3) {
    var a14 = e4.node.sock, i8 = a14.sock_ops.recvmsg(a14, _4);
    return i8 ? (t32.set(i8.buffer, r10), i8.buffer.length) : 0;
  }, write(e4, t32, r10, _4, n3) {
    var a14 = e4.node.sock;
    return a14.sock_ops.sendmsg(a14, t32, r10, _4);
  }, close(e4) {
    var t32 = e4.node.sock;
    t32.sock_ops.close(t32);
  } }, nextname() {
    return SOCKFS.nextname.current || (SOCKFS.nextname.current = 0), `socket[${SOCKFS.nextname.current++}]`;
  }, websocket_sock_ops: { createPeer(e4, t32, r10) {
    var _4;
    if (typeof t32 == "object" && (_4 = t32, t32 = null, r10 = null), _4) if (_4._socket) t32 = _4._socket.remoteAddress, r10 = _4._socket.remotePort;
    else {
      var n3 = /ws[s]?:\/\/([^:]+):(\d+)/.exec(_4.url);
      if (!n3) throw new Error("WebSocket URL must be in the format ws(s)://address:port");
      t32 = n3[1], r10 = parseInt(n3[2], 10);
    }
    else try {
      var a14 = "ws://".replace("#", "//"), i8 = "binary", l3 = void 0;
      if (SOCKFS.websocketArgs.url && (a14 = SOCKFS.websocketArgs.url), SOCKFS.websocketArgs.subprotocol ? i8 = SOCKFS.websocketArgs.subprotocol : SOCKFS.websocketArgs.subprotocol === null && (i8 = "null"), a14 === "ws://" || a14 === "wss://") {
        var o8 = t32.split("/");
        a14 = a14 + o8[0] + ":" + r10 + "/" + o8.slice(1).join("/");
      }
      i8 !== "null" && (i8 = i8.replace(/^ +| +$/g, "").split(/ *, */), l3 = i8);
      var s5;
      ENVIRONMENT_IS_NODE ? s5 = require("ws") : s5 = WebSocket, _4 = new s5(a14, l3), _4.binaryType = "arraybuffer";
    } catch {
      throw new FS.ErrnoError(23);
    }
    var c5 = { addr: t32, port: r10, socket: _4, msg_send_queue: [] };
    return SOCKFS.websocket_sock_ops.addPeer(e4, c5), SOCKFS.websocket_sock_ops.handlePeerEvents(e4, c5), e4.type === 2 && typeof e4.sport < "u" && c5.msg_send_queue.push(new Uint8Array([255, 255, 255, 255, 112, 111, 114, 116, (e4.sport & 65280) >> 8, e4.sport & 255])), c5;
  }, getPeer(e4, t32, r10) {
    return e4.peers[t32 + ":" + r10];
  }, addPeer(e4, t32) {
    e4.peers[t32.addr + ":" + t32.port] = t32;
  }, removePeer(e4, t32) {
    delete e4.peers[t32.addr + ":" + t32.port];
  }, handlePeerEvents(e4, t32) {
    var r10 = true;
    function _4() {
      e4.connecting = false, SOCKFS.emit("open", e4.stream.fd);
      try {
        for (var a14 = t32.msg_send_queue.shift(); a14; ) t32.socket.send(a14), a14 = t32.msg_send_queue.shift();
      } catch {
        t32.socket.close();
      }
    }
    function n3(a14) {
      if (typeof a14 == "string") {
        var i8 = new TextEncoder();
        a14 = i8.encode(a14);
      } else {
        if (a14.byteLength == 0) return;
        a14 = new Uint8Array(a14);
      }
      var l3 = r10;
      if (r10 = false, l3 && a14.length === 10 && a14[0] === 255 && a14[1] === 255 && a14[2] === 255 && a14[3] === 255 && a14[4] === 112 && a14[5] === 111 && a14[6] === 114 && a14[7] === 116) {
        var o8 = a14[8] << 8 | a14[9];
        SOCKFS.websocket_sock_ops.removePeer(e4, t32), t32.port = o8, SOCKFS.websocket_sock_ops.addPeer(e4, t32);
        return;
      }
      e4.recv_queue.push({ addr: t32.addr, port: t32.port, data: a14 }), SOCKFS.emit("message", e4.stream.fd);
    }
    if (ENVIRONMENT_IS_NODE) {
      t32.socket.on("open", _4), t32.socket.on("message", (a14, i8) => {
        i8 && n3(new Uint8Array(a14).buffer);
      }), t32.socket.on("close", () => SOCKFS.emit("close", e4.stream.fd)), t32.socket.on("error", (a14) => {
        e4.error = 14, SOCKFS.emit("error", [e4.stream.fd, e4.error, "ECONNREFUSED: Connection refused"]);
      });
      return;
    }
    t32.socket.onopen = _4, t32.socket.onclose = () => SOCKFS.emit("close", e4.stream.fd), t32.socket.onmessage = (a14) => n3(a14.data), t32.socket.onerror = (a14) => {
      e4.error = 14, SOCKFS.emit("error", [e4.stream.fd, e4.error, "ECONNREFUSED: Connection refused"]);
    };
  }, poll(e4) {
    if (e4.type === 1 && e4.server) return e4.pending.length ? 65 : 0;
    var t32 = 0, r10 = e4.type === 1 ? SOCKFS.websocket_sock_ops.getPeer(e4, e4.daddr, e4.dport) : null;
    return (e4.recv_queue.length || !r10 || r10 && r10.socket.readyState === r10.socket.CLOSING || r10 && r10.socket.readyState === r10.socket.CLOSED) && (t32 |= 65), (!r10 || r10 && r10.socket.readyState === r10.socket.OPEN) && (t32 |= 4), (r10 && r10.socket.readyState === r10.socket.CLOSING || r10 && r10.socket.readyState === r10.socket.CLOSED) && (e4.connecting ? t32 |= 4 : t32 |= 8208), t32;
  }, ioctl(e4, t32, r10) {
    switch (t32) {
      case 21531:
        var _4 = 0;
        return e4.recv_queue.length && (_4 = e4.recv_queue[0].data.length), HEAP32[r10 >> 2] = _4, 0;
      case 21537:
        var n3 = HEAP32[r10 >> 2];
        return n3 ? e4.stream.flags |= 2048 : e4.stream.flags &= -2049, 0;
      default:
        return 28;
    }
  }, close(e4) {
    if (e4.server) {
      try {
        e4.server.close();
      } catch {
      }
      e4.server = null;
    }
    for (var t32 of Object.values(e4.peers)) {
      try {
        t32.socket.close();
      } catch {
      }
      SOCKFS.websocket_sock_ops.removePeer(e4, t32);
    }
    return 0;
  }, bind(e4, t32, r10) {
    if (typeof e4.saddr < "u" || typeof e4.sport < "u") throw new FS.ErrnoError(28);
    if (e4.saddr = t32, e4.sport = r10, e4.type === 2) {
      e4.server && (e4.server.close(), e4.server = null);
      try {
        e4.sock_ops.listen(e4, 0);
      } catch (_4) {
        if (_4.name !== "ErrnoError" || _4.errno !== 138) throw _4;
      }
    }
  }, connect(e4, t32, r10) {
    if (e4.server) throw new FS.ErrnoError(138);
    if (typeof e4.daddr < "u" && typeof e4.dport < "u") {
      var _4 = SOCKFS.websocket_sock_ops.getPeer(e4, e4.daddr, e4.dport);
      if (_4) throw _4.socket.readyState === _4.socket.CONNECTING ? new FS.ErrnoError(7) : new FS.ErrnoError(30);
    }
    var n3 = SOCKFS.websocket_sock_ops.createPeer(e4, t32, r10);
    e4.daddr = n3.addr, e4.dport = n3.port, e4.connecting = true;
  }, listen(e4, t32) {
    if (!ENVIRONMENT_IS_NODE) throw new FS.ErrnoError(138);
    if (e4.server) throw new FS.ErrnoError(28);
    var r10 = require("ws").Server, _4 = e4.saddr;
    e4.server = new r10({ host: _4, port: e4.sport }), SOCKFS.emit("listen", e4.stream.fd), e4.server.on("connection", (n3) => {
      if (e4.type === 1) {
        var a14 = SOCKFS.createSocket(e4.family, e4.type, e4.protocol), i8 = SOCKFS.websocket_sock_ops.createPeer(a14, n3);
        a14.daddr = i8.addr, a14.dport = i8.port, e4.pending.push(a14), SOCKFS.emit("connection", a14.stream.fd), e4.stream.node.notifyListeners(65);
      } else SOCKFS.websocket_sock_ops.createPeer(e4, n3), SOCKFS.emit("connection", e4.stream.fd);
    }), e4.server.on("close", () => {
      SOCKFS.emit("close", e4.stream.fd), e4.server = null;
    }), e4.server.on("error", (n3) => {
      e4.error = 23, SOCKFS.emit("error", [e4.stream.fd, e4.error, "EHOSTUNREACH: Host is unreachable"]);
    });
  }, accept(e4) {
    if (!e4.server || !e4.pending.length) throw new FS.ErrnoError(28);
    var t32 = e4.pending.shift();
    return t32.stream.flags = e4.stream.flags, t32;
  }, getname(e4, t32) {
    var r10, _4;
    if (t32) {
      if (e4.daddr === void 0 || e4.dport === void 0) throw new FS.ErrnoError(53);
      r10 = e4.daddr, _4 = e4.dport;
    } else r10 = e4.saddr || 0, _4 = e4.sport || 0;
    return { addr: r10, port: _4 };
  }, sendmsg(e4, t32, r10, _4, n3, a14) {
    if (e4.type === 2) {
      if ((n3 === void 0 || a14 === void 0) && (n3 = e4.daddr, a14 = e4.dport), n3 === void 0 || a14 === void 0) throw new FS.ErrnoError(17);
    } else n3 = e4.daddr, a14 = e4.dport;
    var i8 = SOCKFS.websocket_sock_ops.getPeer(e4, n3, a14);
    if (e4.type === 1 && (!i8 || i8.socket.readyState === i8.socket.CLOSING || i8.socket.readyState === i8.socket.CLOSED)) throw new FS.ErrnoError(53);
    ArrayBuffer.isView(t32) && (r10 += t32.byteOffset, t32 = t32.buffer);
    var l3 = t32.slice(r10, r10 + _4);
    if (!i8 || i8.socket.readyState !== i8.socket.OPEN) return e4.type === 2 && (!i8 || i8.socket.readyState === i8.socket.CLOSING || i8.socket.readyState === i8.socket.CLOSED) && (i8 = SOCKFS.websocket_sock_ops.createPeer(e4, n3, a14)), i8.msg_send_queue.push(l3), _4;
    try {
      return i8.socket.send(l3), _4;
    } catch {
      throw new FS.ErrnoError(28);
    }
  }, recvmsg(e4, t32, r10) {
    if (e4.type === 1 && e4.server) throw new FS.ErrnoError(53);
    var _4 = r10 & 2, n3 = e4.recv_queue[0];
    if (!n3) {
      if (e4.type === 1) {
        var a14 = SOCKFS.websocket_sock_ops.getPeer(e4, e4.daddr, e4.dport);
        if (!a14) throw new FS.ErrnoError(53);
        if (a14.socket.readyState === a14.socket.CLOSING || a14.socket.readyState === a14.socket.CLOSED) return null;
        throw new FS.ErrnoError(6);
      }
      throw new FS.ErrnoError(6);
    }
    var i8 = n3.data.byteLength || n3.data.length, l3 = n3.data.byteOffset || 0, o8 = n3.data.buffer || n3.data, s5 = Math.min(t32, i8), c5 = { buffer: new Uint8Array(o8, l3, s5), addr: n3.addr, port: n3.port };
    if (_4) return c5;
    if (e4.recv_queue.shift(), e4.type === 1 && s5 < i8) {
      var g7 = i8 - s5;
      n3.data = new Uint8Array(o8, l3 + s5, g7), e4.recv_queue.unshift(n3);
    }
    return c5;
  } } }, getSocketFromFD = (e4) => {
    var t32 = SOCKFS.getSocket(e4);
    if (!t32) throw new FS.ErrnoError(8);
    return t32;
  }, inetPton4 = (e4) => {
    for (var t32 = e4.split("."), r10 = 0; r10 < 4; r10++) {
      var _4 = Number(t32[r10]);
      if (isNaN(_4)) return null;
      t32[r10] = _4;
    }
    return (t32[0] | t32[1] << 8 | t32[2] << 16 | t32[3] << 24) >>> 0;
  }, inetPton6 = (e4) => {
    var t32, r10, _4, n3, a14 = /^((?=.*::)(?!.*::.+::)(::)?([\dA-F]{1,4}:(:|\b)|){5}|([\dA-F]{1,4}:){6})((([\dA-F]{1,4}((?!\3)::|:\b|$))|(?!\2\3)){2}|(((2[0-4]|1\d|[1-9])?\d|25[0-5])\.?\b){4})$/i, i8 = [];
    if (!a14.test(e4)) return null;
    if (e4 === "::") return [0, 0, 0, 0, 0, 0, 0, 0];
    for (e4.startsWith("::") ? e4 = e4.replace("::", "Z:") : e4 = e4.replace("::", ":Z:"), e4.indexOf(".") > 0 ? (e4 = e4.replace(new RegExp("[.]", "g"), ":"), t32 = e4.split(":"), t32[t32.length - 4] = Number(t32[t32.length - 4]) + Number(t32[t32.length - 3]) * 256, t32[t32.length - 3] = Number(t32[t32.length - 2]) + Number(t32[t32.length - 1]) * 256, t32 = t32.slice(0, t32.length - 2)) : t32 = e4.split(":"), _4 = 0, n3 = 0, r10 = 0; r10 < t32.length; r10++) if (typeof t32[r10] == "string") if (t32[r10] === "Z") {
      for (n3 = 0; n3 < 8 - t32.length + 1; n3++) i8[r10 + n3] = 0;
      _4 = n3 - 1;
    } else i8[r10 + _4] = _htons(parseInt(t32[r10], 16));
    else i8[r10 + _4] = t32[r10];
    return [i8[1] << 16 | i8[0], i8[3] << 16 | i8[2], i8[5] << 16 | i8[4], i8[7] << 16 | i8[6]];
  }, writeSockaddr = (e4, t32, r10, _4, n3) => {
    switch (t32) {
      case 2:
        r10 = inetPton4(r10), zeroMemory(e4, 16), n3 && (HEAP32[n3 >> 2] = 16), HEAP16[e4 >> 1] = t32, HEAP32[e4 + 4 >> 2] = r10, HEAP16[e4 + 2 >> 1] = _htons(_4);
        break;
      case 10:
        r10 = inetPton6(r10), zeroMemory(e4, 28), n3 && (HEAP32[n3 >> 2] = 28), HEAP32[e4 >> 2] = t32, HEAP32[e4 + 8 >> 2] = r10[0], HEAP32[e4 + 12 >> 2] = r10[1], HEAP32[e4 + 16 >> 2] = r10[2], HEAP32[e4 + 20 >> 2] = r10[3], HEAP16[e4 + 2 >> 1] = _htons(_4);
        break;
      default:
        return 5;
    }
    return 0;
  }, DNS = { address_map: { id: 1, addrs: {}, names: {} }, lookup_name(e4) {
    var t32 = inetPton4(e4);
    if (t32 !== null || (t32 = inetPton6(e4), t32 !== null)) return e4;
    var r10;
    if (DNS.address_map.addrs[e4]) r10 = DNS.address_map.addrs[e4];
    else {
      var _4 = DNS.address_map.id++;
      r10 = "172.29." + (_4 & 255) + "." + (_4 & 65280), DNS.address_map.names[r10] = e4, DNS.address_map.addrs[e4] = r10;
    }
    return r10;
  }, lookup_addr(e4) {
    return DNS.address_map.names[e4] ? DNS.address_map.names[e4] : null;
  } };
  function ___syscall_accept4(e4, t32, r10, _4, n3, a14) {
    try {
      var i8 = getSocketFromFD(e4), l3 = i8.sock_ops.accept(i8);
      if (t32) var o8 = writeSockaddr(t32, l3.family, DNS.lookup_name(l3.daddr), l3.dport, r10);
      return l3.stream.fd;
    } catch (s5) {
      if (typeof FS > "u" || s5.name !== "ErrnoError") throw s5;
      return -s5.errno;
    }
  }
  ___syscall_accept4.sig = "iippiii";
  var inetNtop4 = (e4) => (e4 & 255) + "." + (e4 >> 8 & 255) + "." + (e4 >> 16 & 255) + "." + (e4 >> 24 & 255), inetNtop6 = (e4) => {
    var t32 = "", r10 = 0, _4 = 0, n3 = 0, a14 = 0, i8 = 0, l3 = 0, o8 = [e4[0] & 65535, e4[0] >> 16, e4[1] & 65535, e4[1] >> 16, e4[2] & 65535, e4[2] >> 16, e4[3] & 65535, e4[3] >> 16], s5 = true, c5 = "";
    for (l3 = 0; l3 < 5; l3++) if (o8[l3] !== 0) {
      s5 = false;
      break;
    }
    if (s5) {
      if (c5 = inetNtop4(o8[6] | o8[7] << 16), o8[5] === -1) return t32 = "::ffff:", t32 += c5, t32;
      if (o8[5] === 0) return t32 = "::", c5 === "0.0.0.0" && (c5 = ""), c5 === "0.0.0.1" && (c5 = "1"), t32 += c5, t32;
    }
    for (r10 = 0; r10 < 8; r10++) o8[r10] === 0 && (r10 - n3 > 1 && (i8 = 0), n3 = r10, i8++), i8 > _4 && (_4 = i8, a14 = r10 - _4 + 1);
    for (r10 = 0; r10 < 8; r10++) {
      if (_4 > 1 && o8[r10] === 0 && r10 >= a14 && r10 < a14 + _4) {
        r10 === a14 && (t32 += ":", a14 === 0 && (t32 += ":"));
        continue;
      }
      t32 += Number(_ntohs(o8[r10] & 65535)).toString(16), t32 += r10 < 7 ? ":" : "";
    }
    return t32;
  }, readSockaddr = (e4, t32) => {
    var r10 = HEAP16[e4 >> 1], _4 = _ntohs(HEAPU16[e4 + 2 >> 1]), n3;
    switch (r10) {
      case 2:
        if (t32 !== 16) return { errno: 28 };
        n3 = HEAP32[e4 + 4 >> 2], n3 = inetNtop4(n3);
        break;
      case 10:
        if (t32 !== 28) return { errno: 28 };
        n3 = [HEAP32[e4 + 8 >> 2], HEAP32[e4 + 12 >> 2], HEAP32[e4 + 16 >> 2], HEAP32[e4 + 20 >> 2]], n3 = inetNtop6(n3);
        break;
      default:
        return { errno: 5 };
    }
    return { family: r10, addr: n3, port: _4 };
  }, getSocketAddress = (e4, t32) => {
    var r10 = readSockaddr(e4, t32);
    if (r10.errno) throw new FS.ErrnoError(r10.errno);
    return r10.addr = DNS.lookup_addr(r10.addr) || r10.addr, r10;
  };
  function ___syscall_bind(e4, t32, r10, _4, n3, a14) {
    try {
      var i8 = getSocketFromFD(e4), l3 = getSocketAddress(t32, r10);
      return i8.sock_ops.bind(i8, l3.addr, l3.port), 0;
    } catch (o8) {
      if (typeof FS > "u" || o8.name !== "ErrnoError") throw o8;
      return -o8.errno;
    }
  }
  ___syscall_bind.sig = "iipiiii";
  var SYSCALLS = { currentUmask: 18, calculateAt(e4, t32, r10) {
    if (PATH.isAbs(t32)) return t32;
    var _4;
    if (e4 === -100) _4 = FS.cwd();
    else {
      var n3 = SYSCALLS.getStreamFromFD(e4);
      _4 = n3.path;
    }
    if (t32.length == 0) {
      if (!r10) throw new FS.ErrnoError(44);
      return _4;
    }
    return _4 + "/" + t32;
  }, writeStat(e4, t32) {
    HEAPU32[e4 >> 2] = t32.dev, HEAPU32[e4 + 4 >> 2] = t32.mode, HEAPU32[e4 + 8 >> 2] = t32.nlink, HEAPU32[e4 + 12 >> 2] = t32.uid, HEAPU32[e4 + 16 >> 2] = t32.gid, HEAPU32[e4 + 20 >> 2] = t32.rdev, HEAP64[e4 + 24 >> 3] = BigInt(t32.size), HEAP32[e4 + 32 >> 2] = 4096, HEAP32[e4 + 36 >> 2] = t32.blocks;
    var r10 = t32.atime.getTime(), _4 = t32.mtime.getTime(), n3 = t32.ctime.getTime();
    return HEAP64[e4 + 40 >> 3] = BigInt(Math.floor(r10 / 1e3)), HEAPU32[e4 + 48 >> 2] = r10 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 56 >> 3] = BigInt(Math.floor(_4 / 1e3)), HEAPU32[e4 + 64 >> 2] = _4 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 72 >> 3] = BigInt(Math.floor(n3 / 1e3)), HEAPU32[e4 + 80 >> 2] = n3 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 88 >> 3] = BigInt(t32.ino), 0;
  }, writeStatFs(e4, t32) {
    HEAPU32[e4 + 4 >> 2] = t32.bsize, HEAPU32[e4 + 60 >> 2] = t32.bsize, HEAP64[e4 + 8 >> 3] = BigInt(t32.blocks), HEAP64[e4 + 16 >> 3] = BigInt(t32.bfree), HEAP64[e4 + 24 >> 3] = BigInt(t32.bavail), HEAP64[e4 + 32 >> 3] = BigInt(t32.files), HEAP64[e4 + 40 >> 3] = BigInt(t32.ffree), HEAPU32[e4 + 48 >> 2] = t32.fsid, HEAPU32[e4 + 64 >> 2] = t32.flags, HEAPU32[e4 + 56 >> 2] = t32.namelen;
  }, doMsync(e4, t32, r10, _4, n3) {
    if (!FS.isFile(t32.node.mode)) throw new FS.ErrnoError(43);
    if (_4 & 2) return 0;
    var a14 = HEAPU8.subarray(e4, e4 + r10);
    FS.msync(t32, a14, n3, r10, _4);
  }, getStreamFromFD(e4) {
    var t32 = FS.getStreamChecked(e4);
    return t32;
  }, varargs: void 0, getStr(e4) {
    var t32 = UTF8ToString(e4);
    return t32;
  } };
  function ___syscall_chdir(e4) {
    try {
      return e4 = SYSCALLS.getStr(e4), FS.chdir(e4), 0;
    } catch (t32) {
      if (typeof FS > "u" || t32.name !== "ErrnoError") throw t32;
      return -t32.errno;
    }
  }
  ___syscall_chdir.sig = "ip";
  function ___syscall_chmod(e4, t32) {
    try {
      return e4 = SYSCALLS.getStr(e4), FS.chmod(e4, t32), 0;
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return -r10.errno;
    }
  }
  ___syscall_chmod.sig = "ipi";
  function ___syscall_connect(e4, t32, r10, _4, n3, a14) {
    try {
      var i8 = getSocketFromFD(e4), l3 = getSocketAddress(t32, r10);
      return i8.sock_ops.connect(i8, l3.addr, l3.port), 0;
    } catch (o8) {
      if (typeof FS > "u" || o8.name !== "ErrnoError") throw o8;
      return -o8.errno;
    }
  }
  ___syscall_connect.sig = "iipiiii";
  function ___syscall_dup(e4) {
    try {
      var t32 = SYSCALLS.getStreamFromFD(e4);
      return FS.dupStream(t32).fd;
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return -r10.errno;
    }
  }
  ___syscall_dup.sig = "ii";
  function ___syscall_dup3(e4, t32, r10) {
    try {
      if (e4 === t32 || r10 & -524289) return -28;
      var _4 = SYSCALLS.getStreamFromFD(e4);
      if (t32 < 0 || t32 >= FS.MAX_OPEN_FDS) return -8;
      var n3 = FS.getStream(t32);
      n3 && FS.close(n3);
      var a14 = FS.dupStream(_4, t32);
      return r10 & 524288 && (a14.flags |= 524288), a14.fd;
    } catch (i8) {
      if (typeof FS > "u" || i8.name !== "ErrnoError") throw i8;
      return -i8.errno;
    }
  }
  ___syscall_dup3.sig = "iiii";
  function ___syscall_faccessat(e4, t32, r10, _4) {
    try {
      if (t32 = SYSCALLS.getStr(t32), t32 = SYSCALLS.calculateAt(e4, t32), r10 & -8) return -28;
      var n3 = FS.lookupPath(t32, { follow: true }), a14 = n3.node;
      if (!a14) return -44;
      var i8 = "";
      return r10 & 4 && (i8 += "r"), r10 & 2 && (i8 += "w"), r10 & 1 && (i8 += "x"), i8 && FS.nodePermissions(a14, i8) ? -2 : 0;
    } catch (l3) {
      if (typeof FS > "u" || l3.name !== "ErrnoError") throw l3;
      return -l3.errno;
    }
  }
  ___syscall_faccessat.sig = "iipii";
  var INT53_MAX = 9007199254740992, INT53_MIN = -9007199254740992, bigintToI53Checked = (e4) => e4 < INT53_MIN || e4 > INT53_MAX ? NaN : Number(e4);
  function ___syscall_fadvise64(e4, t32, r10, _4) {
    t32 = bigintToI53Checked(t32), r10 = bigintToI53Checked(r10);
    try {
      return SYSCALLS.getStreamFromFD(e4).seekable ? 0 : -70;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_fadvise64.sig = "iijji";
  function ___syscall_fallocate(e4, t32, r10, _4) {
    r10 = bigintToI53Checked(r10), _4 = bigintToI53Checked(_4);
    try {
      if (isNaN(r10) || isNaN(_4)) return -22;
      if (t32 != 0) return -138;
      if (r10 < 0 || _4 < 0) return -28;
      if (!SYSCALLS.getStreamFromFD(e4).seekable) return -70;
      var n3 = FS.fstat(e4).size, a14 = r10 + _4;
      return a14 > n3 && FS.ftruncate(e4, a14), 0;
    } catch (i8) {
      if (typeof FS > "u" || i8.name !== "ErrnoError") throw i8;
      return -i8.errno;
    }
  }
  ___syscall_fallocate.sig = "iiijj";
  function ___syscall_fchmod(e4, t32) {
    try {
      return FS.fchmod(e4, t32), 0;
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return -r10.errno;
    }
  }
  ___syscall_fchmod.sig = "iii";
  function ___syscall_fchmodat2(e4, t32, r10, _4) {
    try {
      var n3 = _4 & 256;
      return t32 = SYSCALLS.getStr(t32), t32 = SYSCALLS.calculateAt(e4, t32), FS.chmod(t32, r10, n3), 0;
    } catch (a14) {
      if (typeof FS > "u" || a14.name !== "ErrnoError") throw a14;
      return -a14.errno;
    }
  }
  ___syscall_fchmodat2.sig = "iipii";
  function ___syscall_fchown32(e4, t32, r10) {
    try {
      return FS.fchown(e4, t32, r10), 0;
    } catch (_4) {
      if (typeof FS > "u" || _4.name !== "ErrnoError") throw _4;
      return -_4.errno;
    }
  }
  ___syscall_fchown32.sig = "iiii";
  function ___syscall_fchownat(e4, t32, r10, _4, n3) {
    try {
      t32 = SYSCALLS.getStr(t32);
      var a14 = n3 & 256;
      return n3 = n3 & -257, t32 = SYSCALLS.calculateAt(e4, t32), (a14 ? FS.lchown : FS.chown)(t32, r10, _4), 0;
    } catch (i8) {
      if (typeof FS > "u" || i8.name !== "ErrnoError") throw i8;
      return -i8.errno;
    }
  }
  ___syscall_fchownat.sig = "iipiii";
  var syscallGetVarargI = () => {
    var e4 = HEAP32[+SYSCALLS.varargs >> 2];
    return SYSCALLS.varargs += 4, e4;
  }, syscallGetVarargP = syscallGetVarargI;
  function ___syscall_fcntl64(e4, t32, r10) {
    SYSCALLS.varargs = r10;
    try {
      var _4 = SYSCALLS.getStreamFromFD(e4);
      switch (t32) {
        case 0: {
          var n3 = syscallGetVarargI();
          if (n3 < 0) return -28;
          for (; FS.streams[n3]; ) n3++;
          var a14;
          return a14 = FS.dupStream(_4, n3), a14.fd;
        }
        case 1:
        case 2:
          return 0;
        case 3:
          return _4.flags;
        case 4: {
          var n3 = syscallGetVarargI(), i8 = 289792;
          return _4.flags = _4.flags & ~i8 | n3 & i8, 0;
        }
        case 12: {
          var n3 = syscallGetVarargP(), l3 = 0;
          return HEAP16[n3 + l3 >> 1] = 2, 0;
        }
        case 13:
        case 14:
          return 0;
      }
      return -28;
    } catch (o8) {
      if (typeof FS > "u" || o8.name !== "ErrnoError") throw o8;
      return -o8.errno;
    }
  }
  ___syscall_fcntl64.sig = "iiip";
  function ___syscall_fdatasync(e4) {
    try {
      var t32 = SYSCALLS.getStreamFromFD(e4);
      return 0;
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return -r10.errno;
    }
  }
  ___syscall_fdatasync.sig = "ii";
  function ___syscall_fstat64(e4, t32) {
    try {
      return SYSCALLS.writeStat(t32, FS.fstat(e4));
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return -r10.errno;
    }
  }
  ___syscall_fstat64.sig = "iip";
  function ___syscall_ftruncate64(e4, t32) {
    t32 = bigintToI53Checked(t32);
    try {
      return isNaN(t32) ? -22 : (FS.ftruncate(e4, t32), 0);
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return -r10.errno;
    }
  }
  ___syscall_ftruncate64.sig = "iij";
  function ___syscall_getcwd(e4, t32) {
    try {
      if (t32 === 0) return -28;
      var r10 = FS.cwd(), _4 = lengthBytesUTF8(r10) + 1;
      return t32 < _4 ? -68 : (stringToUTF8(r10, e4, t32), _4);
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_getcwd.sig = "ipp";
  function ___syscall_getdents64(e4, t32, r10) {
    try {
      var _4 = SYSCALLS.getStreamFromFD(e4);
      _4.getdents || (_4.getdents = FS.readdir(_4.path));
      for (var n3 = 280, a14 = 0, i8 = FS.llseek(_4, 0, 1), l3 = Math.floor(i8 / n3), o8 = Math.min(_4.getdents.length, l3 + Math.floor(r10 / n3)), s5 = l3; s5 < o8; s5++) {
        var c5, g7, d5 = _4.getdents[s5];
        if (d5 === ".") c5 = _4.node.id, g7 = 4;
        else if (d5 === "..") {
          var p7 = FS.lookupPath(_4.path, { parent: true });
          c5 = p7.node.id, g7 = 4;
        } else {
          var u3;
          try {
            u3 = FS.lookupNode(_4.node, d5);
          } catch (m7) {
            if (m7?.errno === 28) continue;
            throw m7;
          }
          c5 = u3.id, g7 = FS.isChrdev(u3.mode) ? 2 : FS.isDir(u3.mode) ? 4 : FS.isLink(u3.mode) ? 10 : 8;
        }
        HEAP64[t32 + a14 >> 3] = BigInt(c5), HEAP64[t32 + a14 + 8 >> 3] = BigInt((s5 + 1) * n3), HEAP16[t32 + a14 + 16 >> 1] = 280, HEAP8[t32 + a14 + 18] = g7, stringToUTF8(d5, t32 + a14 + 19, 256), a14 += n3;
      }
      return FS.llseek(_4, s5 * n3, 0), a14;
    } catch (m7) {
      if (typeof FS > "u" || m7.name !== "ErrnoError") throw m7;
      return -m7.errno;
    }
  }
  ___syscall_getdents64.sig = "iipp";
  var ___syscall_getegid32 = () => 0;
  ___syscall_getegid32.sig = "i";
  var ___syscall_geteuid32 = () => 0;
  ___syscall_geteuid32.sig = "i";
  var ___syscall_getgid32 = () => 0;
  ___syscall_getgid32.sig = "i";
  var ___syscall_getuid32 = () => 0;
  ___syscall_getuid32.sig = "i";
  function ___syscall_ioctl(e4, t32, r10) {
    SYSCALLS.varargs = r10;
    try {
      var _4 = SYSCALLS.getStreamFromFD(e4);
      switch (t32) {
        case 21509:
          return _4.tty ? 0 : -59;
        case 21505: {
          if (!_4.tty) return -59;
          if (_4.tty.ops.ioctl_tcgets) {
            var n3 = _4.tty.ops.ioctl_tcgets(_4), a14 = syscallGetVarargP();
            HEAP32[a14 >> 2] = n3.c_iflag || 0, HEAP32[a14 + 4 >> 2] = n3.c_oflag || 0, HEAP32[a14 + 8 >> 2] = n3.c_cflag || 0, HEAP32[a14 + 12 >> 2] = n3.c_lflag || 0;
            for (var i8 = 0; i8 < 32; i8++) HEAP8[a14 + i8 + 17] = n3.c_cc[i8] || 0;
            return 0;
          }
          return 0;
        }
        case 21510:
        case 21511:
        case 21512:
          return _4.tty ? 0 : -59;
        case 21506:
        case 21507:
        case 21508: {
          if (!_4.tty) return -59;
          if (_4.tty.ops.ioctl_tcsets) {
            for (var a14 = syscallGetVarargP(), l3 = HEAP32[a14 >> 2], o8 = HEAP32[a14 + 4 >> 2], s5 = HEAP32[a14 + 8 >> 2], c5 = HEAP32[a14 + 12 >> 2], g7 = [], i8 = 0; i8 < 32; i8++) g7.push(HEAP8[a14 + i8 + 17]);
            return _4.tty.ops.ioctl_tcsets(_4.tty, t32, { c_iflag: l3, c_oflag: o8, c_cflag: s5, c_lflag: c5, c_cc: g7 });
          }
          return 0;
        }
        case 21519: {
          if (!_4.tty) return -59;
          var a14 = syscallGetVarargP();
          return HEAP32[a14 >> 2] = 0, 0;
        }
        case 21520:
          return _4.tty ? -28 : -59;
        case 21537:
        case 21531: {
          var a14 = syscallGetVarargP();
          return FS.ioctl(_4, t32, a14);
        }
        case 21523: {
          if (!_4.tty) return -59;
          if (_4.tty.ops.ioctl_tiocgwinsz) {
            var d5 = _4.tty.ops.ioctl_tiocgwinsz(_4.tty), a14 = syscallGetVarargP();
            HEAP16[a14 >> 1] = d5[0], HEAP16[a14 + 2 >> 1] = d5[1];
          }
          return 0;
        }
        case 21524:
          return _4.tty ? 0 : -59;
        case 21515:
          return _4.tty ? 0 : -59;
        default:
          return -28;
      }
    } catch (p7) {
      if (typeof FS > "u" || p7.name !== "ErrnoError") throw p7;
      return -p7.errno;
    }
  }
  ___syscall_ioctl.sig = "iiip";
  function ___syscall_linkat(e4, t32, r10, _4, n3) {
    try {
      return t32 = SYSCALLS.getStr(t32), _4 = SYSCALLS.getStr(_4), t32 = SYSCALLS.calculateAt(e4, t32), _4 = SYSCALLS.calculateAt(r10, _4), FS.link(t32, _4, n3), 0;
    } catch (a14) {
      if (typeof FS > "u" || a14.name !== "ErrnoError") throw a14;
      return -a14.errno;
    }
  }
  ___syscall_linkat.sig = "iipipi";
  function ___syscall_listen(e4, t32, r10, _4, n3, a14) {
    try {
      var i8 = getSocketFromFD(e4);
      return i8.sock_ops.listen(i8, t32), 0;
    } catch (l3) {
      if (typeof FS > "u" || l3.name !== "ErrnoError") throw l3;
      return -l3.errno;
    }
  }
  ___syscall_listen.sig = "iiiiiii";
  function ___syscall_lstat64(e4, t32) {
    try {
      return e4 = SYSCALLS.getStr(e4), SYSCALLS.writeStat(t32, FS.lstat(e4));
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return -r10.errno;
    }
  }
  ___syscall_lstat64.sig = "ipp";
  function ___syscall_mkdirat(e4, t32, r10) {
    try {
      return t32 = SYSCALLS.getStr(t32), t32 = SYSCALLS.calculateAt(e4, t32), r10 &= ~SYSCALLS.currentUmask, FS.mkdir(t32, r10, 0), 0;
    } catch (_4) {
      if (typeof FS > "u" || _4.name !== "ErrnoError") throw _4;
      return -_4.errno;
    }
  }
  ___syscall_mkdirat.sig = "iipi";
  function ___syscall_newfstatat(e4, t32, r10, _4) {
    try {
      t32 = SYSCALLS.getStr(t32);
      var n3 = _4 & 256, a14 = _4 & 4096;
      return _4 = _4 & -6401, t32 = SYSCALLS.calculateAt(e4, t32, a14), SYSCALLS.writeStat(r10, n3 ? FS.lstat(t32) : FS.stat(t32));
    } catch (i8) {
      if (typeof FS > "u" || i8.name !== "ErrnoError") throw i8;
      return -i8.errno;
    }
  }
  ___syscall_newfstatat.sig = "iippi";
  function ___syscall_openat(e4, t32, r10, _4) {
    SYSCALLS.varargs = _4;
    try {
      t32 = SYSCALLS.getStr(t32), t32 = SYSCALLS.calculateAt(e4, t32);
      var n3 = _4 ? syscallGetVarargI() : 0;
      return r10 & 64 && (n3 &= ~SYSCALLS.currentUmask), FS.open(t32, r10, n3).fd;
    } catch (a14) {
      if (typeof FS > "u" || a14.name !== "ErrnoError") throw a14;
      return -a14.errno;
    }
  }
  ___syscall_openat.sig = "iipip";
  var PIPEFS = { BUCKET_BUFFER_SIZE: 8192, mount(e4) {
    return FS.createNode(null, "/", 16895, 0);
  }, createPipe() {
    var e4 = { buckets: [], writerCount: 1, writeClosed: false, readerCount: 1, readClosed: false, timestamp: /* @__PURE__ */ new Date() };
    e4.buckets.push({ buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: 0, roffset: 0 });
    var t32 = PIPEFS.nextname(), r10 = PIPEFS.nextname(), _4 = FS.createNode(PIPEFS.root, t32, 4096, 0), n3 = FS.createNode(PIPEFS.root, r10, 4096, 0);
    _4.pipe = e4, n3.pipe = e4, e4.readNode = _4, e4.writeNode = n3;
    var a14 = FS.createStream({ path: t32, node: _4, flags: 0, seekable: false, stream_ops: PIPEFS.stream_ops });
    _4.stream = a14;
    var i8 = FS.createStream({ path: r10, node: n3, flags: 1, seekable: false, stream_ops: PIPEFS.stream_ops });
    return n3.stream = i8, { readable_fd: a14.fd, writable_fd: i8.fd };
  }, stream_ops: { getattr(e4) {
    var t32 = e4.node, r10 = t32.pipe.timestamp;
    return { dev: 14, ino: t32.id, mode: 4480, nlink: 1, uid: 0, gid: 0, rdev: 0, size: 0, atime: r10, mtime: r10, ctime: r10, blksize: 4096, blocks: 0 };
  }, poll(e4) {
    var t32 = e4.node.pipe;
    if ((e4.flags & 2097155) === 1) {
      var r10 = 260;
      return t32.readClosed && (r10 |= 8), r10;
    }
    var r10 = 0;
    for (var _4 of t32.buckets) if (_4.offset - _4.roffset > 0) {
      r10 = 65;
      break;
    }
    return t32.writeClosed && (r10 |= 17), r10;
  }, dup(e4) {
    var t32 = e4.node.pipe;
    (e4.flags & 2097155) === 1 ? t32.writerCount++ : t32.readerCount++;
  }, ioctl(e4, t32, r10) {
    if (t32 == 21531) {
      var _4 = e4.node.pipe, n3 = 0;
      for (var a14 of _4.buckets) n3 += a14.offset - a14.roffset;
      return HEAP32[r10 >> 2] = n3, 0;
    }
    return 28;
  }, fsync(e4) {
    return 28;
  }, read(e4, t32, r10, _4, n3) {
    var a14 = e4.node.pipe, i8 = 0;
    for (var l3 of a14.buckets) i8 += l3.offset - l3.roffset;
    var o8 = t32.subarray(r10, r10 + _4);
    if (_4 <= 0) return 0;
    if (i8 == 0) throw new FS.ErrnoError(6);
    var s5 = Math.min(i8, _4), c5 = s5, g7 = 0;
    for (var l3 of a14.buckets) {
      var d5 = l3.offset - l3.roffset;
      if (s5 <= d5) {
        var p7 = l3.buffer.subarray(l3.roffset, l3.offset);
        s5 < d5 ? (p7 = p7.subarray(0, s5), l3.roffset += s5) : g7++, o8.set(p7);
        break;
      } else {
        var p7 = l3.buffer.subarray(l3.roffset, l3.offset);
        o8.set(p7), o8 = o8.subarray(p7.byteLength), s5 -= p7.byteLength, g7++;
      }
    }
    return g7 && g7 == a14.buckets.length && (g7--, a14.buckets[g7].offset = 0, a14.buckets[g7].roffset = 0), a14.buckets.splice(0, g7), c5;
  }, write(e4, t32, r10, _4, n3) {
    var a14 = e4.node.pipe, i8 = t32.subarray(r10, r10 + _4), l3 = i8.byteLength;
    if (l3 <= 0) return 0;
    var o8 = null;
    a14.buckets.length == 0 ? (o8 = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: 0, roffset: 0 }, a14.buckets.push(o8)) : o8 = a14.buckets[a14.buckets.length - 1];
    var s5 = PIPEFS.BUCKET_BUFFER_SIZE - o8.offset;
    if (s5 >= l3) return o8.buffer.set(i8, o8.offset), o8.offset += l3, a14.readNode.notifyListeners(65), l3;
    s5 > 0 && (o8.buffer.set(i8.subarray(0, s5), o8.offset), o8.offset += s5, i8 = i8.subarray(s5, i8.byteLength));
    for (var c5 = i8.byteLength / PIPEFS.BUCKET_BUFFER_SIZE | 0, g7 = i8.byteLength % PIPEFS.BUCKET_BUFFER_SIZE, d5 = 0; d5 < c5; d5++) {
      var p7 = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: PIPEFS.BUCKET_BUFFER_SIZE, roffset: 0 };
      a14.buckets.push(p7), p7.buffer.set(i8.subarray(0, PIPEFS.BUCKET_BUFFER_SIZE)), i8 = i8.subarray(PIPEFS.BUCKET_BUFFER_SIZE, i8.byteLength);
    }
    if (g7 > 0) {
      var p7 = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: i8.byteLength, roffset: 0 };
      a14.buckets.push(p7), p7.buffer.set(i8);
    }
    return a14.readNode.notifyListeners(65), l3;
  }, close(e4) {
    var t32 = e4.node.pipe;
    (e4.flags & 2097155) === 1 ? --t32.writerCount === 0 && (t32.writeClosed = true, t32.readNode.notifyListeners(81)) : --t32.readerCount === 0 && (t32.readClosed = true, t32.writeNode.notifyListeners(268)), t32.readerCount === 0 && t32.writerCount === 0 && (t32.buckets = null);
  } }, nextname() {
    return PIPEFS.nextname.current || (PIPEFS.nextname.current = 0), "pipe[" + PIPEFS.nextname.current++ + "]";
  } };
  function ___syscall_pipe2(e4, t32) {
    try {
      if (e4 == 0) throw new FS.ErrnoError(21);
      var r10 = 526336;
      if (t32 & ~r10) throw new FS.ErrnoError(138);
      var _4 = PIPEFS.createPipe();
      return t32 & 2048 && (FS.getStream(_4.readable_fd).flags |= 2048, FS.getStream(_4.writable_fd).flags |= 2048), HEAP32[e4 >> 2] = _4.readable_fd, HEAP32[e4 + 4 >> 2] = _4.writable_fd, 0;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_pipe2.sig = "ipi";
  var pollOne = (e4, t32) => {
    var r10 = FS.getStream(e4);
    if (!r10) return 32;
    var _4 = r10.stream_ops?.poll ? r10.stream_ops.poll(r10) : 5;
    return _4 & (t32 | 8 | 16 | 32);
  }, doPollSync = (e4, t32) => {
    for (var r10 = 0, _4 = 0, n3 = e4; _4 < t32; _4++, n3 += 8) {
      var a14 = pollOne(HEAP32[n3 >> 2], HEAP16[n3 + 4 >> 1]);
      a14 && r10++, HEAP16[n3 + 6 >> 1] = a14;
    }
    return r10;
  };
  function ___syscall_poll(e4, t32, r10) {
    try {
      var _4 = doPollSync(e4, t32);
      return _4;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_poll.sig = "ipii";
  function ___syscall_readlinkat(e4, t32, r10, _4) {
    try {
      if (t32 = SYSCALLS.getStr(t32), t32 = SYSCALLS.calculateAt(e4, t32), _4 <= 0) return -28;
      var n3 = FS.readlink(t32), a14 = Math.min(_4, lengthBytesUTF8(n3)), i8 = HEAP8[r10 + a14];
      return stringToUTF8(n3, r10, _4 + 1), HEAP8[r10 + a14] = i8, a14;
    } catch (l3) {
      if (typeof FS > "u" || l3.name !== "ErrnoError") throw l3;
      return -l3.errno;
    }
  }
  ___syscall_readlinkat.sig = "iippp";
  function ___syscall_recvfrom(e4, t32, r10, _4, n3, a14) {
    try {
      var i8 = getSocketFromFD(e4), l3 = i8.sock_ops.recvmsg(i8, r10, _4);
      if (!l3) return 0;
      if (n3) var o8 = writeSockaddr(n3, i8.family, DNS.lookup_name(l3.addr), l3.port, a14);
      return HEAPU8.set(l3.buffer, t32), l3.buffer.byteLength;
    } catch (s5) {
      if (typeof FS > "u" || s5.name !== "ErrnoError") throw s5;
      return -s5.errno;
    }
  }
  ___syscall_recvfrom.sig = "iippipp";
  function ___syscall_renameat(e4, t32, r10, _4) {
    try {
      return t32 = SYSCALLS.getStr(t32), _4 = SYSCALLS.getStr(_4), t32 = SYSCALLS.calculateAt(e4, t32), _4 = SYSCALLS.calculateAt(r10, _4), FS.rename(t32, _4), 0;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_renameat.sig = "iipip";
  function ___syscall_rmdir(e4) {
    try {
      return e4 = SYSCALLS.getStr(e4), FS.rmdir(e4), 0;
    } catch (t32) {
      if (typeof FS > "u" || t32.name !== "ErrnoError") throw t32;
      return -t32.errno;
    }
  }
  ___syscall_rmdir.sig = "ip";
  function ___syscall_sendto(e4, t32, r10, _4, n3, a14) {
    try {
      var i8 = getSocketFromFD(e4);
      if (!n3) return FS.write(i8.stream, HEAP8, t32, r10);
      var l3 = getSocketAddress(n3, a14);
      return i8.sock_ops.sendmsg(i8, HEAP8, t32, r10, l3.addr, l3.port);
    } catch (o8) {
      if (typeof FS > "u" || o8.name !== "ErrnoError") throw o8;
      return -o8.errno;
    }
  }
  ___syscall_sendto.sig = "iippipi";
  function ___syscall_socket(e4, t32, r10, _4, n3, a14) {
    try {
      var i8 = SOCKFS.createSocket(e4, t32, r10);
      return i8.stream.fd;
    } catch (l3) {
      if (typeof FS > "u" || l3.name !== "ErrnoError") throw l3;
      return -l3.errno;
    }
  }
  ___syscall_socket.sig = "iiiiiii";
  function ___syscall_stat64(e4, t32) {
    try {
      return e4 = SYSCALLS.getStr(e4), SYSCALLS.writeStat(t32, FS.stat(e4));
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return -r10.errno;
    }
  }
  ___syscall_stat64.sig = "ipp";
  function ___syscall_statfs64(e4, t32, r10) {
    try {
      return SYSCALLS.writeStatFs(r10, FS.statfs(SYSCALLS.getStr(e4))), 0;
    } catch (_4) {
      if (typeof FS > "u" || _4.name !== "ErrnoError") throw _4;
      return -_4.errno;
    }
  }
  ___syscall_statfs64.sig = "ippp";
  function ___syscall_symlinkat(e4, t32, r10) {
    try {
      return e4 = SYSCALLS.getStr(e4), r10 = SYSCALLS.getStr(r10), r10 = SYSCALLS.calculateAt(t32, r10), FS.symlink(e4, r10), 0;
    } catch (_4) {
      if (typeof FS > "u" || _4.name !== "ErrnoError") throw _4;
      return -_4.errno;
    }
  }
  ___syscall_symlinkat.sig = "ipip";
  function ___syscall_truncate64(e4, t32) {
    t32 = bigintToI53Checked(t32);
    try {
      return isNaN(t32) ? -22 : (e4 = SYSCALLS.getStr(e4), FS.truncate(e4, t32), 0);
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return -r10.errno;
    }
  }
  ___syscall_truncate64.sig = "ipj";
  function ___syscall_umask(e4) {
    try {
      var t32 = SYSCALLS.currentUmask;
      return SYSCALLS.currentUmask = e4, t32;
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return -r10.errno;
    }
  }
  ___syscall_umask.sig = "ii";
  function ___syscall_unlinkat(e4, t32, r10) {
    try {
      if (t32 = SYSCALLS.getStr(t32), t32 = SYSCALLS.calculateAt(e4, t32), !r10) FS.unlink(t32);
      else if (r10 === 512) FS.rmdir(t32);
      else return -28;
      return 0;
    } catch (_4) {
      if (typeof FS > "u" || _4.name !== "ErrnoError") throw _4;
      return -_4.errno;
    }
  }
  ___syscall_unlinkat.sig = "iipi";
  var readI53FromI64 = (e4) => HEAPU32[e4 >> 2] + HEAP32[e4 + 4 >> 2] * 4294967296;
  function ___syscall_utimensat(e4, t32, r10, _4) {
    try {
      var n3 = _4 & 256;
      t32 = SYSCALLS.getStr(t32), t32 = SYSCALLS.calculateAt(e4, t32, true);
      var a14 = Date.now(), i8, l3;
      if (!r10) i8 = a14, l3 = a14;
      else {
        var o8 = readI53FromI64(r10), s5 = HEAP32[r10 + 8 >> 2];
        s5 == 1073741823 ? i8 = a14 : s5 == 1073741822 ? i8 = null : i8 = o8 * 1e3 + s5 / (1e3 * 1e3), r10 += 16, o8 = readI53FromI64(r10), s5 = HEAP32[r10 + 8 >> 2], s5 == 1073741823 ? l3 = a14 : s5 == 1073741822 ? l3 = null : l3 = o8 * 1e3 + s5 / (1e3 * 1e3);
      }
      return (l3 ?? i8) !== null && FS.utime(t32, i8, l3, n3), 0;
    } catch (c5) {
      if (typeof FS > "u" || c5.name !== "ErrnoError") throw c5;
      return -c5.errno;
    }
  }
  ___syscall_utimensat.sig = "iippi";
  var __abort_js = () => abort("");
  __abort_js.sig = "v";
  var dlSetError = (e4) => {
    var t32 = stackSave(), r10 = stringToUTF8OnStack(e4);
    ___dl_seterr(r10, 0), stackRestore(t32);
  }, dlopenInternal = (e4, t32) => {
    var r10 = UTF8ToString(e4 + 36), _4 = HEAP32[e4 + 4 >> 2];
    r10 = PATH.normalize(r10);
    var n3 = !!(_4 & 256), a14 = n3 ? null : {}, i8 = { global: n3, nodelete: !!(_4 & 4096), loadAsync: t32.loadAsync };
    if (t32.loadAsync) return loadDynamicLibrary(r10, i8, a14, e4);
    try {
      return loadDynamicLibrary(r10, i8, a14, e4);
    } catch (l3) {
      return dlSetError(`could not load dynamic lib: ${r10}
${l3}`), 0;
    }
  }, __dlopen_js = (e4) => dlopenInternal(e4, { loadAsync: false });
  __dlopen_js.sig = "pp";
  var __dlsym_js = (e4, t32, r10) => {
    t32 = UTF8ToString(t32);
    var _4, n3, a14 = LDSO.loadedLibsByHandle[e4];
    if (n3 = Object.keys(a14.exports).indexOf(t32), n3 == -1 || a14.exports[t32].stub) return dlSetError(`Tried to lookup unknown symbol "${t32}" in dynamic lib: ${a14.name}`), 0;
    if (_4 = a14.exports[t32], typeof _4 == "function") {
      var i8 = getFunctionAddress(_4);
      i8 ? _4 = i8 : (_4 = addFunction(_4, _4.sig), HEAPU32[r10 >> 2] = n3);
    }
    return _4;
  };
  __dlsym_js.sig = "pppp";
  var runtimeKeepaliveCounter = 0, __emscripten_runtime_keepalive_clear = () => {
    noExitRuntime = false, runtimeKeepaliveCounter = 0;
  };
  __emscripten_runtime_keepalive_clear.sig = "v";
  var __emscripten_throw_longjmp = () => {
    throw new EmscriptenSjLj();
  };
  __emscripten_throw_longjmp.sig = "v";
  function __gmtime_js(e4, t32) {
    e4 = bigintToI53Checked(e4);
    var r10 = new Date(e4 * 1e3);
    if (isNaN(r10.getTime())) return 1;
    HEAP32[t32 >> 2] = r10.getUTCSeconds(), HEAP32[t32 + 4 >> 2] = r10.getUTCMinutes(), HEAP32[t32 + 8 >> 2] = r10.getUTCHours(), HEAP32[t32 + 12 >> 2] = r10.getUTCDate(), HEAP32[t32 + 16 >> 2] = r10.getUTCMonth(), HEAP32[t32 + 20 >> 2] = r10.getUTCFullYear() - 1900, HEAP32[t32 + 24 >> 2] = r10.getUTCDay();
    var _4 = Date.UTC(r10.getUTCFullYear(), 0, 1, 0, 0, 0, 0), n3 = (r10.getTime() - _4) / (1e3 * 60 * 60 * 24) | 0;
    return HEAP32[t32 + 28 >> 2] = n3, 0;
  }
  __gmtime_js.sig = "ijp";
  var isLeapYear = (e4) => e4 % 4 === 0 && (e4 % 100 !== 0 || e4 % 400 === 0), MONTH_DAYS_LEAP_CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335], MONTH_DAYS_REGULAR_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334], ydayFromDate = (e4) => {
    var t32 = isLeapYear(e4.getFullYear()), r10 = t32 ? MONTH_DAYS_LEAP_CUMULATIVE : MONTH_DAYS_REGULAR_CUMULATIVE, _4 = r10[e4.getMonth()] + e4.getDate() - 1;
    return _4;
  };
  function __localtime_js(e4, t32) {
    e4 = bigintToI53Checked(e4);
    var r10 = new Date(e4 * 1e3);
    if (isNaN(r10.getTime())) return 1;
    HEAP32[t32 >> 2] = r10.getSeconds(), HEAP32[t32 + 4 >> 2] = r10.getMinutes(), HEAP32[t32 + 8 >> 2] = r10.getHours(), HEAP32[t32 + 12 >> 2] = r10.getDate(), HEAP32[t32 + 16 >> 2] = r10.getMonth(), HEAP32[t32 + 20 >> 2] = r10.getFullYear() - 1900, HEAP32[t32 + 24 >> 2] = r10.getDay();
    var _4 = ydayFromDate(r10) | 0;
    HEAP32[t32 + 28 >> 2] = _4, HEAP32[t32 + 36 >> 2] = -(r10.getTimezoneOffset() * 60);
    var n3 = new Date(r10.getFullYear(), 0, 1), a14 = new Date(r10.getFullYear(), 6, 1).getTimezoneOffset(), i8 = n3.getTimezoneOffset(), l3 = (a14 != i8 && r10.getTimezoneOffset() == Math.min(i8, a14)) | 0;
    return HEAP32[t32 + 32 >> 2] = l3, 0;
  }
  __localtime_js.sig = "ijp";
  function __mmap_js(e4, t32, r10, _4, n3, a14, i8) {
    n3 = bigintToI53Checked(n3);
    try {
      var l3 = SYSCALLS.getStreamFromFD(_4), o8 = FS.mmap(l3, e4, n3, t32, r10), s5 = o8.ptr;
      return HEAP32[a14 >> 2] = o8.allocated, HEAPU32[i8 >> 2] = s5, 0;
    } catch (c5) {
      if (typeof FS > "u" || c5.name !== "ErrnoError") throw c5;
      return -c5.errno;
    }
  }
  __mmap_js.sig = "ipiiijpp";
  function __munmap_js(e4, t32, r10, _4, n3, a14) {
    a14 = bigintToI53Checked(a14);
    try {
      var i8 = SYSCALLS.getStreamFromFD(n3);
      r10 & 2 && SYSCALLS.doMsync(e4, i8, t32, _4, a14);
    } catch (l3) {
      if (typeof FS > "u" || l3.name !== "ErrnoError") throw l3;
      return -l3.errno;
    }
  }
  __munmap_js.sig = "ippiiij";
  var timers = {}, clearTimers = () => {
    for (var e4 of Object.values(timers)) clearTimeout(e4.id);
  }, handleException = (e4) => {
    if (e4 instanceof ExitStatus || e4 == "unwind") return EXITSTATUS;
    quit_(1, e4);
  }, keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0, _proc_exit = (e4) => {
    EXITSTATUS = e4, keepRuntimeAlive() || (Module.onExit?.(e4), ABORT = true), quit_(e4, new ExitStatus(e4));
  };
  _proc_exit.sig = "vi";
  var exitJS = (e4, t32) => {
    EXITSTATUS = e4, keepRuntimeAlive() || exitRuntime(), _proc_exit(e4);
  }, _exit = exitJS;
  _exit.sig = "vi";
  var maybeExit = () => {
    if (!runtimeExited && !keepRuntimeAlive()) try {
      _exit(EXITSTATUS);
    } catch (e4) {
      handleException(e4);
    }
  }, callUserCallback = (e4) => {
    if (!(runtimeExited || ABORT)) try {
      return e4();
    } catch (t32) {
      handleException(t32);
    } finally {
      maybeExit();
    }
  }, _emscripten_get_now = () => performance.now();
  _emscripten_get_now.sig = "d";
  var __setitimer_js = (e4, t32) => {
    if (timers[e4] && (clearTimeout(timers[e4].id), delete timers[e4]), !t32) return 0;
    var r10 = setTimeout(() => {
      delete timers[e4], callUserCallback(() => __emscripten_timeout(e4, _emscripten_get_now()));
    }, t32);
    return timers[e4] = { id: r10, timeout_ms: t32 }, 0;
  };
  __setitimer_js.sig = "iid";
  var __tzset_js = (e4, t32, r10, _4) => {
    var n3 = (/* @__PURE__ */ new Date()).getFullYear(), a14 = new Date(n3, 0, 1), i8 = new Date(n3, 6, 1), l3 = a14.getTimezoneOffset(), o8 = i8.getTimezoneOffset(), s5 = Math.max(l3, o8);
    HEAPU32[e4 >> 2] = s5 * 60, HEAP32[t32 >> 2] = +(l3 != o8);
    var c5 = (p7) => {
      var u3 = p7 >= 0 ? "-" : "+", m7 = Math.abs(p7), M2 = String(Math.floor(m7 / 60)).padStart(2, "0"), S4 = String(m7 % 60).padStart(2, "0");
      return `UTC${u3}${M2}${S4}`;
    }, g7 = c5(l3), d5 = c5(o8);
    o8 < l3 ? (stringToUTF8(g7, r10, 17), stringToUTF8(d5, _4, 17)) : (stringToUTF8(g7, _4, 17), stringToUTF8(d5, r10, 17));
  };
  __tzset_js.sig = "vpppp";
  var _emscripten_date_now = () => Date.now();
  _emscripten_date_now.sig = "d";
  var nowIsMonotonic = 1, checkWasiClock = (e4) => e4 >= 0 && e4 <= 3;
  function _clock_time_get(e4, t32, r10) {
    if (t32 = bigintToI53Checked(t32), !checkWasiClock(e4)) return 28;
    var _4;
    if (e4 === 0) _4 = _emscripten_date_now();
    else if (nowIsMonotonic) _4 = _emscripten_get_now();
    else return 52;
    var n3 = Math.round(_4 * 1e3 * 1e3);
    return HEAP64[r10 >> 3] = BigInt(n3), 0;
  }
  _clock_time_get.sig = "iijp";
  var getHeapMax = () => 2147483648, _emscripten_get_heap_max = () => getHeapMax();
  _emscripten_get_heap_max.sig = "p";
  var growMemory = (e4) => {
    var t32 = wasmMemory.buffer.byteLength, r10 = (e4 - t32 + 65535) / 65536 | 0;
    try {
      return wasmMemory.grow(r10), updateMemoryViews(), 1;
    } catch {
    }
  }, _emscripten_resize_heap = (e4) => {
    var t32 = HEAPU8.length;
    e4 >>>= 0;
    var r10 = getHeapMax();
    if (e4 > r10) return false;
    for (var _4 = 1; _4 <= 4; _4 *= 2) {
      var n3 = t32 * (1 + 0.2 / _4);
      n3 = Math.min(n3, e4 + 100663296);
      var a14 = Math.min(r10, alignMemory(Math.max(e4, n3), 65536)), i8 = growMemory(a14);
      if (i8) return true;
    }
    return false;
  };
  _emscripten_resize_heap.sig = "ip";
  var ENV = {}, getExecutableName = () => thisProgram, getEnvStrings = () => {
    if (!getEnvStrings.strings) {
      var e4 = (globalThis.navigator?.language ?? "C").replace("-", "_") + ".UTF-8", t32 = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: e4, _: getExecutableName() };
      for (var r10 in ENV) ENV[r10] === void 0 ? delete t32[r10] : t32[r10] = ENV[r10];
      var _4 = [];
      for (var r10 in t32) _4.push(`${r10}=${t32[r10]}`);
      getEnvStrings.strings = _4;
    }
    return getEnvStrings.strings;
  }, _environ_get = (e4, t32) => {
    var r10 = 0, _4 = 0;
    for (var n3 of getEnvStrings()) {
      var a14 = t32 + r10;
      HEAPU32[e4 + _4 >> 2] = a14, r10 += stringToUTF8(n3, a14, 1 / 0) + 1, _4 += 4;
    }
    return 0;
  };
  _environ_get.sig = "ipp";
  var _environ_sizes_get = (e4, t32) => {
    var r10 = getEnvStrings();
    HEAPU32[e4 >> 2] = r10.length;
    var _4 = 0;
    for (var n3 of r10) _4 += lengthBytesUTF8(n3) + 1;
    return HEAPU32[t32 >> 2] = _4, 0;
  };
  _environ_sizes_get.sig = "ipp";
  function _fd_close(e4) {
    try {
      var t32 = SYSCALLS.getStreamFromFD(e4);
      return FS.close(t32), 0;
    } catch (r10) {
      if (typeof FS > "u" || r10.name !== "ErrnoError") throw r10;
      return r10.errno;
    }
  }
  _fd_close.sig = "ii";
  function _fd_fdstat_get(e4, t32) {
    try {
      var r10 = 0, _4 = 0, n3 = 0, a14 = SYSCALLS.getStreamFromFD(e4), i8 = a14.tty ? 2 : FS.isDir(a14.mode) ? 3 : FS.isLink(a14.mode) ? 7 : 4;
      return HEAP8[t32] = i8, HEAP16[t32 + 2 >> 1] = n3, HEAP64[t32 + 8 >> 3] = BigInt(r10), HEAP64[t32 + 16 >> 3] = BigInt(_4), 0;
    } catch (l3) {
      if (typeof FS > "u" || l3.name !== "ErrnoError") throw l3;
      return l3.errno;
    }
  }
  _fd_fdstat_get.sig = "iip";
  var doReadv = (e4, t32, r10, _4) => {
    for (var n3 = 0, a14 = 0; a14 < r10; a14++) {
      var i8 = HEAPU32[t32 >> 2], l3 = HEAPU32[t32 + 4 >> 2];
      t32 += 8;
      try {
        var o8 = FS.read(e4, HEAP8, i8, l3, _4);
      } catch (s5) {
        if (n3 > 0 && s5 instanceof FS.ErrnoError && (s5.errno == 6 || s5.errno == 6)) break;
        throw s5;
      }
      if (o8 < 0) return -1;
      if (n3 += o8, o8 < l3) break;
      typeof _4 < "u" && (_4 += o8);
    }
    return n3;
  };
  function _fd_pread(e4, t32, r10, _4, n3) {
    _4 = bigintToI53Checked(_4);
    try {
      if (isNaN(_4)) return 22;
      var a14 = SYSCALLS.getStreamFromFD(e4), i8 = doReadv(a14, t32, r10, _4);
      return HEAPU32[n3 >> 2] = i8, 0;
    } catch (l3) {
      if (typeof FS > "u" || l3.name !== "ErrnoError") throw l3;
      return l3.errno;
    }
  }
  _fd_pread.sig = "iippjp";
  var doWritev = (e4, t32, r10, _4) => {
    if (r10 == 1) return FS.write(e4, HEAP8, HEAPU32[t32 >> 2], HEAPU32[t32 + 4 >> 2], _4);
    for (var n3 = 0, a14 = 0, i8 = t32; a14 < r10; a14++, i8 += 8) n3 += HEAPU32[i8 + 4 >> 2];
    for (var l3 = new Uint8Array(n3), o8 = 0, a14 = 0; a14 < r10; a14++, t32 += 8) {
      var s5 = HEAPU32[t32 >> 2], c5 = HEAPU32[t32 + 4 >> 2];
      l3.set(HEAPU8.subarray(s5, s5 + c5), o8), o8 += c5;
    }
    return FS.write(e4, l3, 0, n3, _4);
  };
  function _fd_pwrite(e4, t32, r10, _4, n3) {
    _4 = bigintToI53Checked(_4);
    try {
      if (isNaN(_4)) return 22;
      var a14 = SYSCALLS.getStreamFromFD(e4), i8 = doWritev(a14, t32, r10, _4);
      return HEAPU32[n3 >> 2] = i8, 0;
    } catch (l3) {
      if (typeof FS > "u" || l3.name !== "ErrnoError") throw l3;
      return l3.errno;
    }
  }
  _fd_pwrite.sig = "iippjp";
  function _fd_read(e4, t32, r10, _4) {
    try {
      var n3 = SYSCALLS.getStreamFromFD(e4), a14 = doReadv(n3, t32, r10);
      return HEAPU32[_4 >> 2] = a14, 0;
    } catch (i8) {
      if (typeof FS > "u" || i8.name !== "ErrnoError") throw i8;
      return i8.errno;
    }
  }
  _fd_read.sig = "iippp";
  function _fd_seek(e4, t32, r10, _4) {
    t32 = bigintToI53Checked(t32);
    try {
      if (isNaN(t32)) return 22;
      var n3 = SYSCALLS.getStreamFromFD(e4);
      return FS.llseek(n3, t32, r10), HEAP64[_4 >> 3] = BigInt(n3.position), n3.getdents && t32 === 0 && r10 === 0 && (n3.getdents = null), 0;
    } catch (a14) {
      if (typeof FS > "u" || a14.name !== "ErrnoError") throw a14;
      return a14.errno;
    }
  }
  _fd_seek.sig = "iijip";
  function _fd_sync(e4) {
    try {
      var t32 = SYSCALLS.getStreamFromFD(e4), r10 = t32.stream_ops?.fsync?.(t32);
      return r10;
    } catch (_4) {
      if (typeof FS > "u" || _4.name !== "ErrnoError") throw _4;
      return _4.errno;
    }
  }
  _fd_sync.sig = "ii";
  function _fd_write(e4, t32, r10, _4) {
    try {
      var n3 = SYSCALLS.getStreamFromFD(e4), a14 = doWritev(n3, t32, r10);
      return HEAPU32[_4 >> 2] = a14, 0;
    } catch (i8) {
      if (typeof FS > "u" || i8.name !== "ErrnoError") throw i8;
      return i8.errno;
    }
  }
  _fd_write.sig = "iippp";
  var _getaddrinfo = (e4, t32, r10, _4) => {
    var n3 = 0, a14 = 0, i8 = 0, l3 = 0, o8 = 0, s5 = 0, c5;
    function g7(d5, p7, u3, m7, M2, S4) {
      var v5, F5, b4, A4;
      return F5 = d5 === 10 ? 28 : 16, M2 = d5 === 10 ? inetNtop6(M2) : inetNtop4(M2), v5 = _malloc(F5), A4 = writeSockaddr(v5, d5, M2, S4), b4 = _malloc(32), HEAP32[b4 + 4 >> 2] = d5, HEAP32[b4 + 8 >> 2] = p7, HEAP32[b4 + 12 >> 2] = u3, HEAPU32[b4 + 24 >> 2] = m7, HEAPU32[b4 + 20 >> 2] = v5, d5 === 10 ? HEAP32[b4 + 16 >> 2] = 28 : HEAP32[b4 + 16 >> 2] = 16, HEAP32[b4 + 28 >> 2] = 0, b4;
    }
    if (r10 && (i8 = HEAP32[r10 >> 2], l3 = HEAP32[r10 + 4 >> 2], o8 = HEAP32[r10 + 8 >> 2], s5 = HEAP32[r10 + 12 >> 2]), o8 && !s5 && (s5 = o8 === 2 ? 17 : 6), !o8 && s5 && (o8 = s5 === 17 ? 2 : 1), s5 === 0 && (s5 = 6), o8 === 0 && (o8 = 1), !e4 && !t32) return -2;
    if (i8 & -1088 || r10 !== 0 && HEAP32[r10 >> 2] & 2 && !e4) return -1;
    if (i8 & 32) return -2;
    if (o8 !== 0 && o8 !== 1 && o8 !== 2) return -7;
    if (l3 !== 0 && l3 !== 2 && l3 !== 10) return -6;
    if (t32 && (t32 = UTF8ToString(t32), a14 = parseInt(t32, 10), isNaN(a14))) return i8 & 1024 ? -2 : -8;
    if (!e4) return l3 === 0 && (l3 = 2), i8 & 1 || (l3 === 2 ? n3 = _htonl(2130706433) : n3 = [0, 0, 0, _htonl(1)]), c5 = g7(l3, o8, s5, null, n3, a14), HEAPU32[_4 >> 2] = c5, 0;
    if (e4 = UTF8ToString(e4), n3 = inetPton4(e4), n3 !== null) if (l3 === 0 || l3 === 2) l3 = 2;
    else if (l3 === 10 && i8 & 8) n3 = [0, 0, _htonl(65535), n3], l3 = 10;
    else return -2;
    else if (n3 = inetPton6(e4), n3 !== null) if (l3 === 0 || l3 === 10) l3 = 10;
    else return -2;
    return n3 != null ? (c5 = g7(l3, o8, s5, e4, n3, a14), HEAPU32[_4 >> 2] = c5, 0) : i8 & 4 ? -2 : (e4 = DNS.lookup_name(e4), n3 = inetPton4(e4), l3 === 0 ? l3 = 2 : l3 === 10 && (n3 = [0, 0, _htonl(65535), n3]), c5 = g7(l3, o8, s5, null, n3, a14), HEAPU32[_4 >> 2] = c5, 0);
  };
  _getaddrinfo.sig = "ipppp";
  var _getnameinfo = (e4, t32, r10, _4, n3, a14, i8) => {
    var l3 = readSockaddr(e4, t32);
    if (l3.errno) return -6;
    var o8 = l3.port, s5 = l3.addr, c5 = false;
    if (r10 && _4) {
      var g7;
      if (i8 & 1 || !(g7 = DNS.lookup_addr(s5))) {
        if (i8 & 8) return -2;
      } else s5 = g7;
      var d5 = stringToUTF8(s5, r10, _4);
      d5 + 1 >= _4 && (c5 = true);
    }
    if (n3 && a14) {
      o8 = "" + o8;
      var d5 = stringToUTF8(o8, n3, a14);
      d5 + 1 >= a14 && (c5 = true);
    }
    return c5 ? -12 : 0;
  };
  _getnameinfo.sig = "ipipipii";
  var _random_get = (e4, t32) => randomFill(HEAPU8.subarray(e4, e4 + t32));
  _random_get.sig = "ipp";
  var stringToNewUTF8 = (e4) => {
    var t32 = lengthBytesUTF8(e4) + 1, r10 = _malloc(t32);
    return r10 && stringToUTF8(e4, r10, t32), r10;
  }, removeFunction = (e4) => {
    functionsInTableMap.delete(getWasmTableEntry(e4)), setWasmTableEntry(e4, null), freeTableIndexes.push(e4);
  }, FS_createPath = (...e4) => FS.createPath(...e4), FS_unlink = (...e4) => FS.unlink(...e4), FS_createLazyFile = (...e4) => FS.createLazyFile(...e4), FS_createDevice = (...e4) => FS.createDevice(...e4), setTempRet0 = (e4) => __emscripten_tempret_set(e4), _setTempRet0 = setTempRet0, getTempRet0 = (e4) => __emscripten_tempret_get(), _getTempRet0 = getTempRet0, _emscripten_force_exit = (e4) => {
    __emscripten_runtime_keepalive_clear(), _exit(e4);
  };
  _emscripten_force_exit.sig = "vi";
  var _sched_yield = () => 0;
  _sched_yield.sig = "i";
  var findMatchingCatch = (e4) => (setTempRet0(0), 0), ___cxa_find_matching_catch_2 = () => findMatchingCatch([]);
  ___cxa_find_matching_catch_2.sig = "p";
  var ___cxa_find_matching_catch_3 = (e4) => findMatchingCatch([e4]);
  ___cxa_find_matching_catch_3.sig = "pp";
  class ExceptionInfo {
    constructor(t32) {
      this.excPtr = t32, this.ptr = t32 - 24;
    }
    set_type(t32) {
      HEAPU32[this.ptr + 4 >> 2] = t32;
    }
    get_type() {
      return HEAPU32[this.ptr + 4 >> 2];
    }
    set_destructor(t32) {
      HEAPU32[this.ptr + 8 >> 2] = t32;
    }
    get_destructor() {
      return HEAPU32[this.ptr + 8 >> 2];
    }
    set_caught(t32) {
      t32 = t32 ? 1 : 0, HEAP8[this.ptr + 12] = t32;
    }
    get_caught() {
      return HEAP8[this.ptr + 12] != 0;
    }
    set_rethrown(t32) {
      t32 = t32 ? 1 : 0, HEAP8[this.ptr + 13] = t32;
    }
    get_rethrown() {
      return HEAP8[this.ptr + 13] != 0;
    }
    init(t32, r10) {
      this.set_adjusted_ptr(0), this.set_type(t32), this.set_destructor(r10);
    }
    set_adjusted_ptr(t32) {
      HEAPU32[this.ptr + 16 >> 2] = t32;
    }
    get_adjusted_ptr() {
      return HEAPU32[this.ptr + 16 >> 2];
    }
  }
  var uncaughtExceptionCount = 0, ___cxa_throw = (e4, t32, r10) => {
    var _4 = new ExceptionInfo(e4);
    _4.init(t32, r10), uncaughtExceptionCount++, abort();
  };
  ___cxa_throw.sig = "vppp";
  var exceptionCaught = [], ___cxa_rethrow = () => {
    exceptionCaught.length || abort("no exception to throw");
    var e4 = exceptionCaught.at(-1), t32 = e4.excPtr;
    e4.set_rethrown(true), e4.set_caught(false), uncaughtExceptionCount++, abort();
  };
  ___cxa_rethrow.sig = "v";
  var ___cxa_begin_catch = (e4) => {
    var t32 = new ExceptionInfo(e4);
    return t32.get_caught() || (t32.set_caught(true), uncaughtExceptionCount--), t32.set_rethrown(false), exceptionCaught.push(t32), ___cxa_get_exception_ptr(e4);
  };
  ___cxa_begin_catch.sig = "pp";
  var ___cxa_end_catch = () => {
    _setThrew(0, 0);
    var e4 = exceptionCaught.pop();
    ___cxa_decrement_exception_refcount(e4.excPtr);
  };
  ___cxa_end_catch.sig = "v";
  var ___cxa_uncaught_exceptions = () => uncaughtExceptionCount;
  ___cxa_uncaught_exceptions.sig = "i";
  var ___cxa_current_primary_exception = () => {
    if (!exceptionCaught.length) return 0;
    var e4 = exceptionCaught[exceptionCaught.length - 1];
    return ___cxa_increment_exception_refcount(e4.excPtr), e4.excPtr;
  };
  ___cxa_current_primary_exception.sig = "p";
  var ___cxa_rethrow_primary_exception = (e4) => {
    if (e4) {
      var t32 = new ExceptionInfo(e4);
      t32.set_rethrown(true), t32.set_caught(false), uncaughtExceptionCount++, abort();
    }
  };
  ___cxa_rethrow_primary_exception.sig = "vp";
  var ___resumeException = (e4) => {
    abort();
  };
  ___resumeException.sig = "vp", registerWasmPlugin(), FS.createPreloadedFile = FS_createPreloadedFile, FS.preloadFile = FS_preloadFile, FS.staticInit(), ENVIRONMENT_IS_NODE && NODEFS.staticInit();
  {
    initMemory(), Module.noExitRuntime && (noExitRuntime = Module.noExitRuntime), Module.print && (out = Module.print), Module.printErr && (err = Module.printErr), Module.dynamicLibraries && (dynamicLibraries = Module.dynamicLibraries), Module.arguments && (programArgs = Module.arguments), Module.thisProgram && (thisProgram = Module.thisProgram);
    var preInit = Module.preInit;
    if (preInit) for (typeof preInit == "function" && (Module.preInit = preInit = [preInit]); preInit.length > 0; ) preInit.shift()();
  }
  Module.callMain = callMain, Module.stackSave = stackSave, Module.stackRestore = stackRestore, Module.ENV = ENV, Module.addRunDependency = addRunDependency, Module.removeRunDependency = removeRunDependency, Module.addFunction = addFunction, Module.removeFunction = removeFunction, Module.setValue = setValue, Module.getValue = getValue, Module.UTF8ToString = UTF8ToString, Module.stringToNewUTF8 = stringToNewUTF8, Module.stringToUTF8OnStack = stringToUTF8OnStack, Module.FS_preloadFile = FS_preloadFile, Module.FS_unlink = FS_unlink, Module.FS_createPath = FS_createPath, Module.FS_createDevice = FS_createDevice, Module.FS = FS, Module.FS_createDataFile = FS_createDataFile, Module.FS_createLazyFile = FS_createLazyFile, Module.MEMFS = MEMFS, Module.PROXYFS = PROXYFS, Module.IDBFS = IDBFS, Module._exit = _exit, Module._setTempRet0 = _setTempRet0, Module._getTempRet0 = _getTempRet0, Module._emscripten_force_exit = _emscripten_force_exit, Module._sched_yield = _sched_yield, Module.___cxa_find_matching_catch_2 = ___cxa_find_matching_catch_2, Module.___cxa_find_matching_catch_3 = ___cxa_find_matching_catch_3, Module.___cxa_throw = ___cxa_throw, Module.___cxa_rethrow = ___cxa_rethrow, Module.___cxa_begin_catch = ___cxa_begin_catch, Module.___cxa_end_catch = ___cxa_end_catch, Module.___cxa_uncaught_exceptions = ___cxa_uncaught_exceptions, Module.___cxa_current_primary_exception = ___cxa_current_primary_exception, Module.___cxa_rethrow_primary_exception = ___cxa_rethrow_primary_exception, Module.___resumeException = ___resumeException;
  var ASM_CONSTS = {}, _palloc0, _RelationGetNumberOfBlocksInFork, _ExtendBufferedRel, _MarkBufferDirty, _XLogBeginInsert, _XLogRegisterData, _XLogRegisterBuffer, _XLogInsert, _UnlockReleaseBuffer, _palloc, _brin_build_desc, _EnterParallelMode, _CreateParallelContext, _GetTransactionSnapshot, _RegisterSnapshot, _table_parallelscan_estimate, _add_size, _tuplesort_estimate_shared, _mul_size, _strlen, _InitializeParallelDSM, _UnregisterSnapshot, _DestroyParallelContext, _ExitParallelMode, _shm_toc_allocate, _ConditionVariableInit, _table_parallelscan_initialize, _tuplesort_initialize_shared, _shm_toc_insert, _LaunchParallelWorkers, _WaitForParallelWorkersToAttach, _s_lock, _ConditionVariableSleep, _ConditionVariableCancelSleep, _tuplesort_performsort, _AllocSetContextCreateInternal, _tuplesort_end, _MemoryContextReset, _brin_deform_tuple, _pfree, _MemoryContextDelete, _errstart_cold, _errmsg_internal, _errfinish, _log_newpage_buffer, _ProcessInterrupts, _errstart, _errcode, _errmsg, _LockBuffer, _ReleaseBuffer, _IndexGetRelation, _table_open, _ReadBufferExtended, _table_close, _build_reloptions, _RelationGetIndexScan, _pgstat_assoc_relation, _palloc0_mul, _index_getprocinfo, _fmgr_info_copy, _FunctionCall4Coll, _palloc_mul, _FunctionCall1Coll, _brin_free_desc, _WaitForParallelWorkersToFinish, _PageGetFreeSpace, _BufferGetBlockNumber, _BuildIndexInfo, _Int64GetDatum, _DirectFunctionCall2Coll, _RecoveryInProgress, _GetUserIdAndSecContext, _SetUserIdAndSecContext, _NewGUCNestLevel, _RestrictSearchPath, _index_open, _object_ownercheck, _aclcheck_error, _AtEOXact_GUC, _relation_close, _errhint, _GetUserId, _ReadBuffer, _shm_toc_lookup, _pgstat_report_activity, _tuplesort_attach_shared, _index_close, _table_beginscan_parallel, _ConditionVariableSignal, _datumCopy, _lookup_type_cache, _get_fn_opclass_options, _log, _pg_detoast_datum, _index_getprocid, _errdetail_internal, _pg_popcount_optimized, _init_local_reloptions, _initStringInfo, _appendStringInfoChar, _appendStringInfo, _FunctionCall2Coll, _SearchSysCache4, _SysCacheGetAttrNotNull, _ReleaseSysCache, _get_opcode, _fmgr_info_cxt, _Float8GetDatum, _numeric_float8, _numeric_sub, _DirectFunctionCall1Coll, _pg_detoast_datum_packed, _pg_qsort, _get_typbyval, _get_typlen, _qsort_arg, _add_local_int_reloption, _getTypeOutputInfo, _fmgr_info, _OutputFunctionCall, _cstring_to_text_with_len, _accumArrayResult, _makeArrayResult, _OidOutputFunctionCall, _cstring_to_text, _PageGetExactFreeSpace, _PageIndexTupleOverwrite, _PageInit, _PageAddItemExtended, _LockRelationForExtension, _UnlockRelationForExtension, _smgropen, _smgrpin, _ItemPointerEquals, _detoast_external_attr, _CreateTemplateTupleDesc, _TupleDescInitEntry, _repalloc, _memcmp, _SearchSysCache1, _get_opfamily_name, _SearchSysCacheList, _check_amproc_signature, _check_amoptsproc_signature, _format_procedure, _format_operator, _check_amop_signature, _identify_opfamily_groups, _format_type_be, _ReleaseCatCacheList, _format_type_with_typemod, _errdetail, _strcmp, _DatumGetEOHP, _EOH_get_flat_size, _EOH_flatten_into, _toast_raw_datum_size, _getmissingattr, _hash_create, _hash_search, _nocachegetattr, _heap_getsysattr, _heap_form_tuple, _heap_modify_tuple, _heap_deform_tuple, _heap_modify_tuple_by_cols, _heap_freetuple, _hash_bytes, _index_form_tuple, _MemoryContextAllocZero, _nocache_index_getattr, _index_deform_tuple, _CopyIndexTuple, _CreateTupleDescTruncatedCopy, _enlargeStringInfo, _slot_getsomeattrs_int, _pg_lltoa, _pg_ltoa, _pq_sendbytes, _pg_printf, _relation_open, _LockRelationOid, _RelationIdGetRelation, _try_relation_open, _SearchSysCacheExists, _UnlockRelationOid, _relation_openrv, _AcceptInvalidationMessages, _RangeVarGetRelidExtended, _RelationClose, _add_reloption_kind, _register_reloptions_validator, _lappend, _pstrdup, _add_int_reloption, _add_real_reloption, _add_enum_reloption, _add_string_reloption, _strdup, _MemoryContextStrdup, _transformRelOptions, _deconstruct_array_builtin, _strncmp, _defGetString, _strchr, _defGetBoolean, _pg_sprintf, _untransformRelOptions, _text_to_cstring, _makeString, _makeDefElem, _heap_reloptions, _index_reloptions, _strcpy, _MemoryContextAlloc, _parse_bool, _parse_int, _parse_real, _pg_strcasecmp, _ScanKeyInit, _dsm_segment_handle, _dsm_create, _dsm_segment_address, _dsa_pin_mapping, _dsm_attach, _dsm_detach, _ShmemInitStruct, _LWLockAcquire, _LWLockRelease, _LWLockConditionalAcquire, _dsa_create_ext, _dsa_allocate_extended, _dsa_get_address, _LWLockInitialize, _dsa_attach, _dsa_free, _dsa_get_total_size, _MemoryContextMemAllocated, _check_stack_depth, _GetCurrentCommandId, _toast_open_indexes, _GetNewOidWithIndex, _heap_insert, _RelationGetIndexList, _list_free, _systable_beginscan, _systable_getnext, _systable_endscan, _toast_close_indexes, _systable_beginscan_ordered, _systable_getnext_ordered, _systable_endscan_ordered, _get_toast_snapshot, _convert_tuples_by_position, _execute_attr_map_tuple, _ExecStoreVirtualTuple, _bms_is_member, _bms_add_member, _free_conversion_map, _CreateTupleDescCopy, _FreeTupleDesc, _ResourceOwnerEnlarge, _ResourceOwnerRemember, _DecrTupleDescRefCount, _ResourceOwnerForget, _datumIsEqual, _equalRowTypes, _hashRowType, _namestrcpy, _TupleDescInitEntryCollation, _BuildDescFromLists, _stringToNode, _psprintf, _pg_detoast_datum_copy, _get_typlenbyvalalign, _deconstruct_array, _ginCompareAttEntries, _repalloc_huge, _GinDataLeafPageGetItems, _tbm_add_tuples, _ginPostingListDecode, _ItemPointerCompare, _gintuple_get_attrnum, _gintuple_get_key, _LockPage, _UnlockPage, _vacuum_delay_point, _RecordFreeIndexPage, _IndexFreeSpaceMapVacuum, _repalloc_mul, _initGinState, _pg_prng_double, _pgstat_progress_update_param, _log_newpage_range, _GetFreeIndexPage, _ConditionalLockBuffer, _LockBufferForCleanup, _ReadNextFullTransactionId, _PageIndexMultiDelete, _list_make1_impl, _list_delete_first, _lcons, _pow, _smgrnblocks, _list_free_deep, _BufFileCreateTemp, _BufFileWrite, _BufFileReadExact, _BufFileClose, _pairingheap_remove_first, _pairingheap_add, _float_overflow_error, _float8_cmp_internal, _float_underflow_error, _DirectFunctionCall5Coll, _pairingheap_allocate, _get_func_rettype, _OidFunctionCall1Coll, _GenerationContextCreate, _block_range_read_stream_cb, _read_stream_begin_relation, _read_stream_next_buffer, _read_stream_end, _estimate_rel_size, __hash_spareindex, __hash_getbuf, __hash_relbuf, __hash_get_indextuple_hashkey, _hashcharextended, _hashint8, _hashint8extended, _hash_bytes_extended, _hashfloat8, _hashfloat8extended, _pg_newlocale_from_collation, __hash_ovflblkno_to_bitno, __hash_get_totalbuckets, _hash_destroy, _list_append_unique_oid, _list_member_oid, _CommandCounterIncrement, _get_opclass_input_type, _list_concat_copy, _HeapTupleSatisfiesVisibility, _GetAccessStrategy, _FreeAccessStrategy, _heap_getnext, _ExecStoreBufferHeapTuple, _heap_fetch, _HeapTupleSatisfiesVacuum, _GetMultiXactIdMembers, _TransactionIdPrecedes, _GetBulkInsertState, _FreeBulkInsertState, _visibilitymap_clear_locked, _pgstat_count_heap_insert, _heap_multi_insert, _ExecFetchSlotHeapTuple, _heap_delete, _IsInParallelMode, _visibilitymap_pin, _HeapTupleSatisfiesUpdate, _TransactionIdIsCurrentTransactionId, _TransactionIdDidCommit, _UnlockTuple, _TransactionIdIsInProgress, _bms_free, _bms_add_members, _bms_next_member, _bms_overlap, _HeapTupleGetUpdateXid, _heap_lock_tuple, _MultiXactIdPrecedes, _heap_tuple_needs_eventual_freeze, _PrefetchBuffer, _RelationTruncate, _FlushRelationBuffers, _smgrexists, _table_slot_create, _ExecDropSingleTupleTableSlot, _CreateExecutorState, _MakePerTupleExprContext, _ExecPrepareQual, _GetOldestNonRemovableTransactionId, _FormIndexDatum, _FreeExecutorState, _MakeSingleTupleTableSlot, _tuplesort_getdatum, _ExecStoreHeapTuple, _XidInMVCCSnapshot, _bsearch, _XLogRecGetBlockTagExtended, _hash_seq_init, _hash_seq_search, _errcode_for_file_access, _pg_snprintf, _OpenTransientFile, _ftruncate, ___errno_location, _pwrite, _CloseTransientFile, _sscanf, _unlink, _fsync_fname, _GetCurrentTimestamp, _get_database_name, _get_namespace_name, _pg_prng_uint32, _GetRecordedFreeSpace, _visibilitymap_get_status, _vac_estimate_reltuples, _WaitLatch, _ResetLatch, _clock_gettime, _WalUsageAccumDiff, _BufferUsageAccumDiff, _appendStringInfoString, _set_errcontext_domain, _errcontext_msg, _visibilitymap_prepare_truncate, _GetIndexAmRoutine, _check_enable_rls, _pg_class_aclcheck, _pg_attribute_aclcheck, _try_index_open, _btboolcmp, _btint2cmp, _btint4cmp, _btint8cmp, _btoidcmp, _btcharcmp, __bt_form_posting, __bt_mkscankey, __bt_checkpage, __bt_compare, __bt_relbuf, __bt_search, __bt_binsrch_insert, __bt_freestack, __bt_metaversion, _get_opfamily_member, _OidFunctionCall2Coll, __bt_allequalimage, ___wasm_setjmp_test, _before_shmem_exit, ___wasm_setjmp, _cancel_before_shmem_exit, _pg_re_throw, _emscripten_longjmp, _ConditionVariableBroadcast, _datum_image_eq, _time, __bt_check_natts, _strlcpy, _strncpy, _timestamptz_to_str, _XLogRecGetBlockRefInfo, _varstr_cmp, _get_atttype, _getBaseType, _exprType, _GetActiveSnapshot, _errdetail_relkind_not_supported, _table_openrv, _table_slot_callbacks, _clamp_row_est, _pre_format_elog_string, _format_elog_string, _IsTransactionState, _estimate_expression_value, _SetConfigOption, _XLogFlush, _get_call_result_type, _HeapTupleHeaderGetDatum, _GenericXLogStart, _GenericXLogRegisterBuffer, _GenericXLogFinish, _GenericXLogAbort, _errmsg_plural, _ReadNextMultiXactId, _ReadMultiXactIdRange, _MultiXactIdPrecedesOrEquals, _init_MultiFuncCall, _TupleDescGetAttInMetadata, _per_MultiFuncCall, _BuildTupleFromCStrings, _end_MultiFuncCall, _GetCurrentSubTransactionId, _GetSessionUserId, _WaitForBackgroundWorkerShutdown, _RegisterDynamicBackgroundWorker, _appendBinaryStringInfo, _pq_getmsgbyte, _ThrowErrorData, _pq_getmsgint, _pq_getmsgint64, _die, _pqsignal_be, _BackgroundWorkerUnblockSignals, _load_external_function, _BackgroundWorkerInitializeConnectionByOid, _GetDatabaseEncoding, _StartTransactionCommand, _CommitTransactionCommand, _PushActiveSnapshot, _PopActiveSnapshot, _RmgrNotFound, _InitMaterializedSRF, _tuplestore_putvalues, _pread, _lseek, _strspn, _strtoll, _AllocateFile, _fgets, _ferror, _FreeFile, _getpid, _read, _write, _durable_rename, _BlessTupleDesc, _fstat, _superuser_arg, _wal_segment_close, _wal_segment_open, _XLogReaderAllocate, _XLogReadRecord, _XLogReaderFree, _strtoull, _access, _IsAbortedTransactionBlockState, _GetTopFullTransactionId, _GetCurrentFullTransactionId, _GetCurrentTransactionNestLevel, _ResourceOwnerCreate, _AbortCurrentTransaction, _PreventInTransactionBlock, _IsTransactionBlock, _RegisterXactCallback, _UnregisterXactCallback, _RegisterSubXactCallback, _BeginInternalSubTransaction, _ReleaseCurrentSubTransaction, _ResourceOwnerDelete, _RollbackAndReleaseCurrentSubTransaction, _pg_usleep, _close, _ReleaseExternalFD, _GetDefaultCharSignedness, _SplitIdentifierString, _guc_malloc, _find_option, _gettimeofday, _pg_strong_random, _stat, _GetFlushRecPtr, _GetXLogReplayRecPtr, _TimestampDifferenceMilliseconds, _strtoul, _readlink, _pg_fprintf, _fflush, _pgl_system, _wait_result_to_str, _replace_percent_placeholders, _makeStringInfo, _pg_toupper, _numeric_in, _DirectFunctionCall3Coll, _palloc_extended, _pg_vsnprintf, _XLogFindNextRecord, _RestoreBlockImage, _timestamptz_in, _fscanf, _symlink, _ConditionVariableTimedSleep, _ParseDateTime, _DecodeDateTime, _tm2timestamp, _XLogRecStoreStats, _hash_get_num_entries, _read_local_xlog_page_no_wait, _escape_json_with_len, _BufFileSeek, _lstat, _destroyStringInfo, _list_sort, _pgl_geteuid, _getegid, _pg_checksum_page, _CreateDestReceiver, _bbsink_forward_end_archive, _bbsink_forward_begin_manifest, _bbsink_forward_end_manifest, _bbsink_forward_end_backup, _bbsink_forward_cleanup, _MemoryContextAllocExtended, _appendStringInfoVA, _list_concat, _strrchr, _bbsink_forward_begin_backup, _bbsink_forward_archive_contents, _bbsink_forward_begin_archive, _bbsink_forward_manifest_contents, _has_privs_of_role, _BaseBackupAddTarget, _list_copy, _tuplestore_puttuple, _isatty, _makeRangeVar, _DefineIndex, _getc, _fread, _clearerr, _OidInputFunctionCall, _copyObjectImpl, _get_rolespec_oid, _lappend_oid, _get_object_address, _makeTypeNameFromNameList, _SearchSysCacheLocked1, _SearchSysCache2, _SysCacheGetAttr, _CatalogTupleUpdate, _get_attnum, _get_rel_name, _CatalogTupleDelete, _get_namespace_oid, _SearchSysCache3, _performDeletion, _CatalogTupleInsert, _recordDependencyOn, _RunObjectPostAlterHook, _aclcheck_error_col, _get_element_type, _object_aclcheck, _isTempNamespace, _pg_attribute_aclcheck_all, _IsToastNamespace, _IsCatalogNamespace, _superuser, _SearchSysCacheAttName, _LockDatabaseObject, _new_object_addresses, _UnlockDatabaseObject, _free_object_addresses, _performMultipleDeletions, _recordDependencyOnExpr, _get_typ_typrelid, _query_tree_walker_impl, _expression_tree_walker_impl, _add_exact_object_address, _get_rel_relkind, _SystemAttributeDefinition, _get_typtype, _list_delete_last, _type_is_collatable, _CatalogOpenIndexes, _CatalogCloseIndexes, _get_relname_relid, _GetSysCacheOid, _SearchSysCacheCopy, _CheckTableNotInUse, _RelationForgetRelation, _construct_array, _make_parsestate, _addRangeTableEntryForRelation, _addNSItemToQuery, _transformExpr, _coerce_to_boolean, _assign_expr_collations, _pull_var_clause, _get_attname, _equal, _coerce_to_target_type, _nodeToString, _list_delete_nth_cell, _lappend_int, _CatalogTupleInsertWithInfo, _heap_truncate_find_FKs, _list_oid_cmp, _buildint2vector, _buildoidvector, _parser_errposition, _check_functions_in_node, _exprLocation, _exprTypmod, _get_base_element_type, _make_ands_explicit, _SystemFuncName, _CreateTrigger, _plan_create_index_workers, _GetLatestSnapshot, _make_ands_implicit, _get_rel_relispartition, _get_partition_ancestors, _tuplesort_begin_datum, _tuplesort_putdatum, _list_delete_oid, _get_rel_namespace, _ExecOpenIndices, _ExecCloseIndices, _CatalogTupleUpdateWithInfo, _ConditionalLockRelationOid, _RelnameGetRelid, _get_relkind_objtype, _isAnyTempNamespace, _RelationIsVisible, _TypenameGetTypid, _FuncnameGetCandidates, _DeconstructQualifiedName, _get_func_arg_info, _NameListToString, _OpernameGetOprid, _OpclassnameGetOpcid, _OpclassIsVisible, _get_ts_config_oid, _makeRangeVarFromNameList, _quote_identifier, _atoi, _GetSearchPathMatcher, _SearchPathMatchesCurrentEnvironment, _get_collation_oid, _GetDatabaseEncodingName, _CacheRegisterSyscacheCallback, _fetch_search_path, _get_extension_oid, _get_tablespace_oid, _get_role_oid, _get_language_oid, _get_am_oid, _get_index_am_oid, _GetForeignServerByName, _typeStringToTypeName, _makeFloat, _list_make2_impl, _check_object_ownership, _GetUserNameFromId, _format_type_extended, _quote_qualified_identifier, _get_tablespace_name, _GetForeignServerExtended, _GetForeignServer, _get_extension_name, _construct_empty_array, _format_type_be_qualified, _get_namespace_name_or_temp, _list_make3_impl, _get_am_name, _construct_md_array, _pull_varattnos, _makeBoolExpr, _eval_const_expressions, _get_func_name, _construct_array_builtin, _makeObjectName, _get_primary_key_attnos, _check_functional_grouping, _bms_is_subset, _ProcessGUCArray, _LockHeldByMe, _CheckRelationOidLockedByMe, _getExtensionOfObject, _deleteDependencyRecordsFor, _find_inheritance_children, _ActiveSnapshotSet, _find_all_inheritors, _has_superclass, _strstr, _memchr, _get_opname, _build_function_result_tupdesc_t, _CheckFunctionValidatorAccess, _AcquireRewriteLocks, _pg_parse_query, _get_func_result_type, _function_parse_error_transpose, _geterrposition, _getinternalerrposition, _pg_mblen_cstr, _pg_mbstrlen_with_len, _errposition, _internalerrposition, _internalerrquery, _bms_num_members, _list_concat_unique_oid, _ATExecChangeOwner, _quote_literal_cstr, _get_array_type, _pnstrdup, _pg_mbcliplen, _smgrtruncate, _smgrreadv, _NewRelationCreateToastTable, _parse_analyze_fixedparams, _transformStmt, _free_parsestate, _makeFromExpr, _assign_query_collations, _makeTargetEntry, _exprCollation, _transformSortClause, _transformDistinctClause, _ParseFuncOrColumn, _select_common_type, _coerce_to_common_type, _select_common_collation, _contain_vars_of_level, _expandNSItemAttrs, _makeAlias, _addRangeTableEntryForSubquery, _assign_list_collations, _expandNSItemVars, _markTargetListOrigins, _addRangeTableEntryForJoin, _list_truncate, _makeVar, _analyze_requires_snapshot, _makeNullConst, _get_sort_group_operators, _refnameNamespaceItem, _getRTEPermissionInfo, _setup_parser_errposition_callback, _cancel_parser_errposition_callback, _locate_var_of_level, _makeBoolean, _makeInteger, _makeSimpleA_Expr, _makeTypeName, _SystemTypeName, _makeFuncCall, _makeA_Expr, _list_make4_impl, _addTargetToSortList, _locate_agg_of_level, _list_intersection_int, _get_sortgroupclause_tle, _flatten_join_alias_vars, _list_member_int, _list_union_int, _makeFuncExpr, _get_rte_attribute_name, _expression_tree_mutator_impl, _checkNameSpaceConflicts, _addRangeTableEntryForENR, _addRangeTableEntry, _FigureColname, _addRangeTableEntryForFunction, _coerce_to_specific_type, _typenameTypeIdAndMod, _get_typcollation, _markNullableIfNeeded, _markVarForSelectPriv, _coerce_type, _LookupFuncName, _parserOpenTable, _strip_implicit_coercions, _colNameToVar, _op_hashjoinable, _get_commutator, _get_ordering_op_properties, _can_coerce_type, _get_sortgroupref_tle, _assignSortGroupRef, _targetIsInSortList, _contain_aggs_of_level, _find_coercion_pathway, _typeidType, _typeTypeCollation, _typeLen, _typeByVal, _get_type_category_preferred, _makeConst, _lookup_rowtype_tupdesc, _type_is_enum, _verify_common_type, _type_is_range, _bms_del_member, _list_member, _raw_expression_tree_walker_impl, _type_is_rowtype, _scanNSItemForColumn, _make_op, _make_scalar_array_op, _count_nonjunk_tlist_entries, _makeWholeRowVar, _expandRTE, _contain_var_clause, _jsonb_in, _get_func_prokind, _escape_json, _geterrcode, _bit_in, _repalloc0, _bms_union, _varstr_levenshtein_less_equal, _get_atttypetypmodcoll, _raw_parser, _errsave_start, _errsave_finish, _makeColumnDef, _GetDefaultOpClass, _transformIndexStmt, _ChooseRelationName, _deparse_context_for, _deparse_expression, _expression_planner, _scanner_init, _scanner_finish, _core_yylex, _isxdigit, _scanner_isspace, _truncate_identifier, _ScanKeywordLookup, _pg_verifymbstr, _downcase_truncate_identifier, _pg_database_encoding_max_length, _getTypeInputInfo, _RenameSchema, _check_can_set_role, _namein, _BlockSampler_Init, _reservoir_init_selection_state, _reservoir_get_next_S, _sampler_random_fract, _std_typanalyze, _BlockSampler_HasMore, _BlockSampler_Next, _Async_Notify, _RangeVarCallbackMaintainsTable, _make_new_heap, _finish_heap_swap, _RenameRelationInternal, _OpenPipeStream, _pg_is_ascii, _ClosePipeStream, _PreventCommandIfReadOnly, _BeginCopyFrom, _EndCopyFrom, _ProcessCopyOptions, _pg_strtoint64, _CopyFromErrorCallback, _bms_make_singleton, _ExecInitRangeTable, _ExecInitResultRelation, _ExecInitQual, _contain_volatile_functions, _NextCopyFrom, _ExecCloseResultRelations, _ExecCloseRangeTableRelations, _ExecConstraints, _ExecInsertIndexTuples, _build_column_default, _ExecInitExpr, _fileno, _NextCopyFromRawFields, _resetStringInfo, _pq_copymsgbytes, _pg_encoding_max_length, _tolower, _pg_plan_query, _PushCopiedSnapshot, _UpdateActiveSnapshotCommandId, _CreateQueryDesc, _ExecutorStart, _ExecutorFinish, _ExecutorEnd, _FreeQueryDesc, _ExecutorRun, _pg_server_to_any, _fwrite, _CreateTableAsRelExists, _QueryRewrite, _DefineRelation, _rmdir, _atof, _int8in, _oidin, _RemoveObjects, _GetCommandTagEnum, _CreateCommandTag, _GetCommandTagName, _NewExplainState, _ExplainBeginOutput, _ExplainEndOutput, _ExplainOpenGroup, _ExplainPrintPlan, _ExplainIndentText, _ExplainPropertyInteger, _ExplainCloseGroup, _ExplainPropertyFloat, _ExplainPrintTriggers, _ExplainPropertyUInteger, _ExplainPropertyText, _GetConfigOptionByName, _ExplainPrintJITSummary, _ExplainPropertyBool, _InstrEndLoop, _appendStringInfoSpaces, _ExplainQueryText, _ExplainQueryParameters, _get_func_namespace, _escape_xml, _GetExplainExtensionId, _GetExplainExtensionState, _SetExplainExtensionState, _RegisterExtensionExplainOption, _get_extension_schema, _get_function_sibling_type, _GetSysCacheHashValue, _CreateSchemaCommand, _get_rel_type_id, _set_config_option, _pg_any_to_server, _DirectFunctionCall4Coll, _replace_text, _strpbrk, _ProcessUtility, _CleanQuerytext, _GetForeignDataWrapper, _CreateExprContext, _EnsurePortalSnapshotExists, _CheckIndexCompatible, _op_input_types, _ResolveOpClass, _get_opclass_family, _get_opfamily_member_for_cmptype, _pgstat_count_truncate, _SPI_connect, _SPI_exec, _SPI_execute, _SPI_getvalue, _generate_operator_clause, _SPI_finish, _CreateTransientRelDestReceiver, _MemoryContextSetIdentifier, _checkExprHasSubLink, _MemoryContextSetParent, _copyParamList, _SetTuplestoreDestReceiverParams, _tuplestore_rescan, _MemoryContextDeleteChildren, _GetCachedPlan, _makeParamList, _ReleaseCachedPlan, _bms_equal, _func_volatile, _register_label_provider, _DefineSequence, _AlterSequence, _RangeVarCallbackOwnsRelation, _nextval, _textToQualifiedNameList, _nextval_internal, _setval_oid, _tuplestore_gettupleslot, _list_delete, _tuplestore_end, _list_append_unique, _get_rel_relam, _contain_mutable_functions, _RemoveRelations, _ExecuteTruncateGuts, _InitResultRelInfo, _AlterTableLookupRelation, _AlterTable, _AlterTableInternal, _AlterTableGetLockLevel, _pg_get_indexdef_string, _ExecStoreAllNullTuple, _chmod, _ChangeVarNodes, _tuplestore_begin_heap, _tuplestore_puttupleslot, _ExecForceStoreHeapTuple, _ExecUpdateLockMode, _bms_copy, _strtoint, _strtod, _plain_crypt_verify, _ProcessConfigFile, _pgl_exit, _dsa_get_handle, _pg_strncasecmp, _guc_free, _ExecReScan, _ExecAsyncResponse, _ExecAsyncRequestDone, _ExecAsyncRequestPending, _ExprEvalPushStep, _lookup_rowtype_tupdesc_copy, _ExecInitExprWithParams, _ExecInitExprList, _ExecGetResultType, _ExecInitExtraTupleSlot, _MakeExpandedObjectReadOnlyInternal, _tuplesort_puttupleslot, _ArrayGetNItems, _expanded_record_fetch_tupdesc, _expanded_record_fetch_field, _json_validate, _JsonbValueToJsonb, _numeric_out, _boolout, _bool_int4, _lookup_rowtype_tupdesc_domain, _MemoryContextGetParent, _DeleteExpandedObject, _CreateStandaloneExprContext, _ExecFindJunkAttributeInTlist, _standard_ExecutorStart, _ExecInitNode, _standard_ExecutorRun, _standard_ExecutorFinish, _standard_ExecutorEnd, _ExecEndNode, _InstrAlloc, _MakeTupleTableSlot, _ExecWithCheckOptions, _get_typlenbyval, _ExecInitScanTupleSlot, _InputFunctionCall, _list_delete_ptr, _FreeExprContext, _ExecAssignExprContext, _ExecAssignProjectionInfo, _ExecOpenScanRelation, _bms_intersect, _GetAttributeByName, _GetAttributeByNum, _ExecGetReturningSlot, _ExecGetResultRelCheckAsUser, _MemoryContextRegisterResetCallback, _cached_function_compile, _CommandIsReadOnly, _InstrUpdateTupleCount, _tuplesort_begin_heap, _AggCheckCallContext, _tuplesort_gettupleslot, _bms_del_members, _AddWaitEventToSet, _GetNumRegisteredWaitEvents, _tuplestore_clear, _get_attstatsslot, _free_attstatsslot, _SharedFileSetInit, _SharedFileSetAttach, _tuplesort_reset, _pairingheap_first, _bms_nonempty_difference, _datum_image_hash, _tuplesort_rescan, _WinGetPartitionLocalMemory, _WinGetCurrentPosition, _WinGetPartitionRowCount, _WinGetFuncArgInPartition, _WinGetFuncArgCurrent, _SPI_connect_ext, _SPI_commit, _CopyErrorData, _FlushErrorState, _ReThrowError, _SPI_commit_and_chain, _SPI_rollback, _SPI_rollback_and_chain, _SPI_freetuptable, _SPI_execute_extended, _SPI_execute_plan, _SPI_execp, _SPI_execute_plan_extended, _SPI_execute_plan_with_paramlist, _SPI_execute_with_args, _SPI_prepare, _SPI_prepare_extended, _SPI_keepplan, _SPI_saveplan, _SPI_freeplan, _SPI_copytuple, _SPI_returntuple, _SPI_modifytuple, _SPI_fnumber, _SPI_fname, _SPI_getbinval, _SPI_gettype, _SPI_gettypeid, _SPI_getrelname, _SPI_palloc, _SPI_repalloc, _SPI_pfree, _SPI_datumTransfer, _datumTransfer, _SPI_cursor_open_with_args, _SPI_cursor_open_with_paramlist, _SPI_cursor_parse_open, _SPI_cursor_find, _SPI_cursor_fetch, _SPI_scroll_cursor_fetch, _SPI_scroll_cursor_move, _SPI_cursor_close, _SPI_plan_is_valid, _SPI_result_code_string, _SPI_plan_get_plan_sources, _SPI_plan_get_cached_plan, _SPI_register_relation, _create_queryEnv, _register_ENR, _SPI_register_trigger_data, _tuplestore_tuple_count, _GetUserMapping, _GetForeignTable, _GetForeignColumnOptions, _initClosestMatch, _updateClosestMatch, _getClosestMatch, _GetExistingLocalJoinPath, _pathkeys_contained_in, _bloom_create, _bloom_free, _bloom_add_element, _bloom_lacks_element, _bloom_prop_bits_set, _dshash_create, _dshash_attach, _dshash_detach, _dshash_destroy, _dshash_get_hash_table_handle, _dshash_find, _dshash_find_or_insert, _dshash_delete_key, _dshash_release_lock, _tag_hash, _dshash_seq_init, _dshash_seq_next, _dshash_seq_term, _dshash_delete_current, _ldexp, _pg_b64_enc_len, _pg_b64_encode, _strtol, _gai_strerror, _bind, _pgl_connect, _pgl_send, _pgl_recv, _sendto, _select, _recvfrom, _be_lo_unlink, _text_to_cstring_buffer, _feof, _pg_mb2wchar_with_len, _pg_regcomp, _pg_regerror, _strcat, _freeaddrinfo, _pgl_getsockname, _pgl_setsockopt, _pgl_fcntl, _listen, _accept, _utime, _pq_buffer_remaining_data, _pgl_getsockopt, _pq_sendtext, _pq_sendfloat4, _pq_sendfloat8, _pq_begintypsend, _pq_endtypsend, _pq_getmsgfloat4, _pq_getmsgfloat8, _pq_getmsgtext, _pg_strtoint32, _main, _pgl_getuid, _getenv, _bms_membership, _RegisterExtensibleNodeMethods, _list_make5_impl, _GetMemoryChunkContext, _list_insert_nth, _list_member_ptr, _list_delete_int, _list_intersection, _list_append_unique_ptr, _list_append_unique_int, _list_concat_unique_int, _make_opclause, _exprIsLengthCoercion, _fix_opfuncids, _outToken, _outNode, _appendStringInfoStringQuoted, _EnableQueryId, _nodeRead, _pg_strtok, _debackslash, _exp2, _find_base_rel, _add_path, _create_sort_path, _set_baserel_size_estimates, _get_func_support, _clauselist_selectivity, _get_tablespace_page_costs, _cost_qual_eval, _pull_varnos, _estimate_num_groups, _cost_sort, _get_sortgrouplist_exprs, _get_attavgwidth, _make_restrictinfo, _setup_eclass_member_iterator, _eclass_member_iterator_next, _remove_nulling_relids, _get_mergejoin_opfamilies, _generate_implied_equalities_for_column, _eclass_useful_for_merging, _join_clause_is_movable_to, _get_plan_rowmark, _is_pseudo_constant_for_index, _update_mergeclause_eclasses, _pull_vars_of_level, _find_join_rel, _make_canonical_pathkey, _get_sortgroupref_clause_noerr, _extract_actual_clauses, _tlist_member, _change_plan_targetlist, _make_foreignscan, _IncrementVarSublevelsUp, _op_mergejoinable, _find_nonnullable_rels, _setup_simple_rel_arrays, _standard_planner, _get_relids_in_jointree, _SS_process_sublinks, _add_new_columns_to_pathtarget, _get_agg_clause_costs, _grouping_is_sortable, _copy_pathtarget, _create_projection_path, _contain_nonstrict_functions, _get_translated_update_targetlist, _add_row_identity_var, _get_rel_all_updated_cols, _get_baserel_parampathinfo, _create_foreignscan_path, _create_foreign_join_path, _create_foreign_upper_path, _adjust_limit_rows_costs, _add_to_flat_tlist, _get_fn_expr_variadic, _get_fn_expr_argtype, _on_shmem_exit, _pgl_shmdt, _pgl_shmctl, _pgl_shmat, _mmap, _pgl_shmget, _pgl_munmap, _SignalHandlerForConfigReload, _SignalHandlerForShutdownRequest, _procsignal_sigusr1_handler, _ConditionalLockDatabaseObject, _RegisterBackgroundWorker, _WaitForBackgroundWorkerStartup, _open, _rename, _GetConfigOption, _puts, _fopen, _fclose, _fputc, _ftello, _malloc, _free, _realloc, _iswprint_l, _iswalpha_l, _iswdigit_l, _isdigit_l, _iswpunct_l, _iswspace_l, _iswlower_l, _iswupper_l, _pg_ascii_tolower, _towlower_l, _tolower_l, _towupper_l, _toupper_l, _pg_reg_getinitialstate, _pg_reg_getfinalstate, _pg_reg_getnumoutarcs, _pg_reg_getoutarcs, _pg_reg_getnumcolors, _pg_reg_colorisbegin, _pg_reg_colorisend, _pg_reg_getnumcharacters, _pg_reg_getcharacters, _dsa_pin, _OutputPluginPrepareWrite, _OutputPluginWrite, _array_contains_nulls, _CacheRegisterRelcacheCallback, _hash_seq_term, _FreeErrorData, _RelidByRelfilenumber, _SnapBuildRestoreSnapshot, _WaitLatchOrSocket, _BufFileCreateFileSet, _BufFileOpenFileSet, _BufFileTell, _ConditionVariablePrepareToSleep, _get_row_security_policies, _extract_variadic_args, _errhidestmt, _errhidecontext, _hash_estimate_size, _ShmemInitHash, _LockBufHdr, _LWLockHeldByMeInMode, _EvictUnpinnedBuffer, _EvictAllUnpinnedBuffers, _EvictRelUnpinnedBuffers, _have_free_buffer, _calloc, _BufFileExportFileSet, _BufFileRead, _copy_file, _fdatasync, _truncate, _dup, _AcquireExternalFD, _mkdir, _pgl_popen, _pgl_pclose, _closedir, _opendir, _readdir, _GetNamedDSMSegment, _pgl_atexit, _RequestAddinShmemSpace, _GetRunningTransactionData, _BackendXidGetPid, _pg_numa_init, _sysconf, _pg_numa_query_pages, _pg_get_shmem_pagesize, _LockAcquire, _LockRelease, _pgl_poll, _GetLockmodeName, _LWLockRegisterTranche, _GetNamedLWLockTranche, _LWLockNewTrancheId, _RequestNamedLWLockTranche, _LWLockHeldByMe, _ProcessStartupPacket, _htons, _htonl, _pgl_startPGlite, _pgl_pq_flush, _pgl_getMyProcPort, _pgl_sendConnData, _PostgresMainLongJmp, _PostgresMainLoopOnce, _PostgresSendReadyForQueryIfNecessary, _GetCommandLogLevel, _standard_ProcessUtility, _lookup_ts_dictionary_cache, _get_tsearch_config_filename, _str_tolower, _readstoplist, _searchstoplist, _tsearch_readline_begin, _tsearch_readline, _tsearch_readline_end, _stringToQualifiedNameList, _getTSCurrentConfig, _to_tsvector_byid, _t_isalnum_with_len, _isalnum, _t_isalnum_cstr, _pg_mblen_unbounded, _get_restriction_variable, _pg_mblen_range, _MemoryContextAllocHuge, _fseek, _WaitEventExtensionNew, _regprocedurein, _is_member_of_role, _expand_array, _exp, _arraycontsel, _arraycontjoinsel, _initArrayResult, _array_create_iterator, _array_iterate, _array_free_iterator, _ArrayGetIntegerTypmods, _boolin, ___multi3, _cash_cmp, _int64_to_numeric, _numeric_div, _numeric_round, _numeric_int8, _numeric_mul, _j2date, _EncodeDateOnly, _EncodeSpecialDate, _date_eq, _date_lt, _date_le, _date_gt, _date_ge, _date_cmp, _date_mi, _timestamp2tm, _time2tm, _EncodeTimeOnly, _time_eq, _time_lt, _time_le, _time_gt, _time_ge, _time_cmp, _time_mi_time, _timetz2tm, _timetz_cmp, _pg_tolower, _EncodeDateTime, _TransferExpandedObject, _forkname_to_number, _numeric_lt, _numeric_abs, _numeric_add, _numeric_ge, _err_generic_string, _domain_check, _enum_lt, _enum_le, _enum_ge, _enum_gt, _enum_cmp, _make_expanded_record_from_typeid, _make_expanded_record_from_tupdesc, _make_expanded_record_from_exprecord, _expanded_record_set_tuple, _expanded_record_get_tuple, _deconstruct_expanded_record, _expanded_record_lookup_field, _expanded_record_set_field_internal, _expanded_record_set_fields, _float4in_internal, _strtof, _float_to_shortest_decimal_buf, _float8in, _float8in_internal, _float8out, _float8out_internal, _float8pl, _float4_cmp_internal, _btfloat4cmp, _btfloat8cmp, _dtoi4, _dtoi2, _cbrt, _dexp, _log10, _dacos, _acos, _dasin, _asin, _datan, _atan, _datan2, _atan2, _dcos, _cos, _dcot, _tan, _dsin, _sin, _dtan, _fmod, _degrees, _dpi, _radians, _sinh, _cosh, _tanh, _asinh, _acosh, _atanh, _float8_accum, _float8_stddev_pop, _float8_stddev_samp, _asc_tolower, _pg_strfold, _numeric_power, _dtoi8, _int8out, _fseeko, _int4in, _int4_bool, _int8pl, _int84, _int82, _json_in, _EncodeSpecialTimestamp, _pushJsonbValue, _numeric_int2, _numeric_int4, _numeric_float4, _numeric_normalize, _numeric_cmp, _numeric_eq, _hash_numeric, _hash_numeric_extended, _int2_numeric, _int4_numeric, _int8_numeric, _float4_numeric, _float8_numeric, _numeric_uminus, _numeric_is_nan, _numeric_ceil, _numeric_floor, _timestamp_cmp, _macaddr_cmp, _macaddr_lt, _macaddr_le, _macaddr_eq, _macaddr_ge, _macaddr_gt, _macaddr8_cmp, _macaddr8_lt, _macaddr8_le, _macaddr8_eq, _macaddr8_ge, _macaddr8_gt, _current_query, _generate_collation_name, _get_fn_expr_arg_stable, _unpack_sql_state, _get_fn_expr_rettype, _btnamecmp, _inet_in, _network_cmp, _convert_network_to_scalar, _numeric_sign, _numeric_gt, _numeric_le, _numeric_mod, _numeric_sqrt, ___divti3, _numeric_exp, _numeric_ln, _numeric_log, _numeric_float8_no_overflow, _oidout, _btrim1, _ltrim1, _rtrim1, _tuplesort_skiptuples, _interval_mi, _setlocale, _newlocale, _strftime_l, _freelocale, _pg_utf_mblen_private, _uselocale, _strcoll_l, _strxfrm_l, _drandom, _quote_ident, _textregexeq, _text_substr, _pg_wchar2mb_with_len, _regexp_split_to_array, _regclassin, _regtypeout, _regconfigout, _pg_get_indexdef_columns_extended, _pg_get_querydef, _strcspn, _generic_restriction_selectivity, _genericcostestimate, _tidin, _tidout, _timestamp_in, _timestamp_eq, _timestamp_lt, _timestamp_gt, _timestamp_le, _timestamp_ge, _interval_eq, _interval_lt, _interval_gt, _interval_le, _interval_ge, _interval_cmp, _timestamp_mi, _interval_um, _tsquery_requires_match, _TS_execute_ternary, _has_fn_opclass_options, _uuid_in, _uuid_out, _uuid_cmp, _gen_random_uuid, _varbit_in, _biteq, _bitlt, _bitle, _bitgt, _bitge, _bitcmp, _bitlength, _bpchareq, _bpcharlt, _bpcharle, _bpchargt, _bpcharge, _bpcharcmp, _pg_detoast_datum_slice, _text_substr_no_len, _texteq, _text_lt, _text_le, _text_gt, _text_ge, _bttextcmp, _byteaeq, _bytealt, _byteale, _byteagt, _byteage, _byteacmp, _to_hex32, _text_left, _text_right, _text_reverse, _varstr_levenshtein, _wcslen, _pg_xml_init, _xml_ereport, _pg_xml_done, _pg_do_encoding_conversion, _CreateCacheMemoryContext, _cfunc_resolve_polymorphic_argtypes, _get_typsubscript, _CachedPlanAllowsSimpleValidityCheck, _CachedPlanIsSimplyValid, _GetCachedExpression, _FreeCachedExpression, _ReleaseAllPlanCacheRefsInOwner, _SearchSysCache, _lookup_rowtype_tupdesc_noerror, _abort, _in_error_recursion_trouble, _pg_vfprintf, _pgl_longjmp, _openlog, _syslog, _GetErrorContextStack, _closelog, _dlsym, _dlopen, _dlerror, _dlclose, _find_rendezvous_variable, _CallerFInfoFunctionCall1, _CallerFInfoFunctionCall2, _FunctionCall0Coll, _RelationNameGetTupleDesc, _memcpy, _hash_freeze, _chdir, _pg_bindtextdomain, _pg_mblen, _check_encoding_conversion_args, _DefineCustomBoolVariable, _DefineCustomIntVariable, _DefineCustomRealVariable, _DefineCustomStringVariable, _DefineCustomEnumVariable, _MarkGUCPrefixReserved, _sampler_random_init_state, _dsa_trim, _pchomp, _PinPortal, _UnpinPortal, ___lshrti3, _realpath, _float_to_shortest_decimal_bufn, _IsValidJsonNumber, _pg_prng_uint64, _makeStringInfoExt, _initStringInfoExt, _pgl_getpwuid, _getcwd, _pthread_mutex_lock, _localeconv, _pthread_mutex_unlock, _nanosleep, _sigaction, _strchrnul, _snprintf, _strerror_r, _clear_setitimer, _pgl_setPGliteActive, _pgl_siglongjmp, _pgl_set_system_fn, _pgl_set_popen_fn, _pgl_set_pclose_fn, _pgl_run_atexit_funcs, _pgl_freopen, _fiprintf, _pgl_set_rw_cbs, _vfprintf, _pthread_key_create, _pthread_getspecific, _pthread_key_delete, _pthread_setspecific, _toupper, _iconv_open, _iconv_close, _iconv, _pthread_mutex_init, _pthread_mutex_destroy, _pthread_cond_init, _pthread_cond_destroy, _pthread_self, _pthread_cond_wait, _pthread_cond_signal, _pthread_once, ___cxa_atexit, _fputs, _vsnprintf, ___small_fprintf, _zcalloc, _zcfree, ___dynamic_cast, ___cxa_pure_virtual, _modf, _localtime_r, _strncat, _munmap, ___ctype_get_mb_cur_max, ___ctype_tolower_loc, ___ctype_toupper_loc, _fdopen, _sqrt, _acosl, _aligned_alloc, _atan2l, ___funcs_on_exit, _atexit, ___cxa_finalize, _btowc, _clock, _scalbn, _cosl, _dladdr, ___dl_seterr, _duplocale, __emscripten_find_dylib, _memmove, _memset, _fchmod, _fchmodat, _fchown, _fcntl, _fdopendir, _fmax, _fmin, _fputwc, _frexp, _ftell, _getentropy, _geteuid, _getgid, _mbtowc, _getuid, _getwc, _gmtime, _hypot, _mbrtowc, _ioctl, _isalpha, _isgraph, _isspace, _iswblank_l, _iswcntrl_l, _iswxdigit_l, _isxdigit_l, _pthread_cond_broadcast, _pthread_atfork, _pthread_mutex_trylock, _pthread_create, _pthread_join, _pthread_cond_timedwait, _pthread_detach, _link, _llround, _localtime, _log2, _logb, _lround, _mbrlen, _mbsnrtowcs, _mbsrtowcs, _memmem, _memrchr, _emscripten_builtin_memalign, _socket, _nextafter, _nextafterf, _ntohs, _openat, _pathconf, _perror, _iprintf, ___small_printf, _pthread_mutexattr_getprotocol, _pthread_mutexattr_getpshared, _pthread_mutexattr_getrobust, _pthread_mutexattr_gettype, _pthread_mutexattr_destroy, _pthread_mutexattr_init, _pthread_mutexattr_setprotocol, _pthread_mutexattr_setpshared, _pthread_mutexattr_settype, _putchar, _qsort, _srand, _rand, _remainder, _remove, _remquo, _round, _roundf, __emscripten_timeout, _sinl, _siprintf, _sqrtl, _vsscanf, _statvfs, _strcasecmp, _strerror, _strftime, _strncasecmp, ___floatsitf, ___multf3, ___addtf3, ___extenddftf2, ___getf2, ___subtf3, ___divtf3, ___eqtf2, ___letf2, ___trunctfdf2, _strtold, _strtof_l, _strtod_l, _strtold_l, _strtok, _strtoull_l, _strtoll_l, _swprintf, _connect, _trunc, _ungetc, _ungetwc, _unlinkat, _usleep, _utimensat, _vasprintf, _wcrtomb, _wcscoll_l, _wcsnrtombs, _wcstof, _wcstod, _wcstold, _wcstoull, _wcstoll, _wcstoul, _wcstol, _wcsxfrm_l, _wctob, _wmemchr, _wmemcmp, _emscripten_get_sbrk_ptr, ___ashlti3, ___lttf2, _setThrew, __emscripten_tempret_set, __emscripten_tempret_get, ___fixtfsi, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___cxa_decrement_exception_refcount, ___cxa_increment_exception_refcount, ___cxa_bad_cast, ___cxa_bad_typeid, ___cxa_allocate_exception, ___cxa_free_exception, ___cxa_init_primary_exception, ___cxa_get_exception_ptr, ___stack_pointer, ___table_base, _LocalBufferBlockPointers, _BufferBlocks, _wal_level, _CurrentMemoryContext, ___memory_base, _SnapshotAnyData, _debug_query_string, _maintenance_work_mem, __indirect_function_table, _CritSectionCount, _InterruptPending, _ParallelWorkerNumber, _pg_number_of_ones, _TopMemoryContext, _IsUnderPostmaster, _MainLWLockArray, _CurrentResourceOwner, _MyBackendType, _work_mem, _pg_global_prng_state, _NBuffers, _XactIsoLevel, _bsysscan, _CheckXidAlive, _MyProc, _MyDatabaseId, _MyDatabaseTableSpace, _TTSOpsBufferHeapTuple, _RecentXmin, _TTSOpsHeapTuple, _pgWalUsage, _pgBufferUsage, _error_context_stack, _MyLatch, _SnapshotSelfData, ___THREW__, ___threwValue, _PG_exception_stack, _TTSOpsVirtual, _GUC_check_errdetail_string, _TransamVariables, _TopTransactionContext, _InterruptHoldoffCount, _MyProcPid, _RmgrTable, _process_shared_preload_libraries_in_progress, _wal_segment_size, _TopTransactionResourceOwner, _arch_module_check_errdetail_string, _stdout, _stdin, _creating_extension, _object_access_hook, _InvalidObjectAddress, _check_function_bodies, _post_parse_analyze_hook, _ScanKeywordTokens, _ScanKeywords, _standard_conforming_strings, _None_Receiver, _explain_per_plan_hook, _explain_get_index_name_hook, _explain_per_node_hook, _CacheMemoryContext, _SPI_processed, _SPI_tuptable, _TTSOpsMinimalTuple, _check_password_hook, _ConfigReloadPending, _max_parallel_maintenance_workers, _DateStyle, _ExecutorStart_hook, _ExecutorRun_hook, _ExecutorFinish_hook, _ExecutorEnd_hook, _ExecutorCheckPerms_hook, _SPI_result, _stderr, _MyProcPort, _ClientAuthentication_hook, _set_rel_pathlist_hook, _cpu_tuple_cost, _cpu_operator_cost, _seq_page_cost, _planner_hook, _get_relation_info_hook, _QueryCancelPending, _ShutdownRequestPending, _MyStartTime, _cluster_name, _ProcDiePending, _application_name, _row_security_policy_hook_restrictive, _row_security_policy_hook_permissive, _BufferDescriptors, _shmem_startup_hook, _ProcessUtility_hook, _IntervalStyle, _extra_float_digits, _ScanKeywordCategories, _pg_crc32_table, _shmem_request_hook, _z_errmsg, __length_code, __dist_code, ___heap_base, wasmTable;
  function assignWasmExports(e4) {
    _palloc0 = Module._palloc0 = e4.palloc0, _RelationGetNumberOfBlocksInFork = Module._RelationGetNumberOfBlocksInFork = e4.RelationGetNumberOfBlocksInFork, _ExtendBufferedRel = Module._ExtendBufferedRel = e4.ExtendBufferedRel, _MarkBufferDirty = Module._MarkBufferDirty = e4.MarkBufferDirty, _XLogBeginInsert = Module._XLogBeginInsert = e4.XLogBeginInsert, _XLogRegisterData = Module._XLogRegisterData = e4.XLogRegisterData, _XLogRegisterBuffer = Module._XLogRegisterBuffer = e4.XLogRegisterBuffer, _XLogInsert = Module._XLogInsert = e4.XLogInsert, _UnlockReleaseBuffer = Module._UnlockReleaseBuffer = e4.UnlockReleaseBuffer, _palloc = Module._palloc = e4.palloc, _brin_build_desc = Module._brin_build_desc = e4.brin_build_desc, _EnterParallelMode = Module._EnterParallelMode = e4.EnterParallelMode, _CreateParallelContext = Module._CreateParallelContext = e4.CreateParallelContext, _GetTransactionSnapshot = Module._GetTransactionSnapshot = e4.GetTransactionSnapshot, _RegisterSnapshot = Module._RegisterSnapshot = e4.RegisterSnapshot, _table_parallelscan_estimate = Module._table_parallelscan_estimate = e4.table_parallelscan_estimate, _add_size = Module._add_size = e4.add_size, _tuplesort_estimate_shared = Module._tuplesort_estimate_shared = e4.tuplesort_estimate_shared, _mul_size = Module._mul_size = e4.mul_size, _strlen = Module._strlen = e4.strlen, _InitializeParallelDSM = Module._InitializeParallelDSM = e4.InitializeParallelDSM, _UnregisterSnapshot = Module._UnregisterSnapshot = e4.UnregisterSnapshot, _DestroyParallelContext = Module._DestroyParallelContext = e4.DestroyParallelContext, _ExitParallelMode = Module._ExitParallelMode = e4.ExitParallelMode, _shm_toc_allocate = Module._shm_toc_allocate = e4.shm_toc_allocate, _ConditionVariableInit = Module._ConditionVariableInit = e4.ConditionVariableInit, _table_parallelscan_initialize = Module._table_parallelscan_initialize = e4.table_parallelscan_initialize, _tuplesort_initialize_shared = Module._tuplesort_initialize_shared = e4.tuplesort_initialize_shared, _shm_toc_insert = Module._shm_toc_insert = e4.shm_toc_insert, _LaunchParallelWorkers = Module._LaunchParallelWorkers = e4.LaunchParallelWorkers, _WaitForParallelWorkersToAttach = Module._WaitForParallelWorkersToAttach = e4.WaitForParallelWorkersToAttach, _s_lock = Module._s_lock = e4.s_lock, _ConditionVariableSleep = Module._ConditionVariableSleep = e4.ConditionVariableSleep, _ConditionVariableCancelSleep = Module._ConditionVariableCancelSleep = e4.ConditionVariableCancelSleep, _tuplesort_performsort = Module._tuplesort_performsort = e4.tuplesort_performsort, _AllocSetContextCreateInternal = Module._AllocSetContextCreateInternal = e4.AllocSetContextCreateInternal, _tuplesort_end = Module._tuplesort_end = e4.tuplesort_end, _MemoryContextReset = Module._MemoryContextReset = e4.MemoryContextReset, _brin_deform_tuple = Module._brin_deform_tuple = e4.brin_deform_tuple, _pfree = Module._pfree = e4.pfree, _MemoryContextDelete = Module._MemoryContextDelete = e4.MemoryContextDelete, _errstart_cold = Module._errstart_cold = e4.errstart_cold, _errmsg_internal = Module._errmsg_internal = e4.errmsg_internal, _errfinish = Module._errfinish = e4.errfinish, _log_newpage_buffer = Module._log_newpage_buffer = e4.log_newpage_buffer, _ProcessInterrupts = Module._ProcessInterrupts = e4.ProcessInterrupts, _errstart = Module._errstart = e4.errstart, _errcode = Module._errcode = e4.errcode, _errmsg = Module._errmsg = e4.errmsg, _LockBuffer = Module._LockBuffer = e4.LockBuffer, _ReleaseBuffer = Module._ReleaseBuffer = e4.ReleaseBuffer, _IndexGetRelation = Module._IndexGetRelation = e4.IndexGetRelation, _table_open = Module._table_open = e4.table_open, _ReadBufferExtended = Module._ReadBufferExtended = e4.ReadBufferExtended, _table_close = Module._table_close = e4.table_close, _build_reloptions = Module._build_reloptions = e4.build_reloptions, _RelationGetIndexScan = Module._RelationGetIndexScan = e4.RelationGetIndexScan, _pgstat_assoc_relation = Module._pgstat_assoc_relation = e4.pgstat_assoc_relation, _palloc0_mul = Module._palloc0_mul = e4.palloc0_mul, _index_getprocinfo = Module._index_getprocinfo = e4.index_getprocinfo, _fmgr_info_copy = Module._fmgr_info_copy = e4.fmgr_info_copy, _FunctionCall4Coll = Module._FunctionCall4Coll = e4.FunctionCall4Coll, _palloc_mul = Module._palloc_mul = e4.palloc_mul, _FunctionCall1Coll = Module._FunctionCall1Coll = e4.FunctionCall1Coll, _brin_free_desc = Module._brin_free_desc = e4.brin_free_desc, _WaitForParallelWorkersToFinish = Module._WaitForParallelWorkersToFinish = e4.WaitForParallelWorkersToFinish, _PageGetFreeSpace = Module._PageGetFreeSpace = e4.PageGetFreeSpace, _BufferGetBlockNumber = Module._BufferGetBlockNumber = e4.BufferGetBlockNumber, _BuildIndexInfo = Module._BuildIndexInfo = e4.BuildIndexInfo, _Int64GetDatum = Module._Int64GetDatum = e4.Int64GetDatum, _DirectFunctionCall2Coll = Module._DirectFunctionCall2Coll = e4.DirectFunctionCall2Coll, _RecoveryInProgress = Module._RecoveryInProgress = e4.RecoveryInProgress, _GetUserIdAndSecContext = Module._GetUserIdAndSecContext = e4.GetUserIdAndSecContext, _SetUserIdAndSecContext = Module._SetUserIdAndSecContext = e4.SetUserIdAndSecContext, _NewGUCNestLevel = Module._NewGUCNestLevel = e4.NewGUCNestLevel, _RestrictSearchPath = Module._RestrictSearchPath = e4.RestrictSearchPath, _index_open = Module._index_open = e4.index_open, _object_ownercheck = Module._object_ownercheck = e4.object_ownercheck, _aclcheck_error = Module._aclcheck_error = e4.aclcheck_error, _AtEOXact_GUC = Module._AtEOXact_GUC = e4.AtEOXact_GUC, _relation_close = Module._relation_close = e4.relation_close, _errhint = Module._errhint = e4.errhint, _GetUserId = Module._GetUserId = e4.GetUserId, _ReadBuffer = Module._ReadBuffer = e4.ReadBuffer, _shm_toc_lookup = Module._shm_toc_lookup = e4.shm_toc_lookup, _pgstat_report_activity = Module._pgstat_report_activity = e4.pgstat_report_activity, _tuplesort_attach_shared = Module._tuplesort_attach_shared = e4.tuplesort_attach_shared, _index_close = Module._index_close = e4.index_close, _table_beginscan_parallel = Module._table_beginscan_parallel = e4.table_beginscan_parallel, _ConditionVariableSignal = Module._ConditionVariableSignal = e4.ConditionVariableSignal, _datumCopy = Module._datumCopy = e4.datumCopy, _lookup_type_cache = Module._lookup_type_cache = e4.lookup_type_cache, _get_fn_opclass_options = Module._get_fn_opclass_options = e4.get_fn_opclass_options, _log = Module._log = e4.log, _pg_detoast_datum = Module._pg_detoast_datum = e4.pg_detoast_datum, _index_getprocid = Module._index_getprocid = e4.index_getprocid, _errdetail_internal = Module._errdetail_internal = e4.errdetail_internal, _pg_popcount_optimized = Module._pg_popcount_optimized = e4.pg_popcount_optimized, _init_local_reloptions = Module._init_local_reloptions = e4.init_local_reloptions, _initStringInfo = Module._initStringInfo = e4.initStringInfo, _appendStringInfoChar = Module._appendStringInfoChar = e4.appendStringInfoChar, _appendStringInfo = Module._appendStringInfo = e4.appendStringInfo, _FunctionCall2Coll = Module._FunctionCall2Coll = e4.FunctionCall2Coll, _SearchSysCache4 = Module._SearchSysCache4 = e4.SearchSysCache4, _SysCacheGetAttrNotNull = Module._SysCacheGetAttrNotNull = e4.SysCacheGetAttrNotNull, _ReleaseSysCache = Module._ReleaseSysCache = e4.ReleaseSysCache, _get_opcode = Module._get_opcode = e4.get_opcode, _fmgr_info_cxt = Module._fmgr_info_cxt = e4.fmgr_info_cxt, _Float8GetDatum = Module._Float8GetDatum = e4.Float8GetDatum, _numeric_float8 = Module._numeric_float8 = e4.numeric_float8, _numeric_sub = Module._numeric_sub = e4.numeric_sub, _DirectFunctionCall1Coll = Module._DirectFunctionCall1Coll = e4.DirectFunctionCall1Coll, _pg_detoast_datum_packed = Module._pg_detoast_datum_packed = e4.pg_detoast_datum_packed, _pg_qsort = Module._pg_qsort = e4.pg_qsort, _get_typbyval = Module._get_typbyval = e4.get_typbyval, _get_typlen = Module._get_typlen = e4.get_typlen, _qsort_arg = Module._qsort_arg = e4.qsort_arg, _add_local_int_reloption = Module._add_local_int_reloption = e4.add_local_int_reloption, _getTypeOutputInfo = Module._getTypeOutputInfo = e4.getTypeOutputInfo, _fmgr_info = Module._fmgr_info = e4.fmgr_info, _OutputFunctionCall = Module._OutputFunctionCall = e4.OutputFunctionCall, _cstring_to_text_with_len = Module._cstring_to_text_with_len = e4.cstring_to_text_with_len, _accumArrayResult = Module._accumArrayResult = e4.accumArrayResult, _makeArrayResult = Module._makeArrayResult = e4.makeArrayResult, _OidOutputFunctionCall = Module._OidOutputFunctionCall = e4.OidOutputFunctionCall, _cstring_to_text = Module._cstring_to_text = e4.cstring_to_text, _PageGetExactFreeSpace = Module._PageGetExactFreeSpace = e4.PageGetExactFreeSpace, _PageIndexTupleOverwrite = Module._PageIndexTupleOverwrite = e4.PageIndexTupleOverwrite, _PageInit = Module._PageInit = e4.PageInit, _PageAddItemExtended = Module._PageAddItemExtended = e4.PageAddItemExtended, _LockRelationForExtension = Module._LockRelationForExtension = e4.LockRelationForExtension, _UnlockRelationForExtension = Module._UnlockRelationForExtension = e4.UnlockRelationForExtension, _smgropen = Module._smgropen = e4.smgropen, _smgrpin = Module._smgrpin = e4.smgrpin, _ItemPointerEquals = Module._ItemPointerEquals = e4.ItemPointerEquals, _detoast_external_attr = Module._detoast_external_attr = e4.detoast_external_attr, _CreateTemplateTupleDesc = Module._CreateTemplateTupleDesc = e4.CreateTemplateTupleDesc, _TupleDescInitEntry = Module._TupleDescInitEntry = e4.TupleDescInitEntry, _repalloc = Module._repalloc = e4.repalloc, _memcmp = Module._memcmp = e4.memcmp, _SearchSysCache1 = Module._SearchSysCache1 = e4.SearchSysCache1, _get_opfamily_name = Module._get_opfamily_name = e4.get_opfamily_name, _SearchSysCacheList = Module._SearchSysCacheList = e4.SearchSysCacheList, _check_amproc_signature = Module._check_amproc_signature = e4.check_amproc_signature, _check_amoptsproc_signature = Module._check_amoptsproc_signature = e4.check_amoptsproc_signature, _format_procedure = Module._format_procedure = e4.format_procedure, _format_operator = Module._format_operator = e4.format_operator, _check_amop_signature = Module._check_amop_signature = e4.check_amop_signature, _identify_opfamily_groups = Module._identify_opfamily_groups = e4.identify_opfamily_groups, _format_type_be = Module._format_type_be = e4.format_type_be, _ReleaseCatCacheList = Module._ReleaseCatCacheList = e4.ReleaseCatCacheList, _format_type_with_typemod = Module._format_type_with_typemod = e4.format_type_with_typemod, _errdetail = Module._errdetail = e4.errdetail, _strcmp = Module._strcmp = e4.strcmp, _DatumGetEOHP = Module._DatumGetEOHP = e4.DatumGetEOHP, _EOH_get_flat_size = Module._EOH_get_flat_size = e4.EOH_get_flat_size, _EOH_flatten_into = Module._EOH_flatten_into = e4.EOH_flatten_into, _toast_raw_datum_size = Module._toast_raw_datum_size = e4.toast_raw_datum_size, _getmissingattr = Module._getmissingattr = e4.getmissingattr, _hash_create = Module._hash_create = e4.hash_create, _hash_search = Module._hash_search = e4.hash_search, _nocachegetattr = Module._nocachegetattr = e4.nocachegetattr, _heap_getsysattr = Module._heap_getsysattr = e4.heap_getsysattr, _heap_form_tuple = Module._heap_form_tuple = e4.heap_form_tuple, _heap_modify_tuple = Module._heap_modify_tuple = e4.heap_modify_tuple, _heap_deform_tuple = Module._heap_deform_tuple = e4.heap_deform_tuple, _heap_modify_tuple_by_cols = Module._heap_modify_tuple_by_cols = e4.heap_modify_tuple_by_cols, _heap_freetuple = Module._heap_freetuple = e4.heap_freetuple, _hash_bytes = Module._hash_bytes = e4.hash_bytes, _index_form_tuple = Module._index_form_tuple = e4.index_form_tuple, _MemoryContextAllocZero = Module._MemoryContextAllocZero = e4.MemoryContextAllocZero, _nocache_index_getattr = Module._nocache_index_getattr = e4.nocache_index_getattr, _index_deform_tuple = Module._index_deform_tuple = e4.index_deform_tuple, _CopyIndexTuple = Module._CopyIndexTuple = e4.CopyIndexTuple, _CreateTupleDescTruncatedCopy = Module._CreateTupleDescTruncatedCopy = e4.CreateTupleDescTruncatedCopy, _enlargeStringInfo = Module._enlargeStringInfo = e4.enlargeStringInfo, _slot_getsomeattrs_int = Module._slot_getsomeattrs_int = e4.slot_getsomeattrs_int, _pg_lltoa = Module._pg_lltoa = e4.pg_lltoa, _pg_ltoa = Module._pg_ltoa = e4.pg_ltoa, _pq_sendbytes = Module._pq_sendbytes = e4.pq_sendbytes, _pg_printf = Module._pg_printf = e4.pg_printf, _relation_open = Module._relation_open = e4.relation_open, _LockRelationOid = Module._LockRelationOid = e4.LockRelationOid, _RelationIdGetRelation = Module._RelationIdGetRelation = e4.RelationIdGetRelation, _try_relation_open = Module._try_relation_open = e4.try_relation_open, _SearchSysCacheExists = Module._SearchSysCacheExists = e4.SearchSysCacheExists, _UnlockRelationOid = Module._UnlockRelationOid = e4.UnlockRelationOid, _relation_openrv = Module._relation_openrv = e4.relation_openrv, _AcceptInvalidationMessages = Module._AcceptInvalidationMessages = e4.AcceptInvalidationMessages, _RangeVarGetRelidExtended = Module._RangeVarGetRelidExtended = e4.RangeVarGetRelidExtended, _RelationClose = Module._RelationClose = e4.RelationClose, _add_reloption_kind = Module._add_reloption_kind = e4.add_reloption_kind, _register_reloptions_validator = Module._register_reloptions_validator = e4.register_reloptions_validator, _lappend = Module._lappend = e4.lappend, _pstrdup = Module._pstrdup = e4.pstrdup, _add_int_reloption = Module._add_int_reloption = e4.add_int_reloption, _add_real_reloption = Module._add_real_reloption = e4.add_real_reloption, _add_enum_reloption = Module._add_enum_reloption = e4.add_enum_reloption, _add_string_reloption = Module._add_string_reloption = e4.add_string_reloption, _strdup = Module._strdup = e4.strdup, _MemoryContextStrdup = Module._MemoryContextStrdup = e4.MemoryContextStrdup, _transformRelOptions = Module._transformRelOptions = e4.transformRelOptions, _deconstruct_array_builtin = Module._deconstruct_array_builtin = e4.deconstruct_array_builtin, _strncmp = Module._strncmp = e4.strncmp, _defGetString = Module._defGetString = e4.defGetString, _strchr = Module._strchr = e4.strchr, _defGetBoolean = Module._defGetBoolean = e4.defGetBoolean, _pg_sprintf = Module._pg_sprintf = e4.pg_sprintf, _untransformRelOptions = Module._untransformRelOptions = e4.untransformRelOptions, _text_to_cstring = Module._text_to_cstring = e4.text_to_cstring, _makeString = Module._makeString = e4.makeString, _makeDefElem = Module._makeDefElem = e4.makeDefElem, _heap_reloptions = Module._heap_reloptions = e4.heap_reloptions, _index_reloptions = Module._index_reloptions = e4.index_reloptions, _strcpy = Module._strcpy = e4.strcpy, _MemoryContextAlloc = Module._MemoryContextAlloc = e4.MemoryContextAlloc, _parse_bool = Module._parse_bool = e4.parse_bool, _parse_int = Module._parse_int = e4.parse_int, _parse_real = Module._parse_real = e4.parse_real, _pg_strcasecmp = Module._pg_strcasecmp = e4.pg_strcasecmp, _ScanKeyInit = Module._ScanKeyInit = e4.ScanKeyInit, _dsm_segment_handle = Module._dsm_segment_handle = e4.dsm_segment_handle, _dsm_create = Module._dsm_create = e4.dsm_create, _dsm_segment_address = Module._dsm_segment_address = e4.dsm_segment_address, _dsa_pin_mapping = Module._dsa_pin_mapping = e4.dsa_pin_mapping, _dsm_attach = Module._dsm_attach = e4.dsm_attach, _dsm_detach = Module._dsm_detach = e4.dsm_detach, _ShmemInitStruct = Module._ShmemInitStruct = e4.ShmemInitStruct, _LWLockAcquire = Module._LWLockAcquire = e4.LWLockAcquire, _LWLockRelease = Module._LWLockRelease = e4.LWLockRelease, _LWLockConditionalAcquire = Module._LWLockConditionalAcquire = e4.LWLockConditionalAcquire, _dsa_create_ext = Module._dsa_create_ext = e4.dsa_create_ext, _dsa_allocate_extended = Module._dsa_allocate_extended = e4.dsa_allocate_extended, _dsa_get_address = Module._dsa_get_address = e4.dsa_get_address, _LWLockInitialize = Module._LWLockInitialize = e4.LWLockInitialize, _dsa_attach = Module._dsa_attach = e4.dsa_attach, _dsa_free = Module._dsa_free = e4.dsa_free, _dsa_get_total_size = Module._dsa_get_total_size = e4.dsa_get_total_size, _MemoryContextMemAllocated = Module._MemoryContextMemAllocated = e4.MemoryContextMemAllocated, _check_stack_depth = Module._check_stack_depth = e4.check_stack_depth, _GetCurrentCommandId = Module._GetCurrentCommandId = e4.GetCurrentCommandId, _toast_open_indexes = Module._toast_open_indexes = e4.toast_open_indexes, _GetNewOidWithIndex = Module._GetNewOidWithIndex = e4.GetNewOidWithIndex, _heap_insert = Module._heap_insert = e4.heap_insert, _RelationGetIndexList = Module._RelationGetIndexList = e4.RelationGetIndexList, _list_free = Module._list_free = e4.list_free, _systable_beginscan = Module._systable_beginscan = e4.systable_beginscan, _systable_getnext = Module._systable_getnext = e4.systable_getnext, _systable_endscan = Module._systable_endscan = e4.systable_endscan, _toast_close_indexes = Module._toast_close_indexes = e4.toast_close_indexes, _systable_beginscan_ordered = Module._systable_beginscan_ordered = e4.systable_beginscan_ordered, _systable_getnext_ordered = Module._systable_getnext_ordered = e4.systable_getnext_ordered, _systable_endscan_ordered = Module._systable_endscan_ordered = e4.systable_endscan_ordered, _get_toast_snapshot = Module._get_toast_snapshot = e4.get_toast_snapshot, _convert_tuples_by_position = Module._convert_tuples_by_position = e4.convert_tuples_by_position, _execute_attr_map_tuple = Module._execute_attr_map_tuple = e4.execute_attr_map_tuple, _ExecStoreVirtualTuple = Module._ExecStoreVirtualTuple = e4.ExecStoreVirtualTuple, _bms_is_member = Module._bms_is_member = e4.bms_is_member, _bms_add_member = Module._bms_add_member = e4.bms_add_member, _free_conversion_map = Module._free_conversion_map = e4.free_conversion_map, _CreateTupleDescCopy = Module._CreateTupleDescCopy = e4.CreateTupleDescCopy, _FreeTupleDesc = Module._FreeTupleDesc = e4.FreeTupleDesc, _ResourceOwnerEnlarge = Module._ResourceOwnerEnlarge = e4.ResourceOwnerEnlarge, _ResourceOwnerRemember = Module._ResourceOwnerRemember = e4.ResourceOwnerRemember, _DecrTupleDescRefCount = Module._DecrTupleDescRefCount = e4.DecrTupleDescRefCount, _ResourceOwnerForget = Module._ResourceOwnerForget = e4.ResourceOwnerForget, _datumIsEqual = Module._datumIsEqual = e4.datumIsEqual, _equalRowTypes = Module._equalRowTypes = e4.equalRowTypes, _hashRowType = Module._hashRowType = e4.hashRowType, _namestrcpy = Module._namestrcpy = e4.namestrcpy, _TupleDescInitEntryCollation = Module._TupleDescInitEntryCollation = e4.TupleDescInitEntryCollation, _BuildDescFromLists = Module._BuildDescFromLists = e4.BuildDescFromLists, _stringToNode = Module._stringToNode = e4.stringToNode, _psprintf = Module._psprintf = e4.psprintf, _pg_detoast_datum_copy = Module._pg_detoast_datum_copy = e4.pg_detoast_datum_copy, _get_typlenbyvalalign = Module._get_typlenbyvalalign = e4.get_typlenbyvalalign, _deconstruct_array = Module._deconstruct_array = e4.deconstruct_array, _ginCompareAttEntries = Module._ginCompareAttEntries = e4.ginCompareAttEntries, _repalloc_huge = Module._repalloc_huge = e4.repalloc_huge, _GinDataLeafPageGetItems = Module._GinDataLeafPageGetItems = e4.GinDataLeafPageGetItems, _tbm_add_tuples = Module._tbm_add_tuples = e4.tbm_add_tuples, _ginPostingListDecode = Module._ginPostingListDecode = e4.ginPostingListDecode, _ItemPointerCompare = Module._ItemPointerCompare = e4.ItemPointerCompare, _gintuple_get_attrnum = Module._gintuple_get_attrnum = e4.gintuple_get_attrnum, _gintuple_get_key = Module._gintuple_get_key = e4.gintuple_get_key, _LockPage = Module._LockPage = e4.LockPage, _UnlockPage = Module._UnlockPage = e4.UnlockPage, _vacuum_delay_point = Module._vacuum_delay_point = e4.vacuum_delay_point, _RecordFreeIndexPage = Module._RecordFreeIndexPage = e4.RecordFreeIndexPage, _IndexFreeSpaceMapVacuum = Module._IndexFreeSpaceMapVacuum = e4.IndexFreeSpaceMapVacuum, _repalloc_mul = Module._repalloc_mul = e4.repalloc_mul, _initGinState = Module._initGinState = e4.initGinState, _pg_prng_double = Module._pg_prng_double = e4.pg_prng_double, _pgstat_progress_update_param = Module._pgstat_progress_update_param = e4.pgstat_progress_update_param, _log_newpage_range = Module._log_newpage_range = e4.log_newpage_range, _GetFreeIndexPage = Module._GetFreeIndexPage = e4.GetFreeIndexPage, _ConditionalLockBuffer = Module._ConditionalLockBuffer = e4.ConditionalLockBuffer, _LockBufferForCleanup = Module._LockBufferForCleanup = e4.LockBufferForCleanup, _ReadNextFullTransactionId = Module._ReadNextFullTransactionId = e4.ReadNextFullTransactionId, _PageIndexMultiDelete = Module._PageIndexMultiDelete = e4.PageIndexMultiDelete, _list_make1_impl = Module._list_make1_impl = e4.list_make1_impl, _list_delete_first = Module._list_delete_first = e4.list_delete_first, _lcons = Module._lcons = e4.lcons, _pow = Module._pow = e4.pow, _smgrnblocks = Module._smgrnblocks = e4.smgrnblocks, _list_free_deep = Module._list_free_deep = e4.list_free_deep, _BufFileCreateTemp = Module._BufFileCreateTemp = e4.BufFileCreateTemp, _BufFileWrite = Module._BufFileWrite = e4.BufFileWrite, _BufFileReadExact = Module._BufFileReadExact = e4.BufFileReadExact, _BufFileClose = Module._BufFileClose = e4.BufFileClose, _pairingheap_remove_first = Module._pairingheap_remove_first = e4.pairingheap_remove_first, _pairingheap_add = Module._pairingheap_add = e4.pairingheap_add, _float_overflow_error = Module._float_overflow_error = e4.float_overflow_error, _float8_cmp_internal = Module._float8_cmp_internal = e4.float8_cmp_internal, _float_underflow_error = Module._float_underflow_error = e4.float_underflow_error, _DirectFunctionCall5Coll = Module._DirectFunctionCall5Coll = e4.DirectFunctionCall5Coll, _pairingheap_allocate = Module._pairingheap_allocate = e4.pairingheap_allocate, _get_func_rettype = Module._get_func_rettype = e4.get_func_rettype, _OidFunctionCall1Coll = Module._OidFunctionCall1Coll = e4.OidFunctionCall1Coll, _GenerationContextCreate = Module._GenerationContextCreate = e4.GenerationContextCreate, _block_range_read_stream_cb = Module._block_range_read_stream_cb = e4.block_range_read_stream_cb, _read_stream_begin_relation = Module._read_stream_begin_relation = e4.read_stream_begin_relation, _read_stream_next_buffer = Module._read_stream_next_buffer = e4.read_stream_next_buffer, _read_stream_end = Module._read_stream_end = e4.read_stream_end, _estimate_rel_size = Module._estimate_rel_size = e4.estimate_rel_size, __hash_spareindex = Module.__hash_spareindex = e4._hash_spareindex, __hash_getbuf = Module.__hash_getbuf = e4._hash_getbuf, __hash_relbuf = Module.__hash_relbuf = e4._hash_relbuf, __hash_get_indextuple_hashkey = Module.__hash_get_indextuple_hashkey = e4._hash_get_indextuple_hashkey, _hashcharextended = Module._hashcharextended = e4.hashcharextended, _hashint8 = Module._hashint8 = e4.hashint8, _hashint8extended = Module._hashint8extended = e4.hashint8extended, _hash_bytes_extended = Module._hash_bytes_extended = e4.hash_bytes_extended, _hashfloat8 = Module._hashfloat8 = e4.hashfloat8, _hashfloat8extended = Module._hashfloat8extended = e4.hashfloat8extended, _pg_newlocale_from_collation = Module._pg_newlocale_from_collation = e4.pg_newlocale_from_collation, __hash_ovflblkno_to_bitno = Module.__hash_ovflblkno_to_bitno = e4._hash_ovflblkno_to_bitno, __hash_get_totalbuckets = Module.__hash_get_totalbuckets = e4._hash_get_totalbuckets, _hash_destroy = Module._hash_destroy = e4.hash_destroy, _list_append_unique_oid = Module._list_append_unique_oid = e4.list_append_unique_oid, _list_member_oid = Module._list_member_oid = e4.list_member_oid, _CommandCounterIncrement = Module._CommandCounterIncrement = e4.CommandCounterIncrement, _get_opclass_input_type = Module._get_opclass_input_type = e4.get_opclass_input_type, _list_concat_copy = Module._list_concat_copy = e4.list_concat_copy, _HeapTupleSatisfiesVisibility = Module._HeapTupleSatisfiesVisibility = e4.HeapTupleSatisfiesVisibility, _GetAccessStrategy = Module._GetAccessStrategy = e4.GetAccessStrategy, _FreeAccessStrategy = Module._FreeAccessStrategy = e4.FreeAccessStrategy, _heap_getnext = Module._heap_getnext = e4.heap_getnext, _ExecStoreBufferHeapTuple = Module._ExecStoreBufferHeapTuple = e4.ExecStoreBufferHeapTuple, _heap_fetch = Module._heap_fetch = e4.heap_fetch, _HeapTupleSatisfiesVacuum = Module._HeapTupleSatisfiesVacuum = e4.HeapTupleSatisfiesVacuum, _GetMultiXactIdMembers = Module._GetMultiXactIdMembers = e4.GetMultiXactIdMembers, _TransactionIdPrecedes = Module._TransactionIdPrecedes = e4.TransactionIdPrecedes, _GetBulkInsertState = Module._GetBulkInsertState = e4.GetBulkInsertState, _FreeBulkInsertState = Module._FreeBulkInsertState = e4.FreeBulkInsertState, _visibilitymap_clear_locked = Module._visibilitymap_clear_locked = e4.visibilitymap_clear_locked, _pgstat_count_heap_insert = Module._pgstat_count_heap_insert = e4.pgstat_count_heap_insert, _heap_multi_insert = Module._heap_multi_insert = e4.heap_multi_insert, _ExecFetchSlotHeapTuple = Module._ExecFetchSlotHeapTuple = e4.ExecFetchSlotHeapTuple, _heap_delete = Module._heap_delete = e4.heap_delete, _IsInParallelMode = Module._IsInParallelMode = e4.IsInParallelMode, _visibilitymap_pin = Module._visibilitymap_pin = e4.visibilitymap_pin, _HeapTupleSatisfiesUpdate = Module._HeapTupleSatisfiesUpdate = e4.HeapTupleSatisfiesUpdate, _TransactionIdIsCurrentTransactionId = Module._TransactionIdIsCurrentTransactionId = e4.TransactionIdIsCurrentTransactionId, _TransactionIdDidCommit = Module._TransactionIdDidCommit = e4.TransactionIdDidCommit, _UnlockTuple = Module._UnlockTuple = e4.UnlockTuple, _TransactionIdIsInProgress = Module._TransactionIdIsInProgress = e4.TransactionIdIsInProgress, _bms_free = Module._bms_free = e4.bms_free, _bms_add_members = Module._bms_add_members = e4.bms_add_members, _bms_next_member = Module._bms_next_member = e4.bms_next_member, _bms_overlap = Module._bms_overlap = e4.bms_overlap, _HeapTupleGetUpdateXid = Module._HeapTupleGetUpdateXid = e4.HeapTupleGetUpdateXid, _heap_lock_tuple = Module._heap_lock_tuple = e4.heap_lock_tuple, _MultiXactIdPrecedes = Module._MultiXactIdPrecedes = e4.MultiXactIdPrecedes, _heap_tuple_needs_eventual_freeze = Module._heap_tuple_needs_eventual_freeze = e4.heap_tuple_needs_eventual_freeze, _PrefetchBuffer = Module._PrefetchBuffer = e4.PrefetchBuffer, _RelationTruncate = Module._RelationTruncate = e4.RelationTruncate, _FlushRelationBuffers = Module._FlushRelationBuffers = e4.FlushRelationBuffers, _smgrexists = Module._smgrexists = e4.smgrexists, _table_slot_create = Module._table_slot_create = e4.table_slot_create, _ExecDropSingleTupleTableSlot = Module._ExecDropSingleTupleTableSlot = e4.ExecDropSingleTupleTableSlot, _CreateExecutorState = Module._CreateExecutorState = e4.CreateExecutorState, _MakePerTupleExprContext = Module._MakePerTupleExprContext = e4.MakePerTupleExprContext, _ExecPrepareQual = Module._ExecPrepareQual = e4.ExecPrepareQual, _GetOldestNonRemovableTransactionId = Module._GetOldestNonRemovableTransactionId = e4.GetOldestNonRemovableTransactionId, _FormIndexDatum = Module._FormIndexDatum = e4.FormIndexDatum, _FreeExecutorState = Module._FreeExecutorState = e4.FreeExecutorState, _MakeSingleTupleTableSlot = Module._MakeSingleTupleTableSlot = e4.MakeSingleTupleTableSlot, _tuplesort_getdatum = Module._tuplesort_getdatum = e4.tuplesort_getdatum, _ExecStoreHeapTuple = Module._ExecStoreHeapTuple = e4.ExecStoreHeapTuple, _XidInMVCCSnapshot = Module._XidInMVCCSnapshot = e4.XidInMVCCSnapshot, _bsearch = Module._bsearch = e4.bsearch, _XLogRecGetBlockTagExtended = Module._XLogRecGetBlockTagExtended = e4.XLogRecGetBlockTagExtended, _hash_seq_init = Module._hash_seq_init = e4.hash_seq_init, _hash_seq_search = Module._hash_seq_search = e4.hash_seq_search, _errcode_for_file_access = Module._errcode_for_file_access = e4.errcode_for_file_access, _pg_snprintf = Module._pg_snprintf = e4.pg_snprintf, _OpenTransientFile = Module._OpenTransientFile = e4.OpenTransientFile, _ftruncate = Module._ftruncate = e4.ftruncate, ___errno_location = Module.___errno_location = e4.__errno_location, _pwrite = Module._pwrite = e4.pwrite, _CloseTransientFile = Module._CloseTransientFile = e4.CloseTransientFile, _sscanf = Module._sscanf = e4.sscanf, _unlink = Module._unlink = e4.unlink, _fsync_fname = Module._fsync_fname = e4.fsync_fname, _GetCurrentTimestamp = Module._GetCurrentTimestamp = e4.GetCurrentTimestamp, _get_database_name = Module._get_database_name = e4.get_database_name, _get_namespace_name = Module._get_namespace_name = e4.get_namespace_name, _pg_prng_uint32 = Module._pg_prng_uint32 = e4.pg_prng_uint32, _GetRecordedFreeSpace = Module._GetRecordedFreeSpace = e4.GetRecordedFreeSpace, _visibilitymap_get_status = Module._visibilitymap_get_status = e4.visibilitymap_get_status, _vac_estimate_reltuples = Module._vac_estimate_reltuples = e4.vac_estimate_reltuples, _WaitLatch = Module._WaitLatch = e4.WaitLatch, _ResetLatch = Module._ResetLatch = e4.ResetLatch, _clock_gettime = Module._clock_gettime = e4.clock_gettime, _WalUsageAccumDiff = Module._WalUsageAccumDiff = e4.WalUsageAccumDiff, _BufferUsageAccumDiff = Module._BufferUsageAccumDiff = e4.BufferUsageAccumDiff, _appendStringInfoString = Module._appendStringInfoString = e4.appendStringInfoString, _set_errcontext_domain = Module._set_errcontext_domain = e4.set_errcontext_domain, _errcontext_msg = Module._errcontext_msg = e4.errcontext_msg, _visibilitymap_prepare_truncate = Module._visibilitymap_prepare_truncate = e4.visibilitymap_prepare_truncate, _GetIndexAmRoutine = Module._GetIndexAmRoutine = e4.GetIndexAmRoutine, _check_enable_rls = Module._check_enable_rls = e4.check_enable_rls, _pg_class_aclcheck = Module._pg_class_aclcheck = e4.pg_class_aclcheck, _pg_attribute_aclcheck = Module._pg_attribute_aclcheck = e4.pg_attribute_aclcheck, _try_index_open = Module._try_index_open = e4.try_index_open, _btboolcmp = Module._btboolcmp = e4.btboolcmp, _btint2cmp = Module._btint2cmp = e4.btint2cmp, _btint4cmp = Module._btint4cmp = e4.btint4cmp, _btint8cmp = Module._btint8cmp = e4.btint8cmp, _btoidcmp = Module._btoidcmp = e4.btoidcmp, _btcharcmp = Module._btcharcmp = e4.btcharcmp, __bt_form_posting = Module.__bt_form_posting = e4._bt_form_posting, __bt_mkscankey = Module.__bt_mkscankey = e4._bt_mkscankey, __bt_checkpage = Module.__bt_checkpage = e4._bt_checkpage, __bt_compare = Module.__bt_compare = e4._bt_compare, __bt_relbuf = Module.__bt_relbuf = e4._bt_relbuf, __bt_search = Module.__bt_search = e4._bt_search, __bt_binsrch_insert = Module.__bt_binsrch_insert = e4._bt_binsrch_insert, __bt_freestack = Module.__bt_freestack = e4._bt_freestack, __bt_metaversion = Module.__bt_metaversion = e4._bt_metaversion, _get_opfamily_member = Module._get_opfamily_member = e4.get_opfamily_member, _OidFunctionCall2Coll = Module._OidFunctionCall2Coll = e4.OidFunctionCall2Coll, __bt_allequalimage = Module.__bt_allequalimage = e4._bt_allequalimage, ___wasm_setjmp_test = Module.___wasm_setjmp_test = e4.__wasm_setjmp_test, _before_shmem_exit = Module._before_shmem_exit = e4.before_shmem_exit, ___wasm_setjmp = Module.___wasm_setjmp = e4.__wasm_setjmp, _cancel_before_shmem_exit = Module._cancel_before_shmem_exit = e4.cancel_before_shmem_exit, _pg_re_throw = Module._pg_re_throw = e4.pg_re_throw, _emscripten_longjmp = Module._emscripten_longjmp = e4.emscripten_longjmp, _ConditionVariableBroadcast = Module._ConditionVariableBroadcast = e4.ConditionVariableBroadcast, _datum_image_eq = Module._datum_image_eq = e4.datum_image_eq, _time = Module._time = e4.time, __bt_check_natts = Module.__bt_check_natts = e4._bt_check_natts, _strlcpy = Module._strlcpy = e4.strlcpy, _strncpy = Module._strncpy = e4.strncpy, _timestamptz_to_str = Module._timestamptz_to_str = e4.timestamptz_to_str, _XLogRecGetBlockRefInfo = Module._XLogRecGetBlockRefInfo = e4.XLogRecGetBlockRefInfo, _varstr_cmp = Module._varstr_cmp = e4.varstr_cmp, _get_atttype = Module._get_atttype = e4.get_atttype, _getBaseType = Module._getBaseType = e4.getBaseType, _exprType = Module._exprType = e4.exprType, _GetActiveSnapshot = Module._GetActiveSnapshot = e4.GetActiveSnapshot, _errdetail_relkind_not_supported = Module._errdetail_relkind_not_supported = e4.errdetail_relkind_not_supported, _table_openrv = Module._table_openrv = e4.table_openrv, _table_slot_callbacks = Module._table_slot_callbacks = e4.table_slot_callbacks, _clamp_row_est = Module._clamp_row_est = e4.clamp_row_est, _pre_format_elog_string = Module._pre_format_elog_string = e4.pre_format_elog_string, _format_elog_string = Module._format_elog_string = e4.format_elog_string, _IsTransactionState = Module._IsTransactionState = e4.IsTransactionState, _estimate_expression_value = Module._estimate_expression_value = e4.estimate_expression_value, _SetConfigOption = Module._SetConfigOption = e4.SetConfigOption, _XLogFlush = Module._XLogFlush = e4.XLogFlush, _get_call_result_type = Module._get_call_result_type = e4.get_call_result_type, _HeapTupleHeaderGetDatum = Module._HeapTupleHeaderGetDatum = e4.HeapTupleHeaderGetDatum, _GenericXLogStart = Module._GenericXLogStart = e4.GenericXLogStart, _GenericXLogRegisterBuffer = Module._GenericXLogRegisterBuffer = e4.GenericXLogRegisterBuffer, _GenericXLogFinish = Module._GenericXLogFinish = e4.GenericXLogFinish, _GenericXLogAbort = Module._GenericXLogAbort = e4.GenericXLogAbort, _errmsg_plural = Module._errmsg_plural = e4.errmsg_plural, _ReadNextMultiXactId = Module._ReadNextMultiXactId = e4.ReadNextMultiXactId, _ReadMultiXactIdRange = Module._ReadMultiXactIdRange = e4.ReadMultiXactIdRange, _MultiXactIdPrecedesOrEquals = Module._MultiXactIdPrecedesOrEquals = e4.MultiXactIdPrecedesOrEquals, _init_MultiFuncCall = Module._init_MultiFuncCall = e4.init_MultiFuncCall, _TupleDescGetAttInMetadata = Module._TupleDescGetAttInMetadata = e4.TupleDescGetAttInMetadata, _per_MultiFuncCall = Module._per_MultiFuncCall = e4.per_MultiFuncCall, _BuildTupleFromCStrings = Module._BuildTupleFromCStrings = e4.BuildTupleFromCStrings, _end_MultiFuncCall = Module._end_MultiFuncCall = e4.end_MultiFuncCall, _GetCurrentSubTransactionId = Module._GetCurrentSubTransactionId = e4.GetCurrentSubTransactionId, _GetSessionUserId = Module._GetSessionUserId = e4.GetSessionUserId, _WaitForBackgroundWorkerShutdown = Module._WaitForBackgroundWorkerShutdown = e4.WaitForBackgroundWorkerShutdown, _RegisterDynamicBackgroundWorker = Module._RegisterDynamicBackgroundWorker = e4.RegisterDynamicBackgroundWorker, _appendBinaryStringInfo = Module._appendBinaryStringInfo = e4.appendBinaryStringInfo, _pq_getmsgbyte = Module._pq_getmsgbyte = e4.pq_getmsgbyte, _ThrowErrorData = Module._ThrowErrorData = e4.ThrowErrorData, _pq_getmsgint = Module._pq_getmsgint = e4.pq_getmsgint, _pq_getmsgint64 = Module._pq_getmsgint64 = e4.pq_getmsgint64, _die = Module._die = e4.die, _pqsignal_be = Module._pqsignal_be = e4.pqsignal_be, _BackgroundWorkerUnblockSignals = Module._BackgroundWorkerUnblockSignals = e4.BackgroundWorkerUnblockSignals, _load_external_function = Module._load_external_function = e4.load_external_function, _BackgroundWorkerInitializeConnectionByOid = Module._BackgroundWorkerInitializeConnectionByOid = e4.BackgroundWorkerInitializeConnectionByOid, _GetDatabaseEncoding = Module._GetDatabaseEncoding = e4.GetDatabaseEncoding, _StartTransactionCommand = Module._StartTransactionCommand = e4.StartTransactionCommand, _CommitTransactionCommand = Module._CommitTransactionCommand = e4.CommitTransactionCommand, _PushActiveSnapshot = Module._PushActiveSnapshot = e4.PushActiveSnapshot, _PopActiveSnapshot = Module._PopActiveSnapshot = e4.PopActiveSnapshot, _RmgrNotFound = Module._RmgrNotFound = e4.RmgrNotFound, _InitMaterializedSRF = Module._InitMaterializedSRF = e4.InitMaterializedSRF, _tuplestore_putvalues = Module._tuplestore_putvalues = e4.tuplestore_putvalues, _pread = Module._pread = e4.pread, _lseek = Module._lseek = e4.lseek, _strspn = Module._strspn = e4.strspn, _strtoll = Module._strtoll = e4.strtoll, _AllocateFile = Module._AllocateFile = e4.AllocateFile, _fgets = Module._fgets = e4.fgets, _ferror = Module._ferror = e4.ferror, _FreeFile = Module._FreeFile = e4.FreeFile, _getpid = Module._getpid = e4.getpid, _read = Module._read = e4.read, _write = Module._write = e4.write, _durable_rename = Module._durable_rename = e4.durable_rename, _BlessTupleDesc = Module._BlessTupleDesc = e4.BlessTupleDesc, _fstat = Module._fstat = e4.fstat, _superuser_arg = Module._superuser_arg = e4.superuser_arg, _wal_segment_close = Module._wal_segment_close = e4.wal_segment_close, _wal_segment_open = Module._wal_segment_open = e4.wal_segment_open, _XLogReaderAllocate = Module._XLogReaderAllocate = e4.XLogReaderAllocate, _XLogReadRecord = Module._XLogReadRecord = e4.XLogReadRecord, _XLogReaderFree = Module._XLogReaderFree = e4.XLogReaderFree, _strtoull = Module._strtoull = e4.strtoull, _access = Module._access = e4.access, _IsAbortedTransactionBlockState = Module._IsAbortedTransactionBlockState = e4.IsAbortedTransactionBlockState, _GetTopFullTransactionId = Module._GetTopFullTransactionId = e4.GetTopFullTransactionId, _GetCurrentFullTransactionId = Module._GetCurrentFullTransactionId = e4.GetCurrentFullTransactionId, _GetCurrentTransactionNestLevel = Module._GetCurrentTransactionNestLevel = e4.GetCurrentTransactionNestLevel, _ResourceOwnerCreate = Module._ResourceOwnerCreate = e4.ResourceOwnerCreate, _AbortCurrentTransaction = Module._AbortCurrentTransaction = e4.AbortCurrentTransaction, _PreventInTransactionBlock = Module._PreventInTransactionBlock = e4.PreventInTransactionBlock, _IsTransactionBlock = Module._IsTransactionBlock = e4.IsTransactionBlock, _RegisterXactCallback = Module._RegisterXactCallback = e4.RegisterXactCallback, _UnregisterXactCallback = Module._UnregisterXactCallback = e4.UnregisterXactCallback, _RegisterSubXactCallback = Module._RegisterSubXactCallback = e4.RegisterSubXactCallback, _BeginInternalSubTransaction = Module._BeginInternalSubTransaction = e4.BeginInternalSubTransaction, _ReleaseCurrentSubTransaction = Module._ReleaseCurrentSubTransaction = e4.ReleaseCurrentSubTransaction, _ResourceOwnerDelete = Module._ResourceOwnerDelete = e4.ResourceOwnerDelete, _RollbackAndReleaseCurrentSubTransaction = Module._RollbackAndReleaseCurrentSubTransaction = e4.RollbackAndReleaseCurrentSubTransaction, _pg_usleep = Module._pg_usleep = e4.pg_usleep, _close = Module._close = e4.close, _ReleaseExternalFD = Module._ReleaseExternalFD = e4.ReleaseExternalFD, _GetDefaultCharSignedness = Module._GetDefaultCharSignedness = e4.GetDefaultCharSignedness, _SplitIdentifierString = Module._SplitIdentifierString = e4.SplitIdentifierString, _guc_malloc = Module._guc_malloc = e4.guc_malloc, _find_option = Module._find_option = e4.find_option, _gettimeofday = Module._gettimeofday = e4.gettimeofday, _pg_strong_random = Module._pg_strong_random = e4.pg_strong_random, _stat = Module._stat = e4.stat, _GetFlushRecPtr = Module._GetFlushRecPtr = e4.GetFlushRecPtr, _GetXLogReplayRecPtr = Module._GetXLogReplayRecPtr = e4.GetXLogReplayRecPtr, _TimestampDifferenceMilliseconds = Module._TimestampDifferenceMilliseconds = e4.TimestampDifferenceMilliseconds, _strtoul = Module._strtoul = e4.strtoul, _readlink = Module._readlink = e4.readlink, _pg_fprintf = Module._pg_fprintf = e4.pg_fprintf, _fflush = Module._fflush = e4.fflush, _pgl_system = Module._pgl_system = e4.pgl_system, _wait_result_to_str = Module._wait_result_to_str = e4.wait_result_to_str, _replace_percent_placeholders = Module._replace_percent_placeholders = e4.replace_percent_placeholders, _makeStringInfo = Module._makeStringInfo = e4.makeStringInfo, _pg_toupper = Module._pg_toupper = e4.pg_toupper, _numeric_in = Module._numeric_in = e4.numeric_in, _DirectFunctionCall3Coll = Module._DirectFunctionCall3Coll = e4.DirectFunctionCall3Coll, _palloc_extended = Module._palloc_extended = e4.palloc_extended, _pg_vsnprintf = Module._pg_vsnprintf = e4.pg_vsnprintf, _XLogFindNextRecord = Module._XLogFindNextRecord = e4.XLogFindNextRecord, _RestoreBlockImage = Module._RestoreBlockImage = e4.RestoreBlockImage, _timestamptz_in = Module._timestamptz_in = e4.timestamptz_in, _fscanf = Module._fscanf = e4.fscanf, _symlink = Module._symlink = e4.symlink, _ConditionVariableTimedSleep = Module._ConditionVariableTimedSleep = e4.ConditionVariableTimedSleep, _ParseDateTime = Module._ParseDateTime = e4.ParseDateTime, _DecodeDateTime = Module._DecodeDateTime = e4.DecodeDateTime, _tm2timestamp = Module._tm2timestamp = e4.tm2timestamp, _XLogRecStoreStats = Module._XLogRecStoreStats = e4.XLogRecStoreStats, _hash_get_num_entries = Module._hash_get_num_entries = e4.hash_get_num_entries, _read_local_xlog_page_no_wait = Module._read_local_xlog_page_no_wait = e4.read_local_xlog_page_no_wait, _escape_json_with_len = Module._escape_json_with_len = e4.escape_json_with_len, _BufFileSeek = Module._BufFileSeek = e4.BufFileSeek, _lstat = Module._lstat = e4.lstat, _destroyStringInfo = Module._destroyStringInfo = e4.destroyStringInfo, _list_sort = Module._list_sort = e4.list_sort, _pgl_geteuid = Module._pgl_geteuid = e4.pgl_geteuid, _getegid = Module._getegid = e4.getegid, _pg_checksum_page = Module._pg_checksum_page = e4.pg_checksum_page, _CreateDestReceiver = Module._CreateDestReceiver = e4.CreateDestReceiver, _bbsink_forward_end_archive = Module._bbsink_forward_end_archive = e4.bbsink_forward_end_archive, _bbsink_forward_begin_manifest = Module._bbsink_forward_begin_manifest = e4.bbsink_forward_begin_manifest, _bbsink_forward_end_manifest = Module._bbsink_forward_end_manifest = e4.bbsink_forward_end_manifest, _bbsink_forward_end_backup = Module._bbsink_forward_end_backup = e4.bbsink_forward_end_backup, _bbsink_forward_cleanup = Module._bbsink_forward_cleanup = e4.bbsink_forward_cleanup, _MemoryContextAllocExtended = Module._MemoryContextAllocExtended = e4.MemoryContextAllocExtended, _appendStringInfoVA = Module._appendStringInfoVA = e4.appendStringInfoVA, _list_concat = Module._list_concat = e4.list_concat, _strrchr = Module._strrchr = e4.strrchr, _bbsink_forward_begin_backup = Module._bbsink_forward_begin_backup = e4.bbsink_forward_begin_backup, _bbsink_forward_archive_contents = Module._bbsink_forward_archive_contents = e4.bbsink_forward_archive_contents, _bbsink_forward_begin_archive = Module._bbsink_forward_begin_archive = e4.bbsink_forward_begin_archive, _bbsink_forward_manifest_contents = Module._bbsink_forward_manifest_contents = e4.bbsink_forward_manifest_contents, _has_privs_of_role = Module._has_privs_of_role = e4.has_privs_of_role, _BaseBackupAddTarget = Module._BaseBackupAddTarget = e4.BaseBackupAddTarget, _list_copy = Module._list_copy = e4.list_copy, _tuplestore_puttuple = Module._tuplestore_puttuple = e4.tuplestore_puttuple, _isatty = Module._isatty = e4.isatty, _makeRangeVar = Module._makeRangeVar = e4.makeRangeVar, _DefineIndex = Module._DefineIndex = e4.DefineIndex, _getc = Module._getc = e4.getc, _fread = Module._fread = e4.fread, _clearerr = Module._clearerr = e4.clearerr, _OidInputFunctionCall = Module._OidInputFunctionCall = e4.OidInputFunctionCall, _copyObjectImpl = Module._copyObjectImpl = e4.copyObjectImpl, _get_rolespec_oid = Module._get_rolespec_oid = e4.get_rolespec_oid, _lappend_oid = Module._lappend_oid = e4.lappend_oid, _get_object_address = Module._get_object_address = e4.get_object_address, _makeTypeNameFromNameList = Module._makeTypeNameFromNameList = e4.makeTypeNameFromNameList, _SearchSysCacheLocked1 = Module._SearchSysCacheLocked1 = e4.SearchSysCacheLocked1, _SearchSysCache2 = Module._SearchSysCache2 = e4.SearchSysCache2, _SysCacheGetAttr = Module._SysCacheGetAttr = e4.SysCacheGetAttr, _CatalogTupleUpdate = Module._CatalogTupleUpdate = e4.CatalogTupleUpdate, _get_attnum = Module._get_attnum = e4.get_attnum, _get_rel_name = Module._get_rel_name = e4.get_rel_name, _CatalogTupleDelete = Module._CatalogTupleDelete = e4.CatalogTupleDelete, _get_namespace_oid = Module._get_namespace_oid = e4.get_namespace_oid, _SearchSysCache3 = Module._SearchSysCache3 = e4.SearchSysCache3, _performDeletion = Module._performDeletion = e4.performDeletion, _CatalogTupleInsert = Module._CatalogTupleInsert = e4.CatalogTupleInsert, _recordDependencyOn = Module._recordDependencyOn = e4.recordDependencyOn, _RunObjectPostAlterHook = Module._RunObjectPostAlterHook = e4.RunObjectPostAlterHook, _aclcheck_error_col = Module._aclcheck_error_col = e4.aclcheck_error_col, _get_element_type = Module._get_element_type = e4.get_element_type, _object_aclcheck = Module._object_aclcheck = e4.object_aclcheck, _isTempNamespace = Module._isTempNamespace = e4.isTempNamespace, _pg_attribute_aclcheck_all = Module._pg_attribute_aclcheck_all = e4.pg_attribute_aclcheck_all, _IsToastNamespace = Module._IsToastNamespace = e4.IsToastNamespace, _IsCatalogNamespace = Module._IsCatalogNamespace = e4.IsCatalogNamespace, _superuser = Module._superuser = e4.superuser, _SearchSysCacheAttName = Module._SearchSysCacheAttName = e4.SearchSysCacheAttName, _LockDatabaseObject = Module._LockDatabaseObject = e4.LockDatabaseObject, _new_object_addresses = Module._new_object_addresses = e4.new_object_addresses, _UnlockDatabaseObject = Module._UnlockDatabaseObject = e4.UnlockDatabaseObject, _free_object_addresses = Module._free_object_addresses = e4.free_object_addresses, _performMultipleDeletions = Module._performMultipleDeletions = e4.performMultipleDeletions, _recordDependencyOnExpr = Module._recordDependencyOnExpr = e4.recordDependencyOnExpr, _get_typ_typrelid = Module._get_typ_typrelid = e4.get_typ_typrelid, _query_tree_walker_impl = Module._query_tree_walker_impl = e4.query_tree_walker_impl, _expression_tree_walker_impl = Module._expression_tree_walker_impl = e4.expression_tree_walker_impl, _add_exact_object_address = Module._add_exact_object_address = e4.add_exact_object_address, _get_rel_relkind = Module._get_rel_relkind = e4.get_rel_relkind, _SystemAttributeDefinition = Module._SystemAttributeDefinition = e4.SystemAttributeDefinition, _get_typtype = Module._get_typtype = e4.get_typtype, _list_delete_last = Module._list_delete_last = e4.list_delete_last, _type_is_collatable = Module._type_is_collatable = e4.type_is_collatable, _CatalogOpenIndexes = Module._CatalogOpenIndexes = e4.CatalogOpenIndexes, _CatalogCloseIndexes = Module._CatalogCloseIndexes = e4.CatalogCloseIndexes, _get_relname_relid = Module._get_relname_relid = e4.get_relname_relid, _GetSysCacheOid = Module._GetSysCacheOid = e4.GetSysCacheOid, _SearchSysCacheCopy = Module._SearchSysCacheCopy = e4.SearchSysCacheCopy, _CheckTableNotInUse = Module._CheckTableNotInUse = e4.CheckTableNotInUse, _RelationForgetRelation = Module._RelationForgetRelation = e4.RelationForgetRelation, _construct_array = Module._construct_array = e4.construct_array, _make_parsestate = Module._make_parsestate = e4.make_parsestate, _addRangeTableEntryForRelation = Module._addRangeTableEntryForRelation = e4.addRangeTableEntryForRelation, _addNSItemToQuery = Module._addNSItemToQuery = e4.addNSItemToQuery, _transformExpr = Module._transformExpr = e4.transformExpr, _coerce_to_boolean = Module._coerce_to_boolean = e4.coerce_to_boolean, _assign_expr_collations = Module._assign_expr_collations = e4.assign_expr_collations, _pull_var_clause = Module._pull_var_clause = e4.pull_var_clause, _get_attname = Module._get_attname = e4.get_attname, _equal = Module._equal = e4.equal, _coerce_to_target_type = Module._coerce_to_target_type = e4.coerce_to_target_type, _nodeToString = Module._nodeToString = e4.nodeToString, _list_delete_nth_cell = Module._list_delete_nth_cell = e4.list_delete_nth_cell, _lappend_int = Module._lappend_int = e4.lappend_int, _CatalogTupleInsertWithInfo = Module._CatalogTupleInsertWithInfo = e4.CatalogTupleInsertWithInfo, _heap_truncate_find_FKs = Module._heap_truncate_find_FKs = e4.heap_truncate_find_FKs, _list_oid_cmp = Module._list_oid_cmp = e4.list_oid_cmp, _buildint2vector = Module._buildint2vector = e4.buildint2vector, _buildoidvector = Module._buildoidvector = e4.buildoidvector, _parser_errposition = Module._parser_errposition = e4.parser_errposition, _check_functions_in_node = Module._check_functions_in_node = e4.check_functions_in_node, _exprLocation = Module._exprLocation = e4.exprLocation, _exprTypmod = Module._exprTypmod = e4.exprTypmod, _get_base_element_type = Module._get_base_element_type = e4.get_base_element_type, _make_ands_explicit = Module._make_ands_explicit = e4.make_ands_explicit, _SystemFuncName = Module._SystemFuncName = e4.SystemFuncName, _CreateTrigger = Module._CreateTrigger = e4.CreateTrigger, _plan_create_index_workers = Module._plan_create_index_workers = e4.plan_create_index_workers, _GetLatestSnapshot = Module._GetLatestSnapshot = e4.GetLatestSnapshot, _make_ands_implicit = Module._make_ands_implicit = e4.make_ands_implicit, _get_rel_relispartition = Module._get_rel_relispartition = e4.get_rel_relispartition, _get_partition_ancestors = Module._get_partition_ancestors = e4.get_partition_ancestors, _tuplesort_begin_datum = Module._tuplesort_begin_datum = e4.tuplesort_begin_datum, _tuplesort_putdatum = Module._tuplesort_putdatum = e4.tuplesort_putdatum, _list_delete_oid = Module._list_delete_oid = e4.list_delete_oid, _get_rel_namespace = Module._get_rel_namespace = e4.get_rel_namespace, _ExecOpenIndices = Module._ExecOpenIndices = e4.ExecOpenIndices, _ExecCloseIndices = Module._ExecCloseIndices = e4.ExecCloseIndices, _CatalogTupleUpdateWithInfo = Module._CatalogTupleUpdateWithInfo = e4.CatalogTupleUpdateWithInfo, _ConditionalLockRelationOid = Module._ConditionalLockRelationOid = e4.ConditionalLockRelationOid, _RelnameGetRelid = Module._RelnameGetRelid = e4.RelnameGetRelid, _get_relkind_objtype = Module._get_relkind_objtype = e4.get_relkind_objtype, _isAnyTempNamespace = Module._isAnyTempNamespace = e4.isAnyTempNamespace, _RelationIsVisible = Module._RelationIsVisible = e4.RelationIsVisible, _TypenameGetTypid = Module._TypenameGetTypid = e4.TypenameGetTypid, _FuncnameGetCandidates = Module._FuncnameGetCandidates = e4.FuncnameGetCandidates, _DeconstructQualifiedName = Module._DeconstructQualifiedName = e4.DeconstructQualifiedName, _get_func_arg_info = Module._get_func_arg_info = e4.get_func_arg_info, _NameListToString = Module._NameListToString = e4.NameListToString, _OpernameGetOprid = Module._OpernameGetOprid = e4.OpernameGetOprid, _OpclassnameGetOpcid = Module._OpclassnameGetOpcid = e4.OpclassnameGetOpcid, _OpclassIsVisible = Module._OpclassIsVisible = e4.OpclassIsVisible, _get_ts_config_oid = Module._get_ts_config_oid = e4.get_ts_config_oid, _makeRangeVarFromNameList = Module._makeRangeVarFromNameList = e4.makeRangeVarFromNameList, _quote_identifier = Module._quote_identifier = e4.quote_identifier, _atoi = Module._atoi = e4.atoi, _GetSearchPathMatcher = Module._GetSearchPathMatcher = e4.GetSearchPathMatcher, _SearchPathMatchesCurrentEnvironment = Module._SearchPathMatchesCurrentEnvironment = e4.SearchPathMatchesCurrentEnvironment, _get_collation_oid = Module._get_collation_oid = e4.get_collation_oid, _GetDatabaseEncodingName = Module._GetDatabaseEncodingName = e4.GetDatabaseEncodingName, _CacheRegisterSyscacheCallback = Module._CacheRegisterSyscacheCallback = e4.CacheRegisterSyscacheCallback, _fetch_search_path = Module._fetch_search_path = e4.fetch_search_path, _get_extension_oid = Module._get_extension_oid = e4.get_extension_oid, _get_tablespace_oid = Module._get_tablespace_oid = e4.get_tablespace_oid, _get_role_oid = Module._get_role_oid = e4.get_role_oid, _get_language_oid = Module._get_language_oid = e4.get_language_oid, _get_am_oid = Module._get_am_oid = e4.get_am_oid, _get_index_am_oid = Module._get_index_am_oid = e4.get_index_am_oid, _GetForeignServerByName = Module._GetForeignServerByName = e4.GetForeignServerByName, _typeStringToTypeName = Module._typeStringToTypeName = e4.typeStringToTypeName, _makeFloat = Module._makeFloat = e4.makeFloat, _list_make2_impl = Module._list_make2_impl = e4.list_make2_impl, _check_object_ownership = Module._check_object_ownership = e4.check_object_ownership, _GetUserNameFromId = Module._GetUserNameFromId = e4.GetUserNameFromId, _format_type_extended = Module._format_type_extended = e4.format_type_extended, _quote_qualified_identifier = Module._quote_qualified_identifier = e4.quote_qualified_identifier, _get_tablespace_name = Module._get_tablespace_name = e4.get_tablespace_name, _GetForeignServerExtended = Module._GetForeignServerExtended = e4.GetForeignServerExtended, _GetForeignServer = Module._GetForeignServer = e4.GetForeignServer, _get_extension_name = Module._get_extension_name = e4.get_extension_name, _construct_empty_array = Module._construct_empty_array = e4.construct_empty_array, _format_type_be_qualified = Module._format_type_be_qualified = e4.format_type_be_qualified, _get_namespace_name_or_temp = Module._get_namespace_name_or_temp = e4.get_namespace_name_or_temp, _list_make3_impl = Module._list_make3_impl = e4.list_make3_impl, _get_am_name = Module._get_am_name = e4.get_am_name, _construct_md_array = Module._construct_md_array = e4.construct_md_array, _pull_varattnos = Module._pull_varattnos = e4.pull_varattnos, _makeBoolExpr = Module._makeBoolExpr = e4.makeBoolExpr, _eval_const_expressions = Module._eval_const_expressions = e4.eval_const_expressions, _get_func_name = Module._get_func_name = e4.get_func_name, _construct_array_builtin = Module._construct_array_builtin = e4.construct_array_builtin, _makeObjectName = Module._makeObjectName = e4.makeObjectName, _get_primary_key_attnos = Module._get_primary_key_attnos = e4.get_primary_key_attnos, _check_functional_grouping = Module._check_functional_grouping = e4.check_functional_grouping, _bms_is_subset = Module._bms_is_subset = e4.bms_is_subset, _ProcessGUCArray = Module._ProcessGUCArray = e4.ProcessGUCArray, _LockHeldByMe = Module._LockHeldByMe = e4.LockHeldByMe, _CheckRelationOidLockedByMe = Module._CheckRelationOidLockedByMe = e4.CheckRelationOidLockedByMe, _getExtensionOfObject = Module._getExtensionOfObject = e4.getExtensionOfObject, _deleteDependencyRecordsFor = Module._deleteDependencyRecordsFor = e4.deleteDependencyRecordsFor, _find_inheritance_children = Module._find_inheritance_children = e4.find_inheritance_children, _ActiveSnapshotSet = Module._ActiveSnapshotSet = e4.ActiveSnapshotSet, _find_all_inheritors = Module._find_all_inheritors = e4.find_all_inheritors, _has_superclass = Module._has_superclass = e4.has_superclass, _strstr = Module._strstr = e4.strstr, _memchr = Module._memchr = e4.memchr, _get_opname = Module._get_opname = e4.get_opname, _build_function_result_tupdesc_t = Module._build_function_result_tupdesc_t = e4.build_function_result_tupdesc_t, _CheckFunctionValidatorAccess = Module._CheckFunctionValidatorAccess = e4.CheckFunctionValidatorAccess, _AcquireRewriteLocks = Module._AcquireRewriteLocks = e4.AcquireRewriteLocks, _pg_parse_query = Module._pg_parse_query = e4.pg_parse_query, _get_func_result_type = Module._get_func_result_type = e4.get_func_result_type, _function_parse_error_transpose = Module._function_parse_error_transpose = e4.function_parse_error_transpose, _geterrposition = Module._geterrposition = e4.geterrposition, _getinternalerrposition = Module._getinternalerrposition = e4.getinternalerrposition, _pg_mblen_cstr = Module._pg_mblen_cstr = e4.pg_mblen_cstr, _pg_mbstrlen_with_len = Module._pg_mbstrlen_with_len = e4.pg_mbstrlen_with_len, _errposition = Module._errposition = e4.errposition, _internalerrposition = Module._internalerrposition = e4.internalerrposition, _internalerrquery = Module._internalerrquery = e4.internalerrquery, _bms_num_members = Module._bms_num_members = e4.bms_num_members, _list_concat_unique_oid = Module._list_concat_unique_oid = e4.list_concat_unique_oid, _ATExecChangeOwner = Module._ATExecChangeOwner = e4.ATExecChangeOwner, _quote_literal_cstr = Module._quote_literal_cstr = e4.quote_literal_cstr, _get_array_type = Module._get_array_type = e4.get_array_type, _pnstrdup = Module._pnstrdup = e4.pnstrdup, _pg_mbcliplen = Module._pg_mbcliplen = e4.pg_mbcliplen, _smgrtruncate = Module._smgrtruncate = e4.smgrtruncate, _smgrreadv = Module._smgrreadv = e4.smgrreadv, _NewRelationCreateToastTable = Module._NewRelationCreateToastTable = e4.NewRelationCreateToastTable, _parse_analyze_fixedparams = Module._parse_analyze_fixedparams = e4.parse_analyze_fixedparams, _transformStmt = Module._transformStmt = e4.transformStmt, _free_parsestate = Module._free_parsestate = e4.free_parsestate, _makeFromExpr = Module._makeFromExpr = e4.makeFromExpr, _assign_query_collations = Module._assign_query_collations = e4.assign_query_collations, _makeTargetEntry = Module._makeTargetEntry = e4.makeTargetEntry, _exprCollation = Module._exprCollation = e4.exprCollation, _transformSortClause = Module._transformSortClause = e4.transformSortClause, _transformDistinctClause = Module._transformDistinctClause = e4.transformDistinctClause, _ParseFuncOrColumn = Module._ParseFuncOrColumn = e4.ParseFuncOrColumn, _select_common_type = Module._select_common_type = e4.select_common_type, _coerce_to_common_type = Module._coerce_to_common_type = e4.coerce_to_common_type, _select_common_collation = Module._select_common_collation = e4.select_common_collation, _contain_vars_of_level = Module._contain_vars_of_level = e4.contain_vars_of_level, _expandNSItemAttrs = Module._expandNSItemAttrs = e4.expandNSItemAttrs, _makeAlias = Module._makeAlias = e4.makeAlias, _addRangeTableEntryForSubquery = Module._addRangeTableEntryForSubquery = e4.addRangeTableEntryForSubquery, _assign_list_collations = Module._assign_list_collations = e4.assign_list_collations, _expandNSItemVars = Module._expandNSItemVars = e4.expandNSItemVars, _markTargetListOrigins = Module._markTargetListOrigins = e4.markTargetListOrigins, _addRangeTableEntryForJoin = Module._addRangeTableEntryForJoin = e4.addRangeTableEntryForJoin, _list_truncate = Module._list_truncate = e4.list_truncate, _makeVar = Module._makeVar = e4.makeVar, _analyze_requires_snapshot = Module._analyze_requires_snapshot = e4.analyze_requires_snapshot, _makeNullConst = Module._makeNullConst = e4.makeNullConst, _get_sort_group_operators = Module._get_sort_group_operators = e4.get_sort_group_operators, _refnameNamespaceItem = Module._refnameNamespaceItem = e4.refnameNamespaceItem, _getRTEPermissionInfo = Module._getRTEPermissionInfo = e4.getRTEPermissionInfo, _setup_parser_errposition_callback = Module._setup_parser_errposition_callback = e4.setup_parser_errposition_callback, _cancel_parser_errposition_callback = Module._cancel_parser_errposition_callback = e4.cancel_parser_errposition_callback, _locate_var_of_level = Module._locate_var_of_level = e4.locate_var_of_level, _makeBoolean = Module._makeBoolean = e4.makeBoolean, _makeInteger = Module._makeInteger = e4.makeInteger, _makeSimpleA_Expr = Module._makeSimpleA_Expr = e4.makeSimpleA_Expr, _makeTypeName = Module._makeTypeName = e4.makeTypeName, _SystemTypeName = Module._SystemTypeName = e4.SystemTypeName, _makeFuncCall = Module._makeFuncCall = e4.makeFuncCall, _makeA_Expr = Module._makeA_Expr = e4.makeA_Expr, _list_make4_impl = Module._list_make4_impl = e4.list_make4_impl, _addTargetToSortList = Module._addTargetToSortList = e4.addTargetToSortList, _locate_agg_of_level = Module._locate_agg_of_level = e4.locate_agg_of_level, _list_intersection_int = Module._list_intersection_int = e4.list_intersection_int, _get_sortgroupclause_tle = Module._get_sortgroupclause_tle = e4.get_sortgroupclause_tle, _flatten_join_alias_vars = Module._flatten_join_alias_vars = e4.flatten_join_alias_vars, _list_member_int = Module._list_member_int = e4.list_member_int, _list_union_int = Module._list_union_int = e4.list_union_int, _makeFuncExpr = Module._makeFuncExpr = e4.makeFuncExpr, _get_rte_attribute_name = Module._get_rte_attribute_name = e4.get_rte_attribute_name, _expression_tree_mutator_impl = Module._expression_tree_mutator_impl = e4.expression_tree_mutator_impl, _checkNameSpaceConflicts = Module._checkNameSpaceConflicts = e4.checkNameSpaceConflicts, _addRangeTableEntryForENR = Module._addRangeTableEntryForENR = e4.addRangeTableEntryForENR, _addRangeTableEntry = Module._addRangeTableEntry = e4.addRangeTableEntry, _FigureColname = Module._FigureColname = e4.FigureColname, _addRangeTableEntryForFunction = Module._addRangeTableEntryForFunction = e4.addRangeTableEntryForFunction, _coerce_to_specific_type = Module._coerce_to_specific_type = e4.coerce_to_specific_type, _typenameTypeIdAndMod = Module._typenameTypeIdAndMod = e4.typenameTypeIdAndMod, _get_typcollation = Module._get_typcollation = e4.get_typcollation, _markNullableIfNeeded = Module._markNullableIfNeeded = e4.markNullableIfNeeded, _markVarForSelectPriv = Module._markVarForSelectPriv = e4.markVarForSelectPriv, _coerce_type = Module._coerce_type = e4.coerce_type, _LookupFuncName = Module._LookupFuncName = e4.LookupFuncName, _parserOpenTable = Module._parserOpenTable = e4.parserOpenTable, _strip_implicit_coercions = Module._strip_implicit_coercions = e4.strip_implicit_coercions, _colNameToVar = Module._colNameToVar = e4.colNameToVar, _op_hashjoinable = Module._op_hashjoinable = e4.op_hashjoinable, _get_commutator = Module._get_commutator = e4.get_commutator, _get_ordering_op_properties = Module._get_ordering_op_properties = e4.get_ordering_op_properties, _can_coerce_type = Module._can_coerce_type = e4.can_coerce_type, _get_sortgroupref_tle = Module._get_sortgroupref_tle = e4.get_sortgroupref_tle, _assignSortGroupRef = Module._assignSortGroupRef = e4.assignSortGroupRef, _targetIsInSortList = Module._targetIsInSortList = e4.targetIsInSortList, _contain_aggs_of_level = Module._contain_aggs_of_level = e4.contain_aggs_of_level, _find_coercion_pathway = Module._find_coercion_pathway = e4.find_coercion_pathway, _typeidType = Module._typeidType = e4.typeidType, _typeTypeCollation = Module._typeTypeCollation = e4.typeTypeCollation, _typeLen = Module._typeLen = e4.typeLen, _typeByVal = Module._typeByVal = e4.typeByVal, _get_type_category_preferred = Module._get_type_category_preferred = e4.get_type_category_preferred, _makeConst = Module._makeConst = e4.makeConst, _lookup_rowtype_tupdesc = Module._lookup_rowtype_tupdesc = e4.lookup_rowtype_tupdesc, _type_is_enum = Module._type_is_enum = e4.type_is_enum, _verify_common_type = Module._verify_common_type = e4.verify_common_type, _type_is_range = Module._type_is_range = e4.type_is_range, _bms_del_member = Module._bms_del_member = e4.bms_del_member, _list_member = Module._list_member = e4.list_member, _raw_expression_tree_walker_impl = Module._raw_expression_tree_walker_impl = e4.raw_expression_tree_walker_impl, _type_is_rowtype = Module._type_is_rowtype = e4.type_is_rowtype, _scanNSItemForColumn = Module._scanNSItemForColumn = e4.scanNSItemForColumn, _make_op = Module._make_op = e4.make_op, _make_scalar_array_op = Module._make_scalar_array_op = e4.make_scalar_array_op, _count_nonjunk_tlist_entries = Module._count_nonjunk_tlist_entries = e4.count_nonjunk_tlist_entries, _makeWholeRowVar = Module._makeWholeRowVar = e4.makeWholeRowVar, _expandRTE = Module._expandRTE = e4.expandRTE, _contain_var_clause = Module._contain_var_clause = e4.contain_var_clause, _jsonb_in = Module._jsonb_in = e4.jsonb_in, _get_func_prokind = Module._get_func_prokind = e4.get_func_prokind, _escape_json = Module._escape_json = e4.escape_json, _geterrcode = Module._geterrcode = e4.geterrcode, _bit_in = Module._bit_in = e4.bit_in, _repalloc0 = Module._repalloc0 = e4.repalloc0, _bms_union = Module._bms_union = e4.bms_union, _varstr_levenshtein_less_equal = Module._varstr_levenshtein_less_equal = e4.varstr_levenshtein_less_equal, _get_atttypetypmodcoll = Module._get_atttypetypmodcoll = e4.get_atttypetypmodcoll, _raw_parser = Module._raw_parser = e4.raw_parser, _errsave_start = Module._errsave_start = e4.errsave_start, _errsave_finish = Module._errsave_finish = e4.errsave_finish, _makeColumnDef = Module._makeColumnDef = e4.makeColumnDef, _GetDefaultOpClass = Module._GetDefaultOpClass = e4.GetDefaultOpClass, _transformIndexStmt = Module._transformIndexStmt = e4.transformIndexStmt, _ChooseRelationName = Module._ChooseRelationName = e4.ChooseRelationName, _deparse_context_for = Module._deparse_context_for = e4.deparse_context_for, _deparse_expression = Module._deparse_expression = e4.deparse_expression, _expression_planner = Module._expression_planner = e4.expression_planner, _scanner_init = Module._scanner_init = e4.scanner_init, _scanner_finish = Module._scanner_finish = e4.scanner_finish, _core_yylex = Module._core_yylex = e4.core_yylex, _isxdigit = Module._isxdigit = e4.isxdigit, _scanner_isspace = Module._scanner_isspace = e4.scanner_isspace, _truncate_identifier = Module._truncate_identifier = e4.truncate_identifier, _ScanKeywordLookup = Module._ScanKeywordLookup = e4.ScanKeywordLookup, _pg_verifymbstr = Module._pg_verifymbstr = e4.pg_verifymbstr, _downcase_truncate_identifier = Module._downcase_truncate_identifier = e4.downcase_truncate_identifier, _pg_database_encoding_max_length = Module._pg_database_encoding_max_length = e4.pg_database_encoding_max_length, _getTypeInputInfo = Module._getTypeInputInfo = e4.getTypeInputInfo, _RenameSchema = Module._RenameSchema = e4.RenameSchema, _check_can_set_role = Module._check_can_set_role = e4.check_can_set_role, _namein = Module._namein = e4.namein, _BlockSampler_Init = Module._BlockSampler_Init = e4.BlockSampler_Init, _reservoir_init_selection_state = Module._reservoir_init_selection_state = e4.reservoir_init_selection_state, _reservoir_get_next_S = Module._reservoir_get_next_S = e4.reservoir_get_next_S, _sampler_random_fract = Module._sampler_random_fract = e4.sampler_random_fract, _std_typanalyze = Module._std_typanalyze = e4.std_typanalyze, _BlockSampler_HasMore = Module._BlockSampler_HasMore = e4.BlockSampler_HasMore, _BlockSampler_Next = Module._BlockSampler_Next = e4.BlockSampler_Next, _Async_Notify = Module._Async_Notify = e4.Async_Notify, _RangeVarCallbackMaintainsTable = Module._RangeVarCallbackMaintainsTable = e4.RangeVarCallbackMaintainsTable, _make_new_heap = Module._make_new_heap = e4.make_new_heap, _finish_heap_swap = Module._finish_heap_swap = e4.finish_heap_swap, _RenameRelationInternal = Module._RenameRelationInternal = e4.RenameRelationInternal, _OpenPipeStream = Module._OpenPipeStream = e4.OpenPipeStream, _pg_is_ascii = Module._pg_is_ascii = e4.pg_is_ascii, _ClosePipeStream = Module._ClosePipeStream = e4.ClosePipeStream, _PreventCommandIfReadOnly = Module._PreventCommandIfReadOnly = e4.PreventCommandIfReadOnly, _BeginCopyFrom = Module._BeginCopyFrom = e4.BeginCopyFrom, _EndCopyFrom = Module._EndCopyFrom = e4.EndCopyFrom, _ProcessCopyOptions = Module._ProcessCopyOptions = e4.ProcessCopyOptions, _pg_strtoint64 = Module._pg_strtoint64 = e4.pg_strtoint64, _CopyFromErrorCallback = Module._CopyFromErrorCallback = e4.CopyFromErrorCallback, _bms_make_singleton = Module._bms_make_singleton = e4.bms_make_singleton, _ExecInitRangeTable = Module._ExecInitRangeTable = e4.ExecInitRangeTable, _ExecInitResultRelation = Module._ExecInitResultRelation = e4.ExecInitResultRelation, _ExecInitQual = Module._ExecInitQual = e4.ExecInitQual, _contain_volatile_functions = Module._contain_volatile_functions = e4.contain_volatile_functions, _NextCopyFrom = Module._NextCopyFrom = e4.NextCopyFrom, _ExecCloseResultRelations = Module._ExecCloseResultRelations = e4.ExecCloseResultRelations, _ExecCloseRangeTableRelations = Module._ExecCloseRangeTableRelations = e4.ExecCloseRangeTableRelations, _ExecConstraints = Module._ExecConstraints = e4.ExecConstraints, _ExecInsertIndexTuples = Module._ExecInsertIndexTuples = e4.ExecInsertIndexTuples, _build_column_default = Module._build_column_default = e4.build_column_default, _ExecInitExpr = Module._ExecInitExpr = e4.ExecInitExpr, _fileno = Module._fileno = e4.fileno, _NextCopyFromRawFields = Module._NextCopyFromRawFields = e4.NextCopyFromRawFields, _resetStringInfo = Module._resetStringInfo = e4.resetStringInfo, _pq_copymsgbytes = Module._pq_copymsgbytes = e4.pq_copymsgbytes, _pg_encoding_max_length = Module._pg_encoding_max_length = e4.pg_encoding_max_length, _tolower = Module._tolower = e4.tolower, _pg_plan_query = Module._pg_plan_query = e4.pg_plan_query, _PushCopiedSnapshot = Module._PushCopiedSnapshot = e4.PushCopiedSnapshot, _UpdateActiveSnapshotCommandId = Module._UpdateActiveSnapshotCommandId = e4.UpdateActiveSnapshotCommandId, _CreateQueryDesc = Module._CreateQueryDesc = e4.CreateQueryDesc, _ExecutorStart = Module._ExecutorStart = e4.ExecutorStart, _ExecutorFinish = Module._ExecutorFinish = e4.ExecutorFinish, _ExecutorEnd = Module._ExecutorEnd = e4.ExecutorEnd, _FreeQueryDesc = Module._FreeQueryDesc = e4.FreeQueryDesc, _ExecutorRun = Module._ExecutorRun = e4.ExecutorRun, _pg_server_to_any = Module._pg_server_to_any = e4.pg_server_to_any, _fwrite = Module._fwrite = e4.fwrite, _CreateTableAsRelExists = Module._CreateTableAsRelExists = e4.CreateTableAsRelExists, _QueryRewrite = Module._QueryRewrite = e4.QueryRewrite, _DefineRelation = Module._DefineRelation = e4.DefineRelation, _rmdir = Module._rmdir = e4.rmdir, _atof = Module._atof = e4.atof, _int8in = Module._int8in = e4.int8in, _oidin = Module._oidin = e4.oidin, _RemoveObjects = Module._RemoveObjects = e4.RemoveObjects, _GetCommandTagEnum = Module._GetCommandTagEnum = e4.GetCommandTagEnum, _CreateCommandTag = Module._CreateCommandTag = e4.CreateCommandTag, _GetCommandTagName = Module._GetCommandTagName = e4.GetCommandTagName, _NewExplainState = Module._NewExplainState = e4.NewExplainState, _ExplainBeginOutput = Module._ExplainBeginOutput = e4.ExplainBeginOutput, _ExplainEndOutput = Module._ExplainEndOutput = e4.ExplainEndOutput, _ExplainOpenGroup = Module._ExplainOpenGroup = e4.ExplainOpenGroup, _ExplainPrintPlan = Module._ExplainPrintPlan = e4.ExplainPrintPlan, _ExplainIndentText = Module._ExplainIndentText = e4.ExplainIndentText, _ExplainPropertyInteger = Module._ExplainPropertyInteger = e4.ExplainPropertyInteger, _ExplainCloseGroup = Module._ExplainCloseGroup = e4.ExplainCloseGroup, _ExplainPropertyFloat = Module._ExplainPropertyFloat = e4.ExplainPropertyFloat, _ExplainPrintTriggers = Module._ExplainPrintTriggers = e4.ExplainPrintTriggers, _ExplainPropertyUInteger = Module._ExplainPropertyUInteger = e4.ExplainPropertyUInteger, _ExplainPropertyText = Module._ExplainPropertyText = e4.ExplainPropertyText, _GetConfigOptionByName = Module._GetConfigOptionByName = e4.GetConfigOptionByName, _ExplainPrintJITSummary = Module._ExplainPrintJITSummary = e4.ExplainPrintJITSummary, _ExplainPropertyBool = Module._ExplainPropertyBool = e4.ExplainPropertyBool, _InstrEndLoop = Module._InstrEndLoop = e4.InstrEndLoop, _appendStringInfoSpaces = Module._appendStringInfoSpaces = e4.appendStringInfoSpaces, _ExplainQueryText = Module._ExplainQueryText = e4.ExplainQueryText, _ExplainQueryParameters = Module._ExplainQueryParameters = e4.ExplainQueryParameters, _get_func_namespace = Module._get_func_namespace = e4.get_func_namespace, _escape_xml = Module._escape_xml = e4.escape_xml, _GetExplainExtensionId = Module._GetExplainExtensionId = e4.GetExplainExtensionId, _GetExplainExtensionState = Module._GetExplainExtensionState = e4.GetExplainExtensionState, _SetExplainExtensionState = Module._SetExplainExtensionState = e4.SetExplainExtensionState, _RegisterExtensionExplainOption = Module._RegisterExtensionExplainOption = e4.RegisterExtensionExplainOption, _get_extension_schema = Module._get_extension_schema = e4.get_extension_schema, _get_function_sibling_type = Module._get_function_sibling_type = e4.get_function_sibling_type, _GetSysCacheHashValue = Module._GetSysCacheHashValue = e4.GetSysCacheHashValue, _CreateSchemaCommand = Module._CreateSchemaCommand = e4.CreateSchemaCommand, _get_rel_type_id = Module._get_rel_type_id = e4.get_rel_type_id, _set_config_option = Module._set_config_option = e4.set_config_option, _pg_any_to_server = Module._pg_any_to_server = e4.pg_any_to_server, _DirectFunctionCall4Coll = Module._DirectFunctionCall4Coll = e4.DirectFunctionCall4Coll, _replace_text = Module._replace_text = e4.replace_text, _strpbrk = Module._strpbrk = e4.strpbrk, _ProcessUtility = Module._ProcessUtility = e4.ProcessUtility, _CleanQuerytext = Module._CleanQuerytext = e4.CleanQuerytext, _GetForeignDataWrapper = Module._GetForeignDataWrapper = e4.GetForeignDataWrapper, _CreateExprContext = Module._CreateExprContext = e4.CreateExprContext, _EnsurePortalSnapshotExists = Module._EnsurePortalSnapshotExists = e4.EnsurePortalSnapshotExists, _CheckIndexCompatible = Module._CheckIndexCompatible = e4.CheckIndexCompatible, _op_input_types = Module._op_input_types = e4.op_input_types, _ResolveOpClass = Module._ResolveOpClass = e4.ResolveOpClass, _get_opclass_family = Module._get_opclass_family = e4.get_opclass_family, _get_opfamily_member_for_cmptype = Module._get_opfamily_member_for_cmptype = e4.get_opfamily_member_for_cmptype, _pgstat_count_truncate = Module._pgstat_count_truncate = e4.pgstat_count_truncate, _SPI_connect = Module._SPI_connect = e4.SPI_connect, _SPI_exec = Module._SPI_exec = e4.SPI_exec, _SPI_execute = Module._SPI_execute = e4.SPI_execute, _SPI_getvalue = Module._SPI_getvalue = e4.SPI_getvalue, _generate_operator_clause = Module._generate_operator_clause = e4.generate_operator_clause, _SPI_finish = Module._SPI_finish = e4.SPI_finish, _CreateTransientRelDestReceiver = Module._CreateTransientRelDestReceiver = e4.CreateTransientRelDestReceiver, _MemoryContextSetIdentifier = Module._MemoryContextSetIdentifier = e4.MemoryContextSetIdentifier, _checkExprHasSubLink = Module._checkExprHasSubLink = e4.checkExprHasSubLink, _MemoryContextSetParent = Module._MemoryContextSetParent = e4.MemoryContextSetParent, _copyParamList = Module._copyParamList = e4.copyParamList, _SetTuplestoreDestReceiverParams = Module._SetTuplestoreDestReceiverParams = e4.SetTuplestoreDestReceiverParams, _tuplestore_rescan = Module._tuplestore_rescan = e4.tuplestore_rescan, _MemoryContextDeleteChildren = Module._MemoryContextDeleteChildren = e4.MemoryContextDeleteChildren, _GetCachedPlan = Module._GetCachedPlan = e4.GetCachedPlan, _makeParamList = Module._makeParamList = e4.makeParamList, _ReleaseCachedPlan = Module._ReleaseCachedPlan = e4.ReleaseCachedPlan, _bms_equal = Module._bms_equal = e4.bms_equal, _func_volatile = Module._func_volatile = e4.func_volatile, _register_label_provider = Module._register_label_provider = e4.register_label_provider, _DefineSequence = Module._DefineSequence = e4.DefineSequence, _AlterSequence = Module._AlterSequence = e4.AlterSequence, _RangeVarCallbackOwnsRelation = Module._RangeVarCallbackOwnsRelation = e4.RangeVarCallbackOwnsRelation, _nextval = Module._nextval = e4.nextval, _textToQualifiedNameList = Module._textToQualifiedNameList = e4.textToQualifiedNameList, _nextval_internal = Module._nextval_internal = e4.nextval_internal, _setval_oid = Module._setval_oid = e4.setval_oid, _tuplestore_gettupleslot = Module._tuplestore_gettupleslot = e4.tuplestore_gettupleslot, _list_delete = Module._list_delete = e4.list_delete, _tuplestore_end = Module._tuplestore_end = e4.tuplestore_end, _list_append_unique = Module._list_append_unique = e4.list_append_unique, _get_rel_relam = Module._get_rel_relam = e4.get_rel_relam, _contain_mutable_functions = Module._contain_mutable_functions = e4.contain_mutable_functions, _RemoveRelations = Module._RemoveRelations = e4.RemoveRelations, _ExecuteTruncateGuts = Module._ExecuteTruncateGuts = e4.ExecuteTruncateGuts, _InitResultRelInfo = Module._InitResultRelInfo = e4.InitResultRelInfo, _AlterTableLookupRelation = Module._AlterTableLookupRelation = e4.AlterTableLookupRelation, _AlterTable = Module._AlterTable = e4.AlterTable, _AlterTableInternal = Module._AlterTableInternal = e4.AlterTableInternal, _AlterTableGetLockLevel = Module._AlterTableGetLockLevel = e4.AlterTableGetLockLevel, _pg_get_indexdef_string = Module._pg_get_indexdef_string = e4.pg_get_indexdef_string, _ExecStoreAllNullTuple = Module._ExecStoreAllNullTuple = e4.ExecStoreAllNullTuple, _chmod = Module._chmod = e4.chmod, _ChangeVarNodes = Module._ChangeVarNodes = e4.ChangeVarNodes, _tuplestore_begin_heap = Module._tuplestore_begin_heap = e4.tuplestore_begin_heap, _tuplestore_puttupleslot = Module._tuplestore_puttupleslot = e4.tuplestore_puttupleslot, _ExecForceStoreHeapTuple = Module._ExecForceStoreHeapTuple = e4.ExecForceStoreHeapTuple, _ExecUpdateLockMode = Module._ExecUpdateLockMode = e4.ExecUpdateLockMode, _bms_copy = Module._bms_copy = e4.bms_copy, _strtoint = Module._strtoint = e4.strtoint, _strtod = Module._strtod = e4.strtod, _plain_crypt_verify = Module._plain_crypt_verify = e4.plain_crypt_verify, _ProcessConfigFile = Module._ProcessConfigFile = e4.ProcessConfigFile, _pgl_exit = Module._pgl_exit = e4.pgl_exit, _dsa_get_handle = Module._dsa_get_handle = e4.dsa_get_handle, _pg_strncasecmp = Module._pg_strncasecmp = e4.pg_strncasecmp, _guc_free = Module._guc_free = e4.guc_free, _ExecReScan = Module._ExecReScan = e4.ExecReScan, _ExecAsyncResponse = Module._ExecAsyncResponse = e4.ExecAsyncResponse, _ExecAsyncRequestDone = Module._ExecAsyncRequestDone = e4.ExecAsyncRequestDone, _ExecAsyncRequestPending = Module._ExecAsyncRequestPending = e4.ExecAsyncRequestPending, _ExprEvalPushStep = Module._ExprEvalPushStep = e4.ExprEvalPushStep, _lookup_rowtype_tupdesc_copy = Module._lookup_rowtype_tupdesc_copy = e4.lookup_rowtype_tupdesc_copy, _ExecInitExprWithParams = Module._ExecInitExprWithParams = e4.ExecInitExprWithParams, _ExecInitExprList = Module._ExecInitExprList = e4.ExecInitExprList, _ExecGetResultType = Module._ExecGetResultType = e4.ExecGetResultType, _ExecInitExtraTupleSlot = Module._ExecInitExtraTupleSlot = e4.ExecInitExtraTupleSlot, _MakeExpandedObjectReadOnlyInternal = Module._MakeExpandedObjectReadOnlyInternal = e4.MakeExpandedObjectReadOnlyInternal, _tuplesort_puttupleslot = Module._tuplesort_puttupleslot = e4.tuplesort_puttupleslot, _ArrayGetNItems = Module._ArrayGetNItems = e4.ArrayGetNItems, _expanded_record_fetch_tupdesc = Module._expanded_record_fetch_tupdesc = e4.expanded_record_fetch_tupdesc, _expanded_record_fetch_field = Module._expanded_record_fetch_field = e4.expanded_record_fetch_field, _json_validate = Module._json_validate = e4.json_validate, _JsonbValueToJsonb = Module._JsonbValueToJsonb = e4.JsonbValueToJsonb, _numeric_out = Module._numeric_out = e4.numeric_out, _boolout = Module._boolout = e4.boolout, _bool_int4 = Module._bool_int4 = e4.bool_int4, _lookup_rowtype_tupdesc_domain = Module._lookup_rowtype_tupdesc_domain = e4.lookup_rowtype_tupdesc_domain, _MemoryContextGetParent = Module._MemoryContextGetParent = e4.MemoryContextGetParent, _DeleteExpandedObject = Module._DeleteExpandedObject = e4.DeleteExpandedObject, _CreateStandaloneExprContext = Module._CreateStandaloneExprContext = e4.CreateStandaloneExprContext, _ExecFindJunkAttributeInTlist = Module._ExecFindJunkAttributeInTlist = e4.ExecFindJunkAttributeInTlist, _standard_ExecutorStart = Module._standard_ExecutorStart = e4.standard_ExecutorStart, _ExecInitNode = Module._ExecInitNode = e4.ExecInitNode, _standard_ExecutorRun = Module._standard_ExecutorRun = e4.standard_ExecutorRun, _standard_ExecutorFinish = Module._standard_ExecutorFinish = e4.standard_ExecutorFinish, _standard_ExecutorEnd = Module._standard_ExecutorEnd = e4.standard_ExecutorEnd, _ExecEndNode = Module._ExecEndNode = e4.ExecEndNode, _InstrAlloc = Module._InstrAlloc = e4.InstrAlloc, _MakeTupleTableSlot = Module._MakeTupleTableSlot = e4.MakeTupleTableSlot, _ExecWithCheckOptions = Module._ExecWithCheckOptions = e4.ExecWithCheckOptions, _get_typlenbyval = Module._get_typlenbyval = e4.get_typlenbyval, _ExecInitScanTupleSlot = Module._ExecInitScanTupleSlot = e4.ExecInitScanTupleSlot, _InputFunctionCall = Module._InputFunctionCall = e4.InputFunctionCall, _list_delete_ptr = Module._list_delete_ptr = e4.list_delete_ptr, _FreeExprContext = Module._FreeExprContext = e4.FreeExprContext, _ExecAssignExprContext = Module._ExecAssignExprContext = e4.ExecAssignExprContext, _ExecAssignProjectionInfo = Module._ExecAssignProjectionInfo = e4.ExecAssignProjectionInfo, _ExecOpenScanRelation = Module._ExecOpenScanRelation = e4.ExecOpenScanRelation, _bms_intersect = Module._bms_intersect = e4.bms_intersect, _GetAttributeByName = Module._GetAttributeByName = e4.GetAttributeByName, _GetAttributeByNum = Module._GetAttributeByNum = e4.GetAttributeByNum, _ExecGetReturningSlot = Module._ExecGetReturningSlot = e4.ExecGetReturningSlot, _ExecGetResultRelCheckAsUser = Module._ExecGetResultRelCheckAsUser = e4.ExecGetResultRelCheckAsUser, _MemoryContextRegisterResetCallback = Module._MemoryContextRegisterResetCallback = e4.MemoryContextRegisterResetCallback, _cached_function_compile = Module._cached_function_compile = e4.cached_function_compile, _CommandIsReadOnly = Module._CommandIsReadOnly = e4.CommandIsReadOnly, _InstrUpdateTupleCount = Module._InstrUpdateTupleCount = e4.InstrUpdateTupleCount, _tuplesort_begin_heap = Module._tuplesort_begin_heap = e4.tuplesort_begin_heap, _AggCheckCallContext = Module._AggCheckCallContext = e4.AggCheckCallContext, _tuplesort_gettupleslot = Module._tuplesort_gettupleslot = e4.tuplesort_gettupleslot, _bms_del_members = Module._bms_del_members = e4.bms_del_members, _AddWaitEventToSet = Module._AddWaitEventToSet = e4.AddWaitEventToSet, _GetNumRegisteredWaitEvents = Module._GetNumRegisteredWaitEvents = e4.GetNumRegisteredWaitEvents, _tuplestore_clear = Module._tuplestore_clear = e4.tuplestore_clear, _get_attstatsslot = Module._get_attstatsslot = e4.get_attstatsslot, _free_attstatsslot = Module._free_attstatsslot = e4.free_attstatsslot, _SharedFileSetInit = Module._SharedFileSetInit = e4.SharedFileSetInit, _SharedFileSetAttach = Module._SharedFileSetAttach = e4.SharedFileSetAttach, _tuplesort_reset = Module._tuplesort_reset = e4.tuplesort_reset, _pairingheap_first = Module._pairingheap_first = e4.pairingheap_first, _bms_nonempty_difference = Module._bms_nonempty_difference = e4.bms_nonempty_difference, _datum_image_hash = Module._datum_image_hash = e4.datum_image_hash, _tuplesort_rescan = Module._tuplesort_rescan = e4.tuplesort_rescan, _WinGetPartitionLocalMemory = Module._WinGetPartitionLocalMemory = e4.WinGetPartitionLocalMemory, _WinGetCurrentPosition = Module._WinGetCurrentPosition = e4.WinGetCurrentPosition, _WinGetPartitionRowCount = Module._WinGetPartitionRowCount = e4.WinGetPartitionRowCount, _WinGetFuncArgInPartition = Module._WinGetFuncArgInPartition = e4.WinGetFuncArgInPartition, _WinGetFuncArgCurrent = Module._WinGetFuncArgCurrent = e4.WinGetFuncArgCurrent, _SPI_connect_ext = Module._SPI_connect_ext = e4.SPI_connect_ext, _SPI_commit = Module._SPI_commit = e4.SPI_commit, _CopyErrorData = Module._CopyErrorData = e4.CopyErrorData, _FlushErrorState = Module._FlushErrorState = e4.FlushErrorState, _ReThrowError = Module._ReThrowError = e4.ReThrowError, _SPI_commit_and_chain = Module._SPI_commit_and_chain = e4.SPI_commit_and_chain, _SPI_rollback = Module._SPI_rollback = e4.SPI_rollback, _SPI_rollback_and_chain = Module._SPI_rollback_and_chain = e4.SPI_rollback_and_chain, _SPI_freetuptable = Module._SPI_freetuptable = e4.SPI_freetuptable, _SPI_execute_extended = Module._SPI_execute_extended = e4.SPI_execute_extended, _SPI_execute_plan = Module._SPI_execute_plan = e4.SPI_execute_plan, _SPI_execp = Module._SPI_execp = e4.SPI_execp, _SPI_execute_plan_extended = Module._SPI_execute_plan_extended = e4.SPI_execute_plan_extended, _SPI_execute_plan_with_paramlist = Module._SPI_execute_plan_with_paramlist = e4.SPI_execute_plan_with_paramlist, _SPI_execute_with_args = Module._SPI_execute_with_args = e4.SPI_execute_with_args, _SPI_prepare = Module._SPI_prepare = e4.SPI_prepare, _SPI_prepare_extended = Module._SPI_prepare_extended = e4.SPI_prepare_extended, _SPI_keepplan = Module._SPI_keepplan = e4.SPI_keepplan, _SPI_saveplan = Module._SPI_saveplan = e4.SPI_saveplan, _SPI_freeplan = Module._SPI_freeplan = e4.SPI_freeplan, _SPI_copytuple = Module._SPI_copytuple = e4.SPI_copytuple, _SPI_returntuple = Module._SPI_returntuple = e4.SPI_returntuple, _SPI_modifytuple = Module._SPI_modifytuple = e4.SPI_modifytuple, _SPI_fnumber = Module._SPI_fnumber = e4.SPI_fnumber, _SPI_fname = Module._SPI_fname = e4.SPI_fname, _SPI_getbinval = Module._SPI_getbinval = e4.SPI_getbinval, _SPI_gettype = Module._SPI_gettype = e4.SPI_gettype, _SPI_gettypeid = Module._SPI_gettypeid = e4.SPI_gettypeid, _SPI_getrelname = Module._SPI_getrelname = e4.SPI_getrelname, _SPI_palloc = Module._SPI_palloc = e4.SPI_palloc, _SPI_repalloc = Module._SPI_repalloc = e4.SPI_repalloc, _SPI_pfree = Module._SPI_pfree = e4.SPI_pfree, _SPI_datumTransfer = Module._SPI_datumTransfer = e4.SPI_datumTransfer, _datumTransfer = Module._datumTransfer = e4.datumTransfer, _SPI_cursor_open_with_args = Module._SPI_cursor_open_with_args = e4.SPI_cursor_open_with_args, _SPI_cursor_open_with_paramlist = Module._SPI_cursor_open_with_paramlist = e4.SPI_cursor_open_with_paramlist, _SPI_cursor_parse_open = Module._SPI_cursor_parse_open = e4.SPI_cursor_parse_open, _SPI_cursor_find = Module._SPI_cursor_find = e4.SPI_cursor_find, _SPI_cursor_fetch = Module._SPI_cursor_fetch = e4.SPI_cursor_fetch, _SPI_scroll_cursor_fetch = Module._SPI_scroll_cursor_fetch = e4.SPI_scroll_cursor_fetch, _SPI_scroll_cursor_move = Module._SPI_scroll_cursor_move = e4.SPI_scroll_cursor_move, _SPI_cursor_close = Module._SPI_cursor_close = e4.SPI_cursor_close, _SPI_plan_is_valid = Module._SPI_plan_is_valid = e4.SPI_plan_is_valid, _SPI_result_code_string = Module._SPI_result_code_string = e4.SPI_result_code_string, _SPI_plan_get_plan_sources = Module._SPI_plan_get_plan_sources = e4.SPI_plan_get_plan_sources, _SPI_plan_get_cached_plan = Module._SPI_plan_get_cached_plan = e4.SPI_plan_get_cached_plan, _SPI_register_relation = Module._SPI_register_relation = e4.SPI_register_relation, _create_queryEnv = Module._create_queryEnv = e4.create_queryEnv, _register_ENR = Module._register_ENR = e4.register_ENR, _SPI_register_trigger_data = Module._SPI_register_trigger_data = e4.SPI_register_trigger_data, _tuplestore_tuple_count = Module._tuplestore_tuple_count = e4.tuplestore_tuple_count, _GetUserMapping = Module._GetUserMapping = e4.GetUserMapping, _GetForeignTable = Module._GetForeignTable = e4.GetForeignTable, _GetForeignColumnOptions = Module._GetForeignColumnOptions = e4.GetForeignColumnOptions, _initClosestMatch = Module._initClosestMatch = e4.initClosestMatch, _updateClosestMatch = Module._updateClosestMatch = e4.updateClosestMatch, _getClosestMatch = Module._getClosestMatch = e4.getClosestMatch, _GetExistingLocalJoinPath = Module._GetExistingLocalJoinPath = e4.GetExistingLocalJoinPath, _pathkeys_contained_in = Module._pathkeys_contained_in = e4.pathkeys_contained_in, _bloom_create = Module._bloom_create = e4.bloom_create, _bloom_free = Module._bloom_free = e4.bloom_free, _bloom_add_element = Module._bloom_add_element = e4.bloom_add_element, _bloom_lacks_element = Module._bloom_lacks_element = e4.bloom_lacks_element, _bloom_prop_bits_set = Module._bloom_prop_bits_set = e4.bloom_prop_bits_set, _dshash_create = Module._dshash_create = e4.dshash_create, _dshash_attach = Module._dshash_attach = e4.dshash_attach, _dshash_detach = Module._dshash_detach = e4.dshash_detach, _dshash_destroy = Module._dshash_destroy = e4.dshash_destroy, _dshash_get_hash_table_handle = Module._dshash_get_hash_table_handle = e4.dshash_get_hash_table_handle, _dshash_find = Module._dshash_find = e4.dshash_find, _dshash_find_or_insert = Module._dshash_find_or_insert = e4.dshash_find_or_insert, _dshash_delete_key = Module._dshash_delete_key = e4.dshash_delete_key, _dshash_release_lock = Module._dshash_release_lock = e4.dshash_release_lock, _tag_hash = Module._tag_hash = e4.tag_hash, _dshash_seq_init = Module._dshash_seq_init = e4.dshash_seq_init, _dshash_seq_next = Module._dshash_seq_next = e4.dshash_seq_next, _dshash_seq_term = Module._dshash_seq_term = e4.dshash_seq_term, _dshash_delete_current = Module._dshash_delete_current = e4.dshash_delete_current, _ldexp = Module._ldexp = e4.ldexp, _pg_b64_enc_len = Module._pg_b64_enc_len = e4.pg_b64_enc_len, _pg_b64_encode = Module._pg_b64_encode = e4.pg_b64_encode, _strtol = Module._strtol = e4.strtol, _gai_strerror = Module._gai_strerror = e4.gai_strerror, _bind = Module._bind = e4.bind, _pgl_connect = Module._pgl_connect = e4.pgl_connect, _pgl_send = Module._pgl_send = e4.pgl_send, _pgl_recv = Module._pgl_recv = e4.pgl_recv, _sendto = Module._sendto = e4.sendto, _select = Module._select = e4.select, _recvfrom = Module._recvfrom = e4.recvfrom, _be_lo_unlink = Module._be_lo_unlink = e4.be_lo_unlink, _text_to_cstring_buffer = Module._text_to_cstring_buffer = e4.text_to_cstring_buffer, _feof = Module._feof = e4.feof, _pg_mb2wchar_with_len = Module._pg_mb2wchar_with_len = e4.pg_mb2wchar_with_len, _pg_regcomp = Module._pg_regcomp = e4.pg_regcomp, _pg_regerror = Module._pg_regerror = e4.pg_regerror, _strcat = Module._strcat = e4.strcat, _freeaddrinfo = Module._freeaddrinfo = e4.freeaddrinfo, _pgl_getsockname = Module._pgl_getsockname = e4.pgl_getsockname, _pgl_setsockopt = Module._pgl_setsockopt = e4.pgl_setsockopt, _pgl_fcntl = Module._pgl_fcntl = e4.pgl_fcntl, _listen = Module._listen = e4.listen, _accept = Module._accept = e4.accept, _utime = Module._utime = e4.utime, _pq_buffer_remaining_data = Module._pq_buffer_remaining_data = e4.pq_buffer_remaining_data, _pgl_getsockopt = Module._pgl_getsockopt = e4.pgl_getsockopt, _pq_sendtext = Module._pq_sendtext = e4.pq_sendtext, _pq_sendfloat4 = Module._pq_sendfloat4 = e4.pq_sendfloat4, _pq_sendfloat8 = Module._pq_sendfloat8 = e4.pq_sendfloat8, _pq_begintypsend = Module._pq_begintypsend = e4.pq_begintypsend, _pq_endtypsend = Module._pq_endtypsend = e4.pq_endtypsend, _pq_getmsgfloat4 = Module._pq_getmsgfloat4 = e4.pq_getmsgfloat4, _pq_getmsgfloat8 = Module._pq_getmsgfloat8 = e4.pq_getmsgfloat8, _pq_getmsgtext = Module._pq_getmsgtext = e4.pq_getmsgtext, _pg_strtoint32 = Module._pg_strtoint32 = e4.pg_strtoint32, _main = Module._main = e4.__main_argc_argv, _pgl_getuid = Module._pgl_getuid = e4.pgl_getuid, _getenv = Module._getenv = e4.getenv, _bms_membership = Module._bms_membership = e4.bms_membership, _RegisterExtensibleNodeMethods = Module._RegisterExtensibleNodeMethods = e4.RegisterExtensibleNodeMethods, _list_make5_impl = Module._list_make5_impl = e4.list_make5_impl, _GetMemoryChunkContext = Module._GetMemoryChunkContext = e4.GetMemoryChunkContext, _list_insert_nth = Module._list_insert_nth = e4.list_insert_nth, _list_member_ptr = Module._list_member_ptr = e4.list_member_ptr, _list_delete_int = Module._list_delete_int = e4.list_delete_int, _list_intersection = Module._list_intersection = e4.list_intersection, _list_append_unique_ptr = Module._list_append_unique_ptr = e4.list_append_unique_ptr, _list_append_unique_int = Module._list_append_unique_int = e4.list_append_unique_int, _list_concat_unique_int = Module._list_concat_unique_int = e4.list_concat_unique_int, _make_opclause = Module._make_opclause = e4.make_opclause, _exprIsLengthCoercion = Module._exprIsLengthCoercion = e4.exprIsLengthCoercion, _fix_opfuncids = Module._fix_opfuncids = e4.fix_opfuncids, _outToken = Module._outToken = e4.outToken, _outNode = Module._outNode = e4.outNode, _appendStringInfoStringQuoted = Module._appendStringInfoStringQuoted = e4.appendStringInfoStringQuoted, _EnableQueryId = Module._EnableQueryId = e4.EnableQueryId, _nodeRead = Module._nodeRead = e4.nodeRead, _pg_strtok = Module._pg_strtok = e4.pg_strtok, _debackslash = Module._debackslash = e4.debackslash, _exp2 = Module._exp2 = e4.exp2, _find_base_rel = Module._find_base_rel = e4.find_base_rel, _add_path = Module._add_path = e4.add_path, _create_sort_path = Module._create_sort_path = e4.create_sort_path, _set_baserel_size_estimates = Module._set_baserel_size_estimates = e4.set_baserel_size_estimates, _get_func_support = Module._get_func_support = e4.get_func_support, _clauselist_selectivity = Module._clauselist_selectivity = e4.clauselist_selectivity, _get_tablespace_page_costs = Module._get_tablespace_page_costs = e4.get_tablespace_page_costs, _cost_qual_eval = Module._cost_qual_eval = e4.cost_qual_eval, _pull_varnos = Module._pull_varnos = e4.pull_varnos, _estimate_num_groups = Module._estimate_num_groups = e4.estimate_num_groups, _cost_sort = Module._cost_sort = e4.cost_sort, _get_sortgrouplist_exprs = Module._get_sortgrouplist_exprs = e4.get_sortgrouplist_exprs, _get_attavgwidth = Module._get_attavgwidth = e4.get_attavgwidth, _make_restrictinfo = Module._make_restrictinfo = e4.make_restrictinfo, _setup_eclass_member_iterator = Module._setup_eclass_member_iterator = e4.setup_eclass_member_iterator, _eclass_member_iterator_next = Module._eclass_member_iterator_next = e4.eclass_member_iterator_next, _remove_nulling_relids = Module._remove_nulling_relids = e4.remove_nulling_relids, _get_mergejoin_opfamilies = Module._get_mergejoin_opfamilies = e4.get_mergejoin_opfamilies, _generate_implied_equalities_for_column = Module._generate_implied_equalities_for_column = e4.generate_implied_equalities_for_column, _eclass_useful_for_merging = Module._eclass_useful_for_merging = e4.eclass_useful_for_merging, _join_clause_is_movable_to = Module._join_clause_is_movable_to = e4.join_clause_is_movable_to, _get_plan_rowmark = Module._get_plan_rowmark = e4.get_plan_rowmark, _is_pseudo_constant_for_index = Module._is_pseudo_constant_for_index = e4.is_pseudo_constant_for_index, _update_mergeclause_eclasses = Module._update_mergeclause_eclasses = e4.update_mergeclause_eclasses, _pull_vars_of_level = Module._pull_vars_of_level = e4.pull_vars_of_level, _find_join_rel = Module._find_join_rel = e4.find_join_rel, _make_canonical_pathkey = Module._make_canonical_pathkey = e4.make_canonical_pathkey, _get_sortgroupref_clause_noerr = Module._get_sortgroupref_clause_noerr = e4.get_sortgroupref_clause_noerr, _extract_actual_clauses = Module._extract_actual_clauses = e4.extract_actual_clauses, _tlist_member = Module._tlist_member = e4.tlist_member, _change_plan_targetlist = Module._change_plan_targetlist = e4.change_plan_targetlist, _make_foreignscan = Module._make_foreignscan = e4.make_foreignscan, _IncrementVarSublevelsUp = Module._IncrementVarSublevelsUp = e4.IncrementVarSublevelsUp, _op_mergejoinable = Module._op_mergejoinable = e4.op_mergejoinable, _find_nonnullable_rels = Module._find_nonnullable_rels = e4.find_nonnullable_rels, _setup_simple_rel_arrays = Module._setup_simple_rel_arrays = e4.setup_simple_rel_arrays, _standard_planner = Module._standard_planner = e4.standard_planner, _get_relids_in_jointree = Module._get_relids_in_jointree = e4.get_relids_in_jointree, _SS_process_sublinks = Module._SS_process_sublinks = e4.SS_process_sublinks, _add_new_columns_to_pathtarget = Module._add_new_columns_to_pathtarget = e4.add_new_columns_to_pathtarget, _get_agg_clause_costs = Module._get_agg_clause_costs = e4.get_agg_clause_costs, _grouping_is_sortable = Module._grouping_is_sortable = e4.grouping_is_sortable, _copy_pathtarget = Module._copy_pathtarget = e4.copy_pathtarget, _create_projection_path = Module._create_projection_path = e4.create_projection_path, _contain_nonstrict_functions = Module._contain_nonstrict_functions = e4.contain_nonstrict_functions, _get_translated_update_targetlist = Module._get_translated_update_targetlist = e4.get_translated_update_targetlist, _add_row_identity_var = Module._add_row_identity_var = e4.add_row_identity_var, _get_rel_all_updated_cols = Module._get_rel_all_updated_cols = e4.get_rel_all_updated_cols, _get_baserel_parampathinfo = Module._get_baserel_parampathinfo = e4.get_baserel_parampathinfo, _create_foreignscan_path = Module._create_foreignscan_path = e4.create_foreignscan_path, _create_foreign_join_path = Module._create_foreign_join_path = e4.create_foreign_join_path, _create_foreign_upper_path = Module._create_foreign_upper_path = e4.create_foreign_upper_path, _adjust_limit_rows_costs = Module._adjust_limit_rows_costs = e4.adjust_limit_rows_costs, _add_to_flat_tlist = Module._add_to_flat_tlist = e4.add_to_flat_tlist, _get_fn_expr_variadic = Module._get_fn_expr_variadic = e4.get_fn_expr_variadic, _get_fn_expr_argtype = Module._get_fn_expr_argtype = e4.get_fn_expr_argtype, _on_shmem_exit = Module._on_shmem_exit = e4.on_shmem_exit, _pgl_shmdt = Module._pgl_shmdt = e4.pgl_shmdt, _pgl_shmctl = Module._pgl_shmctl = e4.pgl_shmctl, _pgl_shmat = Module._pgl_shmat = e4.pgl_shmat, _mmap = Module._mmap = e4.mmap, _pgl_shmget = Module._pgl_shmget = e4.pgl_shmget, _pgl_munmap = Module._pgl_munmap = e4.pgl_munmap, _SignalHandlerForConfigReload = Module._SignalHandlerForConfigReload = e4.SignalHandlerForConfigReload, _SignalHandlerForShutdownRequest = Module._SignalHandlerForShutdownRequest = e4.SignalHandlerForShutdownRequest, _procsignal_sigusr1_handler = Module._procsignal_sigusr1_handler = e4.procsignal_sigusr1_handler, _ConditionalLockDatabaseObject = Module._ConditionalLockDatabaseObject = e4.ConditionalLockDatabaseObject, _RegisterBackgroundWorker = Module._RegisterBackgroundWorker = e4.RegisterBackgroundWorker, _WaitForBackgroundWorkerStartup = Module._WaitForBackgroundWorkerStartup = e4.WaitForBackgroundWorkerStartup, _open = Module._open = e4.open, _rename = Module._rename = e4.rename, _GetConfigOption = Module._GetConfigOption = e4.GetConfigOption, _puts = Module._puts = e4.puts, _fopen = Module._fopen = e4.fopen, _fclose = Module._fclose = e4.fclose, _fputc = Module._fputc = e4.fputc, _ftello = Module._ftello = e4.ftello, _malloc = Module._malloc = e4.malloc, _free = Module._free = e4.free, _realloc = Module._realloc = e4.realloc, _iswprint_l = Module._iswprint_l = e4.iswprint_l, _iswalpha_l = Module._iswalpha_l = e4.iswalpha_l, _iswdigit_l = Module._iswdigit_l = e4.iswdigit_l, _isdigit_l = Module._isdigit_l = e4.isdigit_l, _iswpunct_l = Module._iswpunct_l = e4.iswpunct_l, _iswspace_l = Module._iswspace_l = e4.iswspace_l, _iswlower_l = Module._iswlower_l = e4.iswlower_l, _iswupper_l = Module._iswupper_l = e4.iswupper_l, _pg_ascii_tolower = Module._pg_ascii_tolower = e4.pg_ascii_tolower, _towlower_l = Module._towlower_l = e4.towlower_l, _tolower_l = Module._tolower_l = e4.tolower_l, _towupper_l = Module._towupper_l = e4.towupper_l, _toupper_l = Module._toupper_l = e4.toupper_l, _pg_reg_getinitialstate = Module._pg_reg_getinitialstate = e4.pg_reg_getinitialstate, _pg_reg_getfinalstate = Module._pg_reg_getfinalstate = e4.pg_reg_getfinalstate, _pg_reg_getnumoutarcs = Module._pg_reg_getnumoutarcs = e4.pg_reg_getnumoutarcs, _pg_reg_getoutarcs = Module._pg_reg_getoutarcs = e4.pg_reg_getoutarcs, _pg_reg_getnumcolors = Module._pg_reg_getnumcolors = e4.pg_reg_getnumcolors, _pg_reg_colorisbegin = Module._pg_reg_colorisbegin = e4.pg_reg_colorisbegin, _pg_reg_colorisend = Module._pg_reg_colorisend = e4.pg_reg_colorisend, _pg_reg_getnumcharacters = Module._pg_reg_getnumcharacters = e4.pg_reg_getnumcharacters, _pg_reg_getcharacters = Module._pg_reg_getcharacters = e4.pg_reg_getcharacters, _dsa_pin = Module._dsa_pin = e4.dsa_pin, _OutputPluginPrepareWrite = Module._OutputPluginPrepareWrite = e4.OutputPluginPrepareWrite, _OutputPluginWrite = Module._OutputPluginWrite = e4.OutputPluginWrite, _array_contains_nulls = Module._array_contains_nulls = e4.array_contains_nulls, _CacheRegisterRelcacheCallback = Module._CacheRegisterRelcacheCallback = e4.CacheRegisterRelcacheCallback, _hash_seq_term = Module._hash_seq_term = e4.hash_seq_term, _FreeErrorData = Module._FreeErrorData = e4.FreeErrorData, _RelidByRelfilenumber = Module._RelidByRelfilenumber = e4.RelidByRelfilenumber, _SnapBuildRestoreSnapshot = Module._SnapBuildRestoreSnapshot = e4.SnapBuildRestoreSnapshot, _WaitLatchOrSocket = Module._WaitLatchOrSocket = e4.WaitLatchOrSocket, _BufFileCreateFileSet = Module._BufFileCreateFileSet = e4.BufFileCreateFileSet, _BufFileOpenFileSet = Module._BufFileOpenFileSet = e4.BufFileOpenFileSet, _BufFileTell = Module._BufFileTell = e4.BufFileTell, _ConditionVariablePrepareToSleep = Module._ConditionVariablePrepareToSleep = e4.ConditionVariablePrepareToSleep, _get_row_security_policies = Module._get_row_security_policies = e4.get_row_security_policies, _extract_variadic_args = Module._extract_variadic_args = e4.extract_variadic_args, _errhidestmt = Module._errhidestmt = e4.errhidestmt, _errhidecontext = Module._errhidecontext = e4.errhidecontext, _hash_estimate_size = Module._hash_estimate_size = e4.hash_estimate_size, _ShmemInitHash = Module._ShmemInitHash = e4.ShmemInitHash, _LockBufHdr = Module._LockBufHdr = e4.LockBufHdr, _LWLockHeldByMeInMode = Module._LWLockHeldByMeInMode = e4.LWLockHeldByMeInMode, _EvictUnpinnedBuffer = Module._EvictUnpinnedBuffer = e4.EvictUnpinnedBuffer, _EvictAllUnpinnedBuffers = Module._EvictAllUnpinnedBuffers = e4.EvictAllUnpinnedBuffers, _EvictRelUnpinnedBuffers = Module._EvictRelUnpinnedBuffers = e4.EvictRelUnpinnedBuffers, _have_free_buffer = Module._have_free_buffer = e4.have_free_buffer, _calloc = Module._calloc = e4.calloc, _BufFileExportFileSet = Module._BufFileExportFileSet = e4.BufFileExportFileSet, _BufFileRead = Module._BufFileRead = e4.BufFileRead, _copy_file = Module._copy_file = e4.copy_file, _fdatasync = Module._fdatasync = e4.fdatasync, _truncate = Module._truncate = e4.truncate, _dup = Module._dup = e4.dup, _AcquireExternalFD = Module._AcquireExternalFD = e4.AcquireExternalFD, _mkdir = Module._mkdir = e4.mkdir, _pgl_popen = Module._pgl_popen = e4.pgl_popen, _pgl_pclose = Module._pgl_pclose = e4.pgl_pclose, _closedir = Module._closedir = e4.closedir, _opendir = Module._opendir = e4.opendir, _readdir = Module._readdir = e4.readdir, _GetNamedDSMSegment = Module._GetNamedDSMSegment = e4.GetNamedDSMSegment, _pgl_atexit = Module._pgl_atexit = e4.pgl_atexit, _RequestAddinShmemSpace = Module._RequestAddinShmemSpace = e4.RequestAddinShmemSpace, _GetRunningTransactionData = Module._GetRunningTransactionData = e4.GetRunningTransactionData, _BackendXidGetPid = Module._BackendXidGetPid = e4.BackendXidGetPid, _pg_numa_init = Module._pg_numa_init = e4.pg_numa_init, _sysconf = Module._sysconf = e4.sysconf, _pg_numa_query_pages = Module._pg_numa_query_pages = e4.pg_numa_query_pages, _pg_get_shmem_pagesize = Module._pg_get_shmem_pagesize = e4.pg_get_shmem_pagesize, _LockAcquire = Module._LockAcquire = e4.LockAcquire, _LockRelease = Module._LockRelease = e4.LockRelease, _pgl_poll = Module._pgl_poll = e4.pgl_poll, _GetLockmodeName = Module._GetLockmodeName = e4.GetLockmodeName, _LWLockRegisterTranche = Module._LWLockRegisterTranche = e4.LWLockRegisterTranche, _GetNamedLWLockTranche = Module._GetNamedLWLockTranche = e4.GetNamedLWLockTranche, _LWLockNewTrancheId = Module._LWLockNewTrancheId = e4.LWLockNewTrancheId, _RequestNamedLWLockTranche = Module._RequestNamedLWLockTranche = e4.RequestNamedLWLockTranche, _LWLockHeldByMe = Module._LWLockHeldByMe = e4.LWLockHeldByMe, _ProcessStartupPacket = Module._ProcessStartupPacket = e4.ProcessStartupPacket, _htons = e4.htons, _htonl = e4.htonl, _pgl_startPGlite = Module._pgl_startPGlite = e4.pgl_startPGlite, _pgl_pq_flush = Module._pgl_pq_flush = e4.pgl_pq_flush, _pgl_getMyProcPort = Module._pgl_getMyProcPort = e4.pgl_getMyProcPort, _pgl_sendConnData = Module._pgl_sendConnData = e4.pgl_sendConnData, _PostgresMainLongJmp = Module._PostgresMainLongJmp = e4.PostgresMainLongJmp, _PostgresMainLoopOnce = Module._PostgresMainLoopOnce = e4.PostgresMainLoopOnce, _PostgresSendReadyForQueryIfNecessary = Module._PostgresSendReadyForQueryIfNecessary = e4.PostgresSendReadyForQueryIfNecessary, _GetCommandLogLevel = Module._GetCommandLogLevel = e4.GetCommandLogLevel, _standard_ProcessUtility = Module._standard_ProcessUtility = e4.standard_ProcessUtility, _lookup_ts_dictionary_cache = Module._lookup_ts_dictionary_cache = e4.lookup_ts_dictionary_cache, _get_tsearch_config_filename = Module._get_tsearch_config_filename = e4.get_tsearch_config_filename, _str_tolower = Module._str_tolower = e4.str_tolower, _readstoplist = Module._readstoplist = e4.readstoplist, _searchstoplist = Module._searchstoplist = e4.searchstoplist, _tsearch_readline_begin = Module._tsearch_readline_begin = e4.tsearch_readline_begin, _tsearch_readline = Module._tsearch_readline = e4.tsearch_readline, _tsearch_readline_end = Module._tsearch_readline_end = e4.tsearch_readline_end, _stringToQualifiedNameList = Module._stringToQualifiedNameList = e4.stringToQualifiedNameList, _getTSCurrentConfig = Module._getTSCurrentConfig = e4.getTSCurrentConfig, _to_tsvector_byid = Module._to_tsvector_byid = e4.to_tsvector_byid, _t_isalnum_with_len = Module._t_isalnum_with_len = e4.t_isalnum_with_len, _isalnum = Module._isalnum = e4.isalnum, _t_isalnum_cstr = Module._t_isalnum_cstr = e4.t_isalnum_cstr, _pg_mblen_unbounded = Module._pg_mblen_unbounded = e4.pg_mblen_unbounded, _get_restriction_variable = Module._get_restriction_variable = e4.get_restriction_variable, _pg_mblen_range = Module._pg_mblen_range = e4.pg_mblen_range, _MemoryContextAllocHuge = Module._MemoryContextAllocHuge = e4.MemoryContextAllocHuge, _fseek = Module._fseek = e4.fseek, _WaitEventExtensionNew = Module._WaitEventExtensionNew = e4.WaitEventExtensionNew, _regprocedurein = Module._regprocedurein = e4.regprocedurein, _is_member_of_role = Module._is_member_of_role = e4.is_member_of_role, _expand_array = Module._expand_array = e4.expand_array, _exp = Module._exp = e4.exp, _arraycontsel = Module._arraycontsel = e4.arraycontsel, _arraycontjoinsel = Module._arraycontjoinsel = e4.arraycontjoinsel, _initArrayResult = Module._initArrayResult = e4.initArrayResult, _array_create_iterator = Module._array_create_iterator = e4.array_create_iterator, _array_iterate = Module._array_iterate = e4.array_iterate, _array_free_iterator = Module._array_free_iterator = e4.array_free_iterator, _ArrayGetIntegerTypmods = Module._ArrayGetIntegerTypmods = e4.ArrayGetIntegerTypmods, _boolin = Module._boolin = e4.boolin, ___multi3 = Module.___multi3 = e4.__multi3, _cash_cmp = Module._cash_cmp = e4.cash_cmp, _int64_to_numeric = Module._int64_to_numeric = e4.int64_to_numeric, _numeric_div = Module._numeric_div = e4.numeric_div, _numeric_round = Module._numeric_round = e4.numeric_round, _numeric_int8 = Module._numeric_int8 = e4.numeric_int8, _numeric_mul = Module._numeric_mul = e4.numeric_mul, _j2date = Module._j2date = e4.j2date, _EncodeDateOnly = Module._EncodeDateOnly = e4.EncodeDateOnly, _EncodeSpecialDate = Module._EncodeSpecialDate = e4.EncodeSpecialDate, _date_eq = Module._date_eq = e4.date_eq, _date_lt = Module._date_lt = e4.date_lt, _date_le = Module._date_le = e4.date_le, _date_gt = Module._date_gt = e4.date_gt, _date_ge = Module._date_ge = e4.date_ge, _date_cmp = Module._date_cmp = e4.date_cmp, _date_mi = Module._date_mi = e4.date_mi, _timestamp2tm = Module._timestamp2tm = e4.timestamp2tm, _time2tm = Module._time2tm = e4.time2tm, _EncodeTimeOnly = Module._EncodeTimeOnly = e4.EncodeTimeOnly, _time_eq = Module._time_eq = e4.time_eq, _time_lt = Module._time_lt = e4.time_lt, _time_le = Module._time_le = e4.time_le, _time_gt = Module._time_gt = e4.time_gt, _time_ge = Module._time_ge = e4.time_ge, _time_cmp = Module._time_cmp = e4.time_cmp, _time_mi_time = Module._time_mi_time = e4.time_mi_time, _timetz2tm = Module._timetz2tm = e4.timetz2tm, _timetz_cmp = Module._timetz_cmp = e4.timetz_cmp, _pg_tolower = Module._pg_tolower = e4.pg_tolower, _EncodeDateTime = Module._EncodeDateTime = e4.EncodeDateTime, _TransferExpandedObject = Module._TransferExpandedObject = e4.TransferExpandedObject, _forkname_to_number = Module._forkname_to_number = e4.forkname_to_number, _numeric_lt = Module._numeric_lt = e4.numeric_lt, _numeric_abs = Module._numeric_abs = e4.numeric_abs, _numeric_add = Module._numeric_add = e4.numeric_add, _numeric_ge = Module._numeric_ge = e4.numeric_ge, _err_generic_string = Module._err_generic_string = e4.err_generic_string, _domain_check = Module._domain_check = e4.domain_check, _enum_lt = Module._enum_lt = e4.enum_lt, _enum_le = Module._enum_le = e4.enum_le, _enum_ge = Module._enum_ge = e4.enum_ge, _enum_gt = Module._enum_gt = e4.enum_gt, _enum_cmp = Module._enum_cmp = e4.enum_cmp, _make_expanded_record_from_typeid = Module._make_expanded_record_from_typeid = e4.make_expanded_record_from_typeid, _make_expanded_record_from_tupdesc = Module._make_expanded_record_from_tupdesc = e4.make_expanded_record_from_tupdesc, _make_expanded_record_from_exprecord = Module._make_expanded_record_from_exprecord = e4.make_expanded_record_from_exprecord, _expanded_record_set_tuple = Module._expanded_record_set_tuple = e4.expanded_record_set_tuple, _expanded_record_get_tuple = Module._expanded_record_get_tuple = e4.expanded_record_get_tuple, _deconstruct_expanded_record = Module._deconstruct_expanded_record = e4.deconstruct_expanded_record, _expanded_record_lookup_field = Module._expanded_record_lookup_field = e4.expanded_record_lookup_field, _expanded_record_set_field_internal = Module._expanded_record_set_field_internal = e4.expanded_record_set_field_internal, _expanded_record_set_fields = Module._expanded_record_set_fields = e4.expanded_record_set_fields, _float4in_internal = Module._float4in_internal = e4.float4in_internal, _strtof = Module._strtof = e4.strtof, _float_to_shortest_decimal_buf = Module._float_to_shortest_decimal_buf = e4.float_to_shortest_decimal_buf, _float8in = Module._float8in = e4.float8in, _float8in_internal = Module._float8in_internal = e4.float8in_internal, _float8out = Module._float8out = e4.float8out, _float8out_internal = Module._float8out_internal = e4.float8out_internal, _float8pl = Module._float8pl = e4.float8pl, _float4_cmp_internal = Module._float4_cmp_internal = e4.float4_cmp_internal, _btfloat4cmp = Module._btfloat4cmp = e4.btfloat4cmp, _btfloat8cmp = Module._btfloat8cmp = e4.btfloat8cmp, _dtoi4 = Module._dtoi4 = e4.dtoi4, _dtoi2 = Module._dtoi2 = e4.dtoi2, _cbrt = Module._cbrt = e4.cbrt, _dexp = Module._dexp = e4.dexp, _log10 = Module._log10 = e4.log10, _dacos = Module._dacos = e4.dacos, _acos = Module._acos = e4.acos, _dasin = Module._dasin = e4.dasin, _asin = Module._asin = e4.asin, _datan = Module._datan = e4.datan, _atan = Module._atan = e4.atan, _datan2 = Module._datan2 = e4.datan2, _atan2 = Module._atan2 = e4.atan2, _dcos = Module._dcos = e4.dcos, _cos = Module._cos = e4.cos, _dcot = Module._dcot = e4.dcot, _tan = Module._tan = e4.tan, _dsin = Module._dsin = e4.dsin, _sin = Module._sin = e4.sin, _dtan = Module._dtan = e4.dtan, _fmod = Module._fmod = e4.fmod, _degrees = Module._degrees = e4.degrees, _dpi = Module._dpi = e4.dpi, _radians = Module._radians = e4.radians, _sinh = Module._sinh = e4.sinh, _cosh = Module._cosh = e4.cosh, _tanh = Module._tanh = e4.tanh, _asinh = Module._asinh = e4.asinh, _acosh = Module._acosh = e4.acosh, _atanh = Module._atanh = e4.atanh, _float8_accum = Module._float8_accum = e4.float8_accum, _float8_stddev_pop = Module._float8_stddev_pop = e4.float8_stddev_pop, _float8_stddev_samp = Module._float8_stddev_samp = e4.float8_stddev_samp, _asc_tolower = Module._asc_tolower = e4.asc_tolower, _pg_strfold = Module._pg_strfold = e4.pg_strfold, _numeric_power = Module._numeric_power = e4.numeric_power, _dtoi8 = Module._dtoi8 = e4.dtoi8, _int8out = Module._int8out = e4.int8out, _fseeko = Module._fseeko = e4.fseeko, _int4in = Module._int4in = e4.int4in, _int4_bool = Module._int4_bool = e4.int4_bool, _int8pl = Module._int8pl = e4.int8pl, _int84 = Module._int84 = e4.int84, _int82 = Module._int82 = e4.int82, _json_in = Module._json_in = e4.json_in, _EncodeSpecialTimestamp = Module._EncodeSpecialTimestamp = e4.EncodeSpecialTimestamp, _pushJsonbValue = Module._pushJsonbValue = e4.pushJsonbValue, _numeric_int2 = Module._numeric_int2 = e4.numeric_int2, _numeric_int4 = Module._numeric_int4 = e4.numeric_int4, _numeric_float4 = Module._numeric_float4 = e4.numeric_float4, _numeric_normalize = Module._numeric_normalize = e4.numeric_normalize, _numeric_cmp = Module._numeric_cmp = e4.numeric_cmp, _numeric_eq = Module._numeric_eq = e4.numeric_eq, _hash_numeric = Module._hash_numeric = e4.hash_numeric, _hash_numeric_extended = Module._hash_numeric_extended = e4.hash_numeric_extended, _int2_numeric = Module._int2_numeric = e4.int2_numeric, _int4_numeric = Module._int4_numeric = e4.int4_numeric, _int8_numeric = Module._int8_numeric = e4.int8_numeric, _float4_numeric = Module._float4_numeric = e4.float4_numeric, _float8_numeric = Module._float8_numeric = e4.float8_numeric, _numeric_uminus = Module._numeric_uminus = e4.numeric_uminus, _numeric_is_nan = Module._numeric_is_nan = e4.numeric_is_nan, _numeric_ceil = Module._numeric_ceil = e4.numeric_ceil, _numeric_floor = Module._numeric_floor = e4.numeric_floor, _timestamp_cmp = Module._timestamp_cmp = e4.timestamp_cmp, _macaddr_cmp = Module._macaddr_cmp = e4.macaddr_cmp, _macaddr_lt = Module._macaddr_lt = e4.macaddr_lt, _macaddr_le = Module._macaddr_le = e4.macaddr_le, _macaddr_eq = Module._macaddr_eq = e4.macaddr_eq, _macaddr_ge = Module._macaddr_ge = e4.macaddr_ge, _macaddr_gt = Module._macaddr_gt = e4.macaddr_gt, _macaddr8_cmp = Module._macaddr8_cmp = e4.macaddr8_cmp, _macaddr8_lt = Module._macaddr8_lt = e4.macaddr8_lt, _macaddr8_le = Module._macaddr8_le = e4.macaddr8_le, _macaddr8_eq = Module._macaddr8_eq = e4.macaddr8_eq, _macaddr8_ge = Module._macaddr8_ge = e4.macaddr8_ge, _macaddr8_gt = Module._macaddr8_gt = e4.macaddr8_gt, _current_query = Module._current_query = e4.current_query, _generate_collation_name = Module._generate_collation_name = e4.generate_collation_name, _get_fn_expr_arg_stable = Module._get_fn_expr_arg_stable = e4.get_fn_expr_arg_stable, _unpack_sql_state = Module._unpack_sql_state = e4.unpack_sql_state, _get_fn_expr_rettype = Module._get_fn_expr_rettype = e4.get_fn_expr_rettype, _btnamecmp = Module._btnamecmp = e4.btnamecmp, _inet_in = Module._inet_in = e4.inet_in, _network_cmp = Module._network_cmp = e4.network_cmp, _convert_network_to_scalar = Module._convert_network_to_scalar = e4.convert_network_to_scalar, _numeric_sign = Module._numeric_sign = e4.numeric_sign, _numeric_gt = Module._numeric_gt = e4.numeric_gt, _numeric_le = Module._numeric_le = e4.numeric_le, _numeric_mod = Module._numeric_mod = e4.numeric_mod, _numeric_sqrt = Module._numeric_sqrt = e4.numeric_sqrt, ___divti3 = Module.___divti3 = e4.__divti3, _numeric_exp = Module._numeric_exp = e4.numeric_exp, _numeric_ln = Module._numeric_ln = e4.numeric_ln, _numeric_log = Module._numeric_log = e4.numeric_log, _numeric_float8_no_overflow = Module._numeric_float8_no_overflow = e4.numeric_float8_no_overflow, _oidout = Module._oidout = e4.oidout, _btrim1 = Module._btrim1 = e4.btrim1, _ltrim1 = Module._ltrim1 = e4.ltrim1, _rtrim1 = Module._rtrim1 = e4.rtrim1, _tuplesort_skiptuples = Module._tuplesort_skiptuples = e4.tuplesort_skiptuples, _interval_mi = Module._interval_mi = e4.interval_mi, _setlocale = Module._setlocale = e4.setlocale, _newlocale = Module._newlocale = e4.newlocale, _strftime_l = Module._strftime_l = e4.strftime_l, _freelocale = Module._freelocale = e4.freelocale, _pg_utf_mblen_private = Module._pg_utf_mblen_private = e4.pg_utf_mblen_private, _uselocale = Module._uselocale = e4.uselocale, _strcoll_l = Module._strcoll_l = e4.strcoll_l, _strxfrm_l = Module._strxfrm_l = e4.strxfrm_l, _drandom = Module._drandom = e4.drandom, _quote_ident = Module._quote_ident = e4.quote_ident, _textregexeq = Module._textregexeq = e4.textregexeq, _text_substr = Module._text_substr = e4.text_substr, _pg_wchar2mb_with_len = Module._pg_wchar2mb_with_len = e4.pg_wchar2mb_with_len, _regexp_split_to_array = Module._regexp_split_to_array = e4.regexp_split_to_array, _regclassin = Module._regclassin = e4.regclassin, _regtypeout = Module._regtypeout = e4.regtypeout, _regconfigout = Module._regconfigout = e4.regconfigout, _pg_get_indexdef_columns_extended = Module._pg_get_indexdef_columns_extended = e4.pg_get_indexdef_columns_extended, _pg_get_querydef = Module._pg_get_querydef = e4.pg_get_querydef, _strcspn = Module._strcspn = e4.strcspn, _generic_restriction_selectivity = Module._generic_restriction_selectivity = e4.generic_restriction_selectivity, _genericcostestimate = Module._genericcostestimate = e4.genericcostestimate, _tidin = Module._tidin = e4.tidin, _tidout = Module._tidout = e4.tidout, _timestamp_in = Module._timestamp_in = e4.timestamp_in, _timestamp_eq = Module._timestamp_eq = e4.timestamp_eq, _timestamp_lt = Module._timestamp_lt = e4.timestamp_lt, _timestamp_gt = Module._timestamp_gt = e4.timestamp_gt, _timestamp_le = Module._timestamp_le = e4.timestamp_le, _timestamp_ge = Module._timestamp_ge = e4.timestamp_ge, _interval_eq = Module._interval_eq = e4.interval_eq, _interval_lt = Module._interval_lt = e4.interval_lt, _interval_gt = Module._interval_gt = e4.interval_gt, _interval_le = Module._interval_le = e4.interval_le, _interval_ge = Module._interval_ge = e4.interval_ge, _interval_cmp = Module._interval_cmp = e4.interval_cmp, _timestamp_mi = Module._timestamp_mi = e4.timestamp_mi, _interval_um = Module._interval_um = e4.interval_um, _tsquery_requires_match = Module._tsquery_requires_match = e4.tsquery_requires_match, _TS_execute_ternary = Module._TS_execute_ternary = e4.TS_execute_ternary, _has_fn_opclass_options = Module._has_fn_opclass_options = e4.has_fn_opclass_options, _uuid_in = Module._uuid_in = e4.uuid_in, _uuid_out = Module._uuid_out = e4.uuid_out, _uuid_cmp = Module._uuid_cmp = e4.uuid_cmp, _gen_random_uuid = Module._gen_random_uuid = e4.gen_random_uuid, _varbit_in = Module._varbit_in = e4.varbit_in, _biteq = Module._biteq = e4.biteq, _bitlt = Module._bitlt = e4.bitlt, _bitle = Module._bitle = e4.bitle, _bitgt = Module._bitgt = e4.bitgt, _bitge = Module._bitge = e4.bitge, _bitcmp = Module._bitcmp = e4.bitcmp, _bitlength = Module._bitlength = e4.bitlength, _bpchareq = Module._bpchareq = e4.bpchareq, _bpcharlt = Module._bpcharlt = e4.bpcharlt, _bpcharle = Module._bpcharle = e4.bpcharle, _bpchargt = Module._bpchargt = e4.bpchargt, _bpcharge = Module._bpcharge = e4.bpcharge, _bpcharcmp = Module._bpcharcmp = e4.bpcharcmp, _pg_detoast_datum_slice = Module._pg_detoast_datum_slice = e4.pg_detoast_datum_slice, _text_substr_no_len = Module._text_substr_no_len = e4.text_substr_no_len, _texteq = Module._texteq = e4.texteq, _text_lt = Module._text_lt = e4.text_lt, _text_le = Module._text_le = e4.text_le, _text_gt = Module._text_gt = e4.text_gt, _text_ge = Module._text_ge = e4.text_ge, _bttextcmp = Module._bttextcmp = e4.bttextcmp, _byteaeq = Module._byteaeq = e4.byteaeq, _bytealt = Module._bytealt = e4.bytealt, _byteale = Module._byteale = e4.byteale, _byteagt = Module._byteagt = e4.byteagt, _byteage = Module._byteage = e4.byteage, _byteacmp = Module._byteacmp = e4.byteacmp, _to_hex32 = Module._to_hex32 = e4.to_hex32, _text_left = Module._text_left = e4.text_left, _text_right = Module._text_right = e4.text_right, _text_reverse = Module._text_reverse = e4.text_reverse, _varstr_levenshtein = Module._varstr_levenshtein = e4.varstr_levenshtein, _wcslen = Module._wcslen = e4.wcslen, _pg_xml_init = Module._pg_xml_init = e4.pg_xml_init, _xml_ereport = Module._xml_ereport = e4.xml_ereport, _pg_xml_done = Module._pg_xml_done = e4.pg_xml_done, _pg_do_encoding_conversion = Module._pg_do_encoding_conversion = e4.pg_do_encoding_conversion, _CreateCacheMemoryContext = Module._CreateCacheMemoryContext = e4.CreateCacheMemoryContext, _cfunc_resolve_polymorphic_argtypes = Module._cfunc_resolve_polymorphic_argtypes = e4.cfunc_resolve_polymorphic_argtypes, _get_typsubscript = Module._get_typsubscript = e4.get_typsubscript, _CachedPlanAllowsSimpleValidityCheck = Module._CachedPlanAllowsSimpleValidityCheck = e4.CachedPlanAllowsSimpleValidityCheck, _CachedPlanIsSimplyValid = Module._CachedPlanIsSimplyValid = e4.CachedPlanIsSimplyValid, _GetCachedExpression = Module._GetCachedExpression = e4.GetCachedExpression, _FreeCachedExpression = Module._FreeCachedExpression = e4.FreeCachedExpression, _ReleaseAllPlanCacheRefsInOwner = Module._ReleaseAllPlanCacheRefsInOwner = e4.ReleaseAllPlanCacheRefsInOwner, _SearchSysCache = Module._SearchSysCache = e4.SearchSysCache, _lookup_rowtype_tupdesc_noerror = Module._lookup_rowtype_tupdesc_noerror = e4.lookup_rowtype_tupdesc_noerror, _abort = Module._abort = e4.abort, _in_error_recursion_trouble = Module._in_error_recursion_trouble = e4.in_error_recursion_trouble, _pg_vfprintf = Module._pg_vfprintf = e4.pg_vfprintf, _pgl_longjmp = Module._pgl_longjmp = e4.pgl_longjmp, _openlog = Module._openlog = e4.openlog, _syslog = Module._syslog = e4.syslog, _GetErrorContextStack = Module._GetErrorContextStack = e4.GetErrorContextStack, _closelog = Module._closelog = e4.closelog, _dlsym = Module._dlsym = e4.dlsym, _dlopen = Module._dlopen = e4.dlopen, _dlerror = Module._dlerror = e4.dlerror, _dlclose = Module._dlclose = e4.dlclose, _find_rendezvous_variable = Module._find_rendezvous_variable = e4.find_rendezvous_variable, _CallerFInfoFunctionCall1 = Module._CallerFInfoFunctionCall1 = e4.CallerFInfoFunctionCall1, _CallerFInfoFunctionCall2 = Module._CallerFInfoFunctionCall2 = e4.CallerFInfoFunctionCall2, _FunctionCall0Coll = Module._FunctionCall0Coll = e4.FunctionCall0Coll, _RelationNameGetTupleDesc = Module._RelationNameGetTupleDesc = e4.RelationNameGetTupleDesc, _memcpy = Module._memcpy = e4.memcpy, _hash_freeze = Module._hash_freeze = e4.hash_freeze, _chdir = Module._chdir = e4.chdir, _pg_bindtextdomain = Module._pg_bindtextdomain = e4.pg_bindtextdomain, _pg_mblen = Module._pg_mblen = e4.pg_mblen, _check_encoding_conversion_args = Module._check_encoding_conversion_args = e4.check_encoding_conversion_args, _DefineCustomBoolVariable = Module._DefineCustomBoolVariable = e4.DefineCustomBoolVariable, _DefineCustomIntVariable = Module._DefineCustomIntVariable = e4.DefineCustomIntVariable, _DefineCustomRealVariable = Module._DefineCustomRealVariable = e4.DefineCustomRealVariable, _DefineCustomStringVariable = Module._DefineCustomStringVariable = e4.DefineCustomStringVariable, _DefineCustomEnumVariable = Module._DefineCustomEnumVariable = e4.DefineCustomEnumVariable, _MarkGUCPrefixReserved = Module._MarkGUCPrefixReserved = e4.MarkGUCPrefixReserved, _sampler_random_init_state = Module._sampler_random_init_state = e4.sampler_random_init_state, _dsa_trim = Module._dsa_trim = e4.dsa_trim, _pchomp = Module._pchomp = e4.pchomp, _PinPortal = Module._PinPortal = e4.PinPortal, _UnpinPortal = Module._UnpinPortal = e4.UnpinPortal, ___lshrti3 = Module.___lshrti3 = e4.__lshrti3, _realpath = Module._realpath = e4.realpath, _float_to_shortest_decimal_bufn = Module._float_to_shortest_decimal_bufn = e4.float_to_shortest_decimal_bufn, _IsValidJsonNumber = Module._IsValidJsonNumber = e4.IsValidJsonNumber, _pg_prng_uint64 = Module._pg_prng_uint64 = e4.pg_prng_uint64, _makeStringInfoExt = Module._makeStringInfoExt = e4.makeStringInfoExt, _initStringInfoExt = Module._initStringInfoExt = e4.initStringInfoExt, _pgl_getpwuid = Module._pgl_getpwuid = e4.pgl_getpwuid, _getcwd = Module._getcwd = e4.getcwd, _pthread_mutex_lock = Module._pthread_mutex_lock = e4.pthread_mutex_lock, _localeconv = Module._localeconv = e4.localeconv, _pthread_mutex_unlock = Module._pthread_mutex_unlock = e4.pthread_mutex_unlock, _nanosleep = Module._nanosleep = e4.nanosleep, _sigaction = Module._sigaction = e4.sigaction, _strchrnul = Module._strchrnul = e4.strchrnul, _snprintf = Module._snprintf = e4.snprintf, _strerror_r = Module._strerror_r = e4.strerror_r, _clear_setitimer = Module._clear_setitimer = e4.clear_setitimer, _pgl_setPGliteActive = Module._pgl_setPGliteActive = e4.pgl_setPGliteActive, _pgl_siglongjmp = Module._pgl_siglongjmp = e4.pgl_siglongjmp, _pgl_set_system_fn = Module._pgl_set_system_fn = e4.pgl_set_system_fn, _pgl_set_popen_fn = Module._pgl_set_popen_fn = e4.pgl_set_popen_fn, _pgl_set_pclose_fn = Module._pgl_set_pclose_fn = e4.pgl_set_pclose_fn, _pgl_run_atexit_funcs = Module._pgl_run_atexit_funcs = e4.pgl_run_atexit_funcs, _pgl_freopen = Module._pgl_freopen = e4.pgl_freopen, _fiprintf = Module._fiprintf = e4.fiprintf, _pgl_set_rw_cbs = Module._pgl_set_rw_cbs = e4.pgl_set_rw_cbs, _vfprintf = Module._vfprintf = e4.vfprintf, _pthread_key_create = Module._pthread_key_create = e4.pthread_key_create, _pthread_getspecific = Module._pthread_getspecific = e4.pthread_getspecific, _pthread_key_delete = Module._pthread_key_delete = e4.pthread_key_delete, _pthread_setspecific = Module._pthread_setspecific = e4.pthread_setspecific, _toupper = Module._toupper = e4.toupper, _iconv_open = Module._iconv_open = e4.iconv_open, _iconv_close = Module._iconv_close = e4.iconv_close, _iconv = Module._iconv = e4.iconv, _pthread_mutex_init = Module._pthread_mutex_init = e4.pthread_mutex_init, _pthread_mutex_destroy = Module._pthread_mutex_destroy = e4.pthread_mutex_destroy, _pthread_cond_init = Module._pthread_cond_init = e4.pthread_cond_init, _pthread_cond_destroy = Module._pthread_cond_destroy = e4.pthread_cond_destroy, _pthread_self = Module._pthread_self = e4.pthread_self, _pthread_cond_wait = Module._pthread_cond_wait = e4.pthread_cond_wait, _pthread_cond_signal = Module._pthread_cond_signal = e4.pthread_cond_signal, _pthread_once = Module._pthread_once = e4.pthread_once, ___cxa_atexit = Module.___cxa_atexit = e4.__cxa_atexit, _fputs = Module._fputs = e4.fputs, _vsnprintf = Module._vsnprintf = e4.vsnprintf, ___small_fprintf = Module.___small_fprintf = e4.__small_fprintf, _zcalloc = Module._zcalloc = e4.zcalloc, _zcfree = Module._zcfree = e4.zcfree, ___dynamic_cast = Module.___dynamic_cast = e4.__dynamic_cast, ___cxa_pure_virtual = Module.___cxa_pure_virtual = e4.__cxa_pure_virtual, _modf = Module._modf = e4.modf, _localtime_r = Module._localtime_r = e4.localtime_r, _strncat = Module._strncat = e4.strncat, _munmap = Module._munmap = e4.munmap, ___ctype_get_mb_cur_max = Module.___ctype_get_mb_cur_max = e4.__ctype_get_mb_cur_max, ___ctype_tolower_loc = Module.___ctype_tolower_loc = e4.__ctype_tolower_loc, ___ctype_toupper_loc = Module.___ctype_toupper_loc = e4.__ctype_toupper_loc, _fdopen = Module._fdopen = e4.fdopen, _sqrt = Module._sqrt = e4.sqrt, _acosl = Module._acosl = e4.acosl, _aligned_alloc = Module._aligned_alloc = e4.aligned_alloc, _atan2l = Module._atan2l = e4.atan2l, ___funcs_on_exit = e4.__funcs_on_exit, _atexit = Module._atexit = e4.atexit, ___cxa_finalize = Module.___cxa_finalize = e4.__cxa_finalize, _btowc = Module._btowc = e4.btowc, _clock = Module._clock = e4.clock, _scalbn = Module._scalbn = e4.scalbn, _cosl = Module._cosl = e4.cosl, _dladdr = Module._dladdr = e4.dladdr, ___dl_seterr = e4.__dl_seterr, _duplocale = Module._duplocale = e4.duplocale, __emscripten_find_dylib = e4._emscripten_find_dylib, _memmove = Module._memmove = e4.memmove, _memset = Module._memset = e4.memset, _fchmod = Module._fchmod = e4.fchmod, _fchmodat = Module._fchmodat = e4.fchmodat, _fchown = Module._fchown = e4.fchown, _fcntl = Module._fcntl = e4.fcntl, _fdopendir = Module._fdopendir = e4.fdopendir, _fmax = Module._fmax = e4.fmax, _fmin = Module._fmin = e4.fmin, _fputwc = Module._fputwc = e4.fputwc, _frexp = Module._frexp = e4.frexp, _ftell = Module._ftell = e4.ftell, _getentropy = Module._getentropy = e4.getentropy, _geteuid = Module._geteuid = e4.geteuid, _getgid = Module._getgid = e4.getgid, _mbtowc = Module._mbtowc = e4.mbtowc, _getuid = Module._getuid = e4.getuid, _getwc = Module._getwc = e4.getwc, _gmtime = Module._gmtime = e4.gmtime, _hypot = Module._hypot = e4.hypot, _mbrtowc = Module._mbrtowc = e4.mbrtowc, _ioctl = Module._ioctl = e4.ioctl, _isalpha = Module._isalpha = e4.isalpha, _isgraph = Module._isgraph = e4.isgraph, _isspace = Module._isspace = e4.isspace, _iswblank_l = Module._iswblank_l = e4.iswblank_l, _iswcntrl_l = Module._iswcntrl_l = e4.iswcntrl_l, _iswxdigit_l = Module._iswxdigit_l = e4.iswxdigit_l, _isxdigit_l = Module._isxdigit_l = e4.isxdigit_l, _pthread_cond_broadcast = Module._pthread_cond_broadcast = e4.pthread_cond_broadcast, _pthread_atfork = Module._pthread_atfork = e4.pthread_atfork, _pthread_mutex_trylock = Module._pthread_mutex_trylock = e4.pthread_mutex_trylock, _pthread_create = Module._pthread_create = e4.pthread_create, _pthread_join = Module._pthread_join = e4.pthread_join, _pthread_cond_timedwait = Module._pthread_cond_timedwait = e4.pthread_cond_timedwait, _pthread_detach = Module._pthread_detach = e4.pthread_detach, _link = Module._link = e4.link, _llround = Module._llround = e4.llround, _localtime = Module._localtime = e4.localtime, _log2 = Module._log2 = e4.log2, _logb = Module._logb = e4.logb, _lround = Module._lround = e4.lround, _mbrlen = Module._mbrlen = e4.mbrlen, _mbsnrtowcs = Module._mbsnrtowcs = e4.mbsnrtowcs, _mbsrtowcs = Module._mbsrtowcs = e4.mbsrtowcs, _memmem = Module._memmem = e4.memmem, _memrchr = Module._memrchr = e4.memrchr, _emscripten_builtin_memalign = e4.emscripten_builtin_memalign, _socket = Module._socket = e4.socket, _nextafter = Module._nextafter = e4.nextafter, _nextafterf = Module._nextafterf = e4.nextafterf, _ntohs = e4.ntohs, _openat = Module._openat = e4.openat, _pathconf = Module._pathconf = e4.pathconf, _perror = Module._perror = e4.perror, _iprintf = Module._iprintf = e4.iprintf, ___small_printf = Module.___small_printf = e4.__small_printf, _pthread_mutexattr_getprotocol = Module._pthread_mutexattr_getprotocol = e4.pthread_mutexattr_getprotocol, _pthread_mutexattr_getpshared = Module._pthread_mutexattr_getpshared = e4.pthread_mutexattr_getpshared, _pthread_mutexattr_getrobust = Module._pthread_mutexattr_getrobust = e4.pthread_mutexattr_getrobust, _pthread_mutexattr_gettype = Module._pthread_mutexattr_gettype = e4.pthread_mutexattr_gettype, _pthread_mutexattr_destroy = Module._pthread_mutexattr_destroy = e4.pthread_mutexattr_destroy, _pthread_mutexattr_init = Module._pthread_mutexattr_init = e4.pthread_mutexattr_init, _pthread_mutexattr_setprotocol = Module._pthread_mutexattr_setprotocol = e4.pthread_mutexattr_setprotocol, _pthread_mutexattr_setpshared = Module._pthread_mutexattr_setpshared = e4.pthread_mutexattr_setpshared, _pthread_mutexattr_settype = Module._pthread_mutexattr_settype = e4.pthread_mutexattr_settype, _putchar = Module._putchar = e4.putchar, _qsort = Module._qsort = e4.qsort, _srand = Module._srand = e4.srand, _rand = Module._rand = e4.rand, _remainder = Module._remainder = e4.remainder, _remove = Module._remove = e4.remove, _remquo = Module._remquo = e4.remquo, _round = Module._round = e4.round, _roundf = Module._roundf = e4.roundf, __emscripten_timeout = e4._emscripten_timeout, _sinl = Module._sinl = e4.sinl, _siprintf = Module._siprintf = e4.siprintf, _sqrtl = Module._sqrtl = e4.sqrtl, _vsscanf = Module._vsscanf = e4.vsscanf, _statvfs = Module._statvfs = e4.statvfs, _strcasecmp = Module._strcasecmp = e4.strcasecmp, _strerror = Module._strerror = e4.strerror, _strftime = Module._strftime = e4.strftime, _strncasecmp = Module._strncasecmp = e4.strncasecmp, ___floatsitf = Module.___floatsitf = e4.__floatsitf, ___multf3 = Module.___multf3 = e4.__multf3, ___addtf3 = Module.___addtf3 = e4.__addtf3, ___extenddftf2 = Module.___extenddftf2 = e4.__extenddftf2, ___getf2 = Module.___getf2 = e4.__getf2, ___subtf3 = Module.___subtf3 = e4.__subtf3, ___divtf3 = Module.___divtf3 = e4.__divtf3, ___eqtf2 = Module.___eqtf2 = e4.__eqtf2, ___letf2 = Module.___letf2 = e4.__letf2, ___trunctfdf2 = Module.___trunctfdf2 = e4.__trunctfdf2, _strtold = Module._strtold = e4.strtold, _strtof_l = Module._strtof_l = e4.strtof_l, _strtod_l = Module._strtod_l = e4.strtod_l, _strtold_l = Module._strtold_l = e4.strtold_l, _strtok = Module._strtok = e4.strtok, _strtoull_l = Module._strtoull_l = e4.strtoull_l, _strtoll_l = Module._strtoll_l = e4.strtoll_l, _swprintf = Module._swprintf = e4.swprintf, _connect = Module._connect = e4.connect, _trunc = Module._trunc = e4.trunc, _ungetc = Module._ungetc = e4.ungetc, _ungetwc = Module._ungetwc = e4.ungetwc, _unlinkat = Module._unlinkat = e4.unlinkat, _usleep = Module._usleep = e4.usleep, _utimensat = Module._utimensat = e4.utimensat, _vasprintf = Module._vasprintf = e4.vasprintf, _wcrtomb = Module._wcrtomb = e4.wcrtomb, _wcscoll_l = Module._wcscoll_l = e4.wcscoll_l, _wcsnrtombs = Module._wcsnrtombs = e4.wcsnrtombs, _wcstof = Module._wcstof = e4.wcstof, _wcstod = Module._wcstod = e4.wcstod, _wcstold = Module._wcstold = e4.wcstold, _wcstoull = Module._wcstoull = e4.wcstoull, _wcstoll = Module._wcstoll = e4.wcstoll, _wcstoul = Module._wcstoul = e4.wcstoul, _wcstol = Module._wcstol = e4.wcstol, _wcsxfrm_l = Module._wcsxfrm_l = e4.wcsxfrm_l, _wctob = Module._wctob = e4.wctob, _wmemchr = Module._wmemchr = e4.wmemchr, _wmemcmp = Module._wmemcmp = e4.wmemcmp, _emscripten_get_sbrk_ptr = e4.emscripten_get_sbrk_ptr, ___ashlti3 = Module.___ashlti3 = e4.__ashlti3, ___lttf2 = Module.___lttf2 = e4.__lttf2, _setThrew = e4.setThrew, __emscripten_tempret_set = e4._emscripten_tempret_set, __emscripten_tempret_get = e4._emscripten_tempret_get, ___fixtfsi = Module.___fixtfsi = e4.__fixtfsi, __emscripten_stack_restore = e4._emscripten_stack_restore, __emscripten_stack_alloc = e4._emscripten_stack_alloc, _emscripten_stack_get_current = e4.emscripten_stack_get_current, ___cxa_decrement_exception_refcount = Module.___cxa_decrement_exception_refcount = e4.__cxa_decrement_exception_refcount, ___cxa_increment_exception_refcount = Module.___cxa_increment_exception_refcount = e4.__cxa_increment_exception_refcount, ___cxa_bad_cast = Module.___cxa_bad_cast = e4.__cxa_bad_cast, ___cxa_bad_typeid = Module.___cxa_bad_typeid = e4.__cxa_bad_typeid, ___cxa_allocate_exception = Module.___cxa_allocate_exception = e4.__cxa_allocate_exception, ___cxa_free_exception = Module.___cxa_free_exception = e4.__cxa_free_exception, ___cxa_init_primary_exception = Module.___cxa_init_primary_exception = e4.__cxa_init_primary_exception, ___cxa_get_exception_ptr = Module.___cxa_get_exception_ptr = e4.__cxa_get_exception_ptr, ___stack_pointer = Module.___stack_pointer = e4.__stack_pointer, ___table_base = Module.___table_base = e4.__table_base.value, _LocalBufferBlockPointers = Module._LocalBufferBlockPointers = e4.LocalBufferBlockPointers.value, _BufferBlocks = Module._BufferBlocks = e4.BufferBlocks.value, _wal_level = Module._wal_level = e4.wal_level.value, _CurrentMemoryContext = Module._CurrentMemoryContext = e4.CurrentMemoryContext.value, ___memory_base = Module.___memory_base = e4.__memory_base.value, _SnapshotAnyData = Module._SnapshotAnyData = e4.SnapshotAnyData.value, _debug_query_string = Module._debug_query_string = e4.debug_query_string.value, _maintenance_work_mem = Module._maintenance_work_mem = e4.maintenance_work_mem.value, __indirect_function_table = wasmTable = e4.__indirect_function_table, _CritSectionCount = Module._CritSectionCount = e4.CritSectionCount.value, _InterruptPending = Module._InterruptPending = e4.InterruptPending.value, _ParallelWorkerNumber = Module._ParallelWorkerNumber = e4.ParallelWorkerNumber.value, _pg_number_of_ones = Module._pg_number_of_ones = e4.pg_number_of_ones.value, _TopMemoryContext = Module._TopMemoryContext = e4.TopMemoryContext.value, _IsUnderPostmaster = Module._IsUnderPostmaster = e4.IsUnderPostmaster.value, _MainLWLockArray = Module._MainLWLockArray = e4.MainLWLockArray.value, _CurrentResourceOwner = Module._CurrentResourceOwner = e4.CurrentResourceOwner.value, _MyBackendType = Module._MyBackendType = e4.MyBackendType.value, _work_mem = Module._work_mem = e4.work_mem.value, _pg_global_prng_state = Module._pg_global_prng_state = e4.pg_global_prng_state.value, _NBuffers = Module._NBuffers = e4.NBuffers.value, _XactIsoLevel = Module._XactIsoLevel = e4.XactIsoLevel.value, _bsysscan = Module._bsysscan = e4.bsysscan.value, _CheckXidAlive = Module._CheckXidAlive = e4.CheckXidAlive.value, _MyProc = Module._MyProc = e4.MyProc.value, _MyDatabaseId = Module._MyDatabaseId = e4.MyDatabaseId.value, _MyDatabaseTableSpace = Module._MyDatabaseTableSpace = e4.MyDatabaseTableSpace.value, _TTSOpsBufferHeapTuple = Module._TTSOpsBufferHeapTuple = e4.TTSOpsBufferHeapTuple.value, _RecentXmin = Module._RecentXmin = e4.RecentXmin.value, _TTSOpsHeapTuple = Module._TTSOpsHeapTuple = e4.TTSOpsHeapTuple.value, _pgWalUsage = Module._pgWalUsage = e4.pgWalUsage.value, _pgBufferUsage = Module._pgBufferUsage = e4.pgBufferUsage.value, _error_context_stack = Module._error_context_stack = e4.error_context_stack.value, _MyLatch = Module._MyLatch = e4.MyLatch.value, _SnapshotSelfData = Module._SnapshotSelfData = e4.SnapshotSelfData.value, ___THREW__ = Module.___THREW__ = e4.__THREW__.value, ___threwValue = Module.___threwValue = e4.__threwValue.value, _PG_exception_stack = Module._PG_exception_stack = e4.PG_exception_stack.value, _TTSOpsVirtual = Module._TTSOpsVirtual = e4.TTSOpsVirtual.value, _GUC_check_errdetail_string = Module._GUC_check_errdetail_string = e4.GUC_check_errdetail_string.value, _TransamVariables = Module._TransamVariables = e4.TransamVariables.value, _TopTransactionContext = Module._TopTransactionContext = e4.TopTransactionContext.value, _InterruptHoldoffCount = Module._InterruptHoldoffCount = e4.InterruptHoldoffCount.value, _MyProcPid = Module._MyProcPid = e4.MyProcPid.value, _RmgrTable = Module._RmgrTable = e4.RmgrTable.value, _process_shared_preload_libraries_in_progress = Module._process_shared_preload_libraries_in_progress = e4.process_shared_preload_libraries_in_progress.value, _wal_segment_size = Module._wal_segment_size = e4.wal_segment_size.value, _TopTransactionResourceOwner = Module._TopTransactionResourceOwner = e4.TopTransactionResourceOwner.value, _arch_module_check_errdetail_string = Module._arch_module_check_errdetail_string = e4.arch_module_check_errdetail_string.value, _stdout = Module._stdout = e4.stdout.value, _stdin = Module._stdin = e4.stdin.value, _creating_extension = Module._creating_extension = e4.creating_extension.value, _object_access_hook = Module._object_access_hook = e4.object_access_hook.value, _InvalidObjectAddress = Module._InvalidObjectAddress = e4.InvalidObjectAddress.value, _check_function_bodies = Module._check_function_bodies = e4.check_function_bodies.value, _post_parse_analyze_hook = Module._post_parse_analyze_hook = e4.post_parse_analyze_hook.value, _ScanKeywordTokens = Module._ScanKeywordTokens = e4.ScanKeywordTokens.value, _ScanKeywords = Module._ScanKeywords = e4.ScanKeywords.value, _standard_conforming_strings = Module._standard_conforming_strings = e4.standard_conforming_strings.value, _None_Receiver = Module._None_Receiver = e4.None_Receiver.value, _explain_per_plan_hook = Module._explain_per_plan_hook = e4.explain_per_plan_hook.value, _explain_get_index_name_hook = Module._explain_get_index_name_hook = e4.explain_get_index_name_hook.value, _explain_per_node_hook = Module._explain_per_node_hook = e4.explain_per_node_hook.value, _CacheMemoryContext = Module._CacheMemoryContext = e4.CacheMemoryContext.value, _SPI_processed = Module._SPI_processed = e4.SPI_processed.value, _SPI_tuptable = Module._SPI_tuptable = e4.SPI_tuptable.value, _TTSOpsMinimalTuple = Module._TTSOpsMinimalTuple = e4.TTSOpsMinimalTuple.value, _check_password_hook = Module._check_password_hook = e4.check_password_hook.value, _ConfigReloadPending = Module._ConfigReloadPending = e4.ConfigReloadPending.value, _max_parallel_maintenance_workers = Module._max_parallel_maintenance_workers = e4.max_parallel_maintenance_workers.value, _DateStyle = Module._DateStyle = e4.DateStyle.value, _ExecutorStart_hook = Module._ExecutorStart_hook = e4.ExecutorStart_hook.value, _ExecutorRun_hook = Module._ExecutorRun_hook = e4.ExecutorRun_hook.value, _ExecutorFinish_hook = Module._ExecutorFinish_hook = e4.ExecutorFinish_hook.value, _ExecutorEnd_hook = Module._ExecutorEnd_hook = e4.ExecutorEnd_hook.value, _ExecutorCheckPerms_hook = Module._ExecutorCheckPerms_hook = e4.ExecutorCheckPerms_hook.value, _SPI_result = Module._SPI_result = e4.SPI_result.value, _stderr = Module._stderr = e4.stderr.value, _MyProcPort = Module._MyProcPort = e4.MyProcPort.value, _ClientAuthentication_hook = Module._ClientAuthentication_hook = e4.ClientAuthentication_hook.value, _set_rel_pathlist_hook = Module._set_rel_pathlist_hook = e4.set_rel_pathlist_hook.value, _cpu_tuple_cost = Module._cpu_tuple_cost = e4.cpu_tuple_cost.value, _cpu_operator_cost = Module._cpu_operator_cost = e4.cpu_operator_cost.value, _seq_page_cost = Module._seq_page_cost = e4.seq_page_cost.value, _planner_hook = Module._planner_hook = e4.planner_hook.value, _get_relation_info_hook = Module._get_relation_info_hook = e4.get_relation_info_hook.value, _QueryCancelPending = Module._QueryCancelPending = e4.QueryCancelPending.value, _ShutdownRequestPending = Module._ShutdownRequestPending = e4.ShutdownRequestPending.value, _MyStartTime = Module._MyStartTime = e4.MyStartTime.value, _cluster_name = Module._cluster_name = e4.cluster_name.value, _ProcDiePending = Module._ProcDiePending = e4.ProcDiePending.value, _application_name = Module._application_name = e4.application_name.value, _row_security_policy_hook_restrictive = Module._row_security_policy_hook_restrictive = e4.row_security_policy_hook_restrictive.value, _row_security_policy_hook_permissive = Module._row_security_policy_hook_permissive = e4.row_security_policy_hook_permissive.value, _BufferDescriptors = Module._BufferDescriptors = e4.BufferDescriptors.value, _shmem_startup_hook = Module._shmem_startup_hook = e4.shmem_startup_hook.value, _ProcessUtility_hook = Module._ProcessUtility_hook = e4.ProcessUtility_hook.value, _IntervalStyle = Module._IntervalStyle = e4.IntervalStyle.value, _extra_float_digits = Module._extra_float_digits = e4.extra_float_digits.value, _ScanKeywordCategories = Module._ScanKeywordCategories = e4.ScanKeywordCategories.value, _pg_crc32_table = Module._pg_crc32_table = e4.pg_crc32_table.value, _shmem_request_hook = Module._shmem_request_hook = e4.shmem_request_hook.value, _z_errmsg = Module._z_errmsg = e4.z_errmsg.value, __length_code = Module.__length_code = e4._length_code.value, __dist_code = Module.__dist_code = e4._dist_code.value, ___heap_base = e4.__heap_base.value;
  }
  var wasmImports = { __assert_fail: ___assert_fail, __call_sighandler: ___call_sighandler, __cxa_begin_catch: ___cxa_begin_catch, __cxa_current_primary_exception: ___cxa_current_primary_exception, __cxa_end_catch: ___cxa_end_catch, __cxa_find_matching_catch_2: ___cxa_find_matching_catch_2, __cxa_find_matching_catch_3: ___cxa_find_matching_catch_3, __cxa_rethrow: ___cxa_rethrow, __cxa_rethrow_primary_exception: ___cxa_rethrow_primary_exception, __cxa_throw: ___cxa_throw, __cxa_uncaught_exceptions: ___cxa_uncaught_exceptions, __resumeException: ___resumeException, __syscall_accept4: ___syscall_accept4, __syscall_bind: ___syscall_bind, __syscall_chdir: ___syscall_chdir, __syscall_chmod: ___syscall_chmod, __syscall_connect: ___syscall_connect, __syscall_dup: ___syscall_dup, __syscall_dup3: ___syscall_dup3, __syscall_faccessat: ___syscall_faccessat, __syscall_fadvise64: ___syscall_fadvise64, __syscall_fallocate: ___syscall_fallocate, __syscall_fchmod: ___syscall_fchmod, __syscall_fchmodat2: ___syscall_fchmodat2, __syscall_fchown32: ___syscall_fchown32, __syscall_fchownat: ___syscall_fchownat, __syscall_fcntl64: ___syscall_fcntl64, __syscall_fdatasync: ___syscall_fdatasync, __syscall_fstat64: ___syscall_fstat64, __syscall_ftruncate64: ___syscall_ftruncate64, __syscall_getcwd: ___syscall_getcwd, __syscall_getdents64: ___syscall_getdents64, __syscall_getegid32: ___syscall_getegid32, __syscall_geteuid32: ___syscall_geteuid32, __syscall_getgid32: ___syscall_getgid32, __syscall_getuid32: ___syscall_getuid32, __syscall_ioctl: ___syscall_ioctl, __syscall_linkat: ___syscall_linkat, __syscall_listen: ___syscall_listen, __syscall_lstat64: ___syscall_lstat64, __syscall_mkdirat: ___syscall_mkdirat, __syscall_newfstatat: ___syscall_newfstatat, __syscall_openat: ___syscall_openat, __syscall_pipe2: ___syscall_pipe2, __syscall_poll: ___syscall_poll, __syscall_readlinkat: ___syscall_readlinkat, __syscall_recvfrom: ___syscall_recvfrom, __syscall_renameat: ___syscall_renameat, __syscall_rmdir: ___syscall_rmdir, __syscall_sendto: ___syscall_sendto, __syscall_socket: ___syscall_socket, __syscall_stat64: ___syscall_stat64, __syscall_statfs64: ___syscall_statfs64, __syscall_symlinkat: ___syscall_symlinkat, __syscall_truncate64: ___syscall_truncate64, __syscall_umask: ___syscall_umask, __syscall_unlinkat: ___syscall_unlinkat, __syscall_utimensat: ___syscall_utimensat, _abort_js: __abort_js, _dlopen_js: __dlopen_js, _dlsym_js: __dlsym_js, _emscripten_runtime_keepalive_clear: __emscripten_runtime_keepalive_clear, _emscripten_throw_longjmp: __emscripten_throw_longjmp, _gmtime_js: __gmtime_js, _localtime_js: __localtime_js, _mmap_js: __mmap_js, _munmap_js: __munmap_js, _setitimer_js: __setitimer_js, _tzset_js: __tzset_js, clock_time_get: _clock_time_get, emscripten_date_now: _emscripten_date_now, emscripten_force_exit: _emscripten_force_exit, emscripten_get_heap_max: _emscripten_get_heap_max, emscripten_get_now: _emscripten_get_now, emscripten_resize_heap: _emscripten_resize_heap, environ_get: _environ_get, environ_sizes_get: _environ_sizes_get, exit: _exit, fd_close: _fd_close, fd_fdstat_get: _fd_fdstat_get, fd_pread: _fd_pread, fd_pwrite: _fd_pwrite, fd_read: _fd_read, fd_seek: _fd_seek, fd_sync: _fd_sync, fd_write: _fd_write, getTempRet0: _getTempRet0, getaddrinfo: _getaddrinfo, getnameinfo: _getnameinfo, invoke_di, invoke_i, invoke_id, invoke_ii, invoke_iii, invoke_iiii, invoke_iiiii, invoke_iiiiii, invoke_iiiiiii, invoke_iiiiiiii, invoke_iiiiiiiii, invoke_iiiiiiiiii, invoke_iiiiiiiiiii, invoke_iiiiiiiiiiiiii, invoke_iiiiiiiiiiiiiiiiii, invoke_iiiiiji, invoke_iiiij, invoke_iiij, invoke_iiji, invoke_iijj, invoke_ij, invoke_ijiiiii, invoke_ijiiiiii, invoke_ijji, invoke_j, invoke_ji, invoke_jii, invoke_jiiii, invoke_jiiiiii, invoke_jiiiiiiiii, invoke_jij, invoke_v, invoke_vi, invoke_vid, invoke_vii, invoke_viii, invoke_viiii, invoke_viiiii, invoke_viiiiii, invoke_viiiiiii, invoke_viiiiiiii, invoke_viiiiiiiii, invoke_viiiiiiiiiiii, invoke_viiiji, invoke_viij, invoke_viiji, invoke_viijii, invoke_viijiiii, invoke_vij, invoke_viji, invoke_vijiji, invoke_vijjii, invoke_vj, invoke_vji, invoke_vjii, invoke_vjjii, memory: wasmMemory, proc_exit: _proc_exit, random_get: _random_get, sched_yield: _sched_yield, setTempRet0: _setTempRet0 };
  function invoke_ii(e4, t32) {
    var r10 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32);
    } catch (_4) {
      if (stackRestore(r10), !(_4 instanceof EmscriptenEH)) throw _4;
      _setThrew(1, 0);
    }
  }
  function invoke_vii(e4, t32, r10) {
    var _4 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10);
    } catch (n3) {
      if (stackRestore(_4), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiii(e4, t32, r10, _4, n3, a14) {
    var i8 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3, a14);
    } catch (l3) {
      if (stackRestore(i8), !(l3 instanceof EmscriptenEH)) throw l3;
      _setThrew(1, 0);
    }
  }
  function invoke_vi(e4, t32) {
    var r10 = stackSave();
    try {
      getWasmTableEntry(e4)(t32);
    } catch (_4) {
      if (stackRestore(r10), !(_4 instanceof EmscriptenEH)) throw _4;
      _setThrew(1, 0);
    }
  }
  function invoke_v(e4) {
    var t32 = stackSave();
    try {
      getWasmTableEntry(e4)();
    } catch (r10) {
      if (stackRestore(t32), !(r10 instanceof EmscriptenEH)) throw r10;
      _setThrew(1, 0);
    }
  }
  function invoke_iii(e4, t32, r10) {
    var _4 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10);
    } catch (n3) {
      if (stackRestore(_4), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_viii(e4, t32, r10, _4) {
    var n3 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4);
    } catch (a14) {
      if (stackRestore(n3), !(a14 instanceof EmscriptenEH)) throw a14;
      _setThrew(1, 0);
    }
  }
  function invoke_iiii(e4, t32, r10, _4) {
    var n3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4);
    } catch (a14) {
      if (stackRestore(n3), !(a14 instanceof EmscriptenEH)) throw a14;
      _setThrew(1, 0);
    }
  }
  function invoke_jii(e4, t32, r10) {
    var _4 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10);
    } catch (n3) {
      if (stackRestore(_4), !(n3 instanceof EmscriptenEH)) throw n3;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_iiiii(e4, t32, r10, _4, n3) {
    var a14 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3);
    } catch (i8) {
      if (stackRestore(a14), !(i8 instanceof EmscriptenEH)) throw i8;
      _setThrew(1, 0);
    }
  }
  function invoke_i(e4) {
    var t32 = stackSave();
    try {
      return getWasmTableEntry(e4)();
    } catch (r10) {
      if (stackRestore(t32), !(r10 instanceof EmscriptenEH)) throw r10;
      _setThrew(1, 0);
    }
  }
  function invoke_ji(e4, t32) {
    var r10 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32);
    } catch (_4) {
      if (stackRestore(r10), !(_4 instanceof EmscriptenEH)) throw _4;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_jiiiiiiiii(e4, t32, r10, _4, n3, a14, i8, l3, o8, s5) {
    var c5 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3, o8, s5);
    } catch (g7) {
      if (stackRestore(c5), !(g7 instanceof EmscriptenEH)) throw g7;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_jiiiiii(e4, t32, r10, _4, n3, a14, i8) {
    var l3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8);
    } catch (o8) {
      if (stackRestore(l3), !(o8 instanceof EmscriptenEH)) throw o8;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_viiii(e4, t32, r10, _4, n3) {
    var a14 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3);
    } catch (i8) {
      if (stackRestore(a14), !(i8 instanceof EmscriptenEH)) throw i8;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiiiiiiiii(e4, t32, r10, _4, n3, a14, i8, l3, o8, s5, c5, g7, d5, p7) {
    var u3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3, o8, s5, c5, g7, d5, p7);
    } catch (m7) {
      if (stackRestore(u3), !(m7 instanceof EmscriptenEH)) throw m7;
      _setThrew(1, 0);
    }
  }
  function invoke_vji(e4, t32, r10) {
    var _4 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10);
    } catch (n3) {
      if (stackRestore(_4), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_viiji(e4, t32, r10, _4, n3) {
    var a14 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3);
    } catch (i8) {
      if (stackRestore(a14), !(i8 instanceof EmscriptenEH)) throw i8;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiij(e4, t32, r10, _4, n3) {
    var a14 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3);
    } catch (i8) {
      if (stackRestore(a14), !(i8 instanceof EmscriptenEH)) throw i8;
      _setThrew(1, 0);
    }
  }
  function invoke_vijiji(e4, t32, r10, _4, n3, a14) {
    var i8 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3, a14);
    } catch (l3) {
      if (stackRestore(i8), !(l3 instanceof EmscriptenEH)) throw l3;
      _setThrew(1, 0);
    }
  }
  function invoke_viji(e4, t32, r10, _4) {
    var n3 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4);
    } catch (a14) {
      if (stackRestore(n3), !(a14 instanceof EmscriptenEH)) throw a14;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiii(e4, t32, r10, _4, n3, a14) {
    var i8 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14);
    } catch (l3) {
      if (stackRestore(i8), !(l3 instanceof EmscriptenEH)) throw l3;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiiii(e4, t32, r10, _4, n3, a14, i8, l3, o8) {
    var s5 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3, o8);
    } catch (c5) {
      if (stackRestore(s5), !(c5 instanceof EmscriptenEH)) throw c5;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiiiiiiiiiiiii(e4, t32, r10, _4, n3, a14, i8, l3, o8, s5, c5, g7, d5, p7, u3, m7, M2, S4) {
    var v5 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3, o8, s5, c5, g7, d5, p7, u3, m7, M2, S4);
    } catch (F5) {
      if (stackRestore(v5), !(F5 instanceof EmscriptenEH)) throw F5;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiii(e4, t32, r10, _4, n3, a14, i8) {
    var l3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8);
    } catch (o8) {
      if (stackRestore(l3), !(o8 instanceof EmscriptenEH)) throw o8;
      _setThrew(1, 0);
    }
  }
  function invoke_vj(e4, t32) {
    var r10 = stackSave();
    try {
      getWasmTableEntry(e4)(t32);
    } catch (_4) {
      if (stackRestore(r10), !(_4 instanceof EmscriptenEH)) throw _4;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiiiii(e4, t32, r10, _4, n3, a14, i8, l3, o8, s5) {
    var c5 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3, o8, s5);
    } catch (g7) {
      if (stackRestore(c5), !(g7 instanceof EmscriptenEH)) throw g7;
      _setThrew(1, 0);
    }
  }
  function invoke_viij(e4, t32, r10, _4) {
    var n3 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4);
    } catch (a14) {
      if (stackRestore(n3), !(a14 instanceof EmscriptenEH)) throw a14;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiiiiii(e4, t32, r10, _4, n3, a14, i8, l3, o8) {
    var s5 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3, o8);
    } catch (c5) {
      if (stackRestore(s5), !(c5 instanceof EmscriptenEH)) throw c5;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiiiiiii(e4, t32, r10, _4, n3, a14, i8, l3, o8, s5) {
    var c5 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3, o8, s5);
    } catch (g7) {
      if (stackRestore(c5), !(g7 instanceof EmscriptenEH)) throw g7;
      _setThrew(1, 0);
    }
  }
  function invoke_vij(e4, t32, r10) {
    var _4 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10);
    } catch (n3) {
      if (stackRestore(_4), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiiii(e4, t32, r10, _4, n3, a14, i8) {
    var l3 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8);
    } catch (o8) {
      if (stackRestore(l3), !(o8 instanceof EmscriptenEH)) throw o8;
      _setThrew(1, 0);
    }
  }
  function invoke_iiji(e4, t32, r10, _4) {
    var n3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4);
    } catch (a14) {
      if (stackRestore(n3), !(a14 instanceof EmscriptenEH)) throw a14;
      _setThrew(1, 0);
    }
  }
  function invoke_ij(e4, t32) {
    var r10 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32);
    } catch (_4) {
      if (stackRestore(r10), !(_4 instanceof EmscriptenEH)) throw _4;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiiiii(e4, t32, r10, _4, n3, a14, i8, l3) {
    var o8 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3);
    } catch (s5) {
      if (stackRestore(o8), !(s5 instanceof EmscriptenEH)) throw s5;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiji(e4, t32, r10, _4, n3, a14) {
    var i8 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3, a14);
    } catch (l3) {
      if (stackRestore(i8), !(l3 instanceof EmscriptenEH)) throw l3;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiii(e4, t32, r10, _4, n3, a14, i8, l3) {
    var o8 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3);
    } catch (s5) {
      if (stackRestore(o8), !(s5 instanceof EmscriptenEH)) throw s5;
      _setThrew(1, 0);
    }
  }
  function invoke_iiij(e4, t32, r10, _4) {
    var n3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4);
    } catch (a14) {
      if (stackRestore(n3), !(a14 instanceof EmscriptenEH)) throw a14;
      _setThrew(1, 0);
    }
  }
  function invoke_vid(e4, t32, r10) {
    var _4 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10);
    } catch (n3) {
      if (stackRestore(_4), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_j(e4) {
    var t32 = stackSave();
    try {
      return getWasmTableEntry(e4)();
    } catch (r10) {
      if (stackRestore(t32), !(r10 instanceof EmscriptenEH)) throw r10;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_vjjii(e4, t32, r10, _4, n3) {
    var a14 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3);
    } catch (i8) {
      if (stackRestore(a14), !(i8 instanceof EmscriptenEH)) throw i8;
      _setThrew(1, 0);
    }
  }
  function invoke_ijji(e4, t32, r10, _4) {
    var n3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4);
    } catch (a14) {
      if (stackRestore(n3), !(a14 instanceof EmscriptenEH)) throw a14;
      _setThrew(1, 0);
    }
  }
  function invoke_iijj(e4, t32, r10, _4) {
    var n3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4);
    } catch (a14) {
      if (stackRestore(n3), !(a14 instanceof EmscriptenEH)) throw a14;
      _setThrew(1, 0);
    }
  }
  function invoke_jij(e4, t32, r10) {
    var _4 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10);
    } catch (n3) {
      if (stackRestore(_4), !(n3 instanceof EmscriptenEH)) throw n3;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_ijiiiiii(e4, t32, r10, _4, n3, a14, i8, l3) {
    var o8 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3);
    } catch (s5) {
      if (stackRestore(o8), !(s5 instanceof EmscriptenEH)) throw s5;
      _setThrew(1, 0);
    }
  }
  function invoke_viijii(e4, t32, r10, _4, n3, a14) {
    var i8 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3, a14);
    } catch (l3) {
      if (stackRestore(i8), !(l3 instanceof EmscriptenEH)) throw l3;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiji(e4, t32, r10, _4, n3, a14, i8) {
    var l3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8);
    } catch (o8) {
      if (stackRestore(l3), !(o8 instanceof EmscriptenEH)) throw o8;
      _setThrew(1, 0);
    }
  }
  function invoke_viijiiii(e4, t32, r10, _4, n3, a14, i8, l3) {
    var o8 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3);
    } catch (s5) {
      if (stackRestore(o8), !(s5 instanceof EmscriptenEH)) throw s5;
      _setThrew(1, 0);
    }
  }
  function invoke_vijjii(e4, t32, r10, _4, n3, a14) {
    var i8 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3, a14);
    } catch (l3) {
      if (stackRestore(i8), !(l3 instanceof EmscriptenEH)) throw l3;
      _setThrew(1, 0);
    }
  }
  function invoke_vjii(e4, t32, r10, _4) {
    var n3 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4);
    } catch (a14) {
      if (stackRestore(n3), !(a14 instanceof EmscriptenEH)) throw a14;
      _setThrew(1, 0);
    }
  }
  function invoke_jiiii(e4, t32, r10, _4, n3) {
    var a14 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3);
    } catch (i8) {
      if (stackRestore(a14), !(i8 instanceof EmscriptenEH)) throw i8;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_viiiiiiiiiiii(e4, t32, r10, _4, n3, a14, i8, l3, o8, s5, c5, g7, d5) {
    var p7 = stackSave();
    try {
      getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3, o8, s5, c5, g7, d5);
    } catch (u3) {
      if (stackRestore(p7), !(u3 instanceof EmscriptenEH)) throw u3;
      _setThrew(1, 0);
    }
  }
  function invoke_di(e4, t32) {
    var r10 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32);
    } catch (_4) {
      if (stackRestore(r10), !(_4 instanceof EmscriptenEH)) throw _4;
      _setThrew(1, 0);
    }
  }
  function invoke_id(e4, t32) {
    var r10 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32);
    } catch (_4) {
      if (stackRestore(r10), !(_4 instanceof EmscriptenEH)) throw _4;
      _setThrew(1, 0);
    }
  }
  function invoke_ijiiiii(e4, t32, r10, _4, n3, a14, i8) {
    var l3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8);
    } catch (o8) {
      if (stackRestore(l3), !(o8 instanceof EmscriptenEH)) throw o8;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiiiiii(e4, t32, r10, _4, n3, a14, i8, l3, o8, s5, c5) {
    var g7 = stackSave();
    try {
      return getWasmTableEntry(e4)(t32, r10, _4, n3, a14, i8, l3, o8, s5, c5);
    } catch (d5) {
      if (stackRestore(g7), !(d5 instanceof EmscriptenEH)) throw d5;
      _setThrew(1, 0);
    }
  }
  function callMain(e4 = []) {
    var t32 = resolveGlobalSymbol("main").sym;
    if (t32) {
      e4.unshift(thisProgram);
      var r10 = e4.length, _4 = stackAlloc((r10 + 1) * 4), n3 = _4;
      for (var a14 of e4) HEAPU32[n3 >> 2] = stringToUTF8OnStack(a14), n3 += 4;
      HEAPU32[n3 >> 2] = 0;
      try {
        var i8 = t32(r10, _4);
        return exitJS(i8, true), i8;
      } catch (l3) {
        return handleException(l3);
      }
    }
  }
  async function run(e4 = programArgs) {
    preRun(), runDependencies && await resolveRunDependencies();
    var t32 = Module.setStatus;
    if (t32 && (t32("Running..."), await new Promise((_4) => setTimeout(_4, 1)), setTimeout(t32, 1, "")), !ABORT) {
      initRuntime(), Module.onRuntimeInitialized?.();
      var r10 = Module.noInitialRun || true;
      r10 || callMain(e4), postRun();
    }
  }
  var wasmExports;
  return wasmExports = await createWasm(), await run(), quit_ = (e4, t32) => {
    throw t32;
  }, Module;
}
var Xe2 = ut2;
var Ke2 = Xe2;
var J3 = class {
  constructor(t32 = { results: [], throwOnError: false, onNotice: void 0, databaseError: null }) {
    this.results = [];
    this.throwOnError = false;
    this.databaseError = null;
    this.results = t32.results || [], this.throwOnError = t32.throwOnError || false, this.onNotice = t32.onNotice, this.databaseError = t32.databaseError === void 0 ? null : t32.databaseError;
  }
};
var j5;
var Z2;
var x8;
var w6;
var le3;
var oe3;
var me2;
var Te3;
var Ae2;
var se2;
var de;
var he2;
var ce3;
var ee2;
var X2;
var z5;
var te2;
var ue3;
var C5;
var pe2;
var W4;
var E5;
var O3;
var N4;
var Se2;
var ye2;
var Me3;
var ge2;
var h3;
var qe2;
var De3;
var $e2;
var Qe2;
var Je2;
var Ze2;
var xe3;
var ze3;
var we2;
var B4;
var et2;
var tt2;
var rt2;
var _t2;
var nt3;
var D6 = class D7 extends z2 {
  constructor(r10 = {}, _4 = {}) {
    super();
    R(this, h3);
    this.POSTGRES_MAIN_LONGJMP = 100;
    this.PGLITE_EXIT_ALIVE = 99;
    R(this, j5);
    R(this, Z2, false);
    R(this, x8, false);
    R(this, w6, false);
    R(this, le3, false);
    R(this, oe3, new Y2());
    R(this, me2, new Y2());
    R(this, Te3, new Y2());
    R(this, Ae2, new Y2());
    R(this, se2, false);
    this.debug = 0;
    R(this, de);
    R(this, he2, []);
    R(this, ce3, new pe());
    R(this, ee2);
    R(this, X2);
    R(this, z5, /* @__PURE__ */ new Map());
    R(this, te2, /* @__PURE__ */ new Set());
    R(this, ue3, -1);
    R(this, C5, new J3());
    R(this, pe2, -1);
    R(this, W4, []);
    R(this, E5, 0);
    R(this, O3, new Uint8Array(0));
    R(this, N4, 0);
    R(this, Se2, -1);
    R(this, ye2, -1);
    R(this, Me3, -1);
    this.externalCommandStreamFd = null;
    R(this, ge2, false);
    typeof r10 == "string" ? _4 = { dataDir: r10, ..._4 } : _4 = r10, this.dataDir = _4.dataDir, _4.parsers !== void 0 && (this.parsers = { ...this.parsers, ..._4.parsers }), _4.serializers !== void 0 && (this.serializers = { ...this.serializers, ..._4.serializers }), _4?.debug !== void 0 && (this.debug = _4.debug), _4?.relaxedDurability !== void 0 && x(this, le3, _4.relaxedDurability), x(this, de, _4.extensions ?? {}), this.waitReady = T(this, h3, $e2).call(this, _4 ?? {});
  }
  get ENV() {
    return this.mod?.ENV;
  }
  static async create(r10, _4) {
    let n3 = typeof r10 == "string" ? { dataDir: r10, ..._4 ?? {} } : r10 ?? _4 ?? {}, a14 = new D7(n3);
    return await a14.waitReady, a14;
  }
  handleExternalCmd(r10, _4) {
    if (r10.startsWith("locale -a") && _4 === "r") {
      let n3 = this.mod.stringToUTF8OnStack("/pglite/locale-a"), a14 = this.mod.stringToUTF8OnStack(_4);
      return this.mod._fopen(n3, a14);
    }
    throw new Error("Unhandled cmd");
  }
  get Module() {
    return this.mod;
  }
  get ready() {
    return h(this, Z2) && !h(this, x8) && !h(this, w6);
  }
  get closed() {
    return h(this, w6);
  }
  async close() {
    await this._checkReady(), await h(this, me2).runExclusive(async () => {
      await h(this, oe3).runExclusive(async () => {
        await this._checkReady(), x(this, x8, true);
      });
    });
    for (let r10 of h(this, he2)) await r10();
    try {
      this.mod._pgl_setPGliteActive(0), await this.execProtocol($e.end()), this.mod._pgl_run_atexit_funcs();
    } catch (r10) {
      let _4 = r10;
      _4.name === "ExitStatus" && _4.status === 0 || T(this, h3, B4).call(this, "An error occured while closing the db", r10.toString());
    } finally {
      this.mod.removeFunction(h(this, pe2)), this.mod.removeFunction(h(this, ue3));
    }
    await this.fs.closeFs(), x(this, w6, true), x(this, x8, false), x(this, Z2, false), x(this, ge2, false);
    try {
      this.mod._emscripten_force_exit(0);
    } catch (r10) {
      T(this, h3, B4).call(this, r10), r10.status !== 0 && T(this, h3, B4).call(this, "Error when exiting", r10.toString());
    } finally {
      this.mod = void 0;
    }
  }
  async [Symbol.asyncDispose]() {
    await this.close();
  }
  async _handleBlob(r10) {
    x(this, ee2, r10 ? await r10.arrayBuffer() : void 0);
  }
  async _cleanupBlob() {
    x(this, ee2, void 0);
  }
  async _getWrittenBlob() {
    if (!h(this, X2)) return;
    let r10 = new Blob(h(this, X2));
    return x(this, X2, void 0), r10;
  }
  async _checkReady() {
    if (h(this, x8)) throw new Error("PGlite is closing");
    if (h(this, w6)) throw new Error("PGlite is closed");
    h(this, Z2) || await this.waitReady;
  }
  execProtocolRawSync(r10) {
    let _4 = this.mod;
    if (x(this, E5, 0), x(this, N4, 0), x(this, W4, r10), h(this, j5) || x(this, j5, T(this, h3, xe3)), h(this, O3).length !== D7.DEFAULT_RECV_BUF_SIZE && x(this, O3, new Uint8Array(D7.DEFAULT_RECV_BUF_SIZE)), r10[0] === 88) return new Uint8Array(0);
    if (r10[0] === 0) return T(this, h3, nt3).call(this, r10);
    try {
      for (; h(this, E5) < r10.length || _4._pq_buffer_remaining_data() > 0; ) {
        let n3;
        try {
          n3 = _4.stackSave(), _4._PostgresMainLoopOnce();
        } catch (a14) {
          _4.stackRestore(n3), a14.status === this.POSTGRES_MAIN_LONGJMP && _4._PostgresMainLongJmp();
        }
      }
    } finally {
      _4._PostgresSendReadyForQueryIfNecessary(), _4._pgl_pq_flush();
    }
    return x(this, W4, []), h(this, N4) ? new Uint8Array(h(this, O3).subarray(0, h(this, N4))) : new Uint8Array(0);
  }
  async execProtocolRaw(r10, { syncToFs: _4 = true } = {}) {
    let n3 = this.execProtocolRawSync(r10);
    return _4 && await this.syncToFs(), n3;
  }
  async execProtocolRawStream(r10, { syncToFs: _4 = true, onRawData: n3 }) {
    x(this, j5, (a14) => (n3(a14), a14.length)), this.execProtocolRawSync(r10), _4 && await this.syncToFs();
  }
  async execProtocol(r10, { syncToFs: _4 = true, throwOnError: n3 = true, onNotice: a14 } = {}) {
    x(this, C5, new J3({ throwOnError: n3, onNotice: a14 }));
    let i8 = await this.execProtocolRaw(r10, { syncToFs: _4 }), l3 = h(this, C5).databaseError, o8 = { messages: h(this, C5).results, data: i8 };
    if (x(this, C5, new J3()), x(this, j5, void 0), n3 && l3) throw x(this, ce3, new pe()), l3;
    return o8;
  }
  async execProtocolStream(r10, { syncToFs: _4, throwOnError: n3 = true, onNotice: a14 } = {}) {
    x(this, C5, new J3({ throwOnError: n3, onNotice: a14 })), x(this, j5, T(this, h3, ze3)), await this.execProtocolRaw(r10, { syncToFs: _4 });
    let i8 = h(this, C5).databaseError, l3 = h(this, C5).results;
    if (x(this, C5, new J3()), x(this, j5, void 0), n3 && i8) throw x(this, ce3, new pe()), i8;
    return l3;
  }
  isInTransaction() {
    return this.mod._IsTransactionBlock() !== 0;
  }
  async syncToFs() {
    if (h(this, se2)) return;
    x(this, se2, true);
    let r10 = async () => {
      await h(this, Ae2).runExclusive(async () => {
        x(this, se2, false), await this.fs.syncToFs(h(this, le3));
      });
    };
    h(this, le3) ? r10() : await r10();
  }
  async listen(r10, _4, n3) {
    return this._runExclusiveListen(() => T(this, h3, et2).call(this, r10, _4, n3));
  }
  async unlisten(r10, _4, n3) {
    return this._runExclusiveListen(() => T(this, h3, tt2).call(this, r10, _4, n3));
  }
  onNotification(r10) {
    return h(this, te2).add(r10), () => {
      h(this, te2).delete(r10);
    };
  }
  offNotification(r10) {
    h(this, te2).delete(r10);
  }
  async dumpDataDir(r10) {
    return await h(this, oe3).runExclusive(async () => {
      await this._checkReady();
      let n3 = this.dataDir?.split("/").pop() ?? "pgdata";
      return this.fs.dumpTar(n3, r10);
    });
  }
  _runExclusiveQuery(r10) {
    return h(this, oe3).runExclusive(r10);
  }
  _runExclusiveTransaction(r10) {
    return h(this, me2).runExclusive(r10);
  }
  async clone() {
    let r10 = await this.dumpDataDir("none");
    return D7.create({ loadDataDir: r10, extensions: h(this, de) });
  }
  _runExclusiveListen(r10) {
    return h(this, Te3).runExclusive(r10);
  }
  callMain(r10) {
    return this.mod.callMain(r10);
  }
  copyToFS(r10, _4, n3) {
    fe(this.mod.FS, r10, _4, n3);
  }
};
j5 = /* @__PURE__ */ new WeakMap(), Z2 = /* @__PURE__ */ new WeakMap(), x8 = /* @__PURE__ */ new WeakMap(), w6 = /* @__PURE__ */ new WeakMap(), le3 = /* @__PURE__ */ new WeakMap(), oe3 = /* @__PURE__ */ new WeakMap(), me2 = /* @__PURE__ */ new WeakMap(), Te3 = /* @__PURE__ */ new WeakMap(), Ae2 = /* @__PURE__ */ new WeakMap(), se2 = /* @__PURE__ */ new WeakMap(), de = /* @__PURE__ */ new WeakMap(), he2 = /* @__PURE__ */ new WeakMap(), ce3 = /* @__PURE__ */ new WeakMap(), ee2 = /* @__PURE__ */ new WeakMap(), X2 = /* @__PURE__ */ new WeakMap(), z5 = /* @__PURE__ */ new WeakMap(), te2 = /* @__PURE__ */ new WeakMap(), ue3 = /* @__PURE__ */ new WeakMap(), C5 = /* @__PURE__ */ new WeakMap(), pe2 = /* @__PURE__ */ new WeakMap(), W4 = /* @__PURE__ */ new WeakMap(), E5 = /* @__PURE__ */ new WeakMap(), O3 = /* @__PURE__ */ new WeakMap(), N4 = /* @__PURE__ */ new WeakMap(), Se2 = /* @__PURE__ */ new WeakMap(), ye2 = /* @__PURE__ */ new WeakMap(), Me3 = /* @__PURE__ */ new WeakMap(), ge2 = /* @__PURE__ */ new WeakMap(), h3 = /* @__PURE__ */ new WeakSet(), qe2 = function(r10) {
  this.debug && console.debug(r10);
}, De3 = function(r10) {
  this.debug && console.error(r10);
}, $e2 = async function(r10) {
  if (r10.fs) this.fs = r10.fs;
  else {
    let { dataDir: d5, fsType: p7 } = We2(r10.dataDir);
    this.fs = await Ve2(d5, p7);
  }
  let _4 = {}, n3 = [], a14 = [...this.debug ? ["-d", this.debug.toString()] : []];
  r10.pgliteWasmModule || m2.startArtifactDownload(new URL("./pglite.wasm", import.meta.url)), r10.initdbWasmModule || m2.startArtifactDownload(new URL("./initdb.wasm", import.meta.url));
  let i8 = r10.fsBundle ? r10.fsBundle.arrayBuffer() : m2.getFsBundle(new URL("./pglite.data", import.meta.url)), l3;
  i8.then((d5) => {
    l3 = d5;
  });
  let o8 = new WebAssembly.Memory({ initial: r10.initialMemory ? r10.initialMemory / (64 * 1024) : 2048, maximum: 32768 }), s5 = { thisProgram: yt2, PGLITE_ENV: {}, WASM_PREFIX: m2.WASM_PREFIX, arguments: a14, noExitRuntime: true, wasmMemory: o8, stdin: () => null, print: (d5) => {
    if (r10.onStdout && r10.onStdout(d5)) return T(this, h3, qe2).call(this, d5);
    T(this, h3, qe2).call(this, d5);
  }, printErr: (d5) => {
    if (r10.onStderr && r10.onStderr(d5)) return T(this, h3, De3).call(this, d5);
    T(this, h3, De3).call(this, d5);
  }, instantiateWasm: (d5, p7) => (m2.instantiateWasm(d5, () => new URL("./pglite.wasm", import.meta.url), r10.pgliteWasmModule).then(({ instance: u3, module: m7 }) => {
    p7(u3, m7);
  }), {}), getPreloadedPackage: (d5, p7) => {
    if (d5 === "pglite.data") {
      if (l3.byteLength !== p7) throw new Error(`Invalid FS bundle size: ${l3.byteLength} !== ${p7}`);
      return l3;
    }
    throw new Error(`Unknown package: ${d5}`);
  }, preRun: [(d5) => {
    d5.onRuntimeInitialized = () => {
      T(this, h3, Ze2).call(this, d5);
    };
  }, (d5) => {
    let p7 = d5.FS.makedev(64, 0), u3 = { open: (m7) => {
    }, close: (m7) => {
    }, read: (m7, M2, S4, v5, F5) => {
      let b4 = h(this, ee2);
      if (!b4) throw new Error("No /dev/blob File or Blob provided to read from");
      let A4 = new Uint8Array(b4);
      if (F5 >= A4.length) return 0;
      let T5 = Math.min(A4.length - F5, v5);
      for (let V2 = 0; V2 < T5; V2++) M2[S4 + V2] = A4[F5 + V2];
      return T5;
    }, write: (m7, M2, S4, v5, F5) => (h(this, X2) ?? x(this, X2, []), h(this, X2).push(M2.slice(S4, S4 + v5)), v5), llseek: (m7, M2, S4) => {
      let v5 = h(this, ee2);
      if (!v5) throw new Error("No /dev/blob File or Blob provided to llseek");
      let F5 = M2;
      if (S4 === 1 ? F5 += m7.position : S4 === 2 && (F5 = new Uint8Array(v5).length), F5 < 0) throw new d5.FS.ErrnoError(28);
      return F5;
    } };
    d5.FS.registerDevice(p7, u3), d5.FS.mkdev("/dev/blob", p7);
  }, (d5) => {
    d5.ENV.HOME = "/home/postgres", d5.ENV.USER = "postgres", d5.ENV.LOGNAME = "postgres", d5.ENV.PGDATA = x4, d5.ENV.PGUSER = r10.username ?? "postgres", d5.ENV.PGDATABASE = r10.database ?? "postgres", d5.ENV.LANG = d5.ENV.LC_COLLATE = d5.ENV.LC_CTYPE = "en_US.UTF-8", d5.ENV.TZ = "UTC", d5.ENV.PGTZ = "UTC", d5.ENV.PGCLIENTENCODING = "UTF8", d5.ENV.ICU_DATA = zr, d5.PGLITE_ENV && Object.assign(d5.ENV, d5.PGLITE_ENV);
  }, (d5) => {
    r10.pgDataProxyFs && (d5.FS.mkdirTree(x4), d5.FS.mount(d5.PROXYFS, { root: x4, fs: r10.pgDataProxyFs }, x4));
  }] }, { emscriptenOpts: c5 } = await this.fs.init(this, s5);
  s5 = c5;
  let g7 = [];
  for (let [d5, p7] of Object.entries(h(this, de))) if (p7 instanceof URL) _4[d5] = Re3(p7);
  else {
    let u3 = await p7.setup(this, s5);
    if (u3.emscriptenOpts && (s5 = u3.emscriptenOpts), u3.namespaceObj) {
      let m7 = this;
      m7[d5] = u3.namespaceObj;
    }
    u3.bundlePath && (_4[d5] = Re3(u3.bundlePath)), u3.init && n3.push(u3.init), u3.close && h(this, he2).push(u3.close), g7.push(...u3.sharedPreloadLibraries ?? []);
  }
  if (s5.pg_extensions = _4, await i8, this.mod = await Ke2(s5), this.mod.FS.chmod("/home/postgres/.pgpass", 384), this.mod.FS.chmod(Br, 365), this.mod.FS.chmod(yt2, 365), await this.fs.initialSyncFs(), r10.icuDataDir && await T(this, h3, Je2).call(this, r10.icuDataDir), !r10.noInitDb) {
    if (r10.loadDataDir) {
      if (this.mod.FS.analyzePath(x4 + "/PG_VERSION").exists) throw new Error("Database already exists, cannot load from tarball");
      T(this, h3, B4).call(this, "pglite: loading data from tarball"), await nt2(this.mod.FS, r10.loadDataDir, x4);
    } else if (this.mod.FS.analyzePath(x4 + "/PG_VERSION").exists) T(this, h3, B4).call(this, "pglite: found DB, resuming");
    else {
      T(this, h3, B4).call(this, "pglite: no db in filesystem, running initdb");
      let d5 = { ...r10 };
      d5.noInitDb = true, d5.dataDir = void 0, d5.extensions = void 0, d5.loadDataDir = void 0, d5.fs = void 0;
      let p7 = this.fs instanceof ie2;
      p7 && (this.mod.FS.mkdirTree(x4, 448), d5.pgDataProxyFs = this.mod.FS);
      let u3 = await D6.create(d5);
      try {
        let m7 = await ht2({ pg: u3, debug: r10.debug, wasmModule: r10.initdbWasmModule, args: r10.initDbStartParams });
        if (m7.exitCode !== 0 && !m7.stderr.includes("exists but is not empty")) throw new Error("INITDB failed to initialize: " + m7.stderr);
        if (!p7) {
          let M2 = await u3.dumpDataDir("none");
          await nt2(this.mod.FS, M2, x4);
        }
      } finally {
        await u3.close();
      }
      await this.syncToFs();
    }
    await Ee2(this.mod, (...d5) => T(this, h3, B4).call(this, ...d5)), T(this, h3, Qe2).call(this, g7, r10), this.mod._pgl_setPGliteActive(1), T(this, h3, _t2).call(this, { pgDataFolder: x4, startParams: [...r10.startParams || D6.defaultStartParams, ...this.debug ? ["-d", this.debug.toString()] : []] }), T(this, h3, rt2).call(this), x(this, Z2, true), r10.username && await this.exec(`SET ROLE ${r10.username};`), await this._initArrayTypes();
    for (let d5 of n3) await d5();
  }
}, Qe2 = function(r10, _4) {
  if (r10.length && !_4.postgresqlconf && (_4.postgresqlconf = new Array()), _4.postgresqlconf) {
    let n3 = typeof _4.postgresqlconf == "string" ? _4.postgresqlconf : _4.postgresqlconf.join(`
`);
    if (r10.length) {
      let a14 = n3.match(/^(shared_preload_libraries\s*=\s*)(.*)$/m);
      if (a14) {
        let i8 = a14[2].split(",").map((o8) => o8.trim()), l3 = [.../* @__PURE__ */ new Set([...i8, ...r10])];
        n3 = n3.replace(a14[0], `${a14[1]}${l3.join(",")}`);
      } else n3 += `
shared_preload_libraries=${r10.join(",")}`;
    }
    fe(this.mod.FS, `${x4}/postgresql.conf`, new TextEncoder().encode(n3));
  }
}, Je2 = async function(r10) {
  T(this, h3, B4).call(this, `pglite: icuDataDir specified, removing default icu data dir at ${zr}`), m2.rmdirRecursive(this.mod.FS, zr), T(this, h3, B4).call(this, `pglite: loading icu data from tarball ${r10}`), this.mod.FS.mkdirTree(zr), await nt2(this.mod.FS, r10, zr);
}, Ze2 = function(r10) {
  x(this, Se2, r10.addFunction((_4) => (T(this, h3, B4).call(this, `Postgres tried to execute ${r10.UTF8ToString(_4)}, returning 1.`), 1), "pi")), r10._pgl_set_system_fn(h(this, Se2)), x(this, ye2, r10.addFunction((_4, n3) => {
    let a14 = r10.UTF8ToString(n3), i8 = r10.UTF8ToString(_4);
    return this.externalCommandStreamFd = this.handleExternalCmd(i8, a14), this.externalCommandStreamFd;
  }, "ppp")), r10._pgl_set_popen_fn(h(this, ye2)), x(this, Me3, r10.addFunction((_4) => {
    if (_4 === this.externalCommandStreamFd) this.mod._fclose(this.externalCommandStreamFd), this.externalCommandStreamFd = null;
    else throw `Unhandled pclose ${_4}`;
    T(this, h3, B4).call(this, "pclose_fn", _4);
  }, "pi")), r10._pgl_set_pclose_fn(h(this, Me3)), x(this, ue3, r10.addFunction((_4, n3) => {
    let a14;
    try {
      a14 = this.mod.HEAPU8.subarray(_4, _4 + n3);
    } catch (i8) {
      throw console.error("error", i8), i8;
    }
    return h(this, j5).call(this, a14);
  }, "ipi")), x(this, pe2, r10.addFunction((_4, n3) => {
    let a14 = h(this, W4).length - h(this, E5);
    return a14 > n3 && (a14 = n3), this.mod.HEAPU8.set(h(this, W4).subarray(h(this, E5), h(this, E5) + a14), _4), x(this, E5, h(this, E5) + a14), a14;
  }, "ipi")), r10._pgl_set_rw_cbs(h(this, pe2), h(this, ue3));
}, xe3 = function(r10) {
  let _4 = r10.slice(), n3 = h(this, N4) + _4.length;
  if (n3 > h(this, O3).length) {
    let a14 = h(this, O3).length + (h(this, O3).length >> 1) + n3;
    n3 > D6.MAX_BUFFER_SIZE && (n3 = D6.MAX_BUFFER_SIZE);
    let i8 = new Uint8Array(a14);
    i8.set(h(this, O3).subarray(0, h(this, N4))), x(this, O3, i8);
  }
  return h(this, O3).set(_4, h(this, N4)), x(this, N4, h(this, N4) + _4.length), T(this, h3, ze3).call(this, _4);
}, ze3 = function(r10) {
  return h(this, ce3).parse(r10, (_4) => {
    let n3 = T(this, h3, we2).call(this, _4);
    n3 && h(this, C5).results.push(n3);
  }), r10.length;
}, we2 = function(r10) {
  if (!h(this, C5).databaseError) {
    if (r10 instanceof O) h(this, C5).throwOnError && (h(this, C5).databaseError = r10);
    else if (r10 instanceof te) this.debug > 0 && console.warn(r10), h(this, C5).onNotice && h(this, C5).onNotice(r10);
    else if (r10 instanceof $) {
      let _4 = h(this, z5).get(r10.channel);
      _4 && _4.forEach((n3) => {
        queueMicrotask(() => n3(r10.payload));
      }), h(this, te2).forEach((n3) => {
        queueMicrotask(() => n3(r10.channel, r10.payload));
      });
    }
    return r10;
  }
  return null;
}, B4 = function(...r10) {
  this.debug > 0 && console.log(...r10);
}, et2 = async function(r10, _4, n3) {
  let a14 = m2.toPostgresName(r10), i8 = n3 ?? this;
  h(this, z5).has(a14) || h(this, z5).set(a14, /* @__PURE__ */ new Set()), h(this, z5).get(a14).add(_4);
  try {
    await i8.exec(`LISTEN ${r10}`);
  } catch (l3) {
    throw h(this, z5).get(a14).delete(_4), h(this, z5).get(a14)?.size === 0 && h(this, z5).delete(a14), l3;
  }
  return async (l3) => {
    await this.unlisten(a14, _4, l3);
  };
}, tt2 = async function(r10, _4, n3) {
  let a14 = m2.toPostgresName(r10), i8 = n3 ?? this, l3 = async () => {
    await i8.exec(`UNLISTEN ${r10}`), h(this, z5).get(a14)?.size === 0 && h(this, z5).delete(a14);
  };
  _4 ? (h(this, z5).get(a14)?.delete(_4), h(this, z5).get(a14)?.size === 0 && await l3()) : await l3();
}, rt2 = function() {
  if (h(this, ge2)) throw new Error("PGlite single mode already running");
  this.mod._pgl_startPGlite(), x(this, ge2, true);
}, _t2 = function(r10) {
  let _4 = [...r10.startParams, "-D", r10.pgDataFolder, this.mod.ENV.PGDATABASE], n3 = -1;
  if (n3 = this.mod.callMain(_4), n3 !== this.PGLITE_EXIT_ALIVE) throw new Error("PGlite failed to initialize properly");
}, nt3 = function(r10) {
  x(this, E5, 0), x(this, N4, 0), x(this, W4, r10);
  let _4 = this.mod._pgl_getMyProcPort();
  if (this.mod._ProcessStartupPacket(_4, true, true) !== 0) throw new Error(`Cannot process startup packet + ${r10.toString()}`);
  return this.mod._pgl_sendConnData(), this.mod._pgl_pq_flush(), x(this, W4, []), h(this, N4) ? h(this, O3).subarray(0, h(this, N4)) : new Uint8Array(0);
}, D6.paths = { PG_ROOT: U3, PGDATA: x4, ICU_DATA_PATH: zr, INITDB_EXE_PATH: Br, POSTGRES_EXE_PATH: yt2 }, D6.DEFAULT_RECV_BUF_SIZE = 1 * 1024 * 1024, D6.MAX_BUFFER_SIZE = Math.pow(2, 30), D6.defaultStartParams = ["--single", "-F", "-O", "-j", "-c", "search_path=public", "-c", "exit_on_error=false", "-c", "log_checkpoints=false", "-c", "max_worker_processes=0", "-c", "max_parallel_workers=0", "-c", "max_parallel_workers_per_gather=0", "-c", "io_method=sync", "-c", "max_parallel_maintenance_workers=0"];
var Ye3 = D6;

// node_modules/@electric-sql/pglite/dist/index.js
init_chunk_CE4NCHVO();
init_chunk_ZKGLEABV();
init_chunk_QY3QWFKW();
u();
u();

// src/core/db/time-setting.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var unitMs = {
  "": 1,
  ms: 1,
  s: 1e3,
  min: 6e4,
  h: 36e5,
  d: 864e5
};
function timeSettingMs(shown) {
  const match = /^(\d+)\s*(ms|s|min|h|d|)$/.exec(shown?.trim() ?? "");
  const unit = match ? unitMs[match[2] ?? ""] : void 0;
  return match && unit !== void 0 ? Number(match[1]) * unit : void 0;
}

// src/staging/protocol-error.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();

// src/core/db/database-port.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var DatabaseError = class extends Error {
  name = "DatabaseError";
  code;
  severity;
  position;
  internalPosition;
  internalQuery;
  detail;
  hint;
  where;
  schema;
  table;
  column;
  constraint;
  constructor(fields) {
    super(fields.message);
    this.code = fields.code;
    this.severity = fields.severity;
    this.position = fields.position;
    this.internalPosition = fields.internalPosition;
    this.internalQuery = fields.internalQuery;
    this.detail = fields.detail;
    this.hint = fields.hint;
    this.where = fields.where;
    this.schema = fields.schema;
    this.table = fields.table;
    this.column = fields.column;
    this.constraint = fields.constraint;
  }
};

// src/staging/protocol-error.ts
function textField(source, key) {
  const value = Reflect.get(source, key);
  return typeof value === "string" && value !== "" ? value : void 0;
}
function numberField(source, key) {
  const text = textField(source, key);
  if (text === void 0) return void 0;
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) ? value : void 0;
}
function databaseErrorFromProtocol(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const code = textField(error, "code");
  if (code === void 0 || !/^[0-9A-Z]{5}$/.test(code)) return void 0;
  const fields = {
    code,
    message: textField(error, "message") ?? `database error ${code}`,
    severity: textField(error, "severity"),
    position: numberField(error, "position"),
    internalPosition: numberField(error, "internalPosition"),
    internalQuery: textField(error, "internalQuery"),
    detail: textField(error, "detail"),
    hint: textField(error, "hint"),
    where: textField(error, "where"),
    schema: textField(error, "schema"),
    table: textField(error, "table"),
    column: textField(error, "column"),
    constraint: textField(error, "constraint")
  };
  return new DatabaseError(fields);
}
function noticeFromProtocol(message) {
  return {
    severity: textField(message, "severity") ?? "NOTICE",
    message: textField(message, "message") ?? "",
    code: textField(message, "code"),
    detail: textField(message, "detail"),
    hint: textField(message, "hint"),
    where: textField(message, "where")
  };
}

// src/staging/data-dir-tar.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
import { writeSync } from "node:fs";
var BLOCK = 512;
var utf8 = new TextDecoder();
var utf8Encoder = new TextEncoder();
var BUFFER_BYTES = 1 << 20;
var REGULAR_FILE = "0";
var DIRECTORY = "5";
function writeDataDirTar(fs2, root, fd, leaveOut = () => false) {
  const out2 = new TarOut(fd);
  const walk = (dir) => {
    for (const name2 of fs2.readdir(dir)) {
      if (name2 === "." || name2 === "..") continue;
      const path = `${dir}/${name2}`;
      const stat = fs2.stat(path);
      const entryName2 = path.slice(root.length);
      if (fs2.isDir(stat.mode)) {
        out2.header(entryName2, DIRECTORY, stat, 0);
        walk(path);
      } else if (fs2.isFile(stat.mode) && !leaveOut(entryName2)) {
        const data = fs2.readFile(path, { encoding: "binary" });
        out2.header(entryName2, REGULAR_FILE, stat, data.byteLength);
        out2.data(data);
      }
    }
  };
  walk(root);
  out2.data(new Uint8Array(2 * BLOCK));
  return out2.finish();
}
var TarOut = class {
  #fd;
  #buffer = new Uint8Array(BUFFER_BYTES);
  #used = 0;
  #written = 0;
  constructor(fd) {
    this.#fd = fd;
  }
  header(name2, type, stat, size) {
    const header = new Uint8Array(BLOCK);
    const encoded = utf8Encoder.encode(name2);
    if (encoded.byteLength > 100) {
      throw new Error(`a data directory path is too long for a tar header: ${name2}`);
    }
    header.set(encoded, 0);
    writeOctal(header, 100, 8, stat.mode & 4095);
    writeOctal(header, 108, 8, 0);
    writeOctal(header, 116, 8, 0);
    writeOctal(header, 124, 12, size);
    const mtime = stat.mtime instanceof Date ? stat.mtime.getTime() : Number(stat.mtime);
    writeOctal(header, 136, 12, Math.max(0, Math.floor(mtime / 1e3)));
    header[156] = type.charCodeAt(0);
    writeAscii(header, 257, "ustar\x0000");
    writeAscii(header, 148, `${checksumOf(header).toString(8).padStart(6, "0")}\0 `);
    this.data(header);
  }
  /** Bytes, padded to a whole block. */
  data(bytes) {
    if (bytes.byteLength >= BUFFER_BYTES / 2) {
      this.#flush();
      this.#write(bytes);
    } else {
      if (this.#used + bytes.byteLength > BUFFER_BYTES) this.#flush();
      this.#buffer.set(bytes, this.#used);
      this.#used += bytes.byteLength;
    }
    const padding = (BLOCK - bytes.byteLength % BLOCK) % BLOCK;
    if (padding > 0) {
      if (this.#used + padding > BUFFER_BYTES) this.#flush();
      this.#buffer.fill(0, this.#used, this.#used + padding);
      this.#used += padding;
    }
  }
  finish() {
    this.#flush();
    return this.#written;
  }
  #flush() {
    this.#write(this.#buffer.subarray(0, this.#used));
    this.#used = 0;
  }
  #write(bytes) {
    for (let offset = 0; offset < bytes.byteLength; ) {
      offset += writeSync(this.#fd, bytes, offset, bytes.byteLength - offset);
    }
    this.#written += bytes.byteLength;
  }
};
function writeOctal(header, offset, length, value) {
  writeAscii(header, offset, `${value.toString(8).padStart(length - 1, "0")}\0`);
}
function writeAscii(header, offset, text) {
  for (let i8 = 0; i8 < text.length; i8++) header[offset + i8] = text.charCodeAt(i8);
}
function unpackDataDirTar(fs2, root, tar) {
  const made = /* @__PURE__ */ new Set();
  const makeDir = (path) => {
    if (made.has(path)) return;
    fs2.mkdirTree(path);
    made.add(path);
  };
  makeDir(root);
  for (let offset = 0; ; ) {
    if (offset + BLOCK > tar.byteLength) throw new Error("the snapshot ends inside a tar header");
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) return;
    if (readOctal(header, 148, 8) !== checksumOf(header)) {
      throw new Error(`the snapshot's tar header at byte ${offset} fails its checksum`);
    }
    const name2 = entryName(header);
    const size = readOctal(header, 124, 12);
    const start2 = offset + BLOCK;
    if (start2 + size > tar.byteLength) throw new Error(`the snapshot ends inside ${name2}`);
    const path = `${root}/${name2}`;
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === DIRECTORY) {
      makeDir(path);
    } else if (type === REGULAR_FILE || type === "\0") {
      makeDir(path.slice(0, path.lastIndexOf("/")));
      fs2.writeFile(path, tar.subarray(start2, start2 + size), { canOwn: true });
    }
    offset = start2 + Math.ceil(size / BLOCK) * BLOCK;
  }
}
function entryName(header) {
  const field = (from, length) => {
    const bytes = header.subarray(from, from + length);
    const end = bytes.indexOf(0);
    return utf8.decode(end === -1 ? bytes : bytes.subarray(0, end));
  };
  const prefix = field(257, 6) === "ustar" ? field(345, 155) : "";
  const full = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
  const parts = full.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.length === 0 || parts.includes("..")) {
    throw new Error(`the snapshot holds an entry outside the data directory: ${full}`);
  }
  return parts.join("/");
}
function readOctal(header, offset, length) {
  const field = header.subarray(offset, offset + length);
  const end = field.indexOf(0);
  const text = String.fromCharCode(...end === -1 ? field : field.subarray(0, end)).trim();
  return /^[0-7]+$/.test(text) ? Number.parseInt(text, 8) : Number.NaN;
}
function checksumOf(header) {
  let sum = 0;
  for (let i8 = 0; i8 < BLOCK; i8++) sum += i8 >= 148 && i8 < 156 ? 32 : header[i8] ?? 0;
  return sum;
}
function isLaterWalSegment(entryName2, inUse) {
  const match = /^\/pg_wal\/([0-9A-F]{24})$/.exec(entryName2);
  const segment = match?.[1];
  if (segment === void 0 || !/^[0-9A-F]{24}$/.test(inUse)) return false;
  return segment.slice(0, 8) === inUse.slice(0, 8) && segment > inUse;
}

// src/staging/pglite-instance.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
import { existsSync as existsSync2 } from "node:fs";
import { readFile } from "node:fs/promises";

// src/staging/pglite-extensions.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();

// node_modules/@electric-sql/pglite/dist/contrib/amcheck.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t2 = async (n3, s5) => ({ bundlePath: new URL("./amcheck.tar.gz", import.meta.url) });
var c3 = { name: "amcheck", setup: t2 };

// node_modules/@electric-sql/pglite/dist/contrib/bloom.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t3 = async (n3, s5) => ({ bundlePath: new URL("./bloom.tar.gz", import.meta.url) });
var r2 = { name: "bloom", setup: t3 };

// node_modules/@electric-sql/pglite/dist/contrib/btree_gin.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t4 = async (n3, s5) => ({ bundlePath: new URL("./btree_gin.tar.gz", import.meta.url) });
var a2 = { name: "btree_gin", setup: t4 };

// node_modules/@electric-sql/pglite/dist/contrib/btree_gist.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t5 = async (s5, n3) => ({ bundlePath: new URL("./btree_gist.tar.gz", import.meta.url) });
var a3 = { name: "btree_gist", setup: t5 };

// node_modules/@electric-sql/pglite/dist/contrib/citext.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t6 = async (n3, s5) => ({ bundlePath: new URL("./citext.tar.gz", import.meta.url) });
var a4 = { name: "citext", setup: t6 };

// node_modules/@electric-sql/pglite/dist/contrib/cube.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t7 = async (n3, s5) => ({ bundlePath: new URL("./cube.tar.gz", import.meta.url) });
var a5 = { name: "cube", setup: t7 };

// node_modules/@electric-sql/pglite/dist/contrib/dict_int.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var e = async (n3, i8) => ({ bundlePath: new URL("./dict_int.tar.gz", import.meta.url) });
var a6 = { name: "dict_int", setup: e };

// node_modules/@electric-sql/pglite/dist/contrib/dict_xsyn.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t8 = async (n3, s5) => ({ bundlePath: new URL("./dict_xsyn.tar.gz", import.meta.url) });
var a7 = { name: "dict_xsyn", setup: t8 };

// node_modules/@electric-sql/pglite/dist/contrib/earthdistance.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t9 = async (n3, s5) => ({ bundlePath: new URL("./earthdistance.tar.gz", import.meta.url) });
var r3 = { name: "earthdistance", setup: t9 };

// node_modules/@electric-sql/pglite/dist/contrib/fuzzystrmatch.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var e2 = async (s5, n3) => ({ bundlePath: new URL("./fuzzystrmatch.tar.gz", import.meta.url) });
var i2 = { name: "fuzzystrmatch", setup: e2 };

// node_modules/@electric-sql/pglite/dist/contrib/hstore.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t10 = async (s5, n3) => ({ bundlePath: new URL("./hstore.tar.gz", import.meta.url) });
var o5 = { name: "hstore", setup: t10 };

// node_modules/@electric-sql/pglite/dist/contrib/intarray.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t11 = async (n3, r10) => ({ bundlePath: new URL("./intarray.tar.gz", import.meta.url) });
var i3 = { name: "intarray", setup: t11 };

// node_modules/@electric-sql/pglite/dist/contrib/isn.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t12 = async (n3, s5) => ({ bundlePath: new URL("./isn.tar.gz", import.meta.url) });
var a8 = { name: "isn", setup: t12 };

// node_modules/@electric-sql/pglite/dist/contrib/lo.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t13 = async (n3, s5) => ({ bundlePath: new URL("./lo.tar.gz", import.meta.url) });
var r4 = { name: "lo", setup: t13 };

// node_modules/@electric-sql/pglite/dist/contrib/ltree.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t14 = async (n3, s5) => ({ bundlePath: new URL("./ltree.tar.gz", import.meta.url) });
var a9 = { name: "ltree", setup: t14 };

// node_modules/@electric-sql/pglite/dist/contrib/moddatetime.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t15 = async (n3, s5) => ({ bundlePath: new URL("./spi.tar.gz", import.meta.url) });
var r5 = { name: "moddatetime", setup: t15 };

// node_modules/@electric-sql/pglite/dist/contrib/pageinspect.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t16 = async (n3, s5) => ({ bundlePath: new URL("./pageinspect.tar.gz", import.meta.url) });
var a10 = { name: "pageinspect", setup: t16 };

// node_modules/@electric-sql/pglite/dist/contrib/pg_buffercache.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t17 = async (n3, s5) => ({ bundlePath: new URL("./pg_buffercache.tar.gz", import.meta.url) });
var i4 = { name: "pg_buffercache", setup: t17 };

// node_modules/@electric-sql/pglite/dist/contrib/pg_freespacemap.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t18 = async (s5, n3) => ({ bundlePath: new URL("./pg_freespacemap.tar.gz", import.meta.url) });
var r6 = { name: "pg_freespacemap", setup: t18 };

// node_modules/@electric-sql/pglite/dist/contrib/pg_stat_statements.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var e3 = async (s5, n3) => ({ bundlePath: new URL("./pg_stat_statements.tar.gz", import.meta.url), sharedPreloadLibraries: ["pg_stat_statements"] });
var i5 = { name: "pg_stat_statements", setup: e3 };

// node_modules/@electric-sql/pglite/dist/contrib/pg_surgery.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t19 = async (s5, n3) => ({ bundlePath: new URL("./pg_surgery.tar.gz", import.meta.url) });
var p5 = { name: "pg_surgery", setup: t19 };

// node_modules/@electric-sql/pglite/dist/contrib/pg_trgm.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t20 = async (n3, s5) => ({ bundlePath: new URL("./pg_trgm.tar.gz", import.meta.url) });
var p6 = { name: "pg_trgm", setup: t20 };

// node_modules/@electric-sql/pglite/dist/contrib/pg_visibility.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t21 = async (i8, s5) => ({ bundlePath: new URL("./pg_visibility.tar.gz", import.meta.url) });
var r7 = { name: "pg_visibility", setup: t21 };

// node_modules/@electric-sql/pglite/dist/contrib/pg_walinspect.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t22 = async (n3, s5) => ({ bundlePath: new URL("./pg_walinspect.tar.gz", import.meta.url) });
var a11 = { name: "pg_walinspect", setup: t22 };

// node_modules/@electric-sql/pglite/dist/contrib/pgcrypto.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t23 = async (n3, s5) => ({ bundlePath: new URL("./pgcrypto.tar.gz", import.meta.url) });
var i6 = { name: "pgcrypto", setup: t23 };

// node_modules/@electric-sql/pglite/dist/contrib/seg.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t24 = async (s5, n3) => ({ bundlePath: new URL("./seg.tar.gz", import.meta.url) });
var a12 = { name: "seg", setup: t24 };

// node_modules/@electric-sql/pglite/dist/contrib/tablefunc.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t25 = async (n3, s5) => ({ bundlePath: new URL("./tablefunc.tar.gz", import.meta.url) });
var r8 = { name: "tablefunc", setup: t25 };

// node_modules/@electric-sql/pglite/dist/contrib/tcn.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t26 = async (n3, s5) => ({ bundlePath: new URL("./tcn.tar.gz", import.meta.url) });
var a13 = { name: "tcn", setup: t26 };

// node_modules/@electric-sql/pglite/dist/contrib/tsm_system_rows.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t27 = async (s5, n3) => ({ bundlePath: new URL("./tsm_system_rows.tar.gz", import.meta.url) });
var o6 = { name: "tsm_system_rows", setup: t27 };

// node_modules/@electric-sql/pglite/dist/contrib/tsm_system_time.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t28 = async (s5, n3) => ({ bundlePath: new URL("./tsm_system_time.tar.gz", import.meta.url) });
var r9 = { name: "tsm_system_time", setup: t28 };

// node_modules/@electric-sql/pglite/dist/contrib/unaccent.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t29 = async (n3, s5) => ({ bundlePath: new URL("./unaccent.tar.gz", import.meta.url) });
var c4 = { name: "unaccent", setup: t29 };

// node_modules/@electric-sql/pglite/dist/contrib/uuid_ossp.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
init_chunk_QY3QWFKW();
u();
var t30 = async (s5, n3) => ({ bundlePath: new URL("./uuid-ossp.tar.gz", import.meta.url) });
var o7 = { name: "uuid-ossp", setup: t30 };

// node_modules/@electric-sql/pglite-pgvector/dist/index.js
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var t31 = async (n3, e4) => ({ emscriptenOpts: e4, bundlePath: new URL("./vector.tar.gz", import.meta.url) });
var i7 = { name: "vector", setup: t31 };

// src/staging/pglite-extensions.ts
var byExtensionName = {
  amcheck: c3,
  bloom: r2,
  btree_gin: a2,
  btree_gist: a3,
  citext: a4,
  cube: a5,
  dict_int: a6,
  dict_xsyn: a7,
  earthdistance: r3,
  fuzzystrmatch: i2,
  hstore: o5,
  intarray: i3,
  isn: a8,
  lo: r4,
  ltree: a9,
  moddatetime: r5,
  autoinc: r5,
  insert_username: r5,
  refint: r5,
  pageinspect: a10,
  pg_buffercache: i4,
  pg_freespacemap: r6,
  pg_stat_statements: i5,
  pg_surgery: p5,
  pg_trgm: p6,
  pg_visibility: r7,
  pg_walinspect: a11,
  pgcrypto: i6,
  seg: a12,
  tablefunc: r8,
  tcn: a13,
  tsm_system_rows: o6,
  tsm_system_time: r9,
  unaccent: c4,
  "uuid-ossp": o7,
  vector: i7
};
var bootstrapExtensions = ["pgcrypto", "uuid-ossp", "pg_stat_statements"];
var requires = {
  earthdistance: ["cube"],
  postgis: ["btree_gist"]
};
function isLoadableExtension(name2) {
  return Object.hasOwn(byExtensionName, name2);
}
function pgliteExtensionsFor(names) {
  const wanted = new Set(bootstrapExtensions);
  const queue2 = [...names];
  for (let name2 = queue2.pop(); name2 !== void 0; name2 = queue2.pop()) {
    if (wanted.has(name2)) continue;
    queue2.push(...requires[name2] ?? []);
    if (isLoadableExtension(name2)) wanted.add(name2);
  }
  const modules = {};
  for (const name2 of [...wanted].sort()) {
    const module2 = byExtensionName[name2];
    if (module2 && !Object.values(modules).includes(module2))
      modules[name2.replaceAll("-", "_")] = module2;
  }
  return modules;
}

// src/staging/stand-in-files.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();

// src/core/extensions/stand-ins/index.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();

// src/core/extensions/stand-ins/http.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var http = {
  name: "http",
  version: "1.6",
  comment: "HTTP client for PostgreSQL, allows web page retrieval inside the database.",
  sql: String.raw`
create domain @extschema@.http_method as text;
create domain @extschema@.content_type as text check (value ~ '^\S+\/\S+');

create type @extschema@.http_header as (field varchar, value varchar);
create type @extschema@.http_response as (
  status integer,
  content_type varchar,
  headers @extschema@.http_header[],
  content varchar
);
create type @extschema@.http_request as (
  method @extschema@.http_method,
  uri varchar,
  headers @extschema@.http_header[],
  content_type varchar,
  content varchar
);

-- Session options would live in C; a table keeps what was set so list/reset behave.
create table @extschema@.http_stand_in_curlopt (curlopt text primary key, value text);

create function @extschema@.http_set_curlopt(curlopt varchar, value varchar) returns boolean
  language sql as $$
  insert into @extschema@.http_stand_in_curlopt values (curlopt, value)
    on conflict (curlopt) do update set value = excluded.value;
  select true
$$;
create function @extschema@.http_reset_curlopt() returns boolean language sql as $$
  delete from @extschema@.http_stand_in_curlopt;
  select true
$$;
create function @extschema@.http_list_curlopt() returns table (curlopt text, value text)
  language sql as $$ select curlopt, value from @extschema@.http_stand_in_curlopt order by 1 $$;

create function @extschema@.http_header(field varchar, value varchar) returns @extschema@.http_header
  language sql as $$ select field, value $$;

create function @extschema@.http(request @extschema@.http_request) returns @extschema@.http_response
  language sql as $$
  select 200, 'text/plain'::varchar,
    array[('x-stand-in', 'http')::@extschema@.http_header], ''::varchar
$$;

create function @extschema@.http_get(uri varchar) returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('GET', uri, null, null, null)) $$;
create function @extschema@.http_post(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('POST', uri, null, content_type, content)) $$;
create function @extschema@.http_put(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('PUT', uri, null, content_type, content)) $$;
create function @extschema@.http_patch(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('PATCH', uri, null, content_type, content)) $$;
create function @extschema@.http_delete(uri varchar) returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('DELETE', uri, null, null, null)) $$;
create function @extschema@.http_delete(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('DELETE', uri, null, content_type, content)) $$;
create function @extschema@.http_head(uri varchar) returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('HEAD', uri, null, null, null)) $$;

-- Percent-encoding of everything but RFC 3986 unreserved characters, byte by byte.
create function @extschema@.urlencode(string bytea) returns text
  language sql immutable strict as $$
  select coalesce(string_agg(
    case when get_byte(string, i) between 48 and 57 or get_byte(string, i) between 65 and 90
      or get_byte(string, i) between 97 and 122 or get_byte(string, i) in (45, 46, 95, 126)
      then chr(get_byte(string, i))
      else '%' || upper(lpad(to_hex(get_byte(string, i)), 2, '0'))
    end, '' order by i), '')
  from generate_series(0, length(string) - 1) as i
$$;
create function @extschema@.urlencode(string varchar) returns text
  language sql immutable strict as $$ select @extschema@.urlencode(convert_to(string, 'UTF8')) $$;
create function @extschema@.urlencode(data jsonb) returns text
  language sql immutable strict as $$
  select coalesce(string_agg(
    @extschema@.urlencode(key::varchar) || '=' || @extschema@.urlencode(value::varchar), '&'), '')
  from jsonb_each_text(data)
$$;

create function @extschema@.http_get(uri varchar, data jsonb) returns @extschema@.http_response
  language sql as $$
  select @extschema@.http(('GET', uri || '?' || @extschema@.urlencode(data), null, null, null))
$$;
create function @extschema@.http_post(uri varchar, data jsonb) returns @extschema@.http_response
  language sql as $$
  select @extschema@.http(
    ('POST', uri, null, 'application/x-www-form-urlencoded', @extschema@.urlencode(data)))
$$;

create function @extschema@.text_to_bytea(data text) returns bytea
  language sql immutable strict as $$ select convert_to(data, 'UTF8') $$;
create function @extschema@.bytea_to_text(data bytea) returns text
  language sql immutable strict as $$ select convert_from(data, 'UTF8') $$;
`,
  examples: [
    `select status, content_type from extensions.http_get('https://example.invalid/health')`,
    `select (extensions.http_post('https://example.invalid/hook', '{"a":1}', 'application/json')).status`,
    `select extensions.http(('PUT', 'https://example.invalid/x', array[extensions.http_header('Authorization', 'Bearer t')], 'application/json', '{}')::extensions.http_request)`,
    `select extensions.urlencode('{"q": "a b&c"}'::jsonb)`,
    `select extensions.http_set_curlopt('CURLOPT_TIMEOUT_MS', '2000')`
  ]
};

// src/core/extensions/stand-ins/hypopg.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var hypopg = {
  name: "hypopg",
  version: "1.4.1",
  comment: "Hypothetical indexes for PostgreSQL",
  sql: `
-- What the C code keeps in backend memory, kept in session-local tables instead.
create function @extschema@._hypopg_state() returns void language plpgsql as $$
begin
  create temporary table if not exists hypopg_stand_in_index (
    indexrelid oid primary key, indexname text, indrelid oid, definition text, amid oid);
  create temporary table if not exists hypopg_stand_in_hidden (indexid oid primary key);
end
$$;

create function @extschema@.hypopg_create_index(in sql_order text, out indexrelid oid, out indexname text)
  returns setof record language plpgsql volatile strict as $$
declare
  target regclass := substring(sql_order from '(?i)\\son\\s+(?:only\\s+)?([^\\s(]+)')::regclass;
  method text := coalesce(substring(sql_order from '(?i)\\susing\\s+(\\w+)'), 'btree');
begin
  perform @extschema@._hypopg_state();
  indexrelid := (13000 + (select count(*) from pg_temp.hypopg_stand_in_index))::oid;
  indexname := format('<%s>%s_%s', indexrelid, method, (select relname from pg_catalog.pg_class where oid = target));
  insert into pg_temp.hypopg_stand_in_index
    values (indexrelid, indexname, target, sql_order, (select oid from pg_catalog.pg_am where amname = method));
  return next;
end
$$;

create function @extschema@.hypopg_drop_index(in indexid oid) returns boolean
  language plpgsql volatile strict as $$
begin
  perform @extschema@._hypopg_state();
  delete from pg_temp.hypopg_stand_in_index where indexrelid = indexid;
  return found;
end
$$;

create function @extschema@.hypopg_reset_index() returns void language plpgsql volatile as $$
begin
  perform @extschema@._hypopg_state();
  delete from pg_temp.hypopg_stand_in_index;
end
$$;

create function @extschema@.hypopg_reset() returns void language plpgsql volatile as $$
begin
  perform @extschema@._hypopg_state();
  delete from pg_temp.hypopg_stand_in_index;
  delete from pg_temp.hypopg_stand_in_hidden;
end
$$;

create function @extschema@.hypopg(
  out indexname text, out indexrelid oid, out indrelid oid, out innatts integer, out indisunique boolean,
  out indkey int2vector, out indcollation oidvector, out indclass oidvector, out indoption oidvector,
  out indexprs pg_node_tree, out indpred pg_node_tree, out amid oid
) returns setof record language plpgsql volatile as $$
begin
  perform @extschema@._hypopg_state();
  return query select h.indexname, h.indexrelid, h.indrelid, 1, false, '1'::int2vector,
      '0'::oidvector, '0'::oidvector, '0'::oidvector, null::pg_node_tree, null::pg_node_tree, h.amid
    from pg_temp.hypopg_stand_in_index h order by h.indexrelid;
end
$$;

create view @extschema@.hypopg_list_indexes as
  select h.indexrelid, h.indexname as index_name, n.nspname as schema_name,
    coalesce(c.relname, '<dropped>') as table_name, am.amname as am_name
  from @extschema@.hypopg() h
  left join pg_catalog.pg_class c on c.oid = h.indrelid
  left join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  left join pg_catalog.pg_am am on am.oid = h.amid;

create function @extschema@.hypopg_relation_size(in indexid oid) returns bigint
  language sql volatile strict as $$ select 0::bigint $$;

create function @extschema@.hypopg_get_indexdef(in indexid oid) returns text
  language plpgsql volatile strict as $$
begin
  perform @extschema@._hypopg_state();
  return (select definition from pg_temp.hypopg_stand_in_index where indexrelid = indexid);
end
$$;

create function @extschema@.hypopg_hide_index(in indexid oid) returns boolean
  language plpgsql volatile strict as $$
begin
  perform @extschema@._hypopg_state();
  insert into pg_temp.hypopg_stand_in_hidden values (indexid) on conflict do nothing;
  return found;
end
$$;

create function @extschema@.hypopg_unhide_index(in indexid oid) returns boolean
  language plpgsql volatile strict as $$
begin
  perform @extschema@._hypopg_state();
  delete from pg_temp.hypopg_stand_in_hidden where hypopg_stand_in_hidden.indexid = hypopg_unhide_index.indexid;
  return found;
end
$$;

create function @extschema@.hypopg_unhide_all_indexes() returns void language plpgsql volatile as $$
begin
  perform @extschema@._hypopg_state();
  delete from pg_temp.hypopg_stand_in_hidden;
end
$$;

create function @extschema@.hypopg_hidden_indexes() returns table (indexid oid)
  language plpgsql volatile strict as $$
begin
  perform @extschema@._hypopg_state();
  return query select h.indexid from pg_temp.hypopg_stand_in_hidden h;
end
$$;

create view @extschema@.hypopg_hidden_indexes as
  select h.indexid as indexrelid, i.relname as index_name, n.nspname as schema_name,
    t.relname as table_name, m.amname as am_name, false as is_hypo
  from @extschema@.hypopg_hidden_indexes() h
  join pg_catalog.pg_index x on x.indexrelid = h.indexid
  join pg_catalog.pg_class i on i.oid = h.indexid
  join pg_catalog.pg_namespace n on n.oid = i.relnamespace
  join pg_catalog.pg_class t on t.oid = x.indrelid
  join pg_catalog.pg_am m on m.oid = i.relam;
`,
  examples: [
    `create table public.orders (id bigint primary key, customer_id bigint)`,
    `select indexname from extensions.hypopg_create_index('create index on public.orders (customer_id)')`,
    `select index_name, table_name from extensions.hypopg_list_indexes`,
    `select extensions.hypopg_reset()`
  ]
};

// src/core/extensions/stand-ins/index-advisor.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var indexAdvisor = {
  name: "index_advisor",
  version: "0.2.0",
  comment: "Query index advisor",
  requires: ["hypopg"],
  sql: `
create function @extschema@.index_advisor(query text)
  returns table (
    startup_cost_before jsonb,
    startup_cost_after jsonb,
    total_cost_before jsonb,
    total_cost_after jsonb,
    index_statements text[],
    errors text[]
  )
  volatile language sql as $$
  select '0'::jsonb, '0'::jsonb, '0'::jsonb, '0'::jsonb, '{}'::text[], '{}'::text[]
$$;
`,
  examples: [
    `select index_statements, errors from extensions.index_advisor('select * from pg_class where relname = $1')`,
    `select count(*) from extensions.index_advisor('select 1')`
  ]
};

// src/core/extensions/stand-ins/pg-cron.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgCron = {
  name: "pg_cron",
  version: "1.6",
  comment: "Job scheduler for PostgreSQL",
  sql: String.raw`
create schema if not exists cron;

create sequence cron.jobid_seq;
create table cron.job (
  jobid bigint primary key default pg_catalog.nextval('cron.jobid_seq'),
  schedule text not null,
  command text not null,
  nodename text not null default 'localhost',
  -- inet_server_port() is null over a unix socket; pg_cron's C code fills the port itself.
  nodeport integer not null default coalesce(pg_catalog.inet_server_port(), 5432),
  database text not null default pg_catalog.current_database(),
  username text not null default current_user,
  active boolean not null default true,
  jobname text,
  constraint jobname_username_uniq unique (jobname, username)
);
grant select on cron.job to public;
alter table cron.job enable row level security;
create policy cron_job_policy on cron.job using (username operator(pg_catalog.=) current_user);

create sequence cron.runid_seq;
create table cron.job_run_details (
  jobid bigint,
  runid bigint primary key default pg_catalog.nextval('cron.runid_seq'),
  job_pid integer,
  database text,
  username text,
  command text,
  status text,
  return_message text,
  start_time timestamptz,
  end_time timestamptz
);
grant select, delete on cron.job_run_details to public;
alter table cron.job_run_details enable row level security;
create policy cron_job_run_details_policy on cron.job_run_details
  using (username operator(pg_catalog.=) current_user);
grant select on sequence cron.jobid_seq, cron.runid_seq to public;

-- The worker would reload its cache here; there is no worker.
create function cron.job_cache_invalidate() returns trigger language plpgsql as $$
begin
  return null;
end
$$;
create trigger cron_job_cache_invalidate
  after insert or update or delete or truncate on cron.job
  for statement execute function cron.job_cache_invalidate();

-- Accepts the shapes pg_cron accepts: five cron fields, "N seconds", or an @-keyword.
create function cron._check_schedule(schedule text) returns void language plpgsql immutable as $$
begin
  if schedule is null
    or not (
      schedule ~ '^\s*\S+(\s+\S+){4}\s*$'
      or schedule ~* '^\s*[0-9]+\s+seconds?\s*$'
      or schedule ~* '^\s*@(yearly|annually|monthly|weekly|daily|hourly|reboot)\s*$'
    )
  then
    raise exception 'invalid schedule: %', schedule;
  end if;
end
$$;

create function cron.schedule(schedule text, command text) returns bigint
  language plpgsql strict as $$
declare
  new_id bigint;
begin
  perform cron._check_schedule(schedule);
  insert into cron.job (schedule, command) values (schedule, command) returning jobid into new_id;
  return new_id;
end
$$;
comment on function cron.schedule(text, text) is 'schedule a pg_cron job';

create function cron.schedule(job_name text, schedule text, command text) returns bigint
  language plpgsql as $$
begin
  return cron.schedule_in_database(job_name, schedule, command, pg_catalog.current_database());
end
$$;
comment on function cron.schedule(text, text, text) is 'schedule a pg_cron job';

create function cron.schedule_in_database(
  job_name text,
  schedule text,
  command text,
  database text,
  username text default null,
  active boolean default 'true'
) returns bigint language plpgsql as $$
declare
  owner text := coalesce(username, current_user);
  existing bigint;
begin
  perform cron._check_schedule(schedule);
  select j.jobid into existing from cron.job j
    where j.jobname = job_name and j.username = owner;
  if existing is not null then
    update cron.job j
      set schedule = schedule_in_database.schedule,
          command = schedule_in_database.command,
          database = schedule_in_database.database,
          active = schedule_in_database.active
      where j.jobid = existing;
    return existing;
  end if;
  insert into cron.job (jobname, schedule, command, database, username, active)
    values (job_name, schedule, command, database, owner, active)
    returning jobid into existing;
  return existing;
end
$$;
comment on function cron.schedule_in_database(text, text, text, text, text, boolean)
  is 'schedule a pg_cron job';
revoke all on function cron.schedule_in_database(text, text, text, text, text, boolean) from public;

create function cron.alter_job(
  job_id bigint,
  schedule text default null,
  command text default null,
  database text default null,
  username text default null,
  active boolean default null
) returns void language plpgsql as $$
begin
  if schedule is not null then
    perform cron._check_schedule(schedule);
  end if;
  update cron.job j
    set schedule = coalesce(alter_job.schedule, j.schedule),
        command = coalesce(alter_job.command, j.command),
        database = coalesce(alter_job.database, j.database),
        username = coalesce(alter_job.username, j.username),
        active = coalesce(alter_job.active, j.active)
    where j.jobid = job_id;
  if not found then
    raise exception 'Job % does not exist or you don''t own it', job_id;
  end if;
end
$$;
comment on function cron.alter_job(bigint, text, text, text, text, boolean)
  is 'Alter the job identified by job_id. Any option left as NULL will not be modified.';
revoke all on function cron.alter_job(bigint, text, text, text, text, boolean) from public;

create function cron.unschedule(job_id bigint) returns boolean language plpgsql strict as $$
begin
  delete from cron.job j where j.jobid = job_id;
  if not found then
    raise exception 'could not find valid entry for job %', job_id;
  end if;
  return true;
end
$$;
comment on function cron.unschedule(bigint) is 'unschedule a pg_cron job';

create function cron.unschedule(job_name text) returns boolean language plpgsql strict as $$
begin
  delete from cron.job j where j.jobname = job_name and j.username = current_user;
  if not found then
    raise exception 'could not find valid entry for job ''%''', job_name;
  end if;
  return true;
end
$$;
comment on function cron.unschedule(text) is 'unschedule a pg_cron job';
`,
  examples: [
    `select cron.schedule('nightly-vacuum', '0 3 * * *', 'vacuum analyze')`,
    `select cron.schedule('*/5 * * * *', $$delete from cron.job_run_details where end_time < now() - interval '7 days'$$)`,
    `select cron.alter_job((select jobid from cron.job where jobname = 'nightly-vacuum'), schedule := '0 4 * * *')`,
    `select cron.unschedule('nightly-vacuum')`,
    `select cron.unschedule(cron.schedule('invoke-every-30s', '30 seconds', 'select 1'))`,
    `select jobid, jobname, schedule, active from cron.job`
  ]
};

// src/core/extensions/stand-ins/pg-graphql.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgGraphql = {
  name: "pg_graphql",
  version: "1.6.1",
  comment: "pg_graphql: GraphQL support",
  schema: "graphql",
  sql: String.raw`
create sequence if not exists @extschema@.seq_schema_version as integer cycle;

create function @extschema@.increment_schema_version() returns event_trigger
  security definer language plpgsql as $$
begin
  perform pg_catalog.nextval('@extschema@.seq_schema_version');
end
$$;

create function @extschema@.get_schema_version() returns integer
  security definer language sql as $$
  select last_value::integer from @extschema@.seq_schema_version
$$;

create event trigger graphql_watch_ddl on ddl_command_end
  execute function @extschema@.increment_schema_version();
create event trigger graphql_watch_drop on sql_drop
  execute function @extschema@.increment_schema_version();

-- Reads the JSON inside "@graphql(...)" in a comment; {} when there is none.
create function @extschema@.comment_directive(comment_ text) returns jsonb
  language sql immutable as $$
  select coalesce(substring(comment_ from '@graphql\((.+)\)')::jsonb, '{}'::jsonb)
$$;

create function @extschema@.exception(message text) returns text language plpgsql as $$
begin
  raise exception using errcode = '22000', message = message;
end
$$;

create function @extschema@._internal_resolve(
  query text,
  variables jsonb default '{}',
  "operationName" text default null,
  extensions jsonb default null
) returns jsonb language sql as $$
  select jsonb_build_object(
    'data', null,
    'errors', jsonb_build_array(jsonb_build_object(
      'message', 'pg_graphql is a stand-in on this staging database: queries are not resolved')))
$$;

create function @extschema@.resolve(
  "query" text,
  "variables" jsonb default '{}',
  "operationName" text default null,
  "extensions" jsonb default null
) returns jsonb language sql as $$
  select @extschema@._internal_resolve("query", "variables", "operationName", "extensions")
$$;

create schema if not exists graphql_public;

create or replace function graphql_public.graphql(
  "operationName" text default null,
  query text default null,
  variables jsonb default null,
  extensions jsonb default null
) returns jsonb language sql as $$
  select @extschema@.resolve(
    query := query,
    variables := coalesce(variables, '{}'),
    "operationName" := "operationName",
    extensions := extensions)
$$;
`,
  examples: [
    `comment on schema public is '@graphql({"inflect_names": true})'`,
    `select graphql.comment_directive('@graphql({"totalCount": {"enabled": true}})')`,
    `select graphql.resolve($$ { __typename } $$)`,
    `select graphql_public.graphql(query := '{ accountCollection { edges { node { id } } } }')`,
    `grant usage on schema graphql_public to public`
  ]
};

// src/core/extensions/stand-ins/pg-hashids.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var encode = (numbers) => `select lpad(string_agg(to_hex(n), 'g' order by i), greatest(coalesce(min_length, 0), 1), 'g')
     from unnest(${numbers}) with ordinality as t(n, i)`;
var decode = `select coalesce(array_agg(('x' || lpad(part, 16, '0'))::bit(64)::bigint order by i), '{}')
     from regexp_split_to_table(ltrim(id, 'g'), 'g') with ordinality as t(part, i) where part <> ''`;
var pgHashids = {
  name: "pg_hashids",
  version: "1.3",
  comment: "pg_hashids",
  sql: `
create function @extschema@.id_encode(numbers bigint[], salt text, min_length integer, alphabet text)
  returns text language sql immutable strict as $$ ${encode("numbers")} $$;
create function @extschema@.id_encode(bigint[], text, integer) returns text
  language sql immutable strict as $$ select @extschema@.id_encode($1, $2, $3, '') $$;
create function @extschema@.id_encode(bigint[], text) returns text
  language sql immutable strict as $$ select @extschema@.id_encode($1, $2, 0, '') $$;
create function @extschema@.id_encode(bigint[]) returns text
  language sql immutable strict as $$ select @extschema@.id_encode($1, '', 0, '') $$;
create function @extschema@.id_encode(bigint, text, integer, text) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], $2, $3, $4) $$;
create function @extschema@.id_encode(bigint, text, integer) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], $2, $3, '') $$;
create function @extschema@.id_encode(bigint, text) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], $2, 0, '') $$;
create function @extschema@.id_encode(bigint) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], '', 0, '') $$;

create function @extschema@.id_decode(id text, salt text, min_length integer, alphabet text)
  returns bigint[] language sql immutable strict as $$ ${decode} $$;
create function @extschema@.id_decode(text, text, integer) returns bigint[]
  language sql immutable strict as $$ select @extschema@.id_decode($1, $2, $3, '') $$;
create function @extschema@.id_decode(text, text) returns bigint[]
  language sql immutable strict as $$ select @extschema@.id_decode($1, $2, 0, '') $$;
create function @extschema@.id_decode(text) returns bigint[]
  language sql immutable strict as $$ select @extschema@.id_decode($1, '', 0, '') $$;

create function @extschema@.id_decode_once(text, text, integer, text) returns bigint
  language sql immutable strict as $$ select (@extschema@.id_decode($1, $2, $3, $4))[1] $$;
create function @extschema@.id_decode_once(text, text, integer) returns bigint
  language sql immutable strict as $$ select (@extschema@.id_decode($1, $2, $3, ''))[1] $$;
create function @extschema@.id_decode_once(text, text) returns bigint
  language sql immutable strict as $$ select (@extschema@.id_decode($1, $2, 0, ''))[1] $$;
create function @extschema@.id_decode_once(text) returns bigint
  language sql immutable strict as $$ select (@extschema@.id_decode($1, '', 0, ''))[1] $$;

create function @extschema@.hash_encode(bigint, text, integer) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], $2, $3, '') $$;
create function @extschema@.hash_encode(bigint, text) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], $2, 0, '') $$;
create function @extschema@.hash_decode(text, text, integer) returns integer
  language sql immutable strict as $$ select (@extschema@.id_decode($1, $2, $3, ''))[1]::integer $$;
`,
  examples: [
    `select extensions.id_encode(1001), extensions.id_encode(1001, 'salt', 8)`,
    `select extensions.id_decode_once(extensions.id_encode(42::bigint, 'salt', 10), 'salt', 10)`,
    `create table public.links (id bigint generated always as identity, slug text generated always as (extensions.id_encode(id, 'links', 6)) stored)`,
    `insert into public.links default values`
  ]
};

// src/core/extensions/stand-ins/pg-jsonschema.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgJsonschema = {
  name: "pg_jsonschema",
  version: "0.3.3",
  comment: "pg_jsonschema",
  sql: `
create function @extschema@.json_matches_schema(schema json, instance json) returns boolean
  language sql immutable strict parallel safe as $$ select true $$;

create function @extschema@.jsonb_matches_schema(schema json, instance jsonb) returns boolean
  language sql immutable strict parallel safe as $$ select true $$;

-- A schema is at least well-formed JSON (the argument's type already guarantees it).
create function @extschema@.jsonschema_is_valid(schema json) returns boolean
  language sql immutable strict parallel safe as $$ select true $$;

create function @extschema@.jsonschema_validation_errors(schema json, instance json) returns text[]
  language sql immutable strict parallel safe as $$ select '{}'::text[] $$;
`,
  examples: [
    `create table public.products (id bigint primary key, attrs jsonb, check (extensions.jsonb_matches_schema('{"type": "object", "required": ["sku"]}', attrs)))`,
    `insert into public.products values (1, '{"sku": "a-1"}')`,
    `select extensions.json_matches_schema('{"type": "string"}', '"x"'), extensions.jsonschema_is_valid('{"type": "object"}')`,
    `select extensions.jsonschema_validation_errors('{"type": "string"}', '1')`
  ]
};

// src/core/extensions/stand-ins/pg-net.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgNet = {
  name: "pg_net",
  version: "0.20.4",
  comment: "Async HTTP",
  sql: `
create schema if not exists net;

create domain net.http_method as text
  check (value ilike 'get' or value ilike 'post' or value ilike 'delete');

create unlogged table net.http_request_queue (
  id bigserial,
  method net.http_method not null,
  url text not null,
  headers jsonb,
  body bytea,
  timeout_milliseconds integer not null
);

create unlogged table net._http_response (
  id bigint,
  status_code integer,
  content_type text,
  headers jsonb,
  content text,
  timed_out boolean,
  error_msg text,
  created timestamptz not null default now()
);
create index on net._http_response (created);

create type net.request_status as enum ('PENDING', 'SUCCESS', 'ERROR');
create type net.http_response as (status_code integer, headers jsonb, body text);
create type net.http_response_result as (
  status net.request_status,
  message text,
  response net.http_response
);

-- The worker is absent by design: report it as up so callers that check do not fail.
create function net.check_worker_is_up() returns void language plpgsql as $$
begin
  return;
end
$$;

create function net.worker_restart() returns boolean language sql as $$ select true $$;
create function net.wait_until_running() returns void language plpgsql as $$ begin return; end $$;
create function net.wake() returns void language plpgsql as $$ begin return; end $$;

create function net._urlencode_string(string varchar) returns text
  language sql immutable strict
as $$
  select string_agg(
    case
      when ch ~ '^[A-Za-z0-9._~-]$' then ch
      else upper(regexp_replace(encode(convert_to(ch, 'UTF8'), 'hex'), '(..)', '%\\1', 'g'))
    end, '' order by n)
  from regexp_split_to_table(string, '') with ordinality as chars(ch, n)
$$;

create function net._encode_url_with_params_array(url text, params_array text[]) returns text
  language sql immutable
as $$
  select case
    when coalesce(cardinality(params_array), 0) = 0 then url
    when position('?' in url) > 0 then url || '&' || array_to_string(params_array, '&')
    else url || '?' || array_to_string(params_array, '&')
  end
$$;

-- Queues the request and returns its id; the row stays in the queue forever.
create function net._enqueue(
  method text, url text, params jsonb, headers jsonb, body bytea, timeout_milliseconds integer
) returns bigint language plpgsql as $$
declare
  encoded text[];
  request_id bigint;
begin
  select coalesce(array_agg(net._urlencode_string(key) || '=' || net._urlencode_string(value)), '{}')
    into encoded
    from jsonb_each_text(coalesce(params, '{}'::jsonb));
  insert into net.http_request_queue (method, url, headers, body, timeout_milliseconds)
    values (method, net._encode_url_with_params_array(url, encoded), headers, body, timeout_milliseconds)
    returning id into request_id;
  return request_id;
end
$$;

create function net.http_get(
  url text,
  params jsonb default '{}'::jsonb,
  headers jsonb default '{}'::jsonb,
  timeout_milliseconds integer default 5000
) returns bigint language sql as $$
  select net._enqueue('GET', url, params, headers, null, timeout_milliseconds)
$$;

create function net.http_post(
  url text,
  body jsonb default '{}'::jsonb,
  params jsonb default '{}'::jsonb,
  headers jsonb default '{"Content-Type": "application/json"}'::jsonb,
  timeout_milliseconds integer default 5000
) returns bigint language plpgsql as $$
declare
  given_type text;
begin
  select value into given_type
    from jsonb_each_text(coalesce(headers, '{}'::jsonb))
    where lower(key) = 'content-type'
    limit 1;
  if given_type is null then
    headers := coalesce(headers, '{}'::jsonb) || '{"Content-Type": "application/json"}'::jsonb;
  elsif given_type <> 'application/json' then
    raise exception 'Content-Type header must be "application/json"';
  end if;
  return net._enqueue('POST', url, params, headers, convert_to(body::text, 'UTF8'), timeout_milliseconds);
end
$$;

create function net.http_delete(
  url text,
  params jsonb default '{}'::jsonb,
  headers jsonb default '{}'::jsonb,
  timeout_milliseconds integer default 5000,
  body jsonb default null
) returns bigint language sql as $$
  select net._enqueue('DELETE', url, params, headers, convert_to(body::text, 'UTF8'), timeout_milliseconds)
$$;

-- No response is ever stored, so every request reads as not found (as a pending one does).
create function net._http_collect_response(request_id bigint, async boolean default true)
  returns net.http_response_result language sql as $$
  select ('ERROR', 'request matching request_id not found', null)::net.http_response_result
$$;

create function net.http_collect_response(request_id bigint, async boolean default true)
  returns net.http_response_result language sql as $$
  select net._http_collect_response(request_id, async)
$$;

grant usage on schema net to public;
grant all on all sequences in schema net to public;
grant all on all tables in schema net to public;
`,
  examples: [
    `select net.http_post(url := 'https://example.invalid/functions/v1/hook', body := '{"id": 1}'::jsonb, headers := '{"Authorization": "Bearer x"}'::jsonb) as request_id`,
    `select net.http_get('https://example.invalid/ping', params := '{"q": "a b"}'::jsonb)`,
    `select net.http_delete(url := 'https://example.invalid/items/1', timeout_milliseconds := 1000)`,
    `select status, message from net._http_collect_response(1)`,
    `create function public.notify_hook() returns trigger language plpgsql as $$ begin perform net.http_post(url := 'https://example.invalid/hook', body := to_jsonb(new)); return new; end $$`
  ]
};

// src/core/extensions/stand-ins/pg-repack.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgRepack = {
  name: "pg_repack",
  version: "1.5.2",
  comment: "Reorganize tables in PostgreSQL databases with minimal locks",
  sql: `
create schema if not exists repack;
create function repack.version() returns text language sql immutable strict as $$
  select 'pg_repack 1.5.2'
$$;
create function repack.version_sql() returns text language sql immutable strict as $$
  select 'pg_repack 1.5.2'
$$;
`,
  examples: [
    `select repack.version(), repack.version_sql()`,
    `select count(*) from pg_catalog.pg_namespace where nspname = 'repack'`
  ]
};

// src/core/extensions/stand-ins/pg-stat-monitor.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgStatMonitor = {
  name: "pg_stat_monitor",
  version: "2.1",
  comment: "The pg_stat_monitor is a PostgreSQL Query Performance Monitoring tool, based on PostgreSQL contrib module pg_stat_statements. pg_stat_monitor provides aggregated statistics, client information, plan details including plan, and histogram information.",
  sql: `
create function @extschema@.pg_stat_monitor_reset() returns void language sql as $$ select $$;
revoke all on function @extschema@.pg_stat_monitor_reset() from public;
create function @extschema@.pg_stat_monitor_version() returns text language sql as $$ select '2.1.0' $$;
create function @extschema@.get_histogram_timings() returns text language sql as $$ select '' $$;
create function @extschema@.range() returns text[] language sql as $$ select '{}'::text[] $$;
create function @extschema@.get_cmd_type(cmd_type integer) returns text language sql immutable as $$
  select case cmd_type when 1 then 'SELECT' when 2 then 'UPDATE' when 3 then 'INSERT'
    when 4 then 'DELETE' when 5 then 'MERGE' when 6 then 'UTILITY' when 7 then 'NOTHING' else '' end
$$;
create function @extschema@.decode_error_level(elevel integer) returns text language sql immutable as $$
  select case
    when elevel = 0 then '' when elevel between 10 and 14 then 'DEBUG' when elevel = 15 then 'LOG'
    when elevel = 17 then 'INFO' when elevel = 18 then 'NOTICE' when elevel = 19 then 'WARNING'
    when elevel = 21 then 'ERROR' when elevel = 22 then 'FATAL' when elevel = 23 then 'PANIC'
    else '' end
$$;
create function @extschema@.histogram(_bucket integer, _quryid int8) returns setof record
  language sql as $$ select null::text, null::int8 where false $$;

create view @extschema@.pg_stat_monitor as select
  null::int8 as bucket, null::timestamptz as bucket_start_time, null::oid as userid,
  null::text as username, null::oid as dbid, null::text as datname, null::inet as client_ip,
  null::int8 as pgsm_query_id, null::int8 as queryid, null::boolean as toplevel,
  null::int8 as top_queryid, null::text as query, null::text as comments, null::int8 as planid,
  null::text as query_plan, null::text as top_query, null::text as application_name,
  null::text[] as relations, null::integer as cmd_type, null::text as cmd_type_text,
  null::integer as elevel, null::text as sqlcode, null::text as message, null::int8 as calls,
  null::float8 as total_exec_time, null::float8 as min_exec_time, null::float8 as max_exec_time,
  null::float8 as mean_exec_time, null::float8 as stddev_exec_time, null::int8 as rows,
  null::int8 as shared_blks_hit, null::int8 as shared_blks_read, null::int8 as shared_blks_dirtied,
  null::int8 as shared_blks_written, null::int8 as local_blks_hit, null::int8 as local_blks_read,
  null::int8 as local_blks_dirtied, null::int8 as local_blks_written, null::int8 as temp_blks_read,
  null::int8 as temp_blks_written, null::float8 as blk_read_time, null::float8 as blk_write_time,
  null::float8 as temp_blk_read_time, null::float8 as temp_blk_write_time, null::text[] as resp_calls,
  null::float8 as cpu_user_time, null::float8 as cpu_sys_time, null::int8 as wal_records,
  null::int8 as wal_fpi, null::numeric as wal_bytes, null::boolean as bucket_done, null::int8 as plans,
  null::float8 as total_plan_time, null::float8 as min_plan_time, null::float8 as max_plan_time,
  null::float8 as mean_plan_time, null::float8 as stddev_plan_time, null::int8 as jit_functions,
  null::float8 as jit_generation_time, null::int8 as jit_inlining_count,
  null::float8 as jit_inlining_time, null::int8 as jit_optimization_count,
  null::float8 as jit_optimization_time, null::int8 as jit_emission_count,
  null::float8 as jit_emission_time
where false;
grant select on @extschema@.pg_stat_monitor to public;
`,
  examples: [
    `select query, calls from extensions.pg_stat_monitor order by calls desc limit 10`,
    `select extensions.pg_stat_monitor_reset()`
  ]
};

// src/core/extensions/stand-ins/pg-tle.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgTle = {
  name: "pg_tle",
  version: "1.4.0",
  comment: "Trusted Language Extensions for PostgreSQL",
  schema: "pgtle",
  sql: `
do $$
begin
  if not exists (select from pg_catalog.pg_roles where rolname = 'pgtle_admin') then
    create role pgtle_admin nologin;
  end if;
end
$$;

create type @extschema@.pg_tle_features as enum ('passcheck', 'clientauth');
create type @extschema@.password_types as enum (
  'PASSWORD_TYPE_PLAINTEXT', 'PASSWORD_TYPE_MD5', 'PASSWORD_TYPE_SCRAM_SHA_256'
);
create type @extschema@.clientauth_port_subset as (
  noblock boolean, remote_host text, remote_hostname text, remote_hostname_resolv integer,
  remote_hostname_errcode integer, database_name text, user_name text
);

create table @extschema@.feature_info (
  feature @extschema@.pg_tle_features,
  schema_name text,
  proname text,
  obj_identity text not null,
  primary key (feature, schema_name, proname)
);

-- Where the C code would keep installed extensions: one row per version, plus update paths.
create table @extschema@.stand_in_extension (
  name text not null,
  version text not null,
  description text,
  ext text not null,
  requires text[],
  is_default boolean not null default false,
  primary key (name, version)
);
create table @extschema@.stand_in_update_path (
  name text not null, source text not null, target text not null, ext text not null,
  primary key (name, source, target)
);

create function @extschema@.install_extension(
  name text, version text, description text, ext text, requires text[] default null
) returns boolean set search_path to 'pgtle' language plpgsql as $$
begin
  if exists (select from @extschema@.stand_in_extension e where e.name = install_extension.name) then
    raise exception 'extension "%" already installed', name using errcode = '42710';
  end if;
  insert into @extschema@.stand_in_extension values (name, version, description, ext, requires, true);
  return true;
end
$$;

create function @extschema@.install_extension_version_sql(name text, version text, ext text)
  returns boolean language plpgsql as $$
begin
  insert into @extschema@.stand_in_extension (name, version, description, ext, requires)
    select name, version, e.description, ext, e.requires from @extschema@.stand_in_extension e
    where e.name = install_extension_version_sql.name and e.is_default;
  if not found then
    raise exception 'extension "%" is not installed', name;
  end if;
  return true;
end
$$;

create function @extschema@.install_update_path(name text, fromvers text, tovers text, ext text)
  returns boolean language sql as $$
  insert into @extschema@.stand_in_update_path values (name, fromvers, tovers, ext);
  select true
$$;

create function @extschema@.set_default_version(name text, version text) returns boolean
  language plpgsql as $$
begin
  update @extschema@.stand_in_extension e set is_default = (e.version = set_default_version.version)
    where e.name = set_default_version.name;
  return found;
end
$$;

create function @extschema@.uninstall_extension(extname text) returns boolean
  language plpgsql strict as $$
begin
  delete from @extschema@.stand_in_extension where name = extname;
  if not found then
    raise exception 'Extension % does not exist', extname using errcode = 'no_data_found';
  end if;
  delete from @extschema@.stand_in_update_path where name = extname;
  return true;
end
$$;
create function @extschema@.uninstall_extension(extname text, version text) returns boolean
  language plpgsql strict as $$
begin
  delete from @extschema@.stand_in_extension e where e.name = extname and e.version = uninstall_extension.version;
  return found;
end
$$;
create function @extschema@.uninstall_extension_if_exists(extname text) returns boolean
  language plpgsql strict as $$
begin
  delete from @extschema@.stand_in_extension where name = extname;
  return found;
end
$$;
create function @extschema@.uninstall_update_path(extname text, fromvers text, tovers text)
  returns boolean language plpgsql strict as $$
begin
  delete from @extschema@.stand_in_update_path where name = extname and source = fromvers and target = tovers;
  return found;
end
$$;
create function @extschema@.uninstall_update_path_if_exists(extname text, fromvers text, tovers text)
  returns boolean language sql strict as $$
  select @extschema@.uninstall_update_path(extname, fromvers, tovers)
$$;

create function @extschema@.available_extensions(out name name, out default_version text, out comment text)
  returns setof record language sql stable strict as $$
  select e.name::name, e.version, e.description from @extschema@.stand_in_extension e where e.is_default
$$;
create function @extschema@.available_extension_versions(
  out name name, out version text, out superuser boolean, out trusted boolean, out relocatable boolean,
  out schema name, out requires name[], out comment text
) returns setof record language sql stable strict as $$
  select e.name::name, e.version, false, false, false, null::name, e.requires::name[], e.description
  from @extschema@.stand_in_extension e
$$;
create function @extschema@.extension_update_paths(name name, out source text, out target text, out path text)
  returns setof record language sql stable strict as $$
  select p.source, p.target, p.source || '--' || p.target from @extschema@.stand_in_update_path p
  where p.name = extension_update_paths.name
$$;

create function @extschema@.create_shell_type(typenamespace regnamespace, typename name) returns void
  language plpgsql strict as $$
begin
  execute format('create type %I.%I', typenamespace, typename);
end
$$;
create function @extschema@.create_shell_type_if_not_exists(typenamespace regnamespace, typename name)
  returns boolean language plpgsql strict as $$
begin
  perform @extschema@.create_shell_type(typenamespace, typename);
  return true;
exception when duplicate_object then
  return false;
end
$$;

create function @extschema@.create_base_type(
  typenamespace regnamespace, typename name, infunc regprocedure, outfunc regprocedure,
  internallength int4, alignment text default 'int4', storage text default 'plain'
) returns void language plpgsql strict as $$
begin
  raise exception 'pg_tle base types need C I/O routines and are not supported on the staging database'
    using errcode = 'feature_not_supported';
end
$$;
create function @extschema@.create_base_type_if_not_exists(
  typenamespace regnamespace, typename name, infunc regprocedure, outfunc regprocedure,
  internallength int4, alignment text default 'int4', storage text default 'plain'
) returns boolean language sql strict as $$
  select @extschema@.create_base_type(typenamespace, typename, infunc, outfunc, internallength, alignment, storage);
  select true
$$;
create function @extschema@.create_operator_func(typenamespace regnamespace, typename name, opfunc regprocedure)
  returns void language plpgsql strict as $$
begin
  raise exception 'pg_tle operator functions need C and are not supported on the staging database'
    using errcode = 'feature_not_supported';
end
$$;
create function @extschema@.create_operator_func_if_not_exists(
  typenamespace regnamespace, typename name, opfunc regprocedure
) returns boolean language sql strict as $$
  select @extschema@.create_operator_func(typenamespace, typename, opfunc);
  select true
$$;

create function @extschema@.register_feature(proc regproc, feature @extschema@.pg_tle_features)
  returns void language sql as $$
  insert into @extschema@.feature_info
    select feature, n.nspname, p.proname, pg_catalog.pg_describe_object('pg_catalog.pg_proc'::regclass, p.oid, 0)
    from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
    where p.oid = proc
$$;
create function @extschema@.register_feature_if_not_exists(proc regproc, feature @extschema@.pg_tle_features)
  returns boolean language plpgsql as $$
begin
  perform @extschema@.register_feature(proc, feature);
  return true;
exception when unique_violation then
  return false;
end
$$;
create function @extschema@.unregister_feature(proc regproc, feature @extschema@.pg_tle_features)
  returns void language sql as $$
  delete from @extschema@.feature_info f
  using pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  where p.oid = proc and f.feature = unregister_feature.feature
    and f.schema_name = n.nspname and f.proname = p.proname
$$;
create function @extschema@.unregister_feature_if_exists(proc regproc, feature @extschema@.pg_tle_features)
  returns boolean language plpgsql as $$
begin
  perform @extschema@.unregister_feature(proc, feature);
  return true;
end
$$;
create function @extschema@.pg_tle_feature_info_sql_drop() returns event_trigger language plpgsql as $$
begin
  delete from @extschema@.feature_info f
  using pg_catalog.pg_event_trigger_dropped_objects() d
  where d.object_type = 'function' and f.obj_identity = d.object_identity;
end
$$;

grant usage on schema @extschema@ to public;
grant all on schema @extschema@ to pgtle_admin;
`,
  examples: [
    `select pgtle.install_extension('pg_hello', '0.1', 'says hello', $_$ create function hello() returns text language sql as $$ select 'hi' $$; $_$)`,
    `select name, default_version from pgtle.available_extensions()`,
    `select pgtle.set_default_version('pg_hello', '0.1')`,
    `select pgtle.uninstall_extension('pg_hello')`
  ]
};

// src/core/extensions/stand-ins/pgaudit.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgaudit = {
  name: "pgaudit",
  version: "1.7",
  comment: "provides auditing functionality",
  sql: "",
  examples: [`set pgaudit.log = 'ddl'`, `set local pgaudit.log_relation = on`]
};

// src/core/extensions/stand-ins/pgjwt.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgjwt = {
  name: "pgjwt",
  version: "0.2.0",
  comment: "JSON Web Token API for Postgresql",
  requires: ["pgcrypto"],
  sql: String.raw`
-- base64url without padding or line breaks.
create function @extschema@.url_encode(data bytea) returns text language sql immutable as $$
  select rtrim(translate(encode(data, 'base64'), E'+/\n', '-_'), '=')
$$;

create function @extschema@.url_decode(data text) returns bytea language sql immutable as $$
  select decode(
    translate(data, '-_', '+/') || repeat('=', (4 - length(data) % 4) % 4),
    'base64')
$$;

-- An unknown algorithm reaches hmac() as '' and fails there, as in the real extension.
create function @extschema@.algorithm_sign(signables text, secret text, algorithm text) returns text
  language sql immutable as $$
  select @extschema@.url_encode(@extschema@.hmac(signables, secret,
    case algorithm when 'HS256' then 'sha256' when 'HS384' then 'sha384' when 'HS512' then 'sha512' else '' end))
$$;

create function @extschema@.sign(payload json, secret text, algorithm text default 'HS256') returns text
  language sql immutable as $$
  select signing_input || '.' || @extschema@.algorithm_sign(signing_input, secret, algorithm)
  from (
    select @extschema@.url_encode(convert_to(format('{"alg":"%s","typ":"JWT"}', algorithm), 'utf8'))
      || '.' || @extschema@.url_encode(convert_to(payload::text, 'utf8')) as signing_input
  ) as parts
$$;

create function @extschema@.try_cast_double(inp text) returns double precision
  language plpgsql immutable as $$
begin
  return inp::double precision;
exception when others then
  return null;
end
$$;

create function @extschema@.verify(token text, secret text, algorithm text default 'HS256')
  returns table (header json, payload json, valid boolean) language sql immutable as $$
  select
    convert_from(@extschema@.url_decode(part[1]), 'utf8')::json,
    convert_from(@extschema@.url_decode(part[2]), 'utf8')::json,
    part[3] = @extschema@.algorithm_sign(part[1] || '.' || part[2], secret, algorithm)
      and tstzrange(
        to_timestamp(@extschema@.try_cast_double(convert_from(@extschema@.url_decode(part[2]), 'utf8')::json ->> 'nbf')),
        to_timestamp(@extschema@.try_cast_double(convert_from(@extschema@.url_decode(part[2]), 'utf8')::json ->> 'exp'))
      ) @> current_timestamp
  from regexp_split_to_array(token, '\.') as part
$$;
`,
  examples: [
    `select extensions.sign('{"sub": "1234567890", "role": "authenticated"}', 'secret')`,
    `select valid from extensions.verify(extensions.sign('{"sub": "1"}', 'secret', 'HS512'), 'secret', 'HS512')`,
    `select extensions.url_decode(extensions.url_encode('\\x00ff10'::bytea))`,
    `create function public.make_token(uid uuid) returns text language sql stable as $$ select extensions.sign(json_build_object('sub', uid), 'not-a-real-secret') $$`
  ]
};

// src/core/extensions/stand-ins/pgmq.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgmq = {
  name: "pgmq",
  version: "1.5.1",
  // What Supabase shipped before 1.5.1; the dashboard's "enable Queues" pins it.
  earlierVersions: ["1.4.4"],
  comment: "A lightweight message queue. Like AWS SQS and RSMQ but on Postgres.",
  schema: "pgmq",
  sql: String.raw`
create table @extschema@.meta (
  queue_name varchar unique not null,
  is_partitioned boolean not null,
  is_unlogged boolean not null,
  created_at timestamptz default now() not null
);
grant select on table @extschema@.meta to public;

create type @extschema@.message_record as (
  msg_id bigint, read_ct integer, enqueued_at timestamptz, vt timestamptz, message jsonb, headers jsonb
);
create type @extschema@.queue_record as (
  queue_name varchar, is_partitioned boolean, is_unlogged boolean, created_at timestamptz
);
create type @extschema@.metrics_result as (
  queue_name text, queue_length bigint, newest_msg_age_sec integer, oldest_msg_age_sec integer,
  total_messages bigint, scrape_time timestamptz, queue_visible_length bigint
);

create function @extschema@.format_table_name(queue_name text, prefix text) returns text
  language plpgsql as $$
begin
  if queue_name ~ '\$|;|--|''' then
    raise exception 'queue name contains invalid characters: $, ;, --, or \''';
  end if;
  return lower(prefix || '_' || queue_name);
end
$$;

create function @extschema@.validate_queue_name(queue_name text) returns void language plpgsql as $$
begin
  if length(queue_name) >= 48 then
    raise exception 'queue name is too long, maximum length is 48 characters';
  end if;
end
$$;

create function @extschema@._extension_exists(extension_name text) returns boolean language sql as $$
  select exists (select from pg_catalog.pg_extension where extname = extension_name)
$$;

create function @extschema@._belongs_to_pgmq(table_name text) returns boolean language sql as $$
  select exists (
    select from pg_catalog.pg_depend d
    join pg_catalog.pg_extension e on e.oid = d.refobjid and e.extname = 'pgmq'
    where d.classid = 'pg_catalog.pg_class'::regclass
      and d.objid = to_regclass(format('@extschema@.%I', table_name)))
$$;

create function @extschema@._ensure_pg_partman_installed() returns void language plpgsql as $$
begin
  if not @extschema@._extension_exists('pg_partman') then
    raise exception 'pg_partman is required for partitioned queues';
  end if;
end
$$;

-- The one body behind create, create_unlogged and (with pg_partman) create_partitioned.
create function @extschema@._create_queue(queue_name text, unlogged boolean, partitioned boolean)
  returns void language plpgsql as $$
declare
  q text := @extschema@.format_table_name(queue_name, 'q');
  a text := @extschema@.format_table_name(queue_name, 'a');
  kind text := case when unlogged then 'unlogged table' else 'table' end;
begin
  perform @extschema@.validate_queue_name(queue_name);
  execute format('create %s if not exists @extschema@.%I (
      msg_id bigint primary key generated always as identity,
      read_ct integer default 0 not null,
      enqueued_at timestamptz default now() not null,
      vt timestamptz not null,
      message jsonb,
      headers jsonb)', kind, q);
  execute format('create table if not exists @extschema@.%I (
      msg_id bigint primary key,
      read_ct integer default 0 not null,
      enqueued_at timestamptz default now() not null,
      archived_at timestamptz default now() not null,
      vt timestamptz not null,
      message jsonb,
      headers jsonb)', a);
  if @extschema@._extension_exists('pgmq') then
    if not @extschema@._belongs_to_pgmq(q) then
      execute format('alter extension pgmq add table @extschema@.%I', q);
      execute format('alter extension pgmq add sequence @extschema@.%I', q || '_msg_id_seq');
    end if;
    if not @extschema@._belongs_to_pgmq(a) then
      execute format('alter extension pgmq add table @extschema@.%I', a);
    end if;
  end if;
  execute format('create index if not exists %I on @extschema@.%I (vt asc)', q || '_vt_idx', q);
  execute format('create index if not exists %I on @extschema@.%I (archived_at)', 'archived_at_idx_' || queue_name, a);
  insert into @extschema@.meta (queue_name, is_partitioned, is_unlogged)
    values (queue_name, partitioned, unlogged) on conflict do nothing;
end
$$;

create function @extschema@.create_non_partitioned(queue_name text) returns void language sql as $$
  select @extschema@._create_queue(queue_name, false, false)
$$;
create function @extschema@.create_unlogged(queue_name text) returns void language sql as $$
  select @extschema@._create_queue(queue_name, true, false)
$$;
create function @extschema@.create(queue_name text) returns void language sql as $$
  select @extschema@._create_queue(queue_name, false, false)
$$;
create function @extschema@.create_partitioned(
  queue_name text, partition_interval text default '10000', retention_interval text default '100000'
) returns void language plpgsql as $$
begin
  perform @extschema@._ensure_pg_partman_installed();
  perform @extschema@._create_queue(queue_name, false, true);
end
$$;
create function @extschema@.convert_archive_partitioned(
  table_name text, partition_interval text default '10000', retention_interval text default '100000',
  leading_partition integer default 10
) returns void language plpgsql as $$
begin
  perform @extschema@._ensure_pg_partman_installed();
end
$$;

create function @extschema@.drop_queue(queue_name text, partitioned boolean) returns boolean
  language plpgsql as $$
begin
  if @extschema@._extension_exists('pgmq') then
    if @extschema@._belongs_to_pgmq(@extschema@.format_table_name(queue_name, 'q')) then
      execute format('alter extension pgmq drop table @extschema@.%I', @extschema@.format_table_name(queue_name, 'q'));
    end if;
    if @extschema@._belongs_to_pgmq(@extschema@.format_table_name(queue_name, 'a')) then
      execute format('alter extension pgmq drop table @extschema@.%I', @extschema@.format_table_name(queue_name, 'a'));
    end if;
  end if;
  execute format('drop table if exists @extschema@.%I', @extschema@.format_table_name(queue_name, 'q'));
  execute format('drop table if exists @extschema@.%I', @extschema@.format_table_name(queue_name, 'a'));
  delete from @extschema@.meta m where m.queue_name = drop_queue.queue_name;
  return true;
end
$$;
create function @extschema@.drop_queue(queue_name text) returns boolean language sql as $$
  select @extschema@.drop_queue(queue_name, false)
$$;

create function @extschema@.detach_archive(queue_name text) returns void language plpgsql as $$
begin
  if @extschema@._extension_exists('pgmq') then
    execute format('alter extension pgmq drop table @extschema@.%I', @extschema@.format_table_name(queue_name, 'a'));
  end if;
end
$$;

create function @extschema@.send_batch(queue_name text, msgs jsonb[], headers jsonb[], delay timestamptz)
  returns setof bigint language plpgsql as $$
begin
  return query execute format(
    'insert into @extschema@.%I (vt, message, headers)
       select $2, m.message, ($3)[m.n] from unnest($1) with ordinality as m(message, n)
       returning msg_id', @extschema@.format_table_name(queue_name, 'q'))
    using msgs, delay, headers;
end
$$;
create function @extschema@.send_batch(queue_name text, msgs jsonb[]) returns setof bigint language sql as $$
  select * from @extschema@.send_batch(queue_name, msgs, null, clock_timestamp())
$$;
create function @extschema@.send_batch(queue_name text, msgs jsonb[], headers jsonb[]) returns setof bigint
  language sql as $$ select * from @extschema@.send_batch(queue_name, msgs, headers, clock_timestamp()) $$;
create function @extschema@.send_batch(queue_name text, msgs jsonb[], delay integer) returns setof bigint
  language sql as $$
  select * from @extschema@.send_batch(queue_name, msgs, null, clock_timestamp() + make_interval(secs => delay))
$$;
create function @extschema@.send_batch(queue_name text, msgs jsonb[], delay timestamptz) returns setof bigint
  language sql as $$ select * from @extschema@.send_batch(queue_name, msgs, null, delay) $$;
create function @extschema@.send_batch(queue_name text, msgs jsonb[], headers jsonb[], delay integer)
  returns setof bigint language sql as $$
  select * from @extschema@.send_batch(queue_name, msgs, headers, clock_timestamp() + make_interval(secs => delay))
$$;

create function @extschema@.send(queue_name text, msg jsonb, headers jsonb, delay timestamptz)
  returns setof bigint language sql as $$
  select * from @extschema@.send_batch(queue_name, array[msg], array[headers], delay)
$$;
create function @extschema@.send(queue_name text, msg jsonb) returns setof bigint language sql as $$
  select * from @extschema@.send(queue_name, msg, null, clock_timestamp())
$$;
create function @extschema@.send(queue_name text, msg jsonb, headers jsonb) returns setof bigint
  language sql as $$ select * from @extschema@.send(queue_name, msg, headers, clock_timestamp()) $$;
create function @extschema@.send(queue_name text, msg jsonb, delay integer) returns setof bigint
  language sql as $$
  select * from @extschema@.send(queue_name, msg, null, clock_timestamp() + make_interval(secs => delay))
$$;
create function @extschema@.send(queue_name text, msg jsonb, delay timestamptz) returns setof bigint
  language sql as $$ select * from @extschema@.send(queue_name, msg, null, delay) $$;
create function @extschema@.send(queue_name text, msg jsonb, headers jsonb, delay integer)
  returns setof bigint language sql as $$
  select * from @extschema@.send(queue_name, msg, headers, clock_timestamp() + make_interval(secs => delay))
$$;

create function @extschema@.read(queue_name text, vt integer, qty integer, conditional jsonb default '{}')
  returns setof @extschema@.message_record language plpgsql as $$
begin
  return query execute format(
    'with picked as (
       select msg_id from @extschema@.%1$I
       where vt <= clock_timestamp() and ($3 = ''{}''::jsonb or message @> $3)
       order by msg_id limit $2 for update skip locked)
     update @extschema@.%1$I q
       set vt = clock_timestamp() + make_interval(secs => $1), read_ct = q.read_ct + 1
       from picked where q.msg_id = picked.msg_id
       returning q.msg_id, q.read_ct, q.enqueued_at, q.vt, q.message, q.headers',
    @extschema@.format_table_name(queue_name, 'q'))
    using vt, qty, coalesce(conditional, '{}'::jsonb);
end
$$;

create function @extschema@.read_with_poll(
  queue_name text, vt integer, qty integer, max_poll_seconds integer default 5,
  poll_interval_ms integer default 100, conditional jsonb default '{}'
) returns setof @extschema@.message_record language sql as $$
  select * from @extschema@.read(queue_name, vt, qty, conditional)
$$;

create function @extschema@.pop(queue_name text) returns setof @extschema@.message_record
  language plpgsql as $$
begin
  return query execute format(
    'with picked as (
       select msg_id from @extschema@.%1$I where vt <= clock_timestamp()
       order by msg_id limit 1 for update skip locked)
     delete from @extschema@.%1$I q using picked where q.msg_id = picked.msg_id
       returning q.msg_id, q.read_ct, q.enqueued_at, q.vt, q.message, q.headers',
    @extschema@.format_table_name(queue_name, 'q'));
end
$$;

create function @extschema@.set_vt(queue_name text, msg_id bigint, vt integer)
  returns setof @extschema@.message_record language plpgsql as $$
begin
  return query execute format(
    'update @extschema@.%I set vt = clock_timestamp() + make_interval(secs => $2) where msg_id = $1
       returning msg_id, read_ct, enqueued_at, vt, message, headers',
    @extschema@.format_table_name(queue_name, 'q'))
    using msg_id, vt;
end
$$;

create function @extschema@.archive(queue_name text, msg_ids bigint[]) returns setof bigint
  language plpgsql as $$
begin
  return query execute format(
    'with moved as (delete from @extschema@.%I where msg_id = any($1) returning *)
     insert into @extschema@.%I (msg_id, vt, read_ct, enqueued_at, message, headers)
       select msg_id, vt, read_ct, enqueued_at, message, headers from moved
       returning msg_id',
    @extschema@.format_table_name(queue_name, 'q'), @extschema@.format_table_name(queue_name, 'a'))
    using msg_ids;
end
$$;
create function @extschema@.archive(queue_name text, msg_id bigint) returns boolean language sql as $$
  select exists (select from @extschema@.archive(queue_name, array[msg_id]))
$$;

create function @extschema@.delete(queue_name text, msg_ids bigint[]) returns setof bigint
  language plpgsql as $$
begin
  return query execute format(
    'delete from @extschema@.%I where msg_id = any($1) returning msg_id',
    @extschema@.format_table_name(queue_name, 'q'))
    using msg_ids;
end
$$;
create function @extschema@.delete(queue_name text, msg_id bigint) returns boolean language sql as $$
  select exists (select from @extschema@.delete(queue_name, array[msg_id]))
$$;

create function @extschema@.purge_queue(queue_name text) returns bigint language plpgsql as $$
declare
  removed bigint;
begin
  execute format('with gone as (delete from @extschema@.%I returning 1) select count(*) from gone',
    @extschema@.format_table_name(queue_name, 'q')) into removed;
  return removed;
end
$$;

create function @extschema@.metrics(queue_name text) returns @extschema@.metrics_result
  language plpgsql as $$
declare
  result @extschema@.metrics_result;
begin
  execute format(
    'select $1, count(*), extract(epoch from now() - max(enqueued_at))::integer,
       extract(epoch from now() - min(enqueued_at))::integer,
       coalesce((select is_called::int * last_value from @extschema@.%I), 0),
       now(), count(*) filter (where vt <= clock_timestamp())
     from @extschema@.%I',
    @extschema@.format_table_name(queue_name, 'q') || '_msg_id_seq', @extschema@.format_table_name(queue_name, 'q'))
    into result using queue_name;
  return result;
end
$$;

create function @extschema@.metrics_all() returns setof @extschema@.metrics_result language sql as $$
  select (@extschema@.metrics(m.queue_name)).* from @extschema@.meta m
$$;

create function @extschema@.list_queues() returns setof @extschema@.queue_record language sql as $$
  select queue_name, is_partitioned, is_unlogged, created_at from @extschema@.meta
$$;
`,
  examples: [
    `select pgmq.create('emails')`,
    `select * from pgmq.send('emails', '{"to": "a@example.invalid"}'::jsonb)`,
    `select * from pgmq.send_batch('emails', array['{"n": 1}', '{"n": 2}']::jsonb[], 5)`,
    `select msg_id, message from pgmq.read('emails', 30, 5)`,
    `select pgmq.archive('emails', 1::bigint), pgmq.delete('emails', 2::bigint), (select count(*) from pgmq.pop('emails'))`,
    `select queue_length, total_messages from pgmq.metrics('emails')`
  ]
};

// src/core/extensions/stand-ins/pgroonga.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgroonga = {
  name: "pgroonga",
  version: "3.2.5",
  comment: "Super fast and all languages supported full text search index based on Groonga",
  sql: String.raw`
create function @extschema@.pgroonga_match_text(text, text) returns boolean
  language sql immutable strict parallel safe as $$ select strpos(lower($1), lower($2)) > 0 $$;
create function @extschema@.pgroonga_query_text(text, text) returns boolean
  language sql immutable strict parallel safe as $$
  select coalesce(bool_and(strpos(lower($1), lower(word)) > 0), true)
  from regexp_split_to_table(btrim($2), '\s+') as word
  where word <> '' and upper(word) <> 'OR'
$$;
create function @extschema@.pgroonga_prefix_text(text, text) returns boolean
  language sql immutable strict parallel safe as $$ select starts_with(lower($1), lower($2)) $$;
create function @extschema@.pgroonga_regexp_text(text, text) returns boolean
  language sql immutable strict parallel safe as $$ select $1 ~ $2 $$;
create function @extschema@.pgroonga_match_in_text(text, text[]) returns boolean
  language sql immutable strict parallel safe as $$
  select exists (select from unnest($2) as k where strpos(lower($1), lower(k)) > 0)
$$;
create function @extschema@.pgroonga_query_in_text(text, text[]) returns boolean
  language sql immutable strict parallel safe as $$
  select exists (select from unnest($2) as q where @extschema@.pgroonga_query_text($1, q))
$$;
create function @extschema@.pgroonga_match_text_array(text[], text) returns boolean
  language sql immutable strict parallel safe as $$
  select exists (select from unnest($1) as t where @extschema@.pgroonga_match_text(t, $2))
$$;
create function @extschema@.pgroonga_query_text_array(text[], text) returns boolean
  language sql immutable strict parallel safe as $$
  select exists (select from unnest($1) as t where @extschema@.pgroonga_query_text(t, $2))
$$;
create function @extschema@.pgroonga_match_varchar(varchar, varchar) returns boolean
  language sql immutable strict parallel safe as $$ select @extschema@.pgroonga_match_text($1, $2) $$;
create function @extschema@.pgroonga_match_jsonb(jsonb, text) returns boolean
  language sql immutable strict parallel safe as $$ select @extschema@.pgroonga_match_text($1::text, $2) $$;
create function @extschema@.pgroonga_query_jsonb(jsonb, text) returns boolean
  language sql immutable strict parallel safe as $$ select @extschema@.pgroonga_query_text($1::text, $2) $$;

create operator @extschema@.&@ (procedure = @extschema@.pgroonga_match_text, leftarg = text, rightarg = text);
create operator @extschema@.&@~ (procedure = @extschema@.pgroonga_query_text, leftarg = text, rightarg = text);
create operator @extschema@.&^ (procedure = @extschema@.pgroonga_prefix_text, leftarg = text, rightarg = text);
create operator @extschema@.&~ (procedure = @extschema@.pgroonga_regexp_text, leftarg = text, rightarg = text);
create operator @extschema@.&@| (procedure = @extschema@.pgroonga_match_in_text, leftarg = text, rightarg = text[]);
create operator @extschema@.&@~| (procedure = @extschema@.pgroonga_query_in_text, leftarg = text, rightarg = text[]);
create operator @extschema@.&@ (procedure = @extschema@.pgroonga_match_text_array, leftarg = text[], rightarg = text);
create operator @extschema@.&@~ (procedure = @extschema@.pgroonga_query_text_array, leftarg = text[], rightarg = text);
create operator @extschema@.&@ (procedure = @extschema@.pgroonga_match_varchar, leftarg = varchar, rightarg = varchar);
create operator @extschema@.&@ (procedure = @extschema@.pgroonga_match_jsonb, leftarg = jsonb, rightarg = text);
create operator @extschema@.&@~ (procedure = @extschema@.pgroonga_query_jsonb, leftarg = jsonb, rightarg = text);

create function @extschema@.pgroonga_score(tableoid oid, ctid tid) returns float8
  language sql volatile as $$ select 0::float8 $$;
create function @extschema@.pgroonga_score("row" record) returns float8
  language plpgsql volatile as $$ begin return 0; end $$;
create function @extschema@.pgroonga_snippet_html(target text, keywords text[], width integer default 200)
  returns text[] language sql immutable strict as $$ select array[left(target, width)] $$;
create function @extschema@.pgroonga_highlight_html(target text, keywords text[]) returns text
  language sql immutable strict as $$ select target $$;
create function @extschema@.pgroonga_highlight_html(targets text[], keywords text[]) returns text[]
  language sql immutable strict as $$ select targets $$;
create function @extschema@.pgroonga_normalize(target text) returns text
  language sql immutable strict as $$ select lower(target) $$;
create function @extschema@.pgroonga_command(groongacommand text) returns text
  language sql volatile strict as $$ select '[]' $$;
create function @extschema@.pgroonga_command(groongacommand text, arguments text[]) returns text
  language sql volatile strict as $$ select '[]' $$;

create access method pgroonga type index handler pg_catalog.hashhandler;
create operator class @extschema@.pgroonga_text_full_text_search_ops_v2 default for type text using pgroonga as
  operator 1 pg_catalog.= (text, text), function 1 pg_catalog.hashtext(text);
create operator class @extschema@.pgroonga_varchar_term_search_ops_v2 default for type varchar using pgroonga as
  operator 1 pg_catalog.= (text, text), function 1 pg_catalog.hashtext(text);
create operator class @extschema@.pgroonga_text_array_full_text_search_ops_v2 default for type text[] using pgroonga as
  operator 1 pg_catalog.= (anyarray, anyarray), function 1 (text[], text[]) pg_catalog.hash_array(anyarray);
create operator class @extschema@.pgroonga_jsonb_ops_v2 default for type jsonb using pgroonga as
  operator 1 pg_catalog.= (jsonb, jsonb), function 1 pg_catalog.jsonb_hash(jsonb);
`,
  examples: [
    `create table public.memos (id bigint primary key, content text, tags text[])`,
    `create index memos_content_idx on public.memos using pgroonga (content)`,
    `create index memos_tags_idx on public.memos using pgroonga (tags)`,
    `insert into public.memos values (1, 'PGroonga is fast', '{db}')`,
    `select id from public.memos where content operator(extensions.&@~) 'pgroonga fast' and content operator(extensions.&@) 'Fast'`
  ]
};

// src/core/extensions/stand-ins/pgrouting.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgrouting = {
  name: "pgrouting",
  version: "3.4.1",
  comment: "pgRouting Extension",
  requires: ["plpgsql", "postgis"],
  sql: `
create function @extschema@.pgr_version() returns text language sql immutable as $$ select '3.4.1' $$;

create function @extschema@.pgr_dijkstra(
  text, bigint, bigint, directed boolean default true,
  out seq integer, out path_seq integer, out node bigint, out edge bigint,
  out cost double precision, out agg_cost double precision
) returns setof record language sql volatile strict as $$
  select null::integer, null::integer, null::bigint, null::bigint, null::double precision,
    null::double precision where false
$$;
`,
  examples: [
    `select extensions.pgr_version()`,
    `select count(*) from extensions.pgr_dijkstra('select 1 as id, 1 as source, 2 as target, 1.0 as cost', 1, 2)`
  ]
};

// src/core/extensions/stand-ins/pgsodium.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();

// src/core/extensions/stand-ins/pgsodium-functions.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var zeros = (length) => `decode(repeat('00', (${length})::int), 'hex')`;
var fn2 = (signature, returns, body2, volatility = "immutable") => `create function @extschema@.${signature} returns ${returns} language sql ${volatility} as $$ select ${body2} $$;`;
var ctx = `context bytea = 'pgsodium'`;
var cryptoFunctions = [
  fn2("randombytes_random()", "integer", "0", "volatile"),
  fn2("randombytes_uniform(upper_bound integer)", "integer", "0", "volatile"),
  fn2("randombytes_buf(size integer)", "bytea", zeros("size"), "volatile"),
  fn2("randombytes_new_seed()", "bytea", zeros(32), "volatile"),
  fn2("randombytes_buf_deterministic(size integer, seed bytea)", "bytea", zeros("size")),
  fn2("crypto_secretbox_keygen()", "bytea", zeros(32), "volatile"),
  fn2("crypto_secretbox_noncegen()", "bytea", zeros(24), "volatile"),
  fn2("crypto_secretbox(message bytea, nonce bytea, key bytea)", "bytea", "message"),
  fn2(`crypto_secretbox(message bytea, nonce bytea, key_id bigint, ${ctx})`, "bytea", "message"),
  fn2("crypto_secretbox(message bytea, nonce bytea, key_uuid uuid)", "bytea", "message", "stable"),
  fn2("crypto_secretbox_open(ciphertext bytea, nonce bytea, key bytea)", "bytea", "ciphertext"),
  fn2(
    `crypto_secretbox_open(message bytea, nonce bytea, key_id bigint, ${ctx})`,
    "bytea",
    "message"
  ),
  fn2(
    "crypto_secretbox_open(message bytea, nonce bytea, key_uuid uuid)",
    "bytea",
    "message",
    "stable"
  ),
  fn2("crypto_auth_keygen()", "bytea", zeros(32), "volatile"),
  fn2("crypto_auth(message bytea, key bytea)", "bytea", zeros(32)),
  fn2(`crypto_auth(message bytea, key_id bigint, ${ctx})`, "bytea", zeros(32)),
  fn2("crypto_auth(message bytea, key_uuid uuid)", "bytea", zeros(32), "stable"),
  fn2("crypto_auth_verify(mac bytea, message bytea, key bytea)", "boolean", "true"),
  fn2(`crypto_auth_verify(mac bytea, message bytea, key_id bigint, ${ctx})`, "boolean", "true"),
  fn2("crypto_auth_verify(mac bytea, message bytea, key_uuid uuid)", "boolean", "true", "stable"),
  fn2("crypto_generichash_keygen()", "bytea", zeros(32), "volatile"),
  fn2("crypto_generichash(message bytea, key bytea default null)", "bytea", zeros(32)),
  fn2(`crypto_generichash(message bytea, key bigint, ${ctx})`, "bytea", zeros(32)),
  fn2("crypto_generichash(message bytea, key_uuid uuid)", "bytea", zeros(32), "stable"),
  fn2("crypto_shorthash_keygen()", "bytea", zeros(16), "volatile"),
  fn2("crypto_shorthash(message bytea, key bytea)", "bytea", zeros(8)),
  fn2(`crypto_shorthash(message bytea, key bigint, ${ctx})`, "bytea", zeros(8)),
  fn2("crypto_shorthash(message bytea, key_uuid uuid)", "bytea", zeros(8), "stable"),
  fn2("crypto_hash_sha256(message bytea)", "bytea", "pg_catalog.sha256(message)"),
  fn2("crypto_hash_sha512(message bytea)", "bytea", "pg_catalog.sha512(message)"),
  fn2(
    "crypto_box_new_keypair()",
    "@extschema@.crypto_box_keypair",
    `(${zeros(32)}, ${zeros(32)})`,
    "volatile"
  ),
  fn2("crypto_box_new_seed()", "bytea", zeros(32), "volatile"),
  fn2(
    "crypto_box_seed_new_keypair(seed bytea)",
    "@extschema@.crypto_box_keypair",
    `(${zeros(32)}, ${zeros(32)})`
  ),
  fn2("crypto_box_noncegen()", "bytea", zeros(24), "volatile"),
  fn2("crypto_box(message bytea, nonce bytea, public bytea, secret bytea)", "bytea", "message"),
  fn2(
    "crypto_box_open(ciphertext bytea, nonce bytea, public bytea, secret bytea)",
    "bytea",
    "ciphertext"
  ),
  fn2("crypto_box_seal(message bytea, public_key bytea)", "bytea", "message"),
  fn2(
    "crypto_box_seal_open(ciphertext bytea, public_key bytea, secret_key bytea)",
    "bytea",
    "ciphertext"
  ),
  fn2(
    "crypto_sign_new_keypair()",
    "@extschema@.crypto_sign_keypair",
    `(${zeros(32)}, ${zeros(64)})`,
    "volatile"
  ),
  fn2("crypto_sign_new_seed()", "bytea", zeros(32), "volatile"),
  fn2(
    "crypto_sign_seed_new_keypair(seed bytea)",
    "@extschema@.crypto_sign_keypair",
    `(${zeros(32)}, ${zeros(64)})`
  ),
  fn2("crypto_sign(message bytea, key bytea)", "bytea", "message"),
  fn2("crypto_sign_open(signed_message bytea, key bytea)", "bytea", "signed_message"),
  fn2("crypto_sign_detached(message bytea, key bytea)", "bytea", zeros(64)),
  fn2("crypto_sign_verify_detached(sig bytea, message bytea, key bytea)", "boolean", "true"),
  fn2("crypto_sign_init()", "bytea", zeros(64)),
  fn2("crypto_sign_update(state bytea, message bytea)", "bytea", "state"),
  fn2("crypto_sign_final_create(state bytea, key bytea)", "bytea", zeros(64)),
  fn2("crypto_sign_final_verify(state bytea, signature bytea, key bytea)", "boolean", "true"),
  fn2(
    "crypto_sign_update_agg1(state bytea, message bytea)",
    "bytea",
    `coalesce(state, ${zeros(64)})`
  ),
  fn2(
    "crypto_sign_update_agg2(cur_state bytea, initial_state bytea, message bytea)",
    "bytea",
    `coalesce(cur_state, initial_state)`
  ),
  fn2("crypto_pwhash_saltgen()", "bytea", zeros(16), "volatile"),
  fn2("crypto_pwhash(password bytea, salt bytea)", "bytea", zeros(32)),
  fn2(
    "crypto_pwhash_str(password bytea)",
    "bytea",
    `convert_to('stand-in password hash', 'utf8')`,
    "volatile"
  ),
  fn2("crypto_pwhash_str_verify(hashed_password bytea, password bytea)", "boolean", "true"),
  fn2("crypto_kdf_keygen()", "bytea", zeros(32), "volatile"),
  fn2(
    "crypto_kdf_derive_from_key(subkey_size bigint, subkey_id bigint, context bytea, primary_key bytea)",
    "bytea",
    zeros("subkey_size")
  ),
  fn2(
    "crypto_kdf_derive_from_key(subkey_size integer, subkey_id bigint, context bytea, primary_key uuid)",
    "bytea",
    zeros("subkey_size"),
    "stable"
  ),
  fn2(
    "derive_key(key_id bigint, key_len integer = 32, context bytea = 'pgsodium')",
    "bytea",
    zeros("key_len"),
    "volatile"
  ),
  fn2(
    `pgsodium_derive(key_id bigint, key_len integer = 32, context bytea = decode('pgsodium', 'escape'))`,
    "bytea",
    zeros("key_len"),
    "volatile"
  ),
  fn2(
    "crypto_kx_new_keypair()",
    "@extschema@.crypto_kx_keypair",
    `(${zeros(32)}, ${zeros(32)})`,
    "volatile"
  ),
  fn2("crypto_kx_new_seed()", "bytea", zeros(32), "volatile"),
  fn2(
    "crypto_kx_seed_new_keypair(seed bytea)",
    "@extschema@.crypto_kx_keypair",
    `(${zeros(32)}, ${zeros(32)})`
  ),
  fn2(
    "crypto_kx_client_session_keys(client_pk bytea, client_sk bytea, server_pk bytea)",
    "@extschema@.crypto_kx_session",
    `(${zeros(32)}, ${zeros(32)})`,
    "volatile"
  ),
  fn2(
    "crypto_kx_server_session_keys(server_pk bytea, server_sk bytea, client_pk bytea)",
    "@extschema@.crypto_kx_session",
    `(${zeros(32)}, ${zeros(32)})`,
    "volatile"
  ),
  ...["512", "256"].flatMap((bits) => {
    const mac = zeros(Number(bits) / 8);
    return [
      fn2(`crypto_auth_hmacsha${bits}_keygen()`, "bytea", zeros(32), "volatile"),
      fn2(`crypto_auth_hmacsha${bits}(message bytea, secret bytea)`, "bytea", mac),
      fn2(`crypto_auth_hmacsha${bits}(message bytea, key_id bigint, ${ctx})`, "bytea", mac),
      fn2(`crypto_auth_hmacsha${bits}(message bytea, key_uuid uuid)`, "bytea", mac, "stable"),
      fn2(
        `crypto_auth_hmacsha${bits}_verify(hash bytea, message bytea, secret bytea)`,
        "boolean",
        "true"
      ),
      fn2(
        `crypto_auth_hmacsha${bits}_verify(hash bytea, message bytea, key_id bigint, ${ctx})`,
        "boolean",
        "true"
      ),
      fn2(
        `crypto_auth_hmacsha${bits}_verify(signature bytea, message bytea, key_uuid uuid)`,
        "boolean",
        "true",
        "stable"
      )
    ];
  }),
  ...["encrypt", "decrypt"].flatMap((way) => [
    fn2(
      `crypto_aead_ietf_${way}(message bytea, additional bytea, nonce bytea, key bytea)`,
      "bytea",
      "message"
    ),
    fn2(
      `crypto_aead_ietf_${way}(message bytea, additional bytea, nonce bytea, key_id bigint, ${ctx})`,
      "bytea",
      "message"
    ),
    fn2(
      `crypto_aead_ietf_${way}(message bytea, additional bytea, nonce bytea, key_uuid uuid)`,
      "bytea",
      "message",
      "stable"
    ),
    fn2(
      `crypto_aead_det_${way}(message bytea, additional bytea, key_id bigint, ${ctx}, nonce bytea = null)`,
      "bytea",
      "message"
    ),
    fn2(
      `crypto_aead_det_${way}(message bytea, additional bytea, key_uuid uuid)`,
      "bytea",
      "message",
      "stable"
    ),
    fn2(
      `crypto_aead_det_${way}(message bytea, additional bytea, key_uuid uuid, nonce bytea)`,
      "bytea",
      "message",
      "stable"
    )
  ]),
  fn2(
    "crypto_aead_det_encrypt(message bytea, additional bytea, key bytea, nonce bytea = null)",
    "bytea",
    "message"
  ),
  fn2(
    "crypto_aead_det_decrypt(ciphertext bytea, additional bytea, key bytea, nonce bytea = null)",
    "bytea",
    "ciphertext"
  ),
  fn2("crypto_aead_ietf_keygen()", "bytea", zeros(32), "volatile"),
  fn2("crypto_aead_ietf_noncegen()", "bytea", zeros(12), "volatile"),
  fn2("crypto_aead_det_keygen()", "bytea", zeros(32), "volatile"),
  fn2("crypto_aead_det_noncegen()", "bytea", zeros(16), "volatile"),
  fn2("crypto_secretstream_keygen()", "bytea", zeros(32), "volatile"),
  fn2("crypto_stream_xchacha20_keygen()", "bytea", zeros(32), "volatile"),
  fn2("crypto_stream_xchacha20_noncegen()", "bytea", zeros(24), "volatile"),
  fn2("crypto_stream_xchacha20(bigint, bytea, bytea)", "bytea", zeros("$1")),
  fn2(`crypto_stream_xchacha20(bigint, bytea, bigint, ${ctx})`, "bytea", zeros("$1")),
  fn2("crypto_stream_xchacha20_xor(bytea, bytea, bytea)", "bytea", "$1"),
  // The real default really is spelt 'pgosdium'.
  fn2(
    `crypto_stream_xchacha20_xor(bytea, bytea, bigint, context bytea = 'pgosdium')`,
    "bytea",
    "$1"
  ),
  fn2("crypto_stream_xchacha20_xor_ic(bytea, bytea, bigint, bytea)", "bytea", "$1"),
  fn2(`crypto_stream_xchacha20_xor_ic(bytea, bytea, bigint, bigint, ${ctx})`, "bytea", "$1"),
  fn2(
    "crypto_signcrypt_new_keypair()",
    "@extschema@.crypto_signcrypt_keypair",
    `(${zeros(32)}, ${zeros(32)})`,
    "volatile"
  ),
  fn2(
    "crypto_signcrypt_sign_before(sender bytea, recipient bytea, sender_sk bytea, recipient_pk bytea, additional bytea)",
    "@extschema@.crypto_signcrypt_state_key",
    `(${zeros(32)}, ${zeros(32)})`,
    "volatile"
  ),
  fn2(
    "crypto_signcrypt_sign_after(state bytea, sender_sk bytea, ciphertext bytea)",
    "bytea",
    zeros(64),
    "volatile"
  ),
  fn2(
    "crypto_signcrypt_verify_before(signature bytea, sender bytea, recipient bytea, additional bytea, sender_pk bytea, recipient_sk bytea)",
    "@extschema@.crypto_signcrypt_state_key",
    `(${zeros(32)}, ${zeros(32)})`,
    "volatile"
  ),
  fn2(
    "crypto_signcrypt_verify_after(state bytea, signature bytea, sender_pk bytea, ciphertext bytea)",
    "boolean",
    "true",
    "volatile"
  ),
  fn2(
    "crypto_signcrypt_verify_public(signature bytea, sender bytea, recipient bytea, additional bytea, sender_pk bytea, ciphertext bytea)",
    "boolean",
    "true",
    "volatile"
  ),
  fn2("crypto_cmp(text, text)", "boolean", "$1 = $2"),
  fn2("sodium_bin2base64(bin bytea)", "text", `encode(bin, 'base64')`),
  fn2("sodium_base642bin(base64 text)", "bytea", `decode(base64, 'base64')`),
  fn2("version()", "text", `'3.1.8'`)
];

// src/core/extensions/stand-ins/pgsodium.ts
var pgsodium = {
  name: "pgsodium",
  version: "3.1.8",
  comment: "Postgres extension for libsodium functions",
  schema: "pgsodium",
  sql: `
do $$
declare
  role_name text;
begin
  foreach role_name in array array['pgsodium_keyiduser', 'pgsodium_keyholder', 'pgsodium_keymaker'] loop
    if not exists (select from pg_catalog.pg_roles where rolname = role_name) then
      execute format('create role %I nologin noinherit', role_name);
    end if;
  end loop;
end
$$;

create schema if not exists pgsodium_masks;

create type @extschema@.crypto_box_keypair as (public bytea, secret bytea);
create type @extschema@.crypto_sign_keypair as (public bytea, secret bytea);
create type @extschema@.crypto_kx_keypair as (public bytea, secret bytea);
create type @extschema@.crypto_kx_session as (rx bytea, tx bytea);
create type @extschema@.crypto_signcrypt_state_key as (state bytea, shared_key bytea);
create type @extschema@.crypto_signcrypt_keypair as (public bytea, secret bytea);
create type @extschema@._key_id_context as (key_id bigint, key_context bytea);
create type @extschema@.key_status as enum ('default', 'valid', 'invalid', 'expired');
create type @extschema@.key_type as enum (
  'aead-ietf', 'aead-det', 'hmacsha512', 'hmacsha256', 'auth', 'shorthash', 'generichash',
  'kdf', 'secretbox', 'secretstream', 'stream_xchacha20'
);

${cryptoFunctions.join("\n")}

create aggregate @extschema@.crypto_sign_update_agg(message bytea) (
  sfunc = @extschema@.crypto_sign_update_agg1, stype = bytea, parallel = unsafe
);
create aggregate @extschema@.crypto_sign_update_agg(state bytea, message bytea) (
  sfunc = @extschema@.crypto_sign_update_agg2, stype = bytea, parallel = unsafe
);

create table @extschema@.key (
  id uuid primary key default gen_random_uuid(),
  status @extschema@.key_status default 'valid',
  created timestamptz not null default current_timestamp,
  expires timestamptz,
  key_type @extschema@.key_type,
  key_id bigserial,
  key_context bytea default 'pgsodium' check (length(key_context) = 8),
  name text constraint pgsodium_key_unique_name unique,
  associated_data text default 'associated',
  raw_key bytea,
  raw_key_nonce bytea,
  parent_key uuid references @extschema@.key (id),
  comment text,
  user_data text,
  constraint pgsodium_raw check (
    case when raw_key is not null
      then key_id is null and key_context is null and parent_key is not null
      else key_id is not null and key_context is not null and parent_key is null
    end)
);
create index on @extschema@.key (status) where status in ('valid', 'default');
create unique index on @extschema@.key (status) where status = 'default';
create unique index on @extschema@.key (key_id, key_context, key_type);

create view @extschema@.valid_key as
  select id, name, status, key_type, key_id, key_context, created, expires, associated_data
  from @extschema@.key
  where status in ('valid', 'default') and (expires is null or expires > now());

create view @extschema@.decrypted_key as
  select id, status, created, expires, key_type, key_id, key_context, name, associated_data,
    raw_key, raw_key as decrypted_raw_key, raw_key_nonce, parent_key, comment
  from @extschema@.key;

create view @extschema@.masking_rule as
  select null::oid as attrelid, null::integer as attnum, null::regnamespace as relnamespace,
    null::name as relname, null::name as attname, null::text as format_type, null::text as col_description,
    null::text as key_id_column, null::text as key_id, null::text as associated_columns,
    null::text as nonce_column, null::text as view_name, null::integer as priority,
    null::boolean as security_invoker
  where false;

create view @extschema@.mask_columns as
  select a.attname, a.attrelid, m.key_id, m.key_id_column, m.associated_columns, m.nonce_column,
    m.format_type
  from pg_catalog.pg_attribute a
  left join @extschema@.masking_rule m on m.attrelid = a.attrelid and m.attname = a.attname
  where false;

create function @extschema@.create_key(
  key_type @extschema@.key_type = 'aead-det',
  name text = null,
  raw_key bytea = null,
  raw_key_nonce bytea = null,
  parent_key uuid = null,
  key_context bytea = 'pgsodium',
  expires timestamptz = null,
  associated_data text = ''
) returns @extschema@.valid_key language plpgsql security definer set search_path = '' as $$
declare
  new_id uuid;
  result @extschema@.valid_key;
begin
  insert into @extschema@.key (key_type, name, raw_key, raw_key_nonce, parent_key, key_context, expires, associated_data, key_id)
    values (
      create_key.key_type, create_key.name, create_key.raw_key, create_key.raw_key_nonce,
      create_key.parent_key,
      case when create_key.raw_key is null then create_key.key_context end,
      create_key.expires, create_key.associated_data,
      case when create_key.raw_key is null then nextval(pg_get_serial_sequence('@extschema@.key', 'key_id')) end)
    returning id into new_id;
  select * into result from @extschema@.valid_key v where v.id = new_id;
  return result;
end
$$;

create function @extschema@.get_key_by_id(uuid) returns @extschema@.valid_key
  language sql security definer set search_path = '' as $$
  select * from @extschema@.valid_key where id = $1
$$;
create function @extschema@.get_key_by_name(text) returns @extschema@.valid_key
  language sql security definer set search_path = '' as $$
  select * from @extschema@.valid_key where name = $1
$$;
create function @extschema@.get_named_keys(filter text = '%') returns setof @extschema@.valid_key
  language sql security definer set search_path = '' as $$
  select * from @extschema@.valid_key where name like filter
$$;

-- Masking needs security labels, which need C: these answer "nothing to mask".
create function @extschema@.has_mask(role regrole, source_name text) returns boolean
  language sql stable as $$ select false $$;
create function @extschema@.mask_columns(source_relid oid)
  returns table (attname name, key_id text, key_id_column text, associated_column text, nonce_column text, format_type text)
  language sql stable as $$ select null::name, null, null, null, null, null where false $$;
create function @extschema@.quote_assoc(text, boolean = false) returns text
  language sql immutable as $$ select case when $2 then quote_literal($1) else quote_ident($1) end $$;
create function @extschema@.decrypted_columns(relid oid) returns text language sql as $$ select '' $$;
create function @extschema@.encrypted_columns(relid oid) returns text language sql as $$ select '' $$;
create function @extschema@.encrypted_column(relid oid, m record) returns text
  language plpgsql as $$ begin return ''; end $$;
create function @extschema@.create_mask_view(relid oid, subid integer, debug boolean = false) returns void
  language plpgsql as $$ begin return; end $$;
create function @extschema@.update_mask(target oid, debug boolean = false) returns void
  language plpgsql security definer as $$ begin return; end $$;
create function @extschema@.update_masks(debug boolean = false) returns void
  language plpgsql as $$ begin return; end $$;
create function @extschema@.mask_role(masked_role regrole, source_name text, view_name text) returns void
  language plpgsql security definer as $$ begin return; end $$;
create function @extschema@.enable_security_label_trigger() returns void
  language sql security definer as $$ select $$;
create function @extschema@.disable_security_label_trigger() returns void
  language sql security definer as $$ select $$;
create function @extschema@.trg_mask_update() returns event_trigger
  language plpgsql as $$ begin return; end $$;

grant usage on schema @extschema@ to pgsodium_keyiduser, pgsodium_keyholder, pgsodium_keymaker;
grant select on @extschema@.valid_key to pgsodium_keyiduser;
grant select on @extschema@.decrypted_key to pgsodium_keyholder;
grant all on @extschema@.key to pgsodium_keymaker;
`,
  examples: [
    `select pgsodium.crypto_aead_det_decrypt(pgsodium.crypto_aead_det_encrypt(convert_to('hello', 'utf8'), 'ad', (pgsodium.create_key()).id), 'ad', (select id from pgsodium.valid_key limit 1))`,
    `select id, key_id from pgsodium.create_key(name := 'orders_key')`,
    `select pgsodium.crypto_secretbox(convert_to('msg', 'utf8'), pgsodium.crypto_secretbox_noncegen(), pgsodium.crypto_secretbox_keygen())`,
    `select encode(pgsodium.crypto_hash_sha256('abc'), 'hex')`,
    `create table public.secrets_demo (id bigint primary key, ciphertext bytea default pgsodium.crypto_aead_det_encrypt('x', 'y', 1::bigint))`
  ]
};

// src/core/extensions/stand-ins/pgtap.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var pgtap = {
  name: "pgtap",
  version: "1.2.0",
  comment: "Unit testing for PostgreSQL",
  sql: `
create function @extschema@._stand_in_next_test() returns integer language sql volatile as $$
  select set_config('pgtap.stand_in_count',
    (coalesce(nullif(current_setting('pgtap.stand_in_count', true), ''), '0')::integer + 1)::text,
    false)::integer
$$;

create function @extschema@.plan(integer) returns text language sql volatile as $$
  select '1..' || $1 from (select set_config('pgtap.stand_in_count', '0', false)) as reset
$$;
create function @extschema@.no_plan() returns setof boolean language sql volatile as $$
  select set_config('pgtap.stand_in_count', '0', false) is not null
$$;
create function @extschema@.finish(exception_on_failure boolean default null) returns setof text
  language sql volatile as $$ select null::text where false $$;

create function @extschema@.ok(boolean, text) returns text language sql volatile as $$
  select case when coalesce($1, false) then 'ok ' else 'not ok ' end
    || @extschema@._stand_in_next_test() || coalesce(' - ' || nullif($2, ''), '')
$$;
create function @extschema@.ok(boolean) returns text language sql volatile as $$
  select @extschema@.ok($1, null)
$$;
create function @extschema@.is(anyelement, anyelement, text) returns text language sql volatile as $$
  select @extschema@.ok($1 is not distinct from $2, $3)
$$;
create function @extschema@.is(anyelement, anyelement) returns text language sql volatile as $$
  select @extschema@.is($1, $2, null)
$$;
create function @extschema@.isnt(anyelement, anyelement, text) returns text language sql volatile as $$
  select @extschema@.ok($1 is distinct from $2, $3)
$$;
create function @extschema@.isnt(anyelement, anyelement) returns text language sql volatile as $$
  select @extschema@.isnt($1, $2, null)
$$;
create function @extschema@.pass(text) returns text language sql volatile as $$ select @extschema@.ok(true, $1) $$;
create function @extschema@.pass() returns text language sql volatile as $$ select @extschema@.ok(true, null) $$;
create function @extschema@.fail(text) returns text language sql volatile as $$ select @extschema@.ok(false, $1) $$;
create function @extschema@.fail() returns text language sql volatile as $$ select @extschema@.ok(false, null) $$;
create function @extschema@.diag(variadic text[]) returns text language sql immutable as $$
  select '# ' || array_to_string($1, '')
$$;

create function @extschema@.has_table(name, name, text) returns text language sql volatile as $$
  select @extschema@.ok(to_regclass(quote_ident($1) || '.' || quote_ident($2)) is not null, $3)
$$;
create function @extschema@.has_table(name, name) returns text language sql volatile as $$
  select @extschema@.has_table($1, $2, 'Table ' || quote_ident($1) || '.' || quote_ident($2) || ' should exist')
$$;
create function @extschema@.has_table(name, text) returns text language sql volatile as $$
  select @extschema@.ok(to_regclass(quote_ident($1)) is not null, $2)
$$;
create function @extschema@.has_table(name) returns text language sql volatile as $$
  select @extschema@.has_table($1, 'Table ' || quote_ident($1) || ' should exist')
$$;
create function @extschema@.has_column(name, name, name, text) returns text language sql volatile as $$
  select @extschema@.ok(exists (
    select from pg_catalog.pg_attribute
    where attrelid = to_regclass(quote_ident($1) || '.' || quote_ident($2)) and attname = $3
      and attnum > 0 and not attisdropped), $4)
$$;
create function @extschema@.has_column(name, name, text) returns text language sql volatile as $$
  select @extschema@.ok(exists (
    select from pg_catalog.pg_attribute
    where attrelid = to_regclass(quote_ident($1)) and attname = $2 and attnum > 0 and not attisdropped), $3)
$$;
create function @extschema@.has_column(name, name) returns text language sql volatile as $$
  select @extschema@.has_column($1, $2, 'Column ' || quote_ident($1) || '.' || quote_ident($2) || ' should exist')
$$;

create function @extschema@.lives_ok(text, text) returns text language plpgsql volatile as $$
begin
  execute $1;
  return @extschema@.ok(true, $2);
exception when others then
  return @extschema@.ok(false, $2) || E'\\n# died: ' || sqlstate || ': ' || sqlerrm;
end
$$;
create function @extschema@.lives_ok(text) returns text language sql volatile as $$
  select @extschema@.lives_ok($1, null)
$$;
create function @extschema@.throws_ok(text, text, text) returns text language plpgsql volatile as $$
begin
  execute $1;
  return @extschema@.ok(false, $3) || E'\\n# no exception thrown';
exception when others then
  return @extschema@.ok($2 is null or sqlerrm = $2 or sqlstate = $2, $3);
end
$$;
create function @extschema@.throws_ok(text, text) returns text language sql volatile as $$
  select @extschema@.throws_ok($1, $2, null)
$$;
create function @extschema@.throws_ok(text) returns text language sql volatile as $$
  select @extschema@.throws_ok($1, null, null)
$$;
`,
  examples: [
    `select extensions.plan(3)`,
    `select extensions.ok(true, 'truth'), extensions.is(1 + 1, 2, 'sums'), extensions.has_table('pg_catalog', 'pg_class', 'catalog')`,
    `select extensions.throws_ok('select 1/0', '22012', 'division by zero'), extensions.lives_ok('select 1')`,
    `select * from extensions.finish()`
  ]
};

// src/core/extensions/stand-ins/plpgsql-check.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var warningOptions = `fatal_errors boolean default true,
  other_warnings boolean default true,
  performance_warnings boolean default false,
  extra_warnings boolean default true,
  security_warnings boolean default false,
  compatibility_warnings boolean default false,
  oldtable name default null,
  newtable name default null,
  anyelememttype regtype default 'int',
  anyenumtype regtype default '-',
  anyrangetype regtype default 'int4range',
  anycompatibletype regtype default 'int',
  anycompatiblerangetype regtype default 'int4range',
  without_warnings boolean default false,
  all_warnings boolean default false,
  use_incomment_options boolean default true,
  incomment_options_usage_warning boolean default false,
  constant_tracing boolean default true`;
var resultTable = `table (functionid regproc, lineno integer, statement text, sqlstate text,
  message text, detail text, hint text, level text, "position" integer, query text, context text)`;
var dependencyOptions = `relid regclass default 0,
  anyelememttype regtype default 'int',
  anyenumtype regtype default '-',
  anyrangetype regtype default 'int4range',
  anycompatibletype regtype default 'int',
  anycompatiblerangetype regtype default 'int4range'`;
var profileTable = `table (lineno integer, stmt_lineno integer, queryids int8[], cmds_on_row integer,
  exec_stmts int8, exec_stmts_err int8, total_time double precision, avg_time double precision,
  max_time double precision[], processed_rows int8[], source text)`;
var statementsTable = `table (stmtid integer, parent_stmtid integer, parent_note text, block_num integer,
  lineno integer, queryid int8, exec_stmts int8, exec_stmts_err int8, total_time double precision,
  avg_time double precision, max_time double precision, processed_rows int8, stmtname text)`;
var plpgsqlCheck = {
  name: "plpgsql_check",
  version: "2.8",
  comment: "extended check for plpgsql functions",
  requires: ["plpgsql"],
  sql: `
${["funcoid regprocedure", "name text"].map(
    (target) => `
create function @extschema@.plpgsql_check_function(${target},
  relid regclass default 0, format text default 'text', ${warningOptions})
  returns setof text language sql as $$ select null::text where false $$;
create function @extschema@.plpgsql_check_function_tb(${target},
  relid regclass default 0, ${warningOptions})
  returns ${resultTable} language sql as $$ select null::regproc, null::integer, null::text, null::text,
    null::text, null::text, null::text, null::text, null::integer, null::text, null::text where false $$;
create function @extschema@.__plpgsql_show_dependency_tb(${target}, ${dependencyOptions})
  returns table (type text, oid oid, schema text, name text, params text)
  language sql as $$ select null::text, null::oid, null::text, null::text, null::text where false $$;
create function @extschema@.plpgsql_profiler_function_tb(${target}) returns ${profileTable}
  language sql strict as $$ select null::integer, null::integer, null::int8[], null::integer, null::int8, null::int8,
    null::double precision, null::double precision, null::double precision[], null::int8[], null::text where false $$;
create function @extschema@.plpgsql_profiler_function_statements_tb(${target}) returns ${statementsTable}
  language sql strict as $$ select null::integer, null::integer, null::text, null::integer, null::integer, null::int8,
    null::int8, null::int8, null::double precision, null::double precision, null::double precision, null::int8,
    null::text where false $$;
create function @extschema@.plpgsql_coverage_statements(${target}) returns double precision
  language sql as $$ select 0::double precision $$;
create function @extschema@.plpgsql_coverage_branches(${target}) returns double precision
  language sql as $$ select 0::double precision $$;`
  ).join("\n")}
create function @extschema@.plpgsql_show_dependency_tb(funcoid regprocedure, ${dependencyOptions})
  returns table (type text, oid oid, schema text, name text, params text)
  language sql as $$ select * from @extschema@.__plpgsql_show_dependency_tb(funcoid) $$;
create function @extschema@.plpgsql_show_dependency_tb(fnname text, ${dependencyOptions})
  returns table (type text, oid oid, schema text, name text, params text)
  language sql as $$ select * from @extschema@.__plpgsql_show_dependency_tb(fnname) $$;

create function @extschema@.plpgsql_profiler_install_fake_queryid_hook() returns void
  language sql strict as $$ select $$;
create function @extschema@.plpgsql_profiler_remove_fake_queryid_hook() returns void
  language sql strict as $$ select $$;
create function @extschema@.plpgsql_profiler_reset_all() returns void language sql strict as $$ select $$;
create function @extschema@.plpgsql_profiler_reset(funcoid regprocedure) returns void
  language sql strict as $$ select $$;
create function @extschema@.plpgsql_profiler_functions_all()
  returns table (funcoid regprocedure, exec_count int8, exec_stmts_err int8, total_time double precision,
    avg_time double precision, stddev_time double precision, min_time double precision, max_time double precision)
  language sql strict as $$ select null::regprocedure, null::int8, null::int8, null::double precision,
    null::double precision, null::double precision, null::double precision, null::double precision where false $$;
create function @extschema@.plpgsql_check_pragma(variadic name text[]) returns integer
  language sql volatile as $$ select 1 $$;
create function @extschema@.plpgsql_check_profiler(enable boolean default null) returns boolean
  language sql volatile as $$ select false $$;
create function @extschema@.plpgsql_check_tracer(enable boolean default null, verbosity text default null)
  returns boolean language sql volatile as $$ select false $$;
`,
  examples: [
    `create function public.add_one(i integer) returns integer language plpgsql as $$ begin return i + 1; end $$`,
    `select * from extensions.plpgsql_check_function('public.add_one(integer)')`,
    `select count(*) from extensions.plpgsql_check_function_tb('public.add_one(integer)'::regprocedure, fatal_errors := false)`,
    `select extensions.plpgsql_check_profiler(true)`
  ]
};

// src/core/extensions/stand-ins/plv8.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var plv8 = {
  name: "plv8",
  version: "3.1.10",
  comment: "PL/JavaScript (v8) trusted procedural language",
  // The real control file pins pg_catalog; a stand-in cannot name a pg_ schema for its loader to
  // create, so it goes where the migration says (`with schema pg_catalog` in pulled dumps).
  sql: `
create function @extschema@.plv8_call_handler() returns language_handler
  language c as '$libdir/plpgsql', 'plpgsql_call_handler';
-- Accepts every body: the JavaScript is not checked on staging.
create function @extschema@.plv8_call_validator(oid) returns void
  language plpgsql as $$ begin end $$;
create trusted language plv8
  handler @extschema@.plv8_call_handler validator @extschema@.plv8_call_validator;

create domain @extschema@.plv8_int2array as int2[];
create domain @extschema@.plv8_int4array as int4[];
create domain @extschema@.plv8_float4array as float4[];
create domain @extschema@.plv8_float8array as float8[];

create function @extschema@.plv8_version() returns text
  language sql stable as $$ select '3.1.10 (migration-guard stand-in: JavaScript is not run)'::text $$;
create function @extschema@.plv8_info() returns json
  language sql stable as $$ select '[]'::json $$;
create function @extschema@.plv8_reset() returns void language sql volatile as $$ select $$;
`,
  examples: [
    `create function public.slugify(title text) returns text language plv8 immutable as $js$
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
$js$`,
    `select extensions.plv8_version() is not null as ok`
  ]
};

// src/core/extensions/stand-ins/postgis.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();

// src/core/extensions/stand-ins/postgis-functions.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var g6 = "@extschema@.geometry";
var geog = "@extschema@.geography";
var fn3 = (signature, returns, body2, volatility = "immutable") => `create function @extschema@.${signature} returns ${returns}
  language sql ${volatility} strict parallel safe as $$ ${body2} $$;`;
var sameShape = [
  `st_buffer(geom ${g6}, radius double precision, options text default '')`,
  `st_buffer(geom ${g6}, radius double precision, quadsegs integer)`,
  `st_centroid(${g6})`,
  `st_pointonsurface(${g6})`,
  `st_envelope(${g6})`,
  `st_convexhull(${g6})`,
  `st_makevalid(${g6})`,
  `st_makevalid(geom ${g6}, params text)`,
  `st_simplify(${g6}, double precision)`,
  `st_simplify(${g6}, double precision, boolean)`,
  `st_snaptogrid(${g6}, double precision)`,
  `st_snaptogrid(${g6}, double precision, double precision)`,
  `st_segmentize(${g6}, double precision)`,
  `st_expand(${g6}, double precision)`,
  `st_expand(geom ${g6}, dx double precision, dy double precision, dz double precision default 0, dm double precision default 0)`,
  `st_geometryn(${g6}, integer)`,
  `st_lineinterpolatepoint(${g6}, double precision)`,
  `st_makepolygon(${g6})`,
  `st_closestpoint(geom1 ${g6}, geom2 ${g6})`,
  `st_intersection(geom1 ${g6}, geom2 ${g6}, gridsize double precision default -1)`,
  `st_difference(geom1 ${g6}, geom2 ${g6}, gridsize double precision default -1.0)`,
  `st_union(geom1 ${g6}, geom2 ${g6})`,
  `st_collect(geom1 ${g6}, geom2 ${g6})`,
  `st_makeline(geom1 ${g6}, geom2 ${g6})`
].map((signature) => fn3(signature, g6, "select $1"));
var randomPoints = [
  fn3(`st_generatepoints(area ${g6}, npoints integer)`, g6, "select $1", "volatile"),
  fn3(`st_generatepoints(area ${g6}, npoints integer, seed integer)`, g6, "select $1")
];
var sameGeography = [
  `st_buffer(${geog}, double precision)`,
  `st_buffer(${geog}, double precision, integer)`,
  `st_buffer(${geog}, double precision, text)`,
  `st_centroid(${geog}, use_spheroid boolean default true)`,
  `st_segmentize(geog ${geog}, max_segment_length double precision)`,
  `st_project(geog ${geog}, distance double precision, azimuth double precision)`,
  `st_intersection(${geog}, ${geog})`,
  `st_closestpoint(${geog}, ${geog}, use_spheroid boolean default true)`
].map((signature) => fn3(signature, geog, "select $1"));
var predicates = [
  ...[
    "st_intersects",
    "st_contains",
    "st_within",
    "st_covers",
    "st_coveredby",
    "st_equals",
    "st_touches",
    "st_crosses",
    "st_overlaps"
  ].map((name2) => fn3(`${name2}(geom1 ${g6}, geom2 ${g6})`, "boolean", "select $1::text = $2::text")),
  ...["st_intersects", "st_covers", "st_coveredby"].map(
    (name2) => fn3(`${name2}(geog1 ${geog}, geog2 ${geog})`, "boolean", "select $1::text = $2::text")
  ),
  fn3(`st_disjoint(geom1 ${g6}, geom2 ${g6})`, "boolean", "select $1::text <> $2::text"),
  fn3(`st_isvalid(${g6})`, "boolean", "select true")
];
var geoJson = [
  fn3(
    `st_asgeojson(geom ${g6}, maxdecimaldigits integer default 9, options integer default 8)`,
    "text",
    `select json_build_object('type', 'Point', 'coordinates',
      json_build_array(@extschema@.st_x(geom), @extschema@.st_y(geom)))::text
     where @extschema@.st_astext(geom) ~* '^\\s*POINT'`
  ),
  fn3(
    `st_asgeojson(geog ${geog}, maxdecimaldigits integer default 9, options integer default 0)`,
    "text",
    `select @extschema@.st_asgeojson(geog::${g6}, maxdecimaldigits, options)`
  ),
  fn3(
    "st_geomfromgeojson(jsonb)",
    g6,
    `select ('SRID=4326;POINT(' || ($1 -> 'coordinates' ->> 0) || ' ' || ($1 -> 'coordinates' ->> 1) || ')')::${g6}
     where $1 ->> 'type' = 'Point'`
  ),
  fn3("st_geomfromgeojson(json)", g6, "select @extschema@.st_geomfromgeojson($1::jsonb)"),
  fn3("st_geomfromgeojson(text)", g6, "select @extschema@.st_geomfromgeojson($1::jsonb)")
];
var shapeWord = `upper(substring(@extschema@.st_astext($1) from '^\\s*([A-Za-z]+)'))`;
var other = [
  fn3(`st_transform(${g6}, integer)`, g6, `select @extschema@.st_setsrid($1, $2)`),
  fn3(
    `st_makeenvelope(double precision, double precision, double precision, double precision, integer default 0)`,
    g6,
    `select ((case when $5 > 0 then 'SRID=' || $5 || ';' else '' end)
      || format('POLYGON((%s %s,%s %s,%s %s,%s %s,%s %s))', $1, $2, $1, $4, $3, $4, $3, $2, $1, $2))::${g6}`
  ),
  fn3("st_geomfromewkt(text)", g6, `select @extschema@.st_geomfromtext($1)`),
  fn3("st_geographyfromtext(text)", geog, `select @extschema@.st_geogfromtext($1)`),
  fn3(`st_asewkt(${g6})`, "text", "select $1::text"),
  fn3(`st_asewkt(${geog})`, "text", "select $1::text"),
  fn3(`st_asbinary(${g6})`, "bytea", `select convert_to(@extschema@.st_astext($1), 'UTF8')`),
  fn3(`geometrytype(${g6})`, "text", `select ${shapeWord}`),
  fn3(`st_geometrytype(${g6})`, "text", `select 'ST_' || initcap(${shapeWord})`),
  fn3(`st_numgeometries(${g6})`, "integer", "select 1"),
  fn3(
    `st_npoints(${g6})`,
    "integer",
    `select count(*)::integer from regexp_matches(@extschema@.st_astext($1), '[-+0-9.eE]+\\s+[-+0-9.eE]+', 'g')`
  ),
  fn3(`st_area(${g6})`, "double precision", "select 0::double precision"),
  fn3(
    `st_area(geog ${geog}, use_spheroid boolean default true)`,
    "double precision",
    "select 0::double precision"
  ),
  fn3(`st_length(${g6})`, "double precision", "select 0::double precision"),
  fn3(
    `st_length(geog ${geog}, use_spheroid boolean default true)`,
    "double precision",
    "select 0::double precision"
  ),
  fn3(`st_perimeter(${g6})`, "double precision", "select 0::double precision"),
  fn3(
    `st_distancesphere(geom1 ${g6}, geom2 ${g6})`,
    "double precision",
    `select @extschema@.st_distance(geom1::${geog}, geom2::${geog}, false)`
  ),
  fn3(
    `st_azimuth(geom1 ${g6}, geom2 ${g6})`,
    "double precision",
    `select atan2(@extschema@.st_x(geom2) - @extschema@.st_x(geom1), @extschema@.st_y(geom2) - @extschema@.st_y(geom1))`
  ),
  fn3(`st_geohash(geom ${g6}, maxchars integer default 0)`, "text", `select ''::text`)
];
var aggregates = `
create function @extschema@._stand_in_first_shape(${g6}, ${g6}) returns ${g6}
  language sql immutable parallel safe as $$ select coalesce($1, $2) $$;
create aggregate @extschema@.st_union(${g6}) (sfunc = @extschema@._stand_in_first_shape, stype = ${g6});
create aggregate @extschema@.st_collect(${g6}) (sfunc = @extschema@._stand_in_first_shape, stype = ${g6});
`;
var operators = `
create function @extschema@.geometry_overlaps(geom1 ${g6}, geom2 ${g6}) returns boolean
  language sql immutable strict parallel safe as $$ select @extschema@.st_intersects(geom1, geom2) $$;
create operator @extschema@.&& (
  leftarg = ${g6}, rightarg = ${g6}, procedure = @extschema@.geometry_overlaps, commutator = operator(@extschema@.&&)
);
create function @extschema@.geometry_distance_centroid(geom1 ${g6}, geom2 ${g6}) returns double precision
  language sql immutable strict parallel safe as $$ select @extschema@.st_distance(geom1, geom2) $$;
create operator @extschema@.<-> (
  leftarg = ${g6}, rightarg = ${g6}, procedure = @extschema@.geometry_distance_centroid, commutator = operator(@extschema@.<->)
);
create function @extschema@.geography_distance_knn(geog1 ${geog}, geog2 ${geog}) returns double precision
  language sql immutable strict parallel safe as $$ select @extschema@.st_distance(geog1, geog2, false) $$;
create operator @extschema@.<-> (
  leftarg = ${geog}, rightarg = ${geog}, procedure = @extschema@.geography_distance_knn, commutator = operator(@extschema@.<->)
);
create function @extschema@.geography_overlaps(geog1 ${geog}, geog2 ${geog}) returns boolean
  language sql immutable strict parallel safe as $$ select @extschema@.st_intersects(geog1, geog2) $$;
create operator @extschema@.&& (
  leftarg = ${geog}, rightarg = ${geog}, procedure = @extschema@.geography_overlaps, commutator = operator(@extschema@.&&)
);
`;
var gistSupport = [
  ["consistent", "(internal, bytea, smallint, oid, internal)", "boolean", "gbt_bytea_consistent"],
  ["union", "(internal, internal)", "internal", "gbt_bytea_union"],
  ["compress", "(internal)", "internal", "gbt_bytea_compress"],
  ["decompress", "(internal)", "internal", "gbt_var_decompress"],
  ["penalty", "(internal, internal, internal)", "internal", "gbt_bytea_penalty"],
  ["picksplit", "(internal, internal)", "internal", "gbt_bytea_picksplit"],
  ["same", "(bytea, bytea, internal)", "internal", "gbt_bytea_same"]
].map(([name2, args2, returns, symbol], i8) => ({
  create: `create function @extschema@._stand_in_gist_${name2}${args2} returns ${returns}
    language c immutable strict as '$libdir/btree_gist', '${symbol}';`,
  member: `function ${i8 + 1} @extschema@._stand_in_gist_${name2}${args2}`
}));
var gistOperatorClass = (name2, type) => `create operator class @extschema@.${name2} default for type ${type} using gist as
    operator 3 @extschema@.&& (${type}, ${type}),
    ${gistSupport.map((f5) => f5.member).join(",\n    ")},
    storage bytea;`;
var gistIndexes = `
do $gist$
begin
  ${gistSupport.map((f5) => f5.create).join("\n  ")}
  ${gistOperatorClass("gist_geometry_ops_2d", g6)}
  ${gistOperatorClass("gist_geography_ops", geog)}
exception when undefined_file or insufficient_privilege then
  null; -- no btree_gist library here: GiST indexes on these types fail as without the stand-in
end
$gist$;
`;
var postgisFunctions = [
  ...sameShape,
  ...randomPoints,
  ...sameGeography,
  ...predicates,
  ...geoJson,
  ...other,
  aggregates,
  operators,
  gistIndexes
].join("\n");

// src/core/extensions/stand-ins/postgis.ts
var geoType = (type, defaultSrid) => `
create type @extschema@.${type};
create function @extschema@.${type}_in(cstring) returns @extschema@.${type}
  language internal immutable strict parallel safe as 'textin';
create function @extschema@.${type}_out(@extschema@.${type}) returns cstring
  language internal immutable strict parallel safe as 'textout';
create function @extschema@.${type}_typmod_in(cstring[]) returns integer
  language sql immutable strict parallel safe as $$ select @extschema@._stand_in_typmod($1::text[], ${defaultSrid}) $$;
create type @extschema@.${type} (
  input = @extschema@.${type}_in,
  output = @extschema@.${type}_out,
  typmod_in = @extschema@.${type}_typmod_in,
  internallength = variable,
  storage = extended,
  alignment = int4,
  category = 'U'
);
create cast (@extschema@.${type} as text) without function as implicit;
create cast (text as @extschema@.${type}) without function as implicit;
create function @extschema@.st_astext(@extschema@.${type}) returns text
  language sql immutable strict parallel safe as $$ select regexp_replace($1::text, '^SRID=[0-9]+;', '') $$;
`;
var postgis = {
  name: "postgis",
  version: "3.3.7",
  comment: "PostGIS geometry and geography spatial types and functions",
  sql: String.raw`
-- Packs (shape, srid) into a non-negative modifier: srid * 32 + the shape's position below.
create function @extschema@._stand_in_typmod(modifiers text[], default_srid integer) returns integer
  language sql immutable strict parallel safe as $$
  select coalesce(modifiers[2]::integer, default_srid) * 32
    + coalesce(array_position(
        array['GEOMETRY', 'POINT', 'LINESTRING', 'POLYGON', 'MULTIPOINT', 'MULTILINESTRING',
              'MULTIPOLYGON', 'GEOMETRYCOLLECTION'],
        upper(regexp_replace(modifiers[1], '[ZM]+$', '', 'i'))), 1)
$$;

${geoType("geometry", 0)}
${geoType("geography", 4326)}
create cast (@extschema@.geometry as @extschema@.geography) without function as implicit;
create cast (@extschema@.geography as @extschema@.geometry) without function as assignment;

create table @extschema@.spatial_ref_sys (
  srid integer not null primary key check (srid > 0 and srid <= 998999),
  auth_name varchar(256),
  auth_srid integer,
  srtext varchar(2048),
  proj4text varchar(2048)
);
insert into @extschema@.spatial_ref_sys values
  (4326, 'EPSG', 4326, null, '+proj=longlat +datum=WGS84 +no_defs'),
  (3857, 'EPSG', 3857, null,
   '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs');
grant select on @extschema@.spatial_ref_sys to public;

create function @extschema@.postgis_version() returns text language sql immutable as $$
  select '3.3 USE_GEOS=0 USE_PROJ=0 USE_STATS=0 (migration-guard stand-in)'
$$;

create function @extschema@.st_srid(geom @extschema@.geometry) returns integer
  language sql immutable strict parallel safe as $$
  select coalesce(substring(geom::text from '^SRID=([0-9]+);')::integer, 0)
$$;
create function @extschema@.st_srid(geog @extschema@.geography) returns integer
  language sql immutable strict parallel safe as $$
  select coalesce(substring(geog::text from '^SRID=([0-9]+);')::integer, 4326)
$$;

create function @extschema@.st_geomfromtext(text, integer) returns @extschema@.geometry
  language plpgsql immutable strict parallel safe as $$
begin
  if $1 !~* '^\s*(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION)\s*(Z|M|ZM)?\s*(\(|EMPTY)' then
    raise exception 'parse error - invalid geometry' using hint = '"' || $1 || '"';
  end if;
  return (case when $2 > 0 then 'SRID=' || $2 || ';' else '' end || btrim($1))::@extschema@.geometry;
end
$$;
create function @extschema@.st_geomfromtext(text) returns @extschema@.geometry
  language sql immutable strict parallel safe as $$
  select @extschema@.st_geomfromtext(regexp_replace($1, '^SRID=[0-9]+;', ''),
    coalesce(substring($1 from '^SRID=([0-9]+);')::integer, 0))
$$;
create function @extschema@.st_geogfromtext(text) returns @extschema@.geography
  language sql immutable strict parallel safe as $$ select @extschema@.st_geomfromtext($1)::@extschema@.geography $$;

create function @extschema@.st_makepoint(double precision, double precision) returns @extschema@.geometry
  language sql immutable strict parallel safe as $$ select ('POINT(' || $1 || ' ' || $2 || ')')::@extschema@.geometry $$;
create function @extschema@.st_makepoint(double precision, double precision, double precision)
  returns @extschema@.geometry language sql immutable strict parallel safe as $$
  select ('POINT Z (' || $1 || ' ' || $2 || ' ' || $3 || ')')::@extschema@.geometry
$$;
create function @extschema@.st_point(double precision, double precision) returns @extschema@.geometry
  language sql immutable strict parallel safe as $$ select @extschema@.st_makepoint($1, $2) $$;

create function @extschema@.st_setsrid(geom @extschema@.geometry, srid integer) returns @extschema@.geometry
  language sql immutable strict parallel safe as $$
  select ('SRID=' || srid || ';' || @extschema@.st_astext(geom))::@extschema@.geometry
$$;
create function @extschema@.st_setsrid(geog @extschema@.geography, srid integer) returns @extschema@.geography
  language sql immutable strict parallel safe as $$
  select ('SRID=' || srid || ';' || @extschema@.st_astext(geog))::@extschema@.geography
$$;

create function @extschema@.st_point(x double precision, y double precision, srid integer)
  returns @extschema@.geometry language sql immutable strict parallel safe as $$
  select @extschema@.st_setsrid(@extschema@.st_makepoint(x, y), srid)
$$;

-- Coordinates of a point (the first coordinate pair for other shapes).
create function @extschema@._stand_in_xy(wkt text) returns double precision[]
  language sql immutable strict parallel safe as $$
  select array[m[1]::double precision, m[2]::double precision]
  from regexp_match(wkt, '\(\s*\(*\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)') as m
$$;
create function @extschema@.st_x(@extschema@.geometry) returns double precision
  language sql immutable strict parallel safe as $$ select (@extschema@._stand_in_xy($1::text))[1] $$;
create function @extschema@.st_y(@extschema@.geometry) returns double precision
  language sql immutable strict parallel safe as $$ select (@extschema@._stand_in_xy($1::text))[2] $$;

create function @extschema@.st_distance(geom1 @extschema@.geometry, geom2 @extschema@.geometry)
  returns double precision language sql immutable strict parallel safe as $$
  select sqrt(power(a[1] - b[1], 2) + power(a[2] - b[2], 2))
  from (select @extschema@._stand_in_xy(geom1::text) as a, @extschema@._stand_in_xy(geom2::text) as b) as p
$$;
-- Haversine on the mean Earth radius: close to, not equal to, PostGIS's spheroid distance.
create function @extschema@.st_distance(
  geog1 @extschema@.geography, geog2 @extschema@.geography, use_spheroid boolean default true
) returns double precision language sql immutable strict parallel safe as $$
  select 2 * 6371008.8 * asin(sqrt(
    power(sin(radians(b[2] - a[2]) / 2), 2)
    + cos(radians(a[2])) * cos(radians(b[2])) * power(sin(radians(b[1] - a[1]) / 2), 2)))
  from (select @extschema@._stand_in_xy(geog1::text) as a, @extschema@._stand_in_xy(geog2::text) as b) as p
$$;

create function @extschema@.st_dwithin(geom1 @extschema@.geometry, geom2 @extschema@.geometry, double precision)
  returns boolean language sql immutable parallel safe as $$
  select @extschema@.st_distance(geom1, geom2) <= $3
$$;
create function @extschema@.st_dwithin(
  geog1 @extschema@.geography, geog2 @extschema@.geography, tolerance double precision,
  use_spheroid boolean default true
) returns boolean language sql immutable parallel safe as $$
  select @extschema@.st_distance(geog1, geog2, use_spheroid) <= tolerance
$$;

${postgisFunctions}
`,
  examples: [
    `create table public.places (id bigint primary key, name text, location extensions.geography(Point, 4326))`,
    `insert into public.places values (1, 'a', extensions.st_setsrid(extensions.st_makepoint(-73.98, 40.75), 4326)), (2, 'b', 'SRID=4326;POINT(-73.97 40.76)')`,
    `select p.name, extensions.st_distance(p.location, extensions.st_setsrid(extensions.st_makepoint(-73.98, 40.75), 4326)::extensions.geography) from public.places p`,
    `select id from public.places where extensions.st_dwithin(location, 'SRID=4326;POINT(-73.98 40.75)'::extensions.geography, 2000)`,
    `select extensions.st_x(extensions.st_geomfromtext('POINT(1 2)', 4326)), extensions.st_y(extensions.st_geomfromtext('POINT(1 2)')), extensions.st_astext(extensions.st_makepoint(1, 2))`,
    `select srid, auth_name from extensions.spatial_ref_sys where srid = 4326`
  ]
};

// src/core/extensions/stand-ins/rum.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var rum = {
  name: "rum",
  version: "1.3",
  comment: "RUM index access method",
  sql: `
create access method rum type index handler pg_catalog.ginhandler;

create function @extschema@.rum_ts_distance(tsvector, tsquery) returns float4
  language sql immutable strict parallel safe as $$
  select case when ts_rank($1, $2) = 0 then 'Infinity'::float4 else 1 / ts_rank($1, $2) end
$$;
create operator @extschema@.<=> (procedure = @extschema@.rum_ts_distance, leftarg = tsvector, rightarg = tsquery);

create operator class @extschema@.rum_tsvector_ops default for type tsvector using rum as
  operator 1 pg_catalog.@@ (tsvector, tsquery),
  operator 2 pg_catalog.@@@ (tsvector, tsquery),
  function 1 pg_catalog.gin_cmp_tslexeme(text, text),
  function 2 pg_catalog.gin_extract_tsvector(tsvector, internal, internal),
  function 3 pg_catalog.gin_extract_tsquery(tsvector, internal, int2, internal, internal, internal, internal),
  function 4 pg_catalog.gin_tsquery_consistent(internal, int2, tsvector, int4, internal, internal, internal, internal),
  function 5 pg_catalog.gin_cmp_prefix(text, text, int2, internal),
  function 6 pg_catalog.gin_tsquery_triconsistent(internal, int2, tsvector, int4, internal, internal, internal),
  storage text;
`,
  examples: [
    `create table public.articles (id bigint primary key, body text, tsv tsvector generated always as (to_tsvector('english', body)) stored)`,
    `create index articles_tsv_idx on public.articles using rum (tsv extensions.rum_tsvector_ops)`,
    `insert into public.articles (id, body) values (1, 'the quick brown fox')`,
    `select id from public.articles where tsv @@ to_tsquery('english', 'fox') order by tsv operator(extensions.<=>) to_tsquery('english', 'fox')`
  ]
};

// src/core/extensions/stand-ins/supabase-vault.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var supabaseVault = {
  name: "supabase_vault",
  version: "0.3.1",
  comment: "Supabase Vault Extension",
  schema: "vault",
  sql: `
-- The cipher is the identity: these keep the real names and signatures, nothing else.
create function @extschema@._crypto_aead_det_encrypt(
  message bytea, additional bytea, key_id bigint, context bytea = 'pgsodium', nonce bytea = null
) returns bytea language sql immutable as $$ select message $$;

create function @extschema@._crypto_aead_det_decrypt(
  message bytea, additional bytea, key_id bigint, context bytea = 'pgsodium', nonce bytea = null
) returns bytea language sql immutable as $$ select message $$;

create function @extschema@._crypto_aead_det_noncegen() returns bytea
  language sql immutable as $$ select '\\x00000000000000000000000000000000'::bytea $$;

create table @extschema@.secrets (
  id uuid primary key default gen_random_uuid(),
  name text,
  description text not null default '',
  secret text not null,
  key_id uuid,
  nonce bytea default @extschema@._crypto_aead_det_noncegen(),
  created_at timestamptz not null default current_timestamp,
  updated_at timestamptz not null default current_timestamp
);
comment on table @extschema@.secrets is
  'Table with encrypted \`secret\` column for storing sensitive information on disk.';
create unique index on @extschema@.secrets using btree (name) where name is not null;

create view @extschema@.decrypted_secrets as
  select s.id, s.name, s.description, s.secret,
    convert_from(decode(s.secret, 'base64'), 'utf8') as decrypted_secret,
    s.key_id, s.nonce, s.created_at, s.updated_at
  from @extschema@.secrets s;

create function @extschema@.create_secret(
  new_secret text,
  new_name text = null,
  new_description text = '',
  new_key_id uuid = null
) returns uuid language plpgsql security definer set search_path = '' as $$
declare
  new_id uuid;
begin
  insert into @extschema@.secrets (secret, name, description)
    values (encode(convert_to(new_secret, 'utf8'), 'base64'), new_name, new_description)
    returning id into new_id;
  return new_id;
end
$$;

create function @extschema@.update_secret(
  secret_id uuid,
  new_secret text = null,
  new_name text = null,
  new_description text = null,
  new_key_id uuid = null
) returns void language plpgsql security definer set search_path = '' as $$
begin
  update @extschema@.secrets s
    set secret = coalesce(encode(convert_to(new_secret, 'utf8'), 'base64'), s.secret),
        name = coalesce(new_name, s.name),
        description = coalesce(new_description, s.description),
        updated_at = now()
    where s.id = secret_id;
end
$$;

revoke all on function
  @extschema@._crypto_aead_det_encrypt,
  @extschema@._crypto_aead_det_decrypt,
  @extschema@._crypto_aead_det_noncegen,
  @extschema@.create_secret,
  @extschema@.update_secret
from public;
`,
  examples: [
    `select vault.create_secret('s3cr3t', 'service_role_key', 'used by the nightly job')`,
    `select vault.create_secret(new_secret := 'abc', new_name := 'project_url')`,
    `select vault.update_secret((select id from vault.secrets where name = 'project_url'), new_secret := 'def')`,
    `select decrypted_secret from vault.decrypted_secrets where name = 'service_role_key'`,
    `select net_url.decrypted_secret || '/functions/v1/hook' from vault.decrypted_secrets net_url where net_url.name = 'project_url'`
  ]
};

// src/core/extensions/stand-ins/timescaledb.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var timescaledb = {
  name: "timescaledb",
  version: "2.16.1",
  comment: "Enables scalable inserts and complex queries for time-series data (Apache 2 Edition)",
  sql: `
create schema if not exists _timescaledb_catalog;
create schema if not exists _timescaledb_internal;
create schema if not exists _timescaledb_functions;
create schema if not exists _timescaledb_config;
create schema if not exists timescaledb_information;
create schema if not exists timescaledb_experimental;
grant usage on schema _timescaledb_catalog, _timescaledb_internal, _timescaledb_functions,
  _timescaledb_config, timescaledb_information, timescaledb_experimental to public;

create type _timescaledb_internal.dimension_info as (
  column_name name, kind text, partition_interval text, number_partitions integer
);

-- The checks the real create_hypertable makes before it partitions anything.
create function _timescaledb_functions.stand_in_time_column(relation regclass, time_column_name name)
  returns void language plpgsql as $$
begin
  if not exists (
    select from pg_catalog.pg_attribute
    where attrelid = relation and attname = time_column_name and attnum > 0 and not attisdropped
  ) then
    raise exception 'column "%" does not exist', time_column_name using errcode = '42703';
  end if;
end
$$;

create function @extschema@.create_hypertable(
  relation regclass,
  time_column_name name,
  partitioning_column name = null,
  number_partitions integer = null,
  associated_schema_name name = null,
  associated_table_prefix name = null,
  chunk_time_interval anyelement = null::bigint,
  create_default_indexes boolean = true,
  if_not_exists boolean = false,
  partitioning_func regproc = null,
  migrate_data boolean = false,
  chunk_target_size text = null,
  chunk_sizing_func regproc = null,
  time_partitioning_func regproc = null
) returns table (hypertable_id integer, schema_name name, table_name name, created boolean)
  language plpgsql volatile as $$
begin
  perform _timescaledb_functions.stand_in_time_column(relation, time_column_name);
  return query
    select 1, n.nspname, c.relname, true
    from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where c.oid = relation;
end
$$;

create function @extschema@.by_range(
  column_name name, partition_interval anyelement = null::bigint, partition_func regproc = null
) returns _timescaledb_internal.dimension_info language sql immutable as $$
  select row(column_name, 'range', partition_interval::text, null)::_timescaledb_internal.dimension_info
$$;

create function @extschema@.by_hash(
  column_name name, number_partitions integer, partition_func regproc = null
) returns _timescaledb_internal.dimension_info language sql immutable as $$
  select row(column_name, 'hash', null, number_partitions)::_timescaledb_internal.dimension_info
$$;

create function @extschema@.create_hypertable(
  relation regclass,
  dimension _timescaledb_internal.dimension_info,
  create_default_indexes boolean = true,
  if_not_exists boolean = false,
  migrate_data boolean = false
) returns table (hypertable_id integer, created boolean) language plpgsql volatile as $$
begin
  perform _timescaledb_functions.stand_in_time_column(relation, (dimension).column_name);
  return query select 1, true;
end
$$;

create function @extschema@.set_chunk_time_interval(
  hypertable regclass, chunk_time_interval anyelement, dimension_name name = null
) returns void language sql volatile as $$ select $$;

create function @extschema@.add_retention_policy(
  relation regclass,
  drop_after anyelement = null::interval,
  if_not_exists boolean = false,
  schedule_interval interval = null,
  initial_start timestamptz = null,
  timezone text = null,
  drop_created_before interval = null
) returns integer language sql volatile as $$ select 0 $$;

create function @extschema@.remove_retention_policy(relation regclass, if_exists boolean = false)
  returns void language sql volatile strict as $$ select $$;

create function @extschema@.add_compression_policy(
  hypertable regclass,
  compress_after anyelement = null::interval,
  if_not_exists boolean = false,
  schedule_interval interval = null,
  initial_start timestamptz = null,
  timezone text = null,
  compress_created_before interval = null
) returns integer language sql volatile as $$ select 0 $$;

create function @extschema@.remove_compression_policy(hypertable regclass, if_exists boolean = false)
  returns boolean language sql volatile strict as $$ select true $$;

create function @extschema@.drop_chunks(
  relation regclass,
  older_than anyelement = null::interval,
  newer_than anyelement = null::interval,
  verbose boolean = false
) returns setof text language sql volatile as $$ select null::text where false $$;

create function @extschema@.time_bucket(bucket_width interval, ts timestamptz) returns timestamptz
  language sql immutable strict parallel safe as $$
  select case when extract(year from bucket_width) <> 0 or extract(month from bucket_width) <> 0
    then date_trunc('month', ts)
    else date_bin(bucket_width, ts, timestamptz '2000-01-03 00:00:00+00') end
$$;
create function @extschema@.time_bucket(bucket_width interval, ts timestamp) returns timestamp
  language sql immutable strict parallel safe as $$
  select case when extract(year from bucket_width) <> 0 or extract(month from bucket_width) <> 0
    then date_trunc('month', ts)
    else date_bin(bucket_width, ts, timestamp '2000-01-03') end
$$;
create function @extschema@.time_bucket(bucket_width interval, ts date) returns date
  language sql immutable strict parallel safe as $$
  select @extschema@.time_bucket(bucket_width, ts::timestamp)::date
$$;
create function @extschema@.time_bucket(bucket_width integer, ts integer) returns integer
  language sql immutable strict parallel safe as $$ select (floor(ts::numeric / bucket_width) * bucket_width)::integer $$;
create function @extschema@.time_bucket(bucket_width bigint, ts bigint) returns bigint
  language sql immutable strict parallel safe as $$ select (floor(ts::numeric / bucket_width) * bucket_width)::bigint $$;
`,
  examples: [
    `create table public.readings (at timestamptz not null, device text, value double precision)`,
    `select * from extensions.create_hypertable('public.readings', 'at', chunk_time_interval => interval '1 day')`,
    `select extensions.create_hypertable('public.readings', extensions.by_range('at'), if_not_exists => true)`,
    `select extensions.add_retention_policy('public.readings', interval '30 days')`,
    `select extensions.time_bucket(interval '15 minutes', timestamptz '2024-05-01 10:07:00+00') = timestamptz '2024-05-01 10:00:00+00' as ok`
  ]
};

// src/core/extensions/stand-ins/wrappers.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var wrapperTypes = [
  "airtable_fdw",
  "auth0_fdw",
  "big_query_fdw",
  "click_house_fdw",
  "cognito_fdw",
  "duckdb_fdw",
  "dynamo_db_fdw",
  "firebase_fdw",
  "hello_world_fdw",
  "iceberg_fdw",
  "logflare_fdw",
  "mongodb_fdw",
  "mssql_fdw",
  "mysql_fdw",
  "redis_fdw",
  "s3_fdw",
  "s3_vectors_fdw",
  "stripe_fdw",
  "wasm_fdw"
];
var rustTypeName = (snake) => snake.split("_").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
var wrapperFunctions = (name2) => `
create function @extschema@.${name2}_handler() returns fdw_handler
  language internal strict as 'fdw_handler_in';
create function @extschema@.${name2}_validator(options text[], catalog oid) returns void
  language plpgsql as $$ begin return; end $$;
create function @extschema@.${name2}_meta()
  returns table (name text, version text, author text, website text)
  language sql as $$ select '${rustTypeName(name2)}', '0.6.2', 'Supabase', 'https://github.com/supabase/wrappers' $$;
`;
var wrappers = {
  name: "wrappers",
  version: "0.6.2",
  comment: "Foreign data wrappers developed by Supabase",
  sql: `
create table @extschema@.wrappers_fdw_stats (
  fdw_name text not null primary key,
  create_times bigint null,
  rows_in bigint null,
  rows_out bigint null,
  bytes_in bigint null,
  bytes_out bigint null,
  metadata jsonb null,
  created_at timestamptz not null default timezone('utc'::text, now()),
  updated_at timestamptz not null default timezone('utc'::text, now())
);
comment on table @extschema@.wrappers_fdw_stats is 'Wrappers Foreign Data Wrapper statistics';
${wrapperTypes.map(wrapperFunctions).join("")}`,
  examples: [
    `create foreign data wrapper stripe_wrapper handler extensions.stripe_fdw_handler validator extensions.stripe_fdw_validator`,
    `create server stripe_server foreign data wrapper stripe_wrapper options (api_key_name 'stripe')`,
    `create schema if not exists stripe`,
    `create foreign table stripe.customers (id text, email text, attrs jsonb) server stripe_server options (object 'customers')`,
    `select name, version from extensions.big_query_fdw_meta()`,
    `select count(*) from extensions.wrappers_fdw_stats`
  ]
};

// src/core/extensions/stand-ins/index.ts
var standIns = [
  http,
  hypopg,
  indexAdvisor,
  pgCron,
  pgGraphql,
  pgHashids,
  pgJsonschema,
  pgNet,
  pgRepack,
  pgStatMonitor,
  pgTle,
  pgaudit,
  pgjwt,
  pgmq,
  pgroonga,
  postgis,
  pgrouting,
  pgsodium,
  pgtap,
  plpgsqlCheck,
  plv8,
  rum,
  supabaseVault,
  timescaledb,
  wrappers
];
var byName = new Map(standIns.map((standIn) => [standIn.name, standIn]));

// src/staging/stand-in-files.ts
var extensionDir = "/pglite/share/postgresql/extension";
function controlFile(standIn) {
  const lines = [
    `default_version = ${quote(standIn.version)}`,
    `comment = ${quote(`${standIn.comment} (migration-guard stand-in: its effects are not executed)`)}`,
    "relocatable = false",
    "trusted = true"
  ];
  if (standIn.schema !== void 0) lines.push(`schema = ${quote(standIn.schema)}`);
  if (standIn.requires?.length) lines.push(`requires = ${quote(standIn.requires.join(", "))}`);
  return `${lines.join("\n")}
`;
}
function quote(value) {
  return `'${value.replaceAll("'", "''")}'`;
}
function writeText(fs2, path, text) {
  fs2.writeFile(path, new TextEncoder().encode(text), { canOwn: true });
}
var standInExtension = {
  name: "migration-guard-stand-ins",
  setup: async (_pg, emscriptenOpts) => ({
    emscriptenOpts: {
      ...emscriptenOpts,
      preRun: [
        ...emscriptenOpts.preRun ?? [],
        (mod) => {
          mod.FS.mkdirTree(extensionDir);
          for (const standIn of standIns) {
            writeText(mod.FS, `${extensionDir}/${standIn.name}.control`, controlFile(standIn));
            writeText(
              mod.FS,
              `${extensionDir}/${standIn.name}--${standIn.version}.sql`,
              standIn.sql
            );
            for (const earlier of standIn.earlierVersions ?? []) {
              writeText(mod.FS, `${extensionDir}/${standIn.name}--${earlier}.sql`, standIn.sql);
              writeText(
                mod.FS,
                `${extensionDir}/${standIn.name}--${earlier}--${standIn.version}.sql`,
                "-- migration-guard stand-in: nothing to change\n"
              );
            }
          }
        }
      ]
    }
  })
};

// src/staging/supabase-shim/roles.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
var supabaseRoles = `    select * from (values
      -- Objects in pg_dump-style histories are owned by, or grant to, these.
      ('postgres', 'nologin'),
      ('supabase_admin', 'nologin'),
      -- The services' own roles (Auth, Storage, Realtime, webhooks, the pooler).
      ('supabase_auth_admin', 'nologin noinherit'),
      ('supabase_storage_admin', 'nologin noinherit'),
      ('supabase_realtime_admin', 'nologin noinherit'),
      ('supabase_functions_admin', 'nologin noinherit'),
      ('supabase_replication_admin', 'nologin'),
      ('supabase_read_only_user', 'nologin bypassrls'),
      ('dashboard_user', 'nologin'),
      ('pgbouncer', 'nologin'),
      -- The roles PostgREST switches to for a request, by the JWT's role claim.
      ('anon', 'nologin noinherit'),
      ('authenticated', 'nologin noinherit'),
      ('service_role', 'nologin noinherit bypassrls'),
      -- The login PostgREST uses; NOINHERIT so it holds no privileges until it SETs ROLE.
      ('authenticator', 'login noinherit')
    ) as r(name, options)
`;
var rolesSql = `
do $shim$
declare
  wanted record;
begin
  for wanted in
${supabaseRoles}  loop
    if not exists (select from pg_roles where rolname = wanted.name) then
      execute format('create role %I %s', wanted.name, wanted.options);
    end if;
  end loop;
  for wanted in
    select * from (values ('anon'), ('authenticated'), ('service_role')) as r(name)
  loop
    if not pg_has_role('authenticator', wanted.name, 'member') then
      execute format('grant %I to authenticator', wanted.name);
    end if;
  end loop;
  -- What Supabase sets on the API roles: a request may not run for long.
  alter role anon set statement_timeout = '3s';
  alter role authenticated set statement_timeout = '8s';
  alter role authenticator set statement_timeout = '8s';
  alter role authenticator set lock_timeout = '8s';
  -- Migrations run as postgres; Supabase gives it this search path.
  alter role postgres set search_path = "$user", public, extensions;
end
$shim$;
`;
var supabaseSearchPath = '"$user", public, extensions';
var serverRolesSql = `
do $shim$
declare
  wanted record;
  created text[] := '{}';
begin
  for wanted in
${supabaseRoles}  loop
    if not exists (select from pg_roles where rolname = wanted.name) then
      execute format('create role %I %s', wanted.name, wanted.options);
      created := created || wanted.name::text;
    end if;
  end loop;
  for wanted in
    select * from (values ('anon'), ('authenticated'), ('service_role')) as r(name)
  loop
    if (wanted.name = any (created) or 'authenticator' = any (created))
      and not pg_has_role('authenticator', wanted.name, 'member') then
      execute format('grant %I to authenticator', wanted.name);
    end if;
  end loop;
  for wanted in
    select * from (values
      ('anon', 'statement_timeout', '3s'),
      ('authenticated', 'statement_timeout', '8s'),
      ('authenticator', 'statement_timeout', '8s'),
      ('authenticator', 'lock_timeout', '8s')
    ) as r(name, setting, value)
  loop
    if wanted.name = any (created) then
      execute format('alter role %I set %s = %L', wanted.name, wanted.setting, wanted.value);
    end if;
  end loop;
end
$shim$;
`;

// src/staging/pglite-instance.ts
var pgdataDir = Ye3.paths.PGDATA;
var int8Oid = 20;
var numericOid = 1700;
var keepText = (value) => value;
var runtime = loadRuntime();
var SnapshotMemoryFS = class extends ie2 {
  #tar;
  constructor(tar) {
    super();
    this.#tar = tar;
  }
  async init(pg, options) {
    const { emscriptenOpts } = await super.init(pg, options);
    const unpack = (mod) => unpackDataDirTar(mod.FS, pgdataDir, this.#tar);
    return {
      emscriptenOpts: { ...emscriptenOpts, preRun: [...emscriptenOpts.preRun ?? [], unpack] }
    };
  }
};
function loadRuntime() {
  const files = runtimeFiles();
  if (!files) return Promise.resolve(void 0);
  const { wasm, data } = files;
  return Promise.all([readFile(wasm).then((bytes) => WebAssembly.compile(bytes)), readFile(data)]).then(([pgliteWasmModule, bytes]) => ({ pgliteWasmModule, fsBundle: new HeldBytes(bytes) })).catch(() => void 0);
}
function runtimeFiles() {
  const bases = [() => import.meta.url, () => import.meta.resolve("@electric-sql/pglite")];
  for (const base of bases) {
    try {
      const from = base();
      const wasm = new URL("./pglite.wasm", from);
      const data = new URL("./pglite.data", from);
      if (existsSync2(wasm) && existsSync2(data)) return { wasm, data };
    } catch {
    }
  }
  return void 0;
}
var HeldBytes = class extends Blob {
  #bytes;
  constructor(bytes) {
    super([]);
    this.#bytes = bytes;
  }
  arrayBuffer() {
    return Promise.resolve(this.#bytes.slice().buffer);
  }
};
async function createPglite(extensionNames, snapshot) {
  const loaded = await runtime;
  return Ye3.create({
    ...loaded ?? {},
    extensions: { ...pgliteExtensionsFor(extensionNames), standIns: standInExtension },
    parsers: { [int8Oid]: keepText, [numericOid]: keepText },
    // Supabase's search path as the session's own default, so a migration's RESET ALL (pulled
    // dumps have one) and the engine's reset between files come back to it.
    // 32 MB of shared buffers, not Postgres's 128 MB: the embedded database holds a history and a
    // seed, and PGlite zeroes the whole buffer pool at every start (about 0.4 CPU-s at 128 MB,
    // 0.1 s at 32 MB; `npm run bench:embedded-start`). Locks, rewrites and plans do not depend on it.
    startParams: [
      ...Ye3.defaultStartParams,
      "-c",
      `search_path=${supabaseSearchPath}`,
      "-c",
      "shared_buffers=32MB",
      // A checkpoint removes the WAL segments before it instead of keeping them renamed for
      // reuse: a snapshot carries only the segment in use (see `dump`).
      "-c",
      "wal_recycle=off"
    ],
    // 1 MB WAL segments, not 16 MB: the segment in use is written whole into every snapshot
    // and unpacked at every start. The segment size shapes no lock, rewrite or plan.
    initDbStartParams: ["--wal-segsize=1"],
    ...snapshot ? { fs: new SnapshotMemoryFS(snapshot) } : {}
  });
}

// src/staging/thread-cpu.ts
init_define_MIGRATION_GUARD_PGLITE_VERSIONS();
import { readFileSync, readlinkSync } from "node:fs";
function currentThreadCpuFile() {
  try {
    const file = `/proc/${readlinkSync("/proc/thread-self")}/schedstat`;
    return cpuNanoseconds(file) > 0 ? file : void 0;
  } catch {
    return void 0;
  }
}
function cpuNanoseconds(file) {
  const ns = Number(readFileSync(file, "utf8").split(" ")[0]);
  if (!Number.isFinite(ns)) throw new Error(`${file}: not a CPU time`);
  return ns;
}

// src/staging/pglite-worker.ts
var port = parentPort;
if (!port) throw new Error("pglite-worker runs as a worker thread started by PgliteDatabase");
var pglite;
var statementTimeoutMs = 0;
var queue = Promise.resolve();
port.on("message", ({ id, request }) => {
  queue = queue.then(() => answer(id, request));
});
function reply(message) {
  port?.postMessage(message);
}
async function answer(id, request) {
  try {
    const value = await perform(id, request);
    reply({ id, kind: "done", value });
  } catch (error) {
    reply({ id, kind: "failed", error: workerError(error) });
  }
}
async function perform(id, request) {
  switch (request.kind) {
    case "open":
      return open(request.extensions, request.snapshotFiles);
    case "exec": {
      const pg = await announce(id);
      await pg.exec(request.sql, { onNotice: forwardNotices(id) });
      return null;
    }
    case "query": {
      const first = await runQuery(id, request.sql, request.params);
      const { next } = request;
      if (!next) return first;
      try {
        const state = next.state && readState(instance2(), next.state);
        return {
          ...first,
          next: {
            ok: true,
            ...state ? { rows: [state], rowCount: 1 } : await runQuery(id, next.sql, next.params)
          }
        };
      } catch (error) {
        return { ...first, next: { ok: false, error: workerError(error) } };
      }
    }
    case "dump": {
      const pg = instance2();
      await pg.exec("CHECKPOINT");
      const { rows } = await pg.query(
        "select pg_walfile_name(pg_current_wal_insert_lsn()) as segment"
      );
      const inUse = rows[0]?.segment;
      return writeDataDirTar(
        pg.Module.FS,
        pgdataDir,
        request.fd,
        (entryName2) => inUse !== void 0 && isLaterWalSegment(entryName2, inUse)
      );
    }
    case "close": {
      const closing = pglite;
      pglite = void 0;
      statementTimeoutMs = 0;
      await closing?.close();
      return null;
    }
  }
}
async function runQuery(id, sql, params) {
  const pg = await announce(id);
  if (params.length > 0) {
    const result = await pg.query(sql, params, { onNotice: forwardNotices(id) });
    return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? 0 };
  }
  return oneMessage(pg, sql, forwardNotices(id));
}
async function oneMessage(pg, sql, onNotice) {
  const { serialize } = zn;
  const parts = [
    serialize.parse({ text: sql }),
    serialize.bind({}),
    serialize.describe({ type: "P" }),
    serialize.execute({}),
    serialize.sync()
  ];
  const message = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    message.set(part, offset);
    offset += part.length;
  }
  const messages = await pg.runExclusive(
    () => pg.execProtocolStream(message, { syncToFs: false, onNotice })
  );
  const [result] = gn.parseResults(messages, pg.parsers);
  return { rows: result?.rows ?? [], rowCount: result?.rowCount ?? result?.affectedRows ?? 0 };
}
async function open(extensions, snapshotFiles) {
  if (pglite) throw new Error("the embedded database is open already on this thread");
  const cpuFile = currentThreadCpuFile();
  const thread = cpuFile ? { cpuFile } : {};
  const rejected = [];
  for (const [index, file] of snapshotFiles.entries()) {
    const snapshot = await readSnapshot(file);
    if (!snapshot) continue;
    try {
      pglite = await createPglite(extensions, snapshot);
      return { source: "cache", loaded: index, rejected, ...thread };
    } catch {
      rejected.push(index);
    }
  }
  pglite = await createPglite(extensions);
  return { source: "cold", rejected, ...thread };
}
async function readSnapshot(file) {
  let bytes;
  try {
    bytes = await readFile2(file);
  } catch {
    return void 0;
  }
  if (!file.endsWith(".gz")) return bytes;
  try {
    return gunzipSync(bytes, { chunkSize: gunzippedSize(bytes) });
  } catch {
    return new Uint8Array(0);
  }
}
function gunzippedSize(bytes) {
  if (bytes.length < 4) return 16 * 1024;
  const stated = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).readUInt32LE(
    bytes.length - 4
  );
  return Math.min(Math.max(stated + 1, 16 * 1024), 256 * 1024 * 1024);
}
function instance2() {
  if (!pglite) throw new Error("the embedded database was not opened");
  return pglite;
}
async function announce(id) {
  const pg = instance2();
  const shown = readSetting(pg, "statement_timeout") ?? await querySetting(pg, "statement_timeout");
  statementTimeoutMs = timeSettingMs(shown) ?? statementTimeoutMs;
  if (statementTimeoutMs > 0) reply({ id, kind: "running", statementTimeoutMs });
  return pg;
}
function readSetting(pg, name2) {
  const mod = pg.Module;
  const getConfigOption = Reflect.get(mod, "_GetConfigOption");
  if (typeof getConfigOption !== "function") return void 0;
  const stack = mod.stackSave();
  try {
    const value = getConfigOption(mod.stringToUTF8OnStack(name2), 1, 0);
    return typeof value === "number" && value !== 0 ? mod.UTF8ToString(value) : void 0;
  } finally {
    mod.stackRestore(stack);
  }
}
function readState(pg, state) {
  const row = { marker: null };
  if (state.marker) {
    const inBlock = Reflect.get(pg.Module, "_IsTransactionBlock");
    const topId = Reflect.get(pg.Module, "_GetTopFullTransactionId");
    if (typeof inBlock !== "function" || typeof topId !== "function") return void 0;
    if (inBlock() !== 0) {
      const id = topId();
      if (typeof id !== "bigint") return void 0;
      row["marker"] = id.toString();
    }
  }
  for (const name2 of state.settings) {
    const value = readSetting(pg, name2);
    if (value === void 0) return void 0;
    row[name2] = value;
  }
  return row;
}
async function querySetting(pg, name2) {
  try {
    const [result] = await pg.exec(`select current_setting('${name2}') as value`);
    const value = result?.rows[0]?.["value"];
    return typeof value === "string" ? value : void 0;
  } catch {
    return void 0;
  }
}
function forwardNotices(id) {
  return (message) => reply({ id, kind: "notice", notice: noticeFromProtocol(message) });
}
function workerError(error) {
  const database = databaseErrorFromProtocol(error);
  if (database) {
    const { code, message, severity, position, internalPosition, internalQuery } = database;
    const { detail, hint, where, schema, table, column, constraint } = database;
    return {
      kind: "database",
      fields: {
        code,
        message,
        severity,
        position,
        internalPosition,
        internalQuery,
        detail,
        hint,
        where,
        schema,
        table,
        column,
        constraint
      }
    };
  }
  if (error instanceof Error) {
    return { kind: "other", name: error.name, message: error.message, stack: error.stack };
  }
  return { kind: "other", name: "Error", message: String(error) };
}
