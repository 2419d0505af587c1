#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@pgsql/types/types.js
var require_types = __commonJS({
  "node_modules/@pgsql/types/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/enums.js
var require_enums = __commonJS({
  "node_modules/@pgsql/types/enums.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/index.js
var require_types2 = __commonJS({
  "node_modules/@pgsql/types/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_types(), exports);
    __exportStar(require_enums(), exports);
  }
});

// node_modules/libpg-query/wasm/libpg-query.js
var require_libpg_query = __commonJS({
  "node_modules/libpg-query/wasm/libpg-query.js"(exports, module) {
    var PgQueryModule = (() => {
      var _scriptName = globalThis.document?.currentScript?.src;
      return async function(moduleArg = {}) {
        var Module = moduleArg;
        var ENVIRONMENT_IS_WEB = !!globalThis.window;
        var ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope;
        var ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
        var programArgs = [];
        var thisProgram = "./this.program";
        var quit_ = (status, toThrow) => {
          throw toThrow;
        };
        if (typeof __filename != "undefined") {
          _scriptName = __filename;
        } else if (ENVIRONMENT_IS_WORKER) {
          _scriptName = self.location.href;
        }
        var scriptDirectory = "";
        function locateFile(path) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path, scriptDirectory);
          }
          return scriptDirectory + path;
        }
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = __require("node:fs");
          scriptDirectory = __dirname + "/";
          readBinary = (filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          };
          readAsync = async (filename, binary = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary ? void 0 : "utf8");
            return ret;
          };
          if (process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          programArgs = process.argv.slice(2);
          quit_ = (status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          };
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          try {
            scriptDirectory = new URL(".", _scriptName).href;
          } catch {
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = (url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(xhr.response);
              };
            }
            readAsync = async (url) => {
              var response = await fetch(url, { credentials: "same-origin" });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            };
          }
        } else {
        }
        var out = console.log.bind(console);
        var err = console.error.bind(console);
        var wasmBinary;
        var ABORT = false;
        var EXITSTATUS;
        var isFileURI = (filename) => filename.startsWith("file://");
        class EmscriptenEH {
        }
        class EmscriptenSjLj extends EmscriptenEH {
        }
        var runtimeInitialized = false;
        function getMemoryBuffer() {
          return wasmMemory.buffer;
        }
        function updateMemoryViews() {
          if (HEAP8?.buffer?.resizable) return;
          var b = getMemoryBuffer();
          HEAP8 = new Int8Array(b);
          HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          HEAPU16 = new Uint16Array(b);
          HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          HEAPF32 = new Float32Array(b);
          HEAPF64 = new Float64Array(b);
          HEAP64 = new BigInt64Array(b);
          HEAPU64 = new BigUint64Array(b);
        }
        function preRun() {
          var preRun2 = Module["preRun"];
          if (preRun2) {
            if (typeof preRun2 == "function") preRun2 = [preRun2];
            onPreRuns.push(...preRun2);
          }
          callRuntimeCallbacks(onPreRuns);
        }
        function initRuntime() {
          runtimeInitialized = true;
          if (!Module["noFSInit"] && !FS.initialized) FS.init();
          TTY.init();
          wasmExports["A"]();
          FS.ignorePermissions = false;
        }
        function postRun() {
          var postRun2 = Module["postRun"];
          if (postRun2) {
            if (typeof postRun2 == "function") postRun2 = [postRun2];
            onPostRuns.push(...postRun2);
          }
          callRuntimeCallbacks(onPostRuns);
        }
        function abort(what) {
          Module["onAbort"]?.(what);
          what = `Aborted(${what})`;
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          throw e;
        }
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("libpg-query.wasm");
        }
        function getBinarySync(file) {
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary = await getWasmBinary(binaryFile);
            var instance = await WebAssembly.instantiate(binary, imports);
            return instance;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        async function instantiateAsync(binary, binaryFile, imports) {
          if (!binary && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, { credentials: "same-origin" });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        function getWasmImports() {
          var imports = { a: wasmImports };
          return imports;
        }
        async function createWasm() {
          function receiveInstance(instance) {
            wasmExports = instance.exports;
            assignWasmExports(wasmExports);
            updateMemoryViews();
            return wasmExports;
          }
          function receiveInstantiationResult(result3) {
            return receiveInstance(result3["instance"]);
          }
          var info = getWasmImports();
          var instantiateWasm = Module["instantiateWasm"];
          if (instantiateWasm) {
            return new Promise((resolve2) => {
              instantiateWasm(info, (inst) => resolve2(receiveInstance(inst)));
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          var result2 = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
          var exports2 = receiveInstantiationResult(result2);
          return exports2;
        }
        class ExitStatus {
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var HEAP16;
        var HEAP32;
        var HEAP64;
        var HEAP8;
        var HEAPF32;
        var HEAPF64;
        var HEAPU16;
        var HEAPU32;
        var HEAPU64;
        var HEAPU8;
        var callRuntimeCallbacks = (callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        };
        var onPostRuns = [];
        var onPreRuns = [];
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return HEAP16[ptr >> 1];
            case "i32":
              return HEAP32[ptr >> 2];
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return HEAPF32[ptr >> 2];
            case "double":
              return HEAPF64[ptr >> 3];
            case "*":
              return HEAPU32[ptr >> 2];
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        var noExitRuntime = true;
        var stackRestore = (val) => __emscripten_stack_restore(val);
        var stackSave = () => _emscripten_stack_get_current();
        var UTF8Decoder = globalThis.TextDecoder && new TextDecoder();
        var findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
          var maxIdx = idx + maxBytesToRead;
          if (ignoreNul) return maxIdx;
          while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
          return idx;
        };
        var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
          var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
        };
        var UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "";
        var ___assert_fail = (condition, filename, line, func) => abort(`Assertion failed: ${UTF8ToString(condition)}, at: ` + [filename ? UTF8ToString(filename) : "unknown filename", line, func ? UTF8ToString(func) : "unknown function"]);
        var __abort_js = () => abort("");
        var runtimeKeepaliveCounter = 0;
        var __emscripten_runtime_keepalive_clear = () => {
          noExitRuntime = false;
          runtimeKeepaliveCounter = 0;
        };
        var __emscripten_throw_longjmp = () => {
          throw new EmscriptenSjLj();
        };
        var timers = {};
        var handleException = (e) => {
          if (e instanceof ExitStatus || e == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e);
        };
        var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
        var _proc_exit = (code) => {
          EXITSTATUS = code;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code);
            ABORT = true;
          }
          quit_(code, new ExitStatus(code));
        };
        var exitJS = (status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        };
        var _exit = exitJS;
        var maybeExit = () => {
          if (!keepRuntimeAlive()) {
            try {
              _exit(EXITSTATUS);
            } catch (e) {
              handleException(e);
            }
          }
        };
        var callUserCallback = (func) => {
          if (ABORT) {
            return;
          }
          try {
            return func();
          } catch (e) {
            handleException(e);
          } finally {
            maybeExit();
          }
        };
        var _emscripten_get_now = () => performance.now();
        var __setitimer_js = (which, timeout_ms) => {
          if (timers[which]) {
            clearTimeout(timers[which].id);
            delete timers[which];
          }
          if (!timeout_ms) return 0;
          var id = setTimeout(() => {
            delete timers[which];
            callUserCallback(() => __emscripten_timeout(which, _emscripten_get_now()));
          }, timeout_ms);
          timers[which] = { id, timeout_ms };
          return 0;
        };
        var getHeapMax = () => 1073741824;
        var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
        var growMemory = (size) => {
          var oldHeapSize = wasmMemory.buffer.byteLength;
          var pages = (size - oldHeapSize + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e) {
          }
        };
        var _emscripten_resize_heap = (requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement3 = growMemory(newSize);
            if (replacement3) {
              return true;
            }
          }
          return false;
        };
        var PATH = { isAbs: (path) => path.charAt(0) === "/", splitPath: (filename) => {
          var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
          return splitPathRe.exec(filename).slice(1);
        }, normalizeArray: (parts, allowAboveRoot) => {
          var up = 0;
          for (var i = parts.length - 1; i >= 0; i--) {
            var last = parts[i];
            if (last === ".") {
              parts.splice(i, 1);
            } else if (last === "..") {
              parts.splice(i, 1);
              up++;
            } else if (up) {
              parts.splice(i, 1);
              up--;
            }
          }
          if (allowAboveRoot) {
            for (; up; up--) {
              parts.unshift("..");
            }
          }
          return parts;
        }, normalize: (path) => {
          var isAbsolute = PATH.isAbs(path), trailingSlash = path.slice(-1) === "/";
          path = PATH.normalizeArray(path.split("/").filter((p) => !!p), !isAbsolute).join("/");
          if (!path && !isAbsolute) {
            path = ".";
          }
          if (path && trailingSlash) {
            path += "/";
          }
          return (isAbsolute ? "/" : "") + path;
        }, dirname: (path) => {
          var result2 = PATH.splitPath(path), root = result2[0], dir = result2[1];
          if (!root && !dir) {
            return ".";
          }
          if (dir) {
            dir = dir.slice(0, -1);
          }
          return root + dir;
        }, basename: (path) => path && path.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) };
        var initRandomFill = () => {
          if (ENVIRONMENT_IS_NODE) {
            var nodeCrypto = __require("node:crypto");
            return (view) => (nodeCrypto.randomFillSync(view), 0);
          }
          return (view) => (crypto.getRandomValues(view), 0);
        };
        var randomFill = (view) => (randomFill = initRandomFill())(view);
        var PATH_FS = { resolve: (...args) => {
          var resolvedPath = "", resolvedAbsolute = false;
          for (var i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
            var path = i >= 0 ? args[i] : FS.cwd();
            if (typeof path != "string") {
              throw new TypeError("Arguments to path.resolve must be strings");
            } else if (!path) {
              return "";
            }
            resolvedPath = path + "/" + resolvedPath;
            resolvedAbsolute = PATH.isAbs(path);
          }
          resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter((p) => !!p), !resolvedAbsolute).join("/");
          return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
        }, relative: (from, to) => {
          from = PATH_FS.resolve(from).slice(1);
          to = PATH_FS.resolve(to).slice(1);
          function trim(arr) {
            var start = 0;
            for (; start < arr.length; start++) {
              if (arr[start] !== "") break;
            }
            var end = arr.length - 1;
            for (; end >= 0; end--) {
              if (arr[end] !== "") break;
            }
            if (start > end) return [];
            return arr.slice(start, end - start + 1);
          }
          var fromParts = trim(from.split("/"));
          var toParts = trim(to.split("/"));
          var length = Math.min(fromParts.length, toParts.length);
          var samePartsLength = length;
          for (var i = 0; i < length; i++) {
            if (fromParts[i] !== toParts[i]) {
              samePartsLength = i;
              break;
            }
          }
          var outputParts = [];
          for (var i = samePartsLength; i < fromParts.length; i++) {
            outputParts.push("..");
          }
          outputParts = outputParts.concat(toParts.slice(samePartsLength));
          return outputParts.join("/");
        } };
        var FS_stdin_getChar_buffer = [];
        var lengthBytesUTF8 = (str) => {
          var len = 0;
          for (var i = 0; i < str.length; ++i) {
            var c = str.charCodeAt(i);
            if (c <= 127) {
              len++;
            } else if (c <= 2047) {
              len += 2;
            } else if (c >= 55296 && c <= 57343) {
              len += 4;
              ++i;
            } else {
              len += 3;
            }
          }
          return len;
        };
        var stringToUTF8Array = (str, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i = 0; i < str.length; ++i) {
            var u = str.codePointAt(i);
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
              i++;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        };
        var intArrayFromString = (stringy, dontAddNull, length) => {
          var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
          var u8array = new Array(len);
          var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
          if (dontAddNull) u8array.length = numBytesWritten;
          return u8array;
        };
        var FS_stdin_getChar = () => {
          if (!FS_stdin_getChar_buffer.length) {
            var result2 = null;
            if (ENVIRONMENT_IS_NODE) {
              var BUFSIZE = 256;
              var buf = Buffer.alloc(BUFSIZE);
              var bytesRead = 0;
              var fd = process.stdin.fd;
              try {
                bytesRead = fs.readSync(fd, buf, 0, BUFSIZE);
              } catch (e) {
                if (e.toString().includes("EOF")) bytesRead = 0;
                else throw e;
              }
              if (bytesRead > 0) {
                result2 = buf.slice(0, bytesRead).toString("utf-8");
              }
            } else if (globalThis.window?.prompt) {
              result2 = window.prompt("Input: ");
              if (result2 !== null) {
                result2 += "\n";
              }
            } else {
            }
            if (!result2) {
              return null;
            }
            FS_stdin_getChar_buffer = intArrayFromString(result2, true);
          }
          return FS_stdin_getChar_buffer.shift();
        };
        var TTY = { ttys: [], init() {
        }, shutdown() {
        }, register(dev, ops) {
          TTY.ttys[dev] = { input: [], output: [], ops };
          FS.registerDevice(dev, TTY.stream_ops);
        }, stream_ops: { open(stream) {
          var tty = TTY.ttys[stream.node.rdev];
          if (!tty) {
            throw new FS.ErrnoError(43);
          }
          stream.tty = tty;
          stream.seekable = false;
        }, close(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, fsync(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, read(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.get_char) {
            throw new FS.ErrnoError(60);
          }
          var bytesRead = 0;
          for (var i = 0; i < length; i++) {
            var result2;
            try {
              result2 = stream.tty.ops.get_char(stream.tty);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
            if (result2 === void 0 && bytesRead === 0) {
              throw new FS.ErrnoError(6);
            }
            if (result2 === null || result2 === void 0) break;
            bytesRead++;
            buffer[offset + i] = result2;
          }
          if (bytesRead) {
            stream.node.atime = Date.now();
          }
          return bytesRead;
        }, write(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.put_char) {
            throw new FS.ErrnoError(60);
          }
          try {
            for (var i = 0; i < length; i++) {
              stream.tty.ops.put_char(stream.tty, buffer[offset + i]);
            }
          } catch (e) {
            throw new FS.ErrnoError(29);
          }
          if (length) {
            stream.node.mtime = stream.node.ctime = Date.now();
          }
          return i;
        } }, default_tty_ops: { get_char(tty) {
          return FS_stdin_getChar();
        }, put_char(tty, val) {
          if (val === null || val === 10) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        }, ioctl_tcgets(tty) {
          return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
        }, ioctl_tcsets(tty, optional_actions, data) {
          return 0;
        }, ioctl_tiocgwinsz(tty) {
          return [24, 80];
        } }, default_tty1_ops: { put_char(tty, val) {
          if (val === null || val === 10) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        } } };
        var mmapAlloc = (size) => {
          abort();
        };
        var MEMFS = { ops_table: null, mount(mount) {
          return MEMFS.createNode(null, "/", 16895, 0);
        }, createNode(parent, name, mode, dev) {
          if (FS.isBlkdev(mode) || FS.isFIFO(mode)) {
            throw new FS.ErrnoError(63);
          }
          MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
          var node = FS.createNode(parent, name, mode, dev);
          if (FS.isDir(node.mode)) {
            node.node_ops = MEMFS.ops_table.dir.node;
            node.stream_ops = MEMFS.ops_table.dir.stream;
            node.contents = {};
          } else if (FS.isFile(node.mode)) {
            node.node_ops = MEMFS.ops_table.file.node;
            node.stream_ops = MEMFS.ops_table.file.stream;
            node.usedBytes = 0;
            node.contents = MEMFS.emptyFileContents ??= new Uint8Array(0);
          } else if (FS.isLink(node.mode)) {
            node.node_ops = MEMFS.ops_table.link.node;
            node.stream_ops = MEMFS.ops_table.link.stream;
          } else if (FS.isChrdev(node.mode)) {
            node.node_ops = MEMFS.ops_table.chrdev.node;
            node.stream_ops = MEMFS.ops_table.chrdev.stream;
          }
          node.atime = node.mtime = node.ctime = Date.now();
          if (parent) {
            parent.contents[name] = node;
            parent.atime = parent.mtime = parent.ctime = node.atime;
          }
          return node;
        }, getFileDataAsTypedArray(node) {
          return node.contents.subarray(0, node.usedBytes);
        }, expandFileStorage(node, newCapacity) {
          var prevCapacity = node.contents.length;
          if (prevCapacity >= newCapacity) return;
          var CAPACITY_DOUBLING_MAX = 1024 * 1024;
          newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
          if (prevCapacity) newCapacity = Math.max(newCapacity, 256);
          var oldContents = MEMFS.getFileDataAsTypedArray(node);
          node.contents = new Uint8Array(newCapacity);
          node.contents.set(oldContents);
        }, resizeFileStorage(node, newSize) {
          if (node.usedBytes == newSize) return;
          var oldContents = node.contents;
          node.contents = new Uint8Array(newSize);
          node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
          node.usedBytes = newSize;
        }, node_ops: { getattr(node) {
          var attr = {};
          attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
          attr.ino = node.id;
          attr.mode = node.mode;
          attr.nlink = 1;
          attr.uid = 0;
          attr.gid = 0;
          attr.rdev = node.rdev;
          if (FS.isDir(node.mode)) {
            attr.size = 4096;
          } else if (FS.isFile(node.mode)) {
            attr.size = node.usedBytes;
          } else if (FS.isLink(node.mode)) {
            attr.size = node.link.length;
          } else {
            attr.size = 0;
          }
          attr.atime = new Date(node.atime);
          attr.mtime = new Date(node.mtime);
          attr.ctime = new Date(node.ctime);
          attr.blksize = 4096;
          attr.blocks = Math.ceil(attr.size / attr.blksize);
          return attr;
        }, setattr(node, attr) {
          for (const key of ["mode", "atime", "mtime", "ctime"]) {
            if (attr[key] != null) {
              node[key] = attr[key];
            }
          }
          if (attr.size !== void 0) {
            MEMFS.resizeFileStorage(node, attr.size);
          }
        }, lookup(parent, name) {
          if (!MEMFS.doesNotExistError) {
            MEMFS.doesNotExistError = new FS.ErrnoError(44);
            MEMFS.doesNotExistError.stack = "<generic error, no stack>";
          }
          throw MEMFS.doesNotExistError;
        }, mknod(parent, name, mode, dev) {
          return MEMFS.createNode(parent, name, mode, dev);
        }, rename(old_node, new_dir, new_name) {
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (new_node) {
            if (FS.isDir(old_node.mode)) {
              for (var i in new_node.contents) {
                throw new FS.ErrnoError(55);
              }
            }
            FS.hashRemoveNode(new_node);
          }
          delete old_node.parent.contents[old_node.name];
          new_dir.contents[new_name] = old_node;
          old_node.name = new_name;
          new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
        }, unlink(parent, name) {
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, rmdir(parent, name) {
          var node = FS.lookupNode(parent, name);
          for (var i in node.contents) {
            throw new FS.ErrnoError(55);
          }
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, readdir(node) {
          return [".", "..", ...Object.keys(node.contents)];
        }, symlink(parent, newname, oldpath) {
          var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
          node.link = oldpath;
          return node;
        }, readlink(node) {
          if (!FS.isLink(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          return node.link;
        } }, stream_ops: { read(stream, buffer, offset, length, position) {
          var contents = stream.node.contents;
          if (position >= stream.node.usedBytes) return 0;
          var size = Math.min(stream.node.usedBytes - position, length);
          buffer.set(contents.subarray(position, position + size), offset);
          return size;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (buffer.buffer === HEAP8.buffer) {
            canOwn = false;
          }
          if (!length) return 0;
          var node = stream.node;
          node.mtime = node.ctime = Date.now();
          if (canOwn) {
            node.contents = buffer.subarray(offset, offset + length);
            node.usedBytes = length;
          } else if (node.usedBytes === 0 && position === 0) {
            node.contents = buffer.slice(offset, offset + length);
            node.usedBytes = length;
          } else {
            MEMFS.expandFileStorage(node, position + length);
            node.contents.set(buffer.subarray(offset, offset + length), position);
            node.usedBytes = Math.max(node.usedBytes, position + length);
          }
          return length;
        }, llseek(stream, offset, whence) {
          var position = offset;
          if (whence === 1) {
            position += stream.position;
          } else if (whence === 2) {
            if (FS.isFile(stream.node.mode)) {
              position += stream.node.usedBytes;
            }
          }
          if (position < 0) {
            throw new FS.ErrnoError(28);
          }
          return position;
        }, mmap(stream, length, position, prot, flags) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          var ptr;
          var allocated;
          var contents = stream.node.contents;
          if (!(flags & 2) && contents.buffer === HEAP8.buffer) {
            allocated = false;
            ptr = contents.byteOffset;
          } else {
            allocated = true;
            ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            if (contents) {
              if (position > 0 || position + length < contents.length) {
                if (contents.subarray) {
                  contents = contents.subarray(position, position + length);
                } else {
                  contents = Array.prototype.slice.call(contents, position, position + length);
                }
              }
              HEAP8.set(contents, ptr);
            }
          }
          return { ptr, allocated };
        }, msync(stream, buffer, offset, length, mmapFlags) {
          MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
          return 0;
        } } };
        var FS_modeStringToFlags = (str) => {
          if (typeof str != "string") return str;
          var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
          var flags = flagModes[str];
          if (typeof flags == "undefined") {
            throw new Error(`Unknown file open mode: ${str}`);
          }
          return flags;
        };
        var FS_fileDataToTypedArray = (data) => {
          if (typeof data == "string") {
            data = intArrayFromString(data, true);
          }
          if (!data.subarray) {
            data = new Uint8Array(data);
          }
          return data;
        };
        var FS_getMode = (canRead, canWrite) => {
          var mode = 0;
          if (canRead) mode |= 292 | 73;
          if (canWrite) mode |= 146;
          return mode;
        };
        var asyncLoad = async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        };
        var FS_createDataFile = (...args) => FS.createDataFile(...args);
        var getUniqueRunDependency = (id) => id;
        var dependenciesPromise = null;
        var resolveRunDependencies = async () => dependenciesPromise;
        var runDependencies = 0;
        var dependenciesPromiseResolve = null;
        var removeRunDependency = (id) => {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (!runDependencies) {
            dependenciesPromiseResolve();
          }
        };
        var addRunDependency = (id) => {
          if (!runDependencies) {
            dependenciesPromise = new Promise((resolve2) => dependenciesPromiseResolve = resolve2);
          }
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        };
        var preloadPlugins = [];
        var FS_handledByPreloadPlugin = async (byteArray, fullname) => {
          if (typeof Browser != "undefined") Browser.init();
          for (var plugin of preloadPlugins) {
            if (plugin["canHandle"](fullname)) {
              return plugin["handle"](byteArray, fullname);
            }
          }
          return byteArray;
        };
        var FS_preloadFile = async (parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
          var fullname = name ? PATH_FS.resolve(PATH.join2(parent, name)) : parent;
          var dep = getUniqueRunDependency(`cp ${fullname}`);
          addRunDependency(dep);
          try {
            var byteArray = url;
            if (typeof url == "string") {
              byteArray = await asyncLoad(url);
            }
            byteArray = await FS_handledByPreloadPlugin(byteArray, fullname);
            preFinish?.();
            if (!dontCreateFile) {
              FS_createDataFile(parent, name, byteArray, canRead, canWrite, canOwn);
            }
          } finally {
            removeRunDependency(dep);
          }
        };
        var FS_createPreloadedFile = (parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
          FS_preloadFile(parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
        };
        var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, ErrnoError: class {
          name = "ErrnoError";
          constructor(errno) {
            this.errno = errno;
          }
        }, FSStream: class {
          shared = {};
          get object() {
            return this.node;
          }
          set object(val) {
            this.node = val;
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
          set flags(val) {
            this.shared.flags = val;
          }
          get position() {
            return this.shared.position;
          }
          set position(val) {
            this.shared.position = val;
          }
        }, FSNode: class {
          node_ops = {};
          stream_ops = {};
          readMode = 292 | 73;
          writeMode = 146;
          mounted = null;
          constructor(parent, name, mode, rdev) {
            if (!parent) {
              parent = this;
            }
            this.parent = parent;
            this.mount = parent.mount;
            this.id = FS.nextInode++;
            this.name = name;
            this.mode = mode;
            this.rdev = rdev;
            this.atime = this.mtime = this.ctime = Date.now();
          }
          get read() {
            return (this.mode & this.readMode) === this.readMode;
          }
          set read(val) {
            val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
          }
          get write() {
            return (this.mode & this.writeMode) === this.writeMode;
          }
          set write(val) {
            val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
          }
          get isFolder() {
            return FS.isDir(this.mode);
          }
          get isDevice() {
            return FS.isChrdev(this.mode);
          }
          addListener(cb, exclusive = false) {
            var entry = { cb, exclusive };
            var listeners = this.listeners ??= /* @__PURE__ */ new Set();
            listeners.add(entry);
            return { listeners, entry };
          }
          notifyListeners(flags) {
            if (!this.listeners) return;
            var excl;
            for (var entry of this.listeners) {
              if (entry.exclusive) (excl ||= []).push(entry);
              else entry.cb(flags);
            }
            if (excl) {
              var i = (this.exclTurn || 0) % excl.length;
              this.exclTurn = i + 1;
              excl[i].cb(flags);
            }
          }
        }, lookupPath(path, opts = {}) {
          if (!path) {
            throw new FS.ErrnoError(44);
          }
          opts.follow_mount ??= true;
          if (!PATH.isAbs(path)) {
            path = FS.cwd() + "/" + path;
          }
          linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
            var parts = path.split("/").filter((p) => !!p);
            var current = FS.root;
            var current_path = "/";
            for (var i = 0; i < parts.length; i++) {
              var islast = i === parts.length - 1;
              if (islast && opts.parent) {
                break;
              }
              if (parts[i] === ".") {
                continue;
              }
              if (parts[i] === "..") {
                current_path = PATH.dirname(current_path);
                if (FS.isRoot(current)) {
                  path = current_path + "/" + parts.slice(i + 1).join("/");
                  nlinks--;
                  continue linkloop;
                } else {
                  current = current.parent;
                }
                continue;
              }
              current_path = PATH.join2(current_path, parts[i]);
              try {
                current = FS.lookupNode(current, parts[i]);
              } catch (e) {
                if (e?.errno === 44 && islast && opts.noent_okay) {
                  return { path: current_path };
                }
                throw e;
              }
              if (FS.isMountpoint(current) && (!islast || opts.follow_mount)) {
                current = current.mounted.root;
              }
              if (FS.isLink(current.mode) && (!islast || opts.follow)) {
                if (!current.node_ops.readlink) {
                  throw new FS.ErrnoError(52);
                }
                var link2 = current.node_ops.readlink(current);
                if (!PATH.isAbs(link2)) {
                  link2 = PATH.dirname(current_path) + "/" + link2;
                }
                path = link2 + "/" + parts.slice(i + 1).join("/");
                continue linkloop;
              }
            }
            return { path: current_path, node: current };
          }
          throw new FS.ErrnoError(32);
        }, getPath(node) {
          var path;
          while (true) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              if (!path) return mount;
              return mount[mount.length - 1] !== "/" ? `${mount}/${path}` : mount + path;
            }
            path = path ? `${node.name}/${path}` : node.name;
            node = node.parent;
          }
        }, hashName(parentid, name) {
          var hash = 0;
          for (var i = 0; i < name.length; i++) {
            hash = (hash << 5) - hash + name.charCodeAt(i) | 0;
          }
          return (parentid + hash >>> 0) % FS.nameTable.length;
        }, hashAddNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          node.name_next = FS.nameTable[hash];
          FS.nameTable[hash] = node;
        }, hashRemoveNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          if (FS.nameTable[hash] === node) {
            FS.nameTable[hash] = node.name_next;
          } else {
            var current = FS.nameTable[hash];
            while (current) {
              if (current.name_next === node) {
                current.name_next = node.name_next;
                break;
              }
              current = current.name_next;
            }
          }
        }, lookupNode(parent, name) {
          var errCode = FS.mayLookup(parent);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          var hash = FS.hashName(parent.id, name);
          for (var node = FS.nameTable[hash]; node; node = node.name_next) {
            var nodeName = node.name;
            if (node.parent.id === parent.id && nodeName === name) {
              return node;
            }
          }
          return FS.lookup(parent, name);
        }, createNode(parent, name, mode, rdev) {
          var node = new FS.FSNode(parent, name, mode, rdev);
          FS.hashAddNode(node);
          return node;
        }, destroyNode(node) {
          FS.hashRemoveNode(node);
        }, isRoot(node) {
          return node === node.parent;
        }, isMountpoint(node) {
          return !!node.mounted;
        }, isFile(mode) {
          return (mode & 61440) === 32768;
        }, isDir(mode) {
          return (mode & 61440) === 16384;
        }, isLink(mode) {
          return (mode & 61440) === 40960;
        }, isChrdev(mode) {
          return (mode & 61440) === 8192;
        }, isBlkdev(mode) {
          return (mode & 61440) === 24576;
        }, isFIFO(mode) {
          return (mode & 61440) === 4096;
        }, isSocket(mode) {
          return (mode & 49152) === 49152;
        }, flagsToPermissionString(flag) {
          var perms = ["r", "w", "rw"][flag & 3];
          if (flag & 512) {
            perms += "w";
          }
          return perms;
        }, nodePermissions(node, perms) {
          if (FS.ignorePermissions) {
            return 0;
          }
          if (perms.includes("r") && !(node.mode & 292)) {
            return 2;
          }
          if (perms.includes("w") && !(node.mode & 146)) {
            return 2;
          }
          if (perms.includes("x") && !(node.mode & 73)) {
            return 2;
          }
          return 0;
        }, mayLookup(dir) {
          if (!FS.isDir(dir.mode)) return 54;
          var errCode = FS.nodePermissions(dir, "x");
          if (errCode) return errCode;
          if (!dir.node_ops.lookup) return 2;
          return 0;
        }, mayCreate(dir, name) {
          if (!FS.isDir(dir.mode)) {
            return 54;
          }
          try {
            var node = FS.lookupNode(dir, name);
            return 20;
          } catch (e) {
          }
          return FS.nodePermissions(dir, "wx");
        }, mayDelete(dir, name, isdir) {
          var node;
          try {
            node = FS.lookupNode(dir, name);
          } catch (e) {
            return e.errno;
          }
          var errCode = FS.nodePermissions(dir, "wx");
          if (errCode) {
            return errCode;
          }
          if (isdir) {
            if (!FS.isDir(node.mode)) {
              return 54;
            }
            if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
              return 10;
            }
          } else if (FS.isDir(node.mode)) {
            return 31;
          }
          return 0;
        }, mayOpen(node, flags) {
          if (!node) {
            return 44;
          }
          if (FS.isLink(node.mode)) {
            return 32;
          }
          var mode = FS.flagsToPermissionString(flags);
          if (FS.isDir(node.mode)) {
            if (mode !== "r" || flags & (512 | 64)) {
              return 31;
            }
          }
          return FS.nodePermissions(node, mode);
        }, checkOpExists(op, err2) {
          if (!op) {
            throw new FS.ErrnoError(err2);
          }
          return op;
        }, MAX_OPEN_FDS: 4096, nextfd() {
          for (var fd = 0; fd <= FS.MAX_OPEN_FDS; fd++) {
            if (!FS.streams[fd]) {
              return fd;
            }
          }
          throw new FS.ErrnoError(33);
        }, getStreamChecked(fd) {
          var stream = FS.getStream(fd);
          if (!stream) {
            throw new FS.ErrnoError(8);
          }
          return stream;
        }, getStream: (fd) => FS.streams[fd], createStream(stream, fd = -1) {
          stream = Object.assign(new FS.FSStream(), stream);
          if (fd == -1) {
            fd = FS.nextfd();
          }
          stream.fd = fd;
          FS.streams[fd] = stream;
          return stream;
        }, closeStream(fd) {
          FS.streams[fd] = null;
        }, dupStream(origStream, fd = -1) {
          var stream = FS.createStream(origStream, fd);
          stream.stream_ops?.dup?.(stream);
          return stream;
        }, doSetAttr(stream, node, attr) {
          var setattr = stream?.stream_ops.setattr;
          var arg = setattr ? stream : node;
          setattr ??= node.node_ops.setattr;
          FS.checkOpExists(setattr, 63);
          try {
            setattr(arg, attr);
          } catch (e) {
            if (e instanceof RangeError) {
              throw new FS.ErrnoError(22);
            }
            throw e;
          }
        }, chrdev_stream_ops: { open(stream) {
          var device = FS.getDevice(stream.node.rdev);
          stream.stream_ops = device.stream_ops;
          stream.stream_ops.open?.(stream);
        }, llseek() {
          throw new FS.ErrnoError(70);
        } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
          FS.devices[dev] = { stream_ops: ops };
        }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
          var mounts = [];
          var check2 = [mount];
          while (check2.length) {
            var m = check2.pop();
            mounts.push(m);
            check2.push(...m.mounts);
          }
          return mounts;
        }, syncfs(populate, callback) {
          if (typeof populate == "function") {
            callback = populate;
            populate = false;
          }
          FS.syncFSRequests++;
          if (FS.syncFSRequests > 1) {
            err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
          }
          var mounts = FS.getMounts(FS.root.mount);
          var completed = 0;
          function doCallback(errCode) {
            FS.syncFSRequests--;
            return callback(errCode);
          }
          function done(errCode) {
            if (errCode) {
              if (!done.errored) {
                done.errored = true;
                return doCallback(errCode);
              }
              return;
            }
            if (++completed >= mounts.length) {
              doCallback(null);
            }
          }
          for (var mount of mounts) {
            if (mount.type.syncfs) {
              mount.type.syncfs(mount, populate, done);
            } else {
              done(null);
            }
          }
        }, mount(type, opts, mountpoint) {
          var root = mountpoint === "/";
          var pseudo = !mountpoint;
          var node;
          if (root && FS.root) {
            throw new FS.ErrnoError(10);
          } else if (!root && !pseudo) {
            var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
            mountpoint = lookup.path;
            node = lookup.node;
            if (FS.isMountpoint(node)) {
              throw new FS.ErrnoError(10);
            }
            if (!FS.isDir(node.mode)) {
              throw new FS.ErrnoError(54);
            }
          }
          var mount = { type, opts, mountpoint, mounts: [] };
          var mountRoot = type.mount(mount);
          mountRoot.mount = mount;
          mount.root = mountRoot;
          if (root) {
            FS.root = mountRoot;
          } else if (node) {
            node.mounted = mount;
            if (node.mount) {
              node.mount.mounts.push(mount);
            }
          }
          return mountRoot;
        }, unmount(mountpoint) {
          var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
          if (!FS.isMountpoint(lookup.node)) {
            throw new FS.ErrnoError(28);
          }
          var node = lookup.node;
          var mount = node.mounted;
          var mounts = FS.getMounts(mount);
          for (var [hash, current] of Object.entries(FS.nameTable)) {
            while (current) {
              var next = current.name_next;
              if (mounts.includes(current.mount)) {
                FS.destroyNode(current);
              }
              current = next;
            }
          }
          node.mounted = null;
          var idx = node.mount.mounts.indexOf(mount);
          node.mount.mounts.splice(idx, 1);
        }, lookup(parent, name) {
          return parent.node_ops.lookup(parent, name);
        }, mknod(path, mode, dev) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path);
          if (!name) {
            throw new FS.ErrnoError(28);
          }
          if (name === "." || name === "..") {
            throw new FS.ErrnoError(20);
          }
          var errCode = FS.mayCreate(parent, name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.mknod) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.mknod(parent, name, mode, dev);
        }, statfs(path) {
          return FS.statfsNode(FS.lookupPath(path, { follow: true }).node);
        }, statfsStream(stream) {
          return FS.statfsNode(stream.node);
        }, statfsNode(node) {
          var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
          if (node.node_ops.statfs) {
            Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
          }
          return rtn;
        }, create(path, mode = 438) {
          mode &= 4095;
          mode |= 32768;
          return FS.mknod(path, mode, 0);
        }, mkdir(path, mode = 511) {
          mode &= 511 | 512;
          mode |= 16384;
          return FS.mknod(path, mode, 0);
        }, mkdirTree(path, mode) {
          var dirs = path.split("/");
          var d = "";
          for (var dir of dirs) {
            if (!dir) continue;
            if (d || PATH.isAbs(path)) d += "/";
            d += dir;
            try {
              FS.mkdir(d, mode);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
          }
        }, mkdev(path, mode, dev) {
          if (typeof dev == "undefined") {
            dev = mode;
            mode = 438;
          }
          mode |= 8192;
          return FS.mknod(path, mode, dev);
        }, symlink(oldpath, newpath) {
          if (!PATH_FS.resolve(oldpath)) {
            throw new FS.ErrnoError(44);
          }
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.symlink) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.symlink(parent, newname, oldpath);
        }, link(oldpath, newpath, flags) {
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.link) {
            throw new FS.ErrnoError(34);
          }
          return parent.node_ops.link(parent, newname, oldpath, flags);
        }, rename(old_path, new_path) {
          var old_dirname = PATH.dirname(old_path);
          var new_dirname = PATH.dirname(new_path);
          var old_name = PATH.basename(old_path);
          var new_name = PATH.basename(new_path);
          var lookup, old_dir, new_dir;
          lookup = FS.lookupPath(old_path, { parent: true });
          old_dir = lookup.node;
          lookup = FS.lookupPath(new_path, { parent: true });
          new_dir = lookup.node;
          if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
          if (old_dir.mount !== new_dir.mount) {
            throw new FS.ErrnoError(75);
          }
          var old_node = FS.lookupNode(old_dir, old_name);
          var relative2 = PATH_FS.relative(old_path, new_dirname);
          if (relative2.charAt(0) !== ".") {
            throw new FS.ErrnoError(28);
          }
          relative2 = PATH_FS.relative(new_path, old_dirname);
          if (relative2.charAt(0) !== ".") {
            throw new FS.ErrnoError(55);
          }
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (old_node === new_node) {
            return;
          }
          var isdir = FS.isDir(old_node.mode);
          var errCode = FS.mayDelete(old_dir, old_name, isdir);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!old_dir.node_ops.rename) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
            throw new FS.ErrnoError(10);
          }
          if (new_dir !== old_dir) {
            errCode = FS.nodePermissions(old_dir, "w");
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          FS.hashRemoveNode(old_node);
          try {
            old_dir.node_ops.rename(old_node, new_dir, new_name);
            old_node.parent = new_dir;
          } catch (e) {
            throw e;
          } finally {
            FS.hashAddNode(old_node);
          }
        }, rmdir(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, true);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.rmdir) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.rmdir(parent, name);
          FS.destroyNode(node);
        }, readdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
          var node = lookup.node;
          var readdir2 = FS.checkOpExists(node.node_ops.readdir, 54);
          return readdir2(node);
        }, unlink(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var name = PATH.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, false);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.unlink) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.unlink(parent, name);
          FS.destroyNode(node);
        }, readlink(path) {
          var lookup = FS.lookupPath(path);
          var link2 = lookup.node;
          if (!link2) {
            throw new FS.ErrnoError(44);
          }
          if (!link2.node_ops.readlink) {
            throw new FS.ErrnoError(28);
          }
          return link2.node_ops.readlink(link2);
        }, stat(path, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
          var node = lookup.node;
          var getattr = FS.checkOpExists(node.node_ops.getattr, 63);
          return getattr(node);
        }, fstat(fd) {
          var stream = FS.getStreamChecked(fd);
          var node = stream.node;
          var getattr = stream.stream_ops.getattr;
          var arg = getattr ? stream : node;
          getattr ??= node.node_ops.getattr;
          FS.checkOpExists(getattr, 63);
          return getattr(arg);
        }, lstat(path) {
          return FS.stat(path, true);
        }, doChmod(stream, node, mode, dontFollow) {
          FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
        }, chmod(path, mode, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChmod(null, node, mode, dontFollow);
        }, lchmod(path, mode) {
          FS.chmod(path, mode, true);
        }, fchmod(fd, mode) {
          var stream = FS.getStreamChecked(fd);
          FS.doChmod(stream, stream.node, mode, false);
        }, doChown(stream, node, dontFollow) {
          FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
        }, chown(path, uid, gid, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChown(null, node, dontFollow);
        }, lchown(path, uid, gid) {
          FS.chown(path, uid, gid, true);
        }, fchown(fd, uid, gid) {
          var stream = FS.getStreamChecked(fd);
          FS.doChown(stream, stream.node, false);
        }, doTruncate(stream, node, len) {
          if (FS.isDir(node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!FS.isFile(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          var errCode = FS.nodePermissions(node, "w");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
        }, truncate(path, len) {
          if (len < 0) {
            throw new FS.ErrnoError(28);
          }
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: true });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doTruncate(null, node, len);
        }, ftruncate(fd, len) {
          var stream = FS.getStreamChecked(fd);
          if (len < 0 || (stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(28);
          }
          FS.doTruncate(stream, stream.node, len);
        }, utime(path, atime, mtime, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
          FS.doSetAttr(null, lookup.node, { atime, mtime, dontFollow });
        }, open(path, flags, mode = 438) {
          if (path === "") {
            throw new FS.ErrnoError(44);
          }
          flags = FS_modeStringToFlags(flags);
          if (flags & 64) {
            mode = mode & 4095 | 32768;
          } else {
            mode = 0;
          }
          var node;
          var isDirPath;
          if (typeof path == "object") {
            node = path;
          } else {
            isDirPath = path.endsWith("/");
            var lookup = FS.lookupPath(path, { follow: !(flags & 131072), noent_okay: true });
            node = lookup.node;
            path = lookup.path;
          }
          var created = false;
          if (flags & 64) {
            if (node) {
              if (flags & 128) {
                throw new FS.ErrnoError(20);
              }
            } else if (isDirPath) {
              throw new FS.ErrnoError(31);
            } else {
              node = FS.mknod(path, mode | 511, 0);
              created = true;
            }
          }
          if (!node) {
            throw new FS.ErrnoError(44);
          }
          if (FS.isChrdev(node.mode)) {
            flags &= ~512;
          }
          if (flags & 65536 && !FS.isDir(node.mode)) {
            throw new FS.ErrnoError(54);
          }
          if (!created) {
            var errCode = FS.mayOpen(node, flags);
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          if (flags & 512 && !created) {
            FS.truncate(node, 0);
          }
          flags &= ~(128 | 512 | 131072);
          var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
          if (stream.stream_ops.open) {
            stream.stream_ops.open(stream);
          }
          if (created) {
            FS.chmod(node, mode & 511);
          }
          return stream;
        }, close(stream) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (stream.getdents) stream.getdents = null;
          stream.node?.notifyListeners(32);
          try {
            if (stream.stream_ops.close) {
              stream.stream_ops.close(stream);
            }
          } catch (e) {
            throw e;
          } finally {
            FS.closeStream(stream.fd);
          }
          stream.fd = null;
        }, isClosed(stream) {
          return stream.fd === null;
        }, llseek(stream, offset, whence) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (!stream.seekable || !stream.stream_ops.llseek) {
            throw new FS.ErrnoError(70);
          }
          if (whence != 0 && whence != 1 && whence != 2) {
            throw new FS.ErrnoError(28);
          }
          stream.position = stream.stream_ops.llseek(stream, offset, whence);
          stream.ungotten = [];
          return stream.position;
        }, read(stream, buffer, offset, length, position) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.read) {
            throw new FS.ErrnoError(28);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
          if (!seeking) stream.position += bytesRead;
          return bytesRead;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.write) {
            throw new FS.ErrnoError(28);
          }
          if (stream.seekable && stream.flags & 1024) {
            FS.llseek(stream, 0, 2);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
          if (!seeking) stream.position += bytesWritten;
          return bytesWritten;
        }, mmap(stream, length, position, prot, flags) {
          if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
            throw new FS.ErrnoError(2);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(2);
          }
          if (!stream.stream_ops.mmap) {
            throw new FS.ErrnoError(43);
          }
          if (!length) {
            throw new FS.ErrnoError(28);
          }
          return stream.stream_ops.mmap(stream, length, position, prot, flags);
        }, msync(stream, buffer, offset, length, mmapFlags) {
          if (!stream.stream_ops.msync) {
            return 0;
          }
          return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
        }, ioctl(stream, cmd, arg) {
          if (!stream.stream_ops.ioctl) {
            throw new FS.ErrnoError(59);
          }
          return stream.stream_ops.ioctl(stream, cmd, arg);
        }, readFile(path, opts = {}) {
          opts.flags = opts.flags ?? 0;
          opts.encoding = opts.encoding ?? "binary";
          if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
            abort(`Invalid encoding type "${opts.encoding}"`);
          }
          var stream = FS.open(path, opts.flags);
          var stat2 = FS.stat(path);
          var length = stat2.size;
          var buf = new Uint8Array(length);
          FS.read(stream, buf, 0, length, 0);
          if (opts.encoding === "utf8") {
            buf = UTF8ArrayToString(buf);
          }
          FS.close(stream);
          return buf;
        }, writeFile(path, data, opts = {}) {
          opts.flags = opts.flags ?? 577;
          var stream = FS.open(path, opts.flags, opts.mode);
          data = FS_fileDataToTypedArray(data);
          FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
          FS.close(stream);
        }, cwd: () => FS.currentPath, chdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
          if (lookup.node === null) {
            throw new FS.ErrnoError(44);
          }
          if (!FS.isDir(lookup.node.mode)) {
            throw new FS.ErrnoError(54);
          }
          var errCode = FS.nodePermissions(lookup.node, "x");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.currentPath = lookup.path;
        }, createDefaultDirectories() {
          FS.mkdir("/tmp");
          FS.mkdir("/home");
          FS.mkdir("/home/web_user");
        }, createDefaultDevices() {
          FS.mkdir("/dev");
          FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
          FS.mkdev("/dev/null", FS.makedev(1, 3));
          TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
          TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
          FS.mkdev("/dev/tty", FS.makedev(5, 0));
          FS.mkdev("/dev/tty1", FS.makedev(6, 0));
          var randomBuffer = new Uint8Array(1024), randomLeft = 0;
          var randomByte = () => {
            if (randomLeft === 0) {
              randomFill(randomBuffer);
              randomLeft = randomBuffer.byteLength;
            }
            return randomBuffer[--randomLeft];
          };
          FS.createDevice("/dev", "random", randomByte);
          FS.createDevice("/dev", "urandom", randomByte);
          FS.mkdir("/dev/shm");
          FS.mkdir("/dev/shm/tmp");
        }, createSpecialDirectories() {
          FS.mkdir("/proc");
          var proc_self = FS.mkdir("/proc/self");
          FS.mkdir("/proc/self/fd");
          FS.mount({ mount() {
            var node = FS.createNode(proc_self, "fd", 16895, 73);
            node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
            node.node_ops = { lookup(parent, name) {
              var fd = +name;
              var stream = FS.getStreamChecked(fd);
              var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
              ret.parent = ret;
              return ret;
            }, readdir() {
              return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
            } };
            return node;
          } }, {}, "/proc/self/fd");
        }, createStandardStreams(input, output, error) {
          if (input) {
            FS.createDevice("/dev", "stdin", input);
          } else {
            FS.symlink("/dev/tty", "/dev/stdin");
          }
          if (output) {
            FS.createDevice("/dev", "stdout", null, output);
          } else {
            FS.symlink("/dev/tty", "/dev/stdout");
          }
          if (error) {
            FS.createDevice("/dev", "stderr", null, error);
          } else {
            FS.symlink("/dev/tty1", "/dev/stderr");
          }
          var stdin = FS.open("/dev/stdin", 0);
          var stdout = FS.open("/dev/stdout", 1);
          var stderr = FS.open("/dev/stderr", 1);
        }, staticInit() {
          FS.nameTable = new Array(4096);
          FS.mount(MEMFS, {}, "/");
          FS.createDefaultDirectories();
          FS.createDefaultDevices();
          FS.createSpecialDirectories();
          FS.filesystems = { MEMFS };
        }, init(input, output, error) {
          FS.initialized = true;
          input ??= Module["stdin"];
          output ??= Module["stdout"];
          error ??= Module["stderr"];
          FS.createStandardStreams(input, output, error);
        }, quit() {
          FS.initialized = false;
          for (var stream of FS.streams) {
            if (stream) {
              FS.close(stream);
            }
          }
        }, findObject(path, dontResolveLastLink) {
          var ret = FS.analyzePath(path, dontResolveLastLink);
          if (!ret.exists) {
            return null;
          }
          return ret.object;
        }, analyzePath(path, dontResolveLastLink) {
          try {
            var lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            path = lookup.path;
          } catch (e) {
          }
          var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
          try {
            var lookup = FS.lookupPath(path, { parent: true });
            ret.parentExists = true;
            ret.parentPath = lookup.path;
            ret.parentObject = lookup.node;
            ret.name = PATH.basename(path);
            lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            ret.exists = true;
            ret.path = lookup.path;
            ret.object = lookup.node;
            ret.name = lookup.node.name;
            ret.isRoot = lookup.path === "/";
          } catch (e) {
            ret.error = e.errno;
          }
          return ret;
        }, createPath(parent, path, canRead, canWrite) {
          parent = typeof parent == "string" ? parent : FS.getPath(parent);
          var parts = path.split("/").reverse();
          while (parts.length) {
            var part = parts.pop();
            if (!part) continue;
            var current = PATH.join2(parent, part);
            try {
              FS.mkdir(current);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
            parent = current;
          }
          return current;
        }, createFile(parent, name, properties, canRead, canWrite) {
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(canRead, canWrite);
          return FS.create(path, mode);
        }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
          var path = name;
          if (parent) {
            parent = typeof parent == "string" ? parent : FS.getPath(parent);
            path = name ? PATH.join2(parent, name) : parent;
          }
          var mode = FS_getMode(canRead, canWrite);
          var node = FS.create(path, mode);
          if (data) {
            data = FS_fileDataToTypedArray(data);
            FS.chmod(node, mode | 146);
            var stream = FS.open(node, 577);
            FS.write(stream, data, 0, data.length, 0, canOwn);
            FS.close(stream);
            FS.chmod(node, mode);
          }
        }, createDevice(parent, name, input, output) {
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(!!input, !!output);
          FS.createDevice.major ??= 64;
          var dev = FS.makedev(FS.createDevice.major++, 0);
          FS.registerDevice(dev, { open(stream) {
            stream.seekable = false;
          }, close(stream) {
            if (output?.buffer?.length) {
              output(10);
            }
          }, read(stream, buffer, offset, length, pos) {
            var bytesRead = 0;
            for (var i = 0; i < length; i++) {
              var result2;
              try {
                result2 = input();
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
              if (result2 === void 0 && bytesRead === 0) {
                throw new FS.ErrnoError(6);
              }
              if (result2 === null || result2 === void 0) break;
              bytesRead++;
              buffer[offset + i] = result2;
            }
            if (bytesRead) {
              stream.node.atime = Date.now();
            }
            return bytesRead;
          }, write(stream, buffer, offset, length, pos) {
            for (var i = 0; i < length; i++) {
              try {
                output(buffer[offset + i]);
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
            }
            if (length) {
              stream.node.mtime = stream.node.ctime = Date.now();
            }
            return i;
          } });
          return FS.mkdev(path, mode, dev);
        }, forceLoadFile(obj) {
          if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
          if (globalThis.XMLHttpRequest) {
            abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
          } else {
            try {
              obj.contents = readBinary(obj.url);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
          }
        }, createLazyFile(parent, name, url, canRead, canWrite) {
          class LazyUint8Array {
            lengthKnown = false;
            chunks = [];
            get(idx) {
              if (idx > this.length - 1 || idx < 0) {
                return void 0;
              }
              var chunkOffset = idx % this.chunkSize;
              var chunkNum = idx / this.chunkSize | 0;
              return this.getter(chunkNum)[chunkOffset];
            }
            setDataGetter(getter) {
              this.getter = getter;
            }
            cacheLength() {
              var xhr = new XMLHttpRequest();
              xhr.open("HEAD", url, false);
              xhr.send(null);
              if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr.status);
              var datalength = Number(xhr.getResponseHeader("Content-length"));
              var header2;
              var hasByteServing = (header2 = xhr.getResponseHeader("Accept-Ranges")) && header2 === "bytes";
              var usesGzip = (header2 = xhr.getResponseHeader("Content-Encoding")) && header2 === "gzip";
              var chunkSize = 1024 * 1024;
              if (!hasByteServing) chunkSize = datalength;
              var doXHR = (from, to) => {
                if (from > to) abort(`invalid range (${from}, ${to}) or no bytes requested!`);
                if (to > datalength - 1) abort(`only ${datalength} bytes available! programmer error!`);
                var xhr2 = new XMLHttpRequest();
                xhr2.open("GET", url, false);
                if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
                xhr2.responseType = "arraybuffer";
                if (xhr2.overrideMimeType) {
                  xhr2.overrideMimeType("text/plain; charset=x-user-defined");
                }
                xhr2.send(null);
                if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr2.status);
                if (xhr2.response !== void 0) {
                  return new Uint8Array(xhr2.response || []);
                }
                return intArrayFromString(xhr2.responseText ?? "", true);
              };
              var lazyArray2 = this;
              lazyArray2.setDataGetter((chunkNum) => {
                var start = chunkNum * chunkSize;
                var end = (chunkNum + 1) * chunkSize - 1;
                end = Math.min(end, datalength - 1);
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
                  lazyArray2.chunks[chunkNum] = doXHR(start, end);
                }
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") abort("doXHR failed!");
                return lazyArray2.chunks[chunkNum];
              });
              if (usesGzip || !datalength) {
                chunkSize = datalength = 1;
                datalength = this.getter(0).length;
                chunkSize = datalength;
                out("LazyFiles on gzip forces download of the whole file when length is accessed");
              }
              this._length = datalength;
              this._chunkSize = chunkSize;
              this.lengthKnown = true;
            }
            get length() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._length;
            }
            get chunkSize() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._chunkSize;
            }
          }
          if (globalThis.XMLHttpRequest) {
            if (!ENVIRONMENT_IS_WORKER) abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
            var lazyArray = new LazyUint8Array();
            var properties = { isDevice: false, contents: lazyArray };
          } else {
            var properties = { isDevice: false, url };
          }
          var node = FS.createFile(parent, name, properties, canRead, canWrite);
          if (properties.contents) {
            node.contents = properties.contents;
          } else if (properties.url) {
            node.contents = null;
            node.url = properties.url;
          }
          Object.defineProperties(node, { usedBytes: { get: function() {
            return this.contents.length;
          } } });
          var stream_ops = {};
          for (const [key, fn] of Object.entries(node.stream_ops)) {
            stream_ops[key] = (...args) => {
              FS.forceLoadFile(node);
              return fn(...args);
            };
          }
          function writeChunks(stream, buffer, offset, length, position) {
            var contents = stream.node.contents;
            if (position >= contents.length) return 0;
            var size = Math.min(contents.length - position, length);
            if (contents.slice) {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents[position + i];
              }
            } else {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents.get(position + i);
              }
            }
            return size;
          }
          stream_ops.read = (stream, buffer, offset, length, position) => {
            FS.forceLoadFile(node);
            return writeChunks(stream, buffer, offset, length, position);
          };
          stream_ops.mmap = (stream, length, position, prot, flags) => {
            FS.forceLoadFile(node);
            var ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            writeChunks(stream, HEAP8, ptr, length, position);
            return { ptr, allocated: true };
          };
          node.stream_ops = stream_ops;
          return node;
        } };
        var SYSCALLS = { currentUmask: 18, calculateAt(dirfd, path, allowEmpty) {
          if (PATH.isAbs(path)) {
            return path;
          }
          var dir;
          if (dirfd === -100) {
            dir = FS.cwd();
          } else {
            var dirstream = SYSCALLS.getStreamFromFD(dirfd);
            dir = dirstream.path;
          }
          if (path.length == 0) {
            if (!allowEmpty) {
              throw new FS.ErrnoError(44);
            }
            return dir;
          }
          return dir + "/" + path;
        }, writeStat(buf, stat2) {
          HEAPU32[buf >> 2] = stat2.dev;
          HEAPU32[buf + 4 >> 2] = stat2.mode;
          HEAPU32[buf + 8 >> 2] = stat2.nlink;
          HEAPU32[buf + 12 >> 2] = stat2.uid;
          HEAPU32[buf + 16 >> 2] = stat2.gid;
          HEAPU32[buf + 20 >> 2] = stat2.rdev;
          HEAP64[buf + 24 >> 3] = BigInt(stat2.size);
          HEAP32[buf + 32 >> 2] = 4096;
          HEAP32[buf + 36 >> 2] = stat2.blocks;
          var atime = stat2.atime.getTime();
          var mtime = stat2.mtime.getTime();
          var ctime = stat2.ctime.getTime();
          HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
          HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
          HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
          HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 88 >> 3] = BigInt(stat2.ino);
          return 0;
        }, writeStatFs(buf, stats) {
          HEAPU32[buf + 4 >> 2] = stats.bsize;
          HEAPU32[buf + 60 >> 2] = stats.bsize;
          HEAP64[buf + 8 >> 3] = BigInt(stats.blocks);
          HEAP64[buf + 16 >> 3] = BigInt(stats.bfree);
          HEAP64[buf + 24 >> 3] = BigInt(stats.bavail);
          HEAP64[buf + 32 >> 3] = BigInt(stats.files);
          HEAP64[buf + 40 >> 3] = BigInt(stats.ffree);
          HEAPU32[buf + 48 >> 2] = stats.fsid;
          HEAPU32[buf + 64 >> 2] = stats.flags;
          HEAPU32[buf + 56 >> 2] = stats.namelen;
        }, doMsync(addr, stream, len, flags, offset) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          if (flags & 2) {
            return 0;
          }
          var buffer = HEAPU8.subarray(addr, addr + len);
          FS.msync(stream, buffer, offset, len, flags);
        }, getStreamFromFD(fd) {
          var stream = FS.getStreamChecked(fd);
          return stream;
        }, varargs: void 0, getStr(ptr) {
          var ret = UTF8ToString(ptr);
          return ret;
        } };
        function _fd_close(fd) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.close(stream);
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doReadv = (stream, iov, iovcnt, offset) => {
          var ret = 0;
          for (var i = 0; i < iovcnt; i++) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            iov += 8;
            try {
              var curr = FS.read(stream, HEAP8, ptr, len, offset);
            } catch (e) {
              if (ret > 0 && e instanceof FS.ErrnoError && (e.errno == 6 || e.errno == 6)) {
                break;
              }
              throw e;
            }
            if (curr < 0) return -1;
            ret += curr;
            if (curr < len) break;
            if (typeof offset != "undefined") {
              offset += curr;
            }
          }
          return ret;
        };
        function _fd_read(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doReadv(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = (num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num);
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          try {
            if (isNaN(offset)) return 22;
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.llseek(stream, offset, whence);
            HEAP64[newOffset >> 3] = BigInt(stream.position);
            if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doWritev = (stream, iov, iovcnt, offset) => {
          if (iovcnt == 1) {
            return FS.write(stream, HEAP8, HEAPU32[iov >> 2], HEAPU32[iov + 4 >> 2], offset);
          }
          var total = 0;
          for (var i = 0, p = iov; i < iovcnt; i++, p += 8) {
            total += HEAPU32[p + 4 >> 2];
          }
          var view = new Uint8Array(total);
          var voff = 0;
          for (var i = 0; i < iovcnt; i++, iov += 8) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            view.set(HEAPU8.subarray(ptr, ptr + len), voff);
            voff += len;
          }
          return FS.write(stream, view, 0, total, offset);
        };
        function _fd_write(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doWritev(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var wasmTableMirror = [];
        var getWasmTableEntry = (funcPtr) => {
          var func = wasmTableMirror[funcPtr];
          if (!func) {
            wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
          }
          return func;
        };
        var stringToUTF8 = (str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
        FS.createPreloadedFile = FS_createPreloadedFile;
        FS.preloadFile = FS_preloadFile;
        FS.staticInit();
        {
          if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
          if (Module["print"]) out = Module["print"];
          if (Module["printErr"]) err = Module["printErr"];
          if (Module["arguments"]) programArgs = Module["arguments"];
          if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
          var preInit = Module["preInit"];
          if (preInit) {
            if (typeof preInit == "function") Module["preInit"] = preInit = [preInit];
            while (preInit.length > 0) {
              preInit.shift()();
            }
          }
        }
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        var _wasm_parse_query, _malloc, _free, _wasm_parse_query_raw, _wasm_free_parse_result, _wasm_parse_plpgsql, _wasm_fingerprint, _wasm_normalize_query, _wasm_parse_query_detailed, _wasm_free_detailed_result, _wasm_scan, _wasm_free_string, __emscripten_timeout, _setThrew, __emscripten_stack_restore, _emscripten_stack_get_current, memory, __indirect_function_table, wasmMemory, wasmTable;
        function assignWasmExports(wasmExports2) {
          _wasm_parse_query = Module["_wasm_parse_query"] = wasmExports2["B"];
          _malloc = Module["_malloc"] = wasmExports2["C"];
          _free = Module["_free"] = wasmExports2["E"];
          _wasm_parse_query_raw = Module["_wasm_parse_query_raw"] = wasmExports2["F"];
          _wasm_free_parse_result = Module["_wasm_free_parse_result"] = wasmExports2["G"];
          _wasm_parse_plpgsql = Module["_wasm_parse_plpgsql"] = wasmExports2["H"];
          _wasm_fingerprint = Module["_wasm_fingerprint"] = wasmExports2["I"];
          _wasm_normalize_query = Module["_wasm_normalize_query"] = wasmExports2["J"];
          _wasm_parse_query_detailed = Module["_wasm_parse_query_detailed"] = wasmExports2["K"];
          _wasm_free_detailed_result = Module["_wasm_free_detailed_result"] = wasmExports2["L"];
          _wasm_scan = Module["_wasm_scan"] = wasmExports2["M"];
          _wasm_free_string = Module["_wasm_free_string"] = wasmExports2["N"];
          __emscripten_timeout = wasmExports2["O"];
          _setThrew = wasmExports2["P"];
          __emscripten_stack_restore = wasmExports2["Q"];
          _emscripten_stack_get_current = wasmExports2["R"];
          memory = wasmMemory = wasmExports2["z"];
          __indirect_function_table = wasmTable = wasmExports2["D"];
        }
        var wasmImports = { c: ___assert_fail, x: __abort_js, w: __emscripten_runtime_keepalive_clear, p: __emscripten_throw_longjmp, o: __setitimer_js, q: _emscripten_resize_heap, m: _exit, u: _fd_close, r: _fd_read, s: _fd_seek, t: _fd_write, g: invoke_i, b: invoke_ii, a: invoke_iii, d: invoke_iiii, k: invoke_iiiii, l: invoke_ji, e: invoke_v, f: invoke_vi, h: invoke_vii, j: invoke_viii, i: invoke_viiii, y: invoke_viiiii, n: invoke_viiiiiiiiiiiii, v: _proc_exit };
        function invoke_iii(index, a1, a2) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ii(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_i(index) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_v(index) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiiiiiiiiiii(index, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vi(index, a1) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vii(index, a1, a2) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiii(index, a1, a2, a3, a4, a5) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ji(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
            return 0n;
          }
        }
        async function run2() {
          preRun();
          if (runDependencies) {
            await resolveRunDependencies();
          }
          var setStatus = Module["setStatus"];
          if (setStatus) {
            setStatus("Running...");
            await new Promise((resolve2) => setTimeout(resolve2, 1));
            setTimeout(setStatus, 1, "");
          }
          if (ABORT) return;
          initRuntime();
          Module["onRuntimeInitialized"]?.();
          postRun();
        }
        var wasmExports;
        wasmExports = await createWasm();
        await run2();
        ;
        return Module;
      };
    })();
    if (typeof exports === "object" && typeof module === "object") {
      module.exports = PgQueryModule;
      module.exports.default = PgQueryModule;
    } else if (typeof define === "function" && define["amd"]) define([], () => PgQueryModule);
  }
});

// node_modules/libpg-query/wasm/index.cjs
var require_wasm = __commonJS({
  "node_modules/libpg-query/wasm/index.cjs"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.scan = exports.normalize = exports.fingerprint = exports.parsePlPgSQL = exports.parse = exports.SqlError = void 0;
    exports.hasSqlDetails = hasSqlDetails;
    exports.formatSqlError = formatSqlError;
    exports.loadModule = loadModule2;
    exports.parseSync = parseSync5;
    exports.parsePlPgSQLSync = parsePlPgSQLSync2;
    exports.fingerprintSync = fingerprintSync;
    exports.normalizeSync = normalizeSync;
    exports.scanSync = scanSync4;
    __exportStar(require_types2(), exports);
    var SqlError = class extends Error {
      sqlDetails;
      constructor(message, details) {
        super(message);
        this.name = "SqlError";
        this.sqlDetails = details;
      }
    };
    exports.SqlError = SqlError;
    function hasSqlDetails(error) {
      return error instanceof SqlError && error.sqlDetails !== void 0;
    }
    function formatSqlError(error, query, options = {}) {
      const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
      const lines = [];
      const red = color ? "\x1B[31m" : "";
      const yellow = color ? "\x1B[33m" : "";
      const reset = color ? "\x1B[0m" : "";
      lines.push(`${red}Error: ${error.message}${reset}`);
      if (error.sqlDetails) {
        const { cursorPosition, fileName, functionName, lineNumber } = error.sqlDetails;
        if (cursorPosition !== void 0 && cursorPosition >= 0) {
          lines.push(`Position: ${cursorPosition}`);
        }
        if (fileName || functionName || lineNumber) {
          const details = [];
          if (fileName)
            details.push(`file: ${fileName}`);
          if (functionName)
            details.push(`function: ${functionName}`);
          if (lineNumber)
            details.push(`line: ${lineNumber}`);
          lines.push(`Source: ${details.join(", ")}`);
        }
        if (showQuery && showPosition && cursorPosition !== void 0 && cursorPosition >= 0) {
          let displayQuery = query;
          let adjustedPosition = cursorPosition;
          if (maxQueryLength && query.length > maxQueryLength) {
            const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
            const end = Math.min(query.length, start + maxQueryLength);
            displayQuery = (start > 0 ? "..." : "") + query.substring(start, end) + (end < query.length ? "..." : "");
            adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
          }
          lines.push(displayQuery);
          lines.push(" ".repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
      } else if (showQuery) {
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
          displayQuery = query.substring(0, maxQueryLength) + "...";
        }
        lines.push(`Query: ${displayQuery}`);
      }
      return lines.join("\n");
    }
    var libpg_query_js_1 = __importDefault(require_libpg_query());
    var wasmModule;
    var initPromise = (0, libpg_query_js_1.default)().then((module2) => {
      wasmModule = module2;
    });
    function ensureLoaded() {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
    }
    async function loadModule2() {
      if (!wasmModule) {
        await initPromise;
      }
    }
    function awaitInit(fn) {
      return (async (...args) => {
        await initPromise;
        return fn(...args);
      });
    }
    function stringToPtr(str) {
      ensureLoaded();
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string, got ${typeof str}`);
      }
      const len = wasmModule.lengthBytesUTF8(str) + 1;
      const ptr = wasmModule._malloc(len);
      try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
      } catch (error) {
        wasmModule._free(ptr);
        throw error;
      }
    }
    function ptrToString(ptr) {
      ensureLoaded();
      if (typeof ptr !== "number") {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
      }
      return wasmModule.UTF8ToString(ptr);
    }
    exports.parse = awaitInit(async (query) => {
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    });
    exports.parsePlPgSQL = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports.fingerprint = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports.normalize = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function parseSync5(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    }
    function parsePlPgSQLSync2(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function fingerprintSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function normalizeSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    exports.scan = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function scanSync4(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
  }
});

// src/cli/cli.ts
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/core/project.ts
var TOOL_NAME = "migration-guard";
var TOOL_VERSION = "0.1.0";
var REPOSITORY_URL = "https://github.com/migration-guard/migration-guard";
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/src/core/rules/${ruleId}/README.md`;
}

// src/core/report/report.ts
function summarize(migrations) {
  const summary = { errors: 0, warnings: 0, notices: 0 };
  for (const m of migrations) {
    for (const f of m.findings) {
      if (f.severity === "error") summary.errors++;
      else if (f.severity === "warning") summary.warnings++;
      else summary.notices++;
    }
  }
  return summary;
}
function reachesThreshold(report2, threshold) {
  if (threshold === "never") return false;
  const { errors, warnings, notices } = report2.summary;
  if (threshold === "error") return errors > 0;
  if (threshold === "warning") return errors + warnings > 0;
  return errors + warnings + notices > 0;
}

// src/core/report/render-json.ts
function renderJson(report2) {
  return `${JSON.stringify(report2, null, 2)}
`;
}

// src/core/report/markdown-text.ts
function cellText(text) {
  return escapeInline(text).replace(/\r?\n/g, "<br>");
}
function escapeInline(text) {
  return text.replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`);
}
function codeSpan(text, inTable) {
  let body = text.replace(/\r?\n/g, " ");
  if (inTable) body = body.replace(/\|/g, "\\|");
  const fence = "`".repeat(longestBacktickRun(body) + 1);
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function codeBlock(text, language) {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}${language}
${text.replace(/\s+$/, "")}
${fence}`;
}
function htmlText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function link(label, url) {
  return `[${label}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}
function longestBacktickRun(text) {
  let longest = 0;
  for (const run2 of text.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  return longest;
}

// src/core/report/report-wording.ts
function countOf(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function severityCounts(summary, skipZero) {
  const parts = [
    [summary.errors, "error"],
    [summary.warnings, "warning"],
    [summary.notices, "notice"]
  ];
  return parts.filter(([n]) => !skipZero || n > 0).map(([n, noun]) => countOf(n, noun)).join(", ");
}
function findingCount(summary) {
  return summary.errors + summary.warnings + summary.notices;
}
function failedChecks(report2) {
  return report2.checks.filter((c) => c.status === "fail").length;
}
function targetPhrase(target) {
  const version = target.serverVersion;
  switch (target.kind) {
    case "none":
      return "lint only (no database)";
    case "pglite":
      return version ? `embedded PGlite (Postgres ${version})` : "embedded PGlite";
    case "postgres":
      return version ? `Postgres ${version}` : "Postgres";
  }
}

// src/core/report/render-markdown.ts
var DEFAULT_MARKDOWN_MAX_LENGTH = 65e3;
var DETAIL_LEVELS = ["full", "no-fixes", "no-statements", "counts"];
var SHORTENED_BECAUSE = {
  full: "",
  "no-fixes": "the suggested fixes are left out",
  "no-statements": "the suggested fixes and statement tables are left out",
  counts: "only the number of findings per migration is shown"
};
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var CHECK_ICON = {
  pass: "\u2705",
  fail: "\u274C",
  skipped: "\u23ED\uFE0F"
};
var STATEMENT_PREVIEW = 60;
var LOCKS_PER_CELL = 4;
function renderMarkdown(report2, options = {}) {
  const maxLength = options.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH;
  for (const detail of DETAIL_LEVELS) {
    const text2 = render(report2, options, detail, Number.POSITIVE_INFINITY);
    if (text2.length <= maxLength) return text2;
  }
  let fits = 0;
  let tooMany = report2.migrations.length;
  while (tooMany - fits > 1) {
    const rows = Math.floor((fits + tooMany) / 2);
    if (render(report2, options, "counts", rows).length <= maxLength) fits = rows;
    else tooMany = rows;
  }
  const text = render(report2, options, "counts", fits);
  return text.length <= maxLength ? text : `${text.slice(0, Math.max(0, maxLength - 2))}\u2026
`;
}
function render(report2, options, detail, rows) {
  const parts = [`### ${verdict(report2)}`, `<sub>${htmlText(header(report2))}</sub>`];
  if (detail !== "full") {
    parts.push(
      `> \u26A0\uFE0F This report was shortened to fit in a comment: ${SHORTENED_BECAUSE[detail]}. The job summary, the SARIF upload and \`migration-guard check\` show everything.`
    );
  }
  if (detail === "counts") {
    parts.push(...countsSection(report2, rows));
  } else {
    const shown = report2.migrations.filter((m) => m.findings.length > 0 || hasTrace(m));
    for (const m of shown) parts.push(...migrationSection(m, options, detail));
    const quiet = report2.migrations.filter((m) => !shown.includes(m));
    if (quiet.length > 0) parts.push(quietList(quiet));
  }
  if (report2.checks.length > 0) parts.push(...checksSection(report2.checks, detail));
  return `${parts.join("\n\n")}
`;
}
function verdict(report2) {
  const migrations = countOf(report2.migrations.length, "migration");
  const failed = failedChecks(report2);
  const checks = failed > 0 ? `${countOf(failed, "check")} failed` : "";
  if (findingCount(report2.summary) === 0) {
    if (failed > 0) return `\u274C ${checks} (no findings in ${migrations})`;
    if (report2.migrations.length === 0) return "\u2705 No migrations to check";
    return `\u2705 No problems found in ${migrations}`;
  }
  const icon = SEVERITY_ICON[worstOf(report2.summary)];
  const findings = `${severityCounts(report2.summary, true)} in ${migrations}`;
  return `${failed > 0 ? "\u274C" : icon} ${findings}${checks ? `; ${checks}` : ""}`;
}
function header(report2) {
  return `${report2.tool.name} ${report2.tool.version} \xB7 ${targetPhrase(report2.target)}`;
}
function worstOf(summary) {
  if (summary.errors > 0) return "error";
  return summary.warnings > 0 ? "warning" : "notice";
}
function hasTrace(migration) {
  return migration.statements.some((s) => s.durationMs !== null || s.locks.length > 0);
}
function migrationSection(migration, options, detail) {
  const worst = migration.findings.reduce(
    (w, f) => w === null || rank(f.severity) > rank(w) ? f.severity : w,
    null
  );
  const icon = worst ? SEVERITY_ICON[worst] : "\u2705";
  const parts = [`#### ${icon} ${codeSpan(migration.file, false)} (${migration.status})`];
  if (migration.findings.length > 0) {
    parts.push(findingsTable(migration, options));
    if (detail === "full") parts.push(...fixBlocks(migration.findings));
  } else {
    parts.push("No findings.");
  }
  if (detail !== "no-statements" && hasTrace(migration)) {
    parts.push(statementsTable(migration.statements));
  }
  return parts;
}
function rank(severity) {
  return severity === "error" ? 3 : severity === "warning" ? 2 : 1;
}
function findingsTable(migration, options) {
  const rows = migration.findings.map((f) => {
    const line = options.sourceUrl ? link(String(f.line), options.sourceUrl(migration.file, f.line)) : String(f.line);
    const rule = f.docs ? link(codeSpan(f.rule, true), f.docs) : codeSpan(f.rule, true);
    const severity = `${SEVERITY_ICON[f.severity]} ${f.severity}`;
    return `| ${line} | ${severity} | ${rule} | ${cellText(f.message)} |`;
  });
  return ["| Line | Severity | Rule | Message |", "| ---: | --- | --- | --- |", ...rows].join("\n");
}
function fixBlocks(findings) {
  const byFix = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.fix) continue;
    const key = `${f.rule}\0${f.fix}`;
    const entry = byFix.get(key) ?? { rule: f.rule, fix: f.fix, lines: [] };
    entry.lines.push(f.line);
    byFix.set(key, entry);
  }
  return [...byFix.values()].map(({ rule, fix, lines }) => {
    const where = `${lines.length === 1 ? "line" : "lines"} ${lines.join(", ")}`;
    const summary = `Fix for <code>${htmlText(rule)}</code> (${where})`;
    return `<details><summary>${summary}</summary>

${codeBlock(fix, "sql")}

</details>`;
  });
}
function statementsTable(statements) {
  const withError = statements.some((s) => s.error !== void 0);
  const head = [
    "Line",
    "Statement",
    "Duration",
    "Locks",
    "Rewrites",
    ...withError ? ["Error"] : []
  ];
  const align = ["---:", "---", "---:", "---", "---", ...withError ? ["---"] : []];
  const rows = statements.map((s) => {
    const cells = [
      String(s.line),
      codeSpan(preview(s.sql), true),
      duration(s.durationMs),
      locksCell(s),
      s.rewrites.map((r) => codeSpan(r, true)).join("<br>") || "\u2014"
    ];
    if (withError) cells.push(s.error ? cellText(s.error) : "");
    return `| ${cells.join(" | ")} |`;
  });
  const total = statements.reduce((sum, s) => sum + (s.durationMs ?? 0), 0);
  const locks = statements.reduce((sum, s) => sum + s.locks.length, 0);
  const summary = `Statements: ${statements.length}, ${duration(total)} in total, ${countOf(locks, "lock")}`;
  const table = [`| ${head.join(" | ")} |`, `| ${align.join(" | ")} |`, ...rows].join("\n");
  return `<details><summary>${htmlText(summary)}</summary>

${table}

</details>`;
}
function preview(sql) {
  const first = sql.split("\n").find((l) => l.trim() !== "") ?? "";
  const line = first.trim().replace(/\s+/g, " ");
  const more = line.length > STATEMENT_PREVIEW || sql.trim().includes("\n");
  return more ? `${line.slice(0, STATEMENT_PREVIEW).trimEnd()} \u2026` : line;
}
function duration(ms) {
  if (ms === null) return "\u2014";
  if (ms < 1) return "<1 ms";
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  return `${(ms / 1e3).toFixed(1)} s`;
}
function locksCell(statement) {
  if (statement.locks.length === 0) return "\u2014";
  const shown = statement.locks.slice(0, LOCKS_PER_CELL).map((l) => `${cellText(l.mode)} on ${codeSpan(l.relation, true)}`);
  const more = statement.locks.length - LOCKS_PER_CELL;
  if (more > 0) shown.push(`and ${more} more`);
  return shown.join("<br>");
}
function quietList(migrations) {
  const items = migrations.map((m) => `- ${codeSpan(m.file, false)} (${m.status})`);
  const summary = `\u2705 ${countOf(migrations.length, "migration")} without findings`;
  return `<details><summary>${summary}</summary>

${items.join("\n")}

</details>`;
}
function countsSection(report2, rows) {
  const counted = report2.migrations.filter((m) => m.findings.length > 0).map((m) => {
    const count = (s) => m.findings.filter((f) => f.severity === s).length;
    return {
      file: m.file,
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice")
    };
  });
  const noisy = [...counted].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings);
  const lines = noisy.slice(0, rows).map((c) => `| ${codeSpan(c.file, true)} | ${c.errors} | ${c.warnings} | ${c.notices} |`);
  const parts = [];
  if (lines.length > 0) {
    parts.push(
      [
        "| Migration | Errors | Warnings | Notices |",
        "| --- | ---: | ---: | ---: |",
        ...lines
      ].join("\n")
    );
  }
  const hidden = noisy.length - lines.length;
  if (hidden > 0 && lines.length > 0) {
    parts.push(`\u2026 and ${countOf(hidden, "more migration")} with findings.`);
  } else if (hidden > 0) {
    parts.push(`${countOf(hidden, "migration")} with findings.`);
  }
  const quiet = report2.migrations.length - noisy.length;
  if (quiet > 0) parts.push(`\u2705 ${countOf(quiet, "migration")} without findings.`);
  return parts;
}
function checksSection(checks, detail) {
  if (detail === "counts") {
    const count = (s) => checks.filter((c) => c.status === s).length;
    const failed = checks.filter((c) => c.status === "fail").map((c) => codeSpan(c.id, false));
    const names = failed.length > 0 ? ` (${failed.slice(0, 10).join(", ")})` : "";
    return [
      `Checks: ${count("pass")} passed, ${count("fail")} failed${names}, ${count("skipped")} skipped.`
    ];
  }
  const rows = checks.map(
    (c) => `| ${codeSpan(c.id, true)} | ${CHECK_ICON[c.status]} ${c.status} | ${cellText(c.detail)} |`
  );
  return [
    "#### Checks",
    ["| Check | Status | Detail |", "| --- | --- | --- |", ...rows].join("\n")
  ];
}

// src/core/report/sha256-sync.ts
function sha256HexSync(text) {
  const bytes = new TextEncoder().encode(text);
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 128;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(padded.length - 4, bits >>> 0);
  const h = Uint32Array.from(INITIAL);
  const w = new Uint32Array(64);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 64; i++) {
      const a2 = w[i - 15] ?? 0;
      const b2 = w[i - 2] ?? 0;
      const s0 = rotr(a2, 7) ^ rotr(a2, 18) ^ a2 >>> 3;
      const s1 = rotr(b2, 17) ^ rotr(b2, 19) ^ b2 >>> 10;
      w[i] = (w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1 >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]].map(
      (x) => x ?? 0
    );
    for (let i = 0; i < 64; i++) {
      const t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + (e & f ^ ~e & g) + (K[i] ?? 0) + (w[i] ?? 0) >>> 0;
      const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + (a & b ^ a & c ^ b & c) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = d + t1 >>> 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 >>> 0;
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] ?? 0) + (next[i] ?? 0) >>> 0;
  }
  return [...h].map((x) => x.toString(16).padStart(8, "0")).join("");
}
function rotr(x, n) {
  return x >>> n | x << 32 - n;
}
var INITIAL = [
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
];
var K = [
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
];

// src/core/report/render-sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "migrationGuardStatementHash/v1";
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function renderSarif(report2, rules) {
  return `${JSON.stringify(sarifLog(report2, rules), null, 2)}
`;
}
function sarifLog(report2, rules) {
  const descriptors = rules.map((r) => ruleDescriptor(r.meta));
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
  const results = [];
  for (const migration of report2.migrations) {
    const seen = /* @__PURE__ */ new Map();
    for (const finding of migration.findings) {
      let ruleIndex = indexOf.get(finding.rule);
      if (ruleIndex === void 0) {
        ruleIndex = descriptors.push(unlistedDescriptor(finding)) - 1;
        indexOf.set(finding.rule, ruleIndex);
      }
      const basis = sha256HexSync(
        `${finding.rule}
${migration.file}
${fingerprintText(migration, finding)}`
      );
      const occurrence = (seen.get(basis) ?? 0) + 1;
      seen.set(basis, occurrence);
      results.push(result(migration, finding, ruleIndex, `${basis}:${occurrence}`));
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report2.tool.name,
            version: report2.tool.version,
            semanticVersion: report2.tool.version,
            informationUri: REPOSITORY_URL,
            rules: descriptors
          }
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}
function ruleDescriptor(meta) {
  const docs = ruleDocsUrl(meta.id);
  const fence = meta.fix.includes("```") ? "````" : "```";
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.summary },
    fullDescription: {
      text: `${meta.summary} The documentation page explains the risk and the safe alternative.`
    },
    help: {
      text: `${meta.summary}

Write instead:
${meta.fix}

Documentation: ${docs}`,
      markdown: `${meta.summary}

Write instead:

${fence}sql
${meta.fix}
${fence}

[Documentation](${docs})`
    },
    helpUri: docs,
    defaultConfiguration: meta.defaultSeverity === "off" ? { level: "note", enabled: false } : { level: LEVEL[meta.defaultSeverity] },
    properties: { tags: ["migrations", "postgres", meta.category], precision: "high" }
  };
}
function unlistedDescriptor(finding) {
  const docs = finding.docs ?? ruleDocsUrl(finding.rule);
  return {
    id: finding.rule,
    shortDescription: { text: `${finding.rule} (${finding.source})` },
    helpUri: docs,
    defaultConfiguration: { level: LEVEL[finding.severity] }
  };
}
function result(migration, finding, ruleIndex, fingerprint) {
  const fix = finding.fix ? `

Safe alternative:
${finding.fix}` : "";
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: `${finding.message}${fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(migration.file),
          region: {
            startLine: Math.max(1, finding.line),
            startColumn: Math.max(1, finding.column),
            ...finding.endLine && finding.endLine >= finding.line ? { endLine: finding.endLine } : {}
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint }
  };
}
function artifactLocation(path) {
  const encoded = path.replace(/\\/g, "/").replace(/^(\.\/)+/, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
  if (path.startsWith("/")) return { uri: `file://${encoded}` };
  return { uri: encoded, uriBaseId: "%SRCROOT%" };
}
function fingerprintText(migration, finding) {
  let containing;
  for (const s of migration.statements) {
    const lastLine = s.line + s.sql.split("\n").length - 1;
    if (s.line <= finding.line && finding.line <= lastLine) containing = s.sql;
  }
  return (containing ?? "").replace(/\s+/g, " ").trim();
}
function pascalCase(id) {
  return id.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}

// src/core/sql/source-text.ts
var SourceText = class {
  text;
  /** Character offset of the start of each line. */
  lineStarts;
  /** Byte offset -> character offset; null when the text is pure ASCII. */
  byteToChar;
  constructor(text) {
    this.text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
    this.byteToChar = isAscii(text) ? null : buildByteMap(text);
  }
  /** Character offset for a UTF-8 byte offset reported by the parser. */
  charOffset(byteOffset) {
    if (this.byteToChar === null) return Math.min(byteOffset, this.text.length);
    const clamped = Math.max(0, Math.min(byteOffset, this.byteToChar.length - 1));
    return this.byteToChar[clamped] ?? this.text.length;
  }
  /** Line and column for a character offset. */
  position(charOffset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.lineStarts[mid] ?? 0) <= charOffset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: charOffset - (this.lineStarts[lo] ?? 0) + 1 };
  }
  /** The text of one line (1-based), without its newline. */
  lineText(line) {
    const start = this.lineStarts[line - 1];
    if (start === void 0) return "";
    const next = this.lineStarts[line];
    const end = next === void 0 ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
  get lineCount() {
    return this.lineStarts.length;
  }
};
function isAscii(text) {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) return false;
  }
  return true;
}
function buildByteMap(text) {
  const bytes = new TextEncoder().encode(text).length;
  const map = new Int32Array(bytes + 1);
  let byte = 0;
  let char = 0;
  while (char < text.length) {
    const code = text.codePointAt(char) ?? 0;
    const width = code <= 127 ? 1 : code <= 2047 ? 2 : code <= 65535 ? 3 : 4;
    for (let k = 0; k < width; k++) map[byte + k] = char;
    byte += width;
    char += code > 65535 ? 2 : 1;
  }
  map[bytes] = text.length;
  return map;
}

// src/core/report/render-text.ts
var CLEAN_FILES_LISTED = 10;
var SOURCE_WIDTH = 120;
var ANSI = {
  bold: "1",
  dim: "2",
  red: "31",
  yellow: "33",
  cyan: "36",
  green: "32"
};
var SEVERITY_STYLE = { error: "red", warning: "yellow", notice: "cyan" };
function renderText(report2, options) {
  const paint = options.color ? (style, text) => `\x1B[${ANSI[style]}m${text}\x1B[0m` : (_style, text) => text;
  const lines = [
    paint("dim", `${report2.tool.name} ${report2.tool.version} \xB7 ${targetPhrase(report2.target)}`),
    ""
  ];
  const withFindings = report2.migrations.filter((m) => m.findings.length > 0);
  const clean = report2.migrations.filter((m) => m.findings.length === 0);
  for (const migration of withFindings) {
    lines.push(...migrationBlock(migration, options.sources.get(migration.file), paint), "");
  }
  if (clean.length > 0 && clean.length <= CLEAN_FILES_LISTED) {
    for (const m of clean) lines.push(`${paint("green", "\u2713")} ${m.file} ${statusTag(m, paint)}`);
    lines.push("");
  } else if (clean.length > CLEAN_FILES_LISTED) {
    lines.push(`${paint("green", "\u2713")} ${countOf(clean.length, "file")} without findings`, "");
  }
  if (report2.checks.length > 0) lines.push(...checksBlock(report2.checks, paint), "");
  lines.push(verdict2(report2, paint));
  return `${lines.join("\n")}
`;
}
function statusTag(migration, paint) {
  return paint("dim", `(${migration.status})`);
}
function migrationBlock(migration, sql, paint) {
  const source = sql === void 0 ? void 0 : new SourceText(sql);
  const locations = migration.findings.map((f) => `${migration.file}:${f.line}:${f.column}`);
  const locationWidth = Math.max(...locations.map((l) => l.length));
  const ruleWidth = Math.max(...migration.findings.map((f) => f.rule.length));
  const lines = [`${paint("bold", migration.file)} ${statusTag(migration, paint)}`];
  migration.findings.forEach((finding, i) => {
    const location = (locations[i] ?? "").padEnd(locationWidth);
    const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(7));
    const rule = paint("bold", finding.rule.padEnd(ruleWidth));
    lines.push(`  ${location}  ${severity}  ${rule}  ${printable(finding.message)}`);
    if (source && finding.line <= source.lineCount) {
      lines.push(...sourceExcerpt(source.lineText(finding.line), finding, paint));
    }
    if (finding.fix) {
      lines.push(`    ${paint("green", "fix:")}`);
      for (const fixLine of finding.fix.split("\n")) lines.push(`      ${printable(fixLine)}`);
    }
    if (finding.docs) lines.push(`    ${paint("dim", `docs: ${finding.docs}`)}`);
  });
  return lines;
}
function sourceExcerpt(lineText, finding, paint) {
  let text = printable(lineText);
  let caretAt = Math.min(Math.max(finding.column - 1, 0), text.length);
  if (text.length > SOURCE_WIDTH) {
    const start = Math.max(0, Math.min(caretAt - 40, text.length - SOURCE_WIDTH));
    const head = start > 0 ? "\u2026" : "";
    const tail = start + SOURCE_WIDTH < text.length ? "\u2026" : "";
    caretAt = caretAt - start + head.length;
    text = head + text.slice(start, start + SOURCE_WIDTH) + tail;
  }
  const pad = text.slice(0, caretAt).replace(/[^\t]/g, " ");
  const gutter = String(finding.line);
  return [
    `    ${paint("dim", `${gutter} |`)} ${text}`,
    `    ${paint("dim", `${" ".repeat(gutter.length)} |`)} ${pad}${paint(SEVERITY_STYLE[finding.severity], "^")}`
  ];
}
function checksBlock(checks, paint) {
  const idWidth = Math.max(...checks.map((c) => c.id.length));
  const lines = [paint("bold", "Checks")];
  for (const check2 of checks) {
    const mark = check2.status === "pass" ? paint("green", "\u2713 pass   ") : check2.status === "fail" ? paint("red", "\u2716 fail   ") : paint("dim", "- skipped");
    lines.push(`  ${mark}  ${check2.id.padEnd(idWidth)}  ${printable(check2.detail)}`);
  }
  return lines;
}
function verdict2(report2, paint) {
  const files2 = report2.migrations.length;
  const failed = failedChecks(report2);
  const checks = failed > 0 ? `; ${countOf(failed, "check")} failed` : "";
  const counts = `${severityCounts(report2.summary, false)} in ${countOf(files2, "file")}${checks}`;
  if (findingCount(report2.summary) === 0 && failed === 0) {
    const clean = files2 === 0 ? "No migrations to check." : "No problems found.";
    return `${counts}
${paint("green", `\u2713 ${clean}`)}`;
  }
  const { errors, warnings } = report2.summary;
  const style = errors > 0 || failed > 0 ? "red" : warnings > 0 ? "yellow" : "cyan";
  return paint(style, `\u2716 ${counts}`);
}
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}

// src/core/migrations/migration-file.ts
var MIGRATION_FILE_PATTERN = /^([0-9]+)_(.*)\.sql$/;
function parseMigrationFileName(fileName) {
  const match = MIGRATION_FILE_PATTERN.exec(fileName);
  if (!match) return null;
  return { version: match[1], name: match[2] };
}
async function sha256Hex(text) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
async function migrationFile(path, sql, status = "checked") {
  const fileName = path.slice(path.lastIndexOf("/") + 1);
  const parsed = parseMigrationFileName(fileName);
  return {
    path,
    fileName,
    version: parsed?.version ?? null,
    name: parsed?.name ?? fileName.replace(/\.sql$/, ""),
    sql,
    sha256: await sha256Hex(sql),
    status
  };
}
function compareMigrations(a, b) {
  if (a.version === null || b.version === null) {
    if (a.version === b.version) return a.fileName < b.fileName ? -1 : 1;
    return a.version === null ? 1 : -1;
  }
  if (a.version !== b.version) return a.version < b.version ? -1 : 1;
  return a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0;
}
function versionTime(version) {
  if (version === null || version.length < 8) return null;
  const y = Number(version.slice(0, 4));
  const mo = Number(version.slice(4, 6));
  const d = Number(version.slice(6, 8));
  const h = Number(version.slice(8, 10) || "0");
  const mi = Number(version.slice(10, 12) || "0");
  const s = Number(version.slice(12, 14) || "0");
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

// src/core/sql/statement.ts
function nodeAs(node, kind) {
  if (node === void 0 || node === null) return void 0;
  const value = node[kind];
  return value === void 0 ? void 0 : value;
}
function kindOf(node) {
  return Object.keys(node)[0];
}

// src/core/sql/names.ts
function qualify(schema, name) {
  return `${schema}.${name}`;
}
function splitQualified(qname) {
  const dot = qname.indexOf(".");
  return { schema: qname.slice(0, dot), name: qname.slice(dot + 1) };
}
function nameParts(list) {
  return (list ?? []).flatMap((n) => {
    const s = nodeAs(n, "String")?.sval;
    return s === void 0 ? [] : [s];
  });
}
function listName(list, defaultSchema) {
  const parts = nameParts(list);
  const name = parts[parts.length - 1] ?? "";
  const schema = parts.length >= 2 ? parts[parts.length - 2] ?? defaultSchema : defaultSchema;
  return qualify(schema, name);
}
var DISPLAY_NAMES = {
  int2: "smallint",
  int4: "integer",
  int8: "bigint",
  float4: "real",
  float8: "double precision",
  bool: "boolean",
  bpchar: "char"
};
function typeRef(typeName) {
  const parts = nameParts(typeName?.names);
  const name = parts[parts.length - 1] ?? "unknown";
  const schema = parts.length > 1 ? parts[parts.length - 2] : void 0;
  const mods = (typeName?.typmods ?? []).flatMap((m) => {
    const c = nodeAs(m, "A_Const");
    const v = c?.ival?.ival;
    return v === void 0 ? c ? [0] : [] : [v];
  });
  const array = (typeName?.arrayBounds?.length ?? 0) > 0;
  const base = DISPLAY_NAMES[name] ?? name;
  const display = `${base}${mods.length ? `(${mods.join(",")})` : ""}${array ? "[]" : ""}`;
  const ref = { name, mods, array, display };
  if (schema !== void 0 && schema !== "pg_catalog") ref.schema = schema;
  return ref;
}

// src/core/schema/apply-alter-table.ts
function replayAlterTable(model, stmt, origin) {
  const name = relationName(model, stmt.relation);
  const table = model.tables.get(name);
  if (!table) return;
  for (const item of stmt.cmds ?? []) {
    const cmd = nodeAs(item, "AlterTableCmd");
    if (!cmd) continue;
    const column = cmd.name ? table.columns.get(cmd.name) : void 0;
    switch (cmd.subtype) {
      case "AT_AddColumn": {
        const def = nodeAs(cmd.def, "ColumnDef");
        if (!def?.colname) break;
        if (cmd.missing_ok && table.columns.has(def.colname)) break;
        const { column: col, constraints } = columnFromDef(model, table, def, origin, false);
        col.filled = col.defaultExpr !== void 0 || col.generated !== void 0 || col.identity || col.type.name.endsWith("serial");
        table.columns.set(col.name, col);
        table.constraints.push(...constraints);
        break;
      }
      case "AT_DropColumn":
        if (cmd.name) {
          table.columns.delete(cmd.name);
          table.constraints = table.constraints.filter((c) => !c.columns.includes(cmd.name));
          for (const [key, index] of model.indexes) {
            if (index.table === name && index.columns.includes(cmd.name)) model.indexes.delete(key);
          }
        }
        break;
      case "AT_AlterColumnType": {
        const def = nodeAs(cmd.def, "ColumnDef");
        if (column && def?.typeName) column.type = typeRef(def.typeName);
        break;
      }
      case "AT_SetNotNull":
        if (column) {
          column.notNull = true;
          delete column.notNullPending;
        }
        break;
      case "AT_DropNotNull":
        if (column) {
          column.notNull = false;
          delete column.notNullPending;
        }
        break;
      case "AT_ColumnDefault":
        if (column) {
          if (cmd.def) column.defaultExpr = cmd.def;
          else delete column.defaultExpr;
        }
        break;
      case "AT_AddIdentity":
        if (column) {
          column.identity = true;
          column.notNull = true;
        }
        break;
      case "AT_DropIdentity":
        if (column) column.identity = false;
        break;
      case "AT_DropExpression":
        if (column) delete column.generated;
        break;
      case "AT_AddConstraint": {
        const con = nodeAs(cmd.def, "Constraint");
        if (!con) break;
        if (con.contype === "CONSTR_NOTNULL") {
          const col = table.columns.get(nameParts(con.keys)[0] ?? "");
          if (col && con.skip_validation && !col.notNull) {
            col.notNullPending = {
              constraint: con.conname ?? `${table.name}_${col.name}_not_null`,
              addedBy: origin
            };
          }
          if (col) col.notNull = true;
          break;
        }
        const c = constraintFromNode(model, table, con, [], origin);
        if (c.index) {
          const index = model.indexes.get(qualify(table.schema, c.index));
          if (index) c.columns = index.columns;
        }
        table.constraints.push(c);
        if (c.kind === "primary-key") {
          for (const colName of c.columns) {
            const col = table.columns.get(colName);
            if (col) col.notNull = true;
          }
        }
        if ((c.kind === "unique" || c.kind === "primary-key") && !c.index) {
          const indexName = qualify(table.schema, c.name);
          model.indexes.set(indexName, {
            name: indexName,
            table: name,
            columns: c.columns,
            unique: true,
            method: "btree",
            builtOnData: table.rowsWritten,
            addedBy: origin
          });
        }
        break;
      }
      case "AT_ValidateConstraint": {
        const c = table.constraints.find((k) => k.name === cmd.name);
        if (c) c.validated = true;
        for (const col of table.columns.values()) {
          if (col.notNullPending?.constraint === cmd.name) delete col.notNullPending;
        }
        break;
      }
      case "AT_DropConstraint":
        table.constraints = table.constraints.filter((c) => c.name !== cmd.name);
        break;
      case "AT_EnableRowSecurity":
        table.rlsEnabled = true;
        break;
      case "AT_DisableRowSecurity":
        table.rlsEnabled = false;
        break;
      case "AT_ForceRowSecurity":
        table.rlsForced = true;
        break;
      case "AT_NoForceRowSecurity":
        table.rlsForced = false;
        break;
      case "AT_SetLogged":
        table.unlogged = false;
        break;
      case "AT_SetUnLogged":
        table.unlogged = true;
        break;
      case "AT_SetRelOptions":
        for (const opt of nodeAs(cmd.def, "List")?.items ?? []) {
          const def = nodeAs(opt, "DefElem");
          if (!def?.defname) continue;
          const value = nodeAs(def.arg, "String")?.sval ?? (nodeAs(def.arg, "Boolean")?.boolval === false ? "false" : "true");
          table.options.set(def.defname, value);
        }
        break;
      case "AT_ResetRelOptions":
        for (const opt of nodeAs(cmd.def, "List")?.items ?? []) {
          const def = nodeAs(opt, "DefElem");
          if (def?.defname) table.options.delete(def.defname);
        }
        break;
      default:
        break;
    }
  }
}

// src/core/schema/apply-function.ts
function replayFunction(model, stmt, origin) {
  const name = listName(stmt.funcname, model.defaultSchema);
  const previous = model.functions.get(name);
  const fn = {
    schema: name.slice(0, name.indexOf(".")),
    name: name.slice(name.indexOf(".") + 1),
    language: "sql",
    securityDefiner: false,
    fixedSearchPath: false,
    // CREATE OR REPLACE keeps the privileges of the function it replaces.
    executeGrantedTo: previous?.executeGrantedTo ?? /* @__PURE__ */ new Set(),
    executeRevokedFrom: previous?.executeRevokedFrom ?? /* @__PURE__ */ new Set(),
    createdBy: origin
  };
  applyFunctionOptions(fn, stmt.options ?? []);
  model.functions.set(name, fn);
}
function replayAlterFunction(model, stmt) {
  const fn = model.functions.get(listName(stmt.func?.objname, model.defaultSchema));
  if (fn) applyFunctionOptions(fn, stmt.actions ?? []);
}
function applyFunctionOptions(fn, options) {
  for (const option of options) {
    const def = nodeAs(option, "DefElem");
    if (!def) continue;
    if (def.defname === "language") fn.language = nodeAs(def.arg, "String")?.sval ?? fn.language;
    if (def.defname === "security")
      fn.securityDefiner = nodeAs(def.arg, "Boolean")?.boolval ?? false;
    if (def.defname === "set") {
      const set = nodeAs(def.arg, "VariableSetStmt");
      if (set?.name === "search_path") fn.fixedSearchPath = set.kind !== "VAR_RESET";
    }
  }
}
function replayGrant(model, stmt) {
  if (stmt.objtype !== "OBJECT_FUNCTION" && stmt.objtype !== "OBJECT_ROUTINE") return;
  const privileges = (stmt.privileges ?? []).map((p) => nodeAs(p, "AccessPriv")?.priv_name);
  if (privileges.length > 0 && !privileges.includes("execute")) return;
  const grantees = (stmt.grantees ?? []).flatMap((g) => {
    const spec = nodeAs(g, "RoleSpec");
    if (!spec) return [];
    return spec.roletype === "ROLESPEC_PUBLIC" ? ["public"] : spec.rolename ? [spec.rolename] : [];
  });
  const targets = stmt.targtype === "ACL_TARGET_ALL_IN_SCHEMA" ? [...model.functions.values()].filter(
    (f) => (stmt.objects ?? []).some((o) => nodeAs(o, "String")?.sval === f.schema)
  ) : (stmt.objects ?? []).flatMap((o) => {
    const fn = model.functions.get(
      listName(nodeAs(o, "ObjectWithArgs")?.objname, model.defaultSchema)
    );
    return fn ? [fn] : [];
  });
  for (const fn of targets) {
    for (const role of grantees) {
      if (stmt.is_grant) {
        fn.executeGrantedTo.add(role);
        fn.executeRevokedFrom.delete(role);
      } else {
        fn.executeGrantedTo.delete(role);
        fn.executeRevokedFrom.add(role);
      }
    }
  }
}

// src/core/schema/apply-statement.ts
function applyStatement(model, node, origin) {
  switch (kindOf(node)) {
    case "CreateStmt":
      createTable(model, nodeAs(node, "CreateStmt"), origin);
      return;
    case "CreateTableAsStmt": {
      const stmt = nodeAs(node, "CreateTableAsStmt");
      const kind = stmt.objtype === "OBJECT_MATVIEW" ? "materialized-view" : "table";
      const name = relationName(model, stmt.into?.rel);
      if (stmt.if_not_exists && model.tables.has(name)) return;
      const table = newTable(name, kind, origin);
      table.columnsUnknown = true;
      table.rowsWritten = !stmt.into?.skipData;
      model.tables.set(name, table);
      return;
    }
    case "ViewStmt": {
      const stmt = nodeAs(node, "ViewStmt");
      const name = relationName(model, stmt.view);
      const table = newTable(name, "view", origin);
      table.columnsUnknown = true;
      for (const opt of stmt.options ?? []) {
        const def = nodeAs(opt, "DefElem");
        if (def?.defname) table.options.set(def.defname, defElemText(def.arg) ?? "true");
      }
      model.tables.set(name, table);
      return;
    }
    case "AlterTableStmt":
      replayAlterTable(model, nodeAs(node, "AlterTableStmt"), origin);
      return;
    case "IndexStmt": {
      const stmt = nodeAs(node, "IndexStmt");
      const table = relationName(model, stmt.relation);
      const { schema } = splitName(table);
      const name = qualify(schema, stmt.idxname ?? defaultIndexName(stmt, table));
      if (stmt.if_not_exists && model.indexes.has(name)) return;
      const columns = (stmt.indexParams ?? []).map((p) => {
        const elem = nodeAs(p, "IndexElem");
        return elem?.name ?? "(expression)";
      });
      const t = model.tables.get(table);
      const builtOnData = t === void 0 || t.rowsWritten && columns.every((c) => t.columns.get(c)?.filled ?? true);
      model.indexes.set(name, {
        name,
        table,
        columns,
        unique: stmt.unique ?? false,
        method: stmt.accessMethod ?? "btree",
        builtOnData,
        addedBy: origin
      });
      return;
    }
    case "DropStmt":
      replayDrop(model, nodeAs(node, "DropStmt"));
      return;
    case "RenameStmt":
      replayRename(model, nodeAs(node, "RenameStmt"));
      return;
    case "AlterObjectSchemaStmt": {
      const stmt = nodeAs(node, "AlterObjectSchemaStmt");
      if (!stmt.relation || !stmt.newschema) return;
      const from = relationName(model, stmt.relation);
      const table = model.tables.get(from);
      if (!table) return;
      model.tables.delete(from);
      table.schema = stmt.newschema;
      model.tables.set(qualify(table.schema, table.name), table);
      for (const index of model.indexes.values()) {
        if (index.table === from) index.table = qualify(table.schema, table.name);
      }
      return;
    }
    case "CreatePolicyStmt": {
      const stmt = nodeAs(node, "CreatePolicyStmt");
      const table = model.tables.get(relationName(model, stmt.table));
      if (!table || !stmt.policy_name) return;
      table.policies.set(stmt.policy_name, {
        name: stmt.policy_name,
        command: stmt.cmd_name ?? "all",
        permissive: stmt.permissive ?? true,
        roles: roleNames(stmt.roles),
        ...stmt.qual ? { using: stmt.qual } : {},
        ...stmt.with_check ? { withCheck: stmt.with_check } : {},
        addedBy: origin
      });
      return;
    }
    case "AlterPolicyStmt": {
      const stmt = nodeAs(node, "AlterPolicyStmt");
      const policy = model.tables.get(relationName(model, stmt.table))?.policies.get(stmt.policy_name ?? "");
      if (!policy) return;
      if (stmt.roles?.length) policy.roles = roleNames(stmt.roles);
      if (stmt.qual) policy.using = stmt.qual;
      if (stmt.with_check) policy.withCheck = stmt.with_check;
      return;
    }
    case "CommentStmt": {
      const stmt = nodeAs(node, "CommentStmt");
      const parts = nameParts(nodeAs(stmt.object, "List")?.items);
      if (stmt.objtype === "OBJECT_COLUMN" && parts.length >= 2) {
        const column = parts[parts.length - 1];
        const tableName = model.resolveRelation(
          parts.length >= 3 ? parts[parts.length - 3] : void 0,
          parts[parts.length - 2]
        );
        const col = model.column(tableName, column);
        if (col) {
          if (stmt.comment === void 0) delete col.comment;
          else col.comment = stmt.comment;
        }
        recordDeprecation(model, `${tableName}.${column}`, col, stmt.comment, origin);
      } else if (stmt.objtype === "OBJECT_TABLE" && parts.length >= 1) {
        const t = model.tables.get(
          model.resolveRelation(parts.length >= 2 ? parts[0] : void 0, parts.at(-1))
        );
        if (t) {
          if (stmt.comment === void 0) delete t.comment;
          else t.comment = stmt.comment;
        }
      }
      return;
    }
    case "CreateFunctionStmt":
      replayFunction(model, nodeAs(node, "CreateFunctionStmt"), origin);
      return;
    case "AlterFunctionStmt":
      replayAlterFunction(model, nodeAs(node, "AlterFunctionStmt"));
      return;
    case "GrantStmt":
      replayGrant(model, nodeAs(node, "GrantStmt"));
      return;
    case "CreateSchemaStmt": {
      const name = nodeAs(node, "CreateSchemaStmt").schemaname;
      if (name) model.schemas.add(name);
      return;
    }
    case "CreateExtensionStmt": {
      const name = nodeAs(node, "CreateExtensionStmt").extname;
      if (name) model.extensions.add(name);
      return;
    }
    case "CreateEnumStmt":
      model.types.add(listName(nodeAs(node, "CreateEnumStmt").typeName, model.defaultSchema));
      return;
    case "CompositeTypeStmt": {
      const rv = nodeAs(node, "CompositeTypeStmt").typevar;
      model.types.add(relationName(model, rv));
      return;
    }
    case "CreateDomainStmt":
      model.types.add(listName(nodeAs(node, "CreateDomainStmt").domainname, model.defaultSchema));
      return;
    case "VariableSetStmt": {
      const stmt = nodeAs(node, "VariableSetStmt");
      if (stmt.name !== "search_path") return;
      if (stmt.kind === "VAR_SET_VALUE") {
        const path = (stmt.args ?? []).map((a) => nodeAs(a, "A_Const")?.sval?.sval ?? "").flatMap((s) => s.split(",")).map((s) => s.trim().replace(/^"|"$/g, "")).filter((s) => s !== "" && s !== "$user");
        model.searchPath = path.length ? path : [];
      } else if (stmt.kind === "VAR_RESET" || stmt.kind === "VAR_SET_DEFAULT") {
        model.searchPath = ["public"];
      }
      return;
    }
    case "InsertStmt": {
      const stmt = nodeAs(node, "InsertStmt");
      markWritten(model, relationName(model, stmt.relation), void 0);
      return;
    }
    case "RefreshMatViewStmt": {
      const stmt = nodeAs(node, "RefreshMatViewStmt");
      const view = model.tables.get(relationName(model, stmt.relation));
      if (view) view.rowsWritten = !stmt.skipData;
      return;
    }
    case "CopyStmt": {
      const stmt = nodeAs(node, "CopyStmt");
      if (stmt.is_from && stmt.relation) markWritten(model, relationName(model, stmt.relation));
      return;
    }
    case "UpdateStmt": {
      const stmt = nodeAs(node, "UpdateStmt");
      const columns = (stmt.targetList ?? []).flatMap((t) => {
        const name = nodeAs(t, "ResTarget")?.name;
        return name ? [name] : [];
      });
      markWritten(model, relationName(model, stmt.relation), columns);
      return;
    }
    default:
      return;
  }
}
function relationName(model, rv) {
  return model.resolveRelation(rv?.schemaname, rv?.relname ?? "");
}
function splitName(q) {
  const dot = q.indexOf(".");
  return { schema: q.slice(0, dot), name: q.slice(dot + 1) };
}
function newTable(name, kind, origin) {
  const { schema, name: relname } = splitName(name);
  return {
    schema,
    name: relname,
    kind,
    columns: /* @__PURE__ */ new Map(),
    constraints: [],
    rlsEnabled: false,
    rlsForced: false,
    policies: /* @__PURE__ */ new Map(),
    createdBy: origin,
    rowsWritten: false,
    columnsUnknown: false,
    options: /* @__PURE__ */ new Map(),
    unlogged: false
  };
}
function defElemText(arg) {
  if (!arg) return void 0;
  const s = nodeAs(arg, "String")?.sval;
  if (s !== void 0) return s;
  const b = nodeAs(arg, "Boolean");
  if (b) return b.boolval ? "true" : "false";
  const i = nodeAs(arg, "Integer");
  if (i) return String(i.ival ?? 0);
  return void 0;
}
function roleNames(roles) {
  const names = (roles ?? []).flatMap((r) => {
    const spec = nodeAs(r, "RoleSpec");
    if (!spec) return [];
    if (spec.roletype === "ROLESPEC_PUBLIC") return ["public"];
    if (spec.roletype === "ROLESPEC_CURRENT_USER") return ["current_user"];
    return spec.rolename ? [spec.rolename] : [];
  });
  return names.length ? names : ["public"];
}
function isDeprecationComment(comment) {
  return comment !== void 0 && /^\s*deprecated\b/i.test(comment);
}
function recordDeprecation(model, key, column, comment, origin) {
  const deprecated = isDeprecationComment(comment);
  if (column) {
    if (!deprecated) delete column.deprecatedAt;
    else column.deprecatedAt ??= origin;
    return;
  }
  if (!deprecated) model.untrackedColumnDeprecations.delete(key);
  else if (!model.untrackedColumnDeprecations.has(key)) {
    model.untrackedColumnDeprecations.set(key, origin);
  }
}
function markWritten(model, table, columns) {
  const t = model.tables.get(table);
  if (!t) return;
  t.rowsWritten = true;
  for (const col of t.columns.values()) {
    if (columns === void 0 || columns.includes(col.name)) col.filled = true;
  }
}
function defaultIndexName(stmt, table) {
  const { name } = splitName(table);
  const cols = (stmt.indexParams ?? []).map((p) => nodeAs(p, "IndexElem")?.name ?? "expr");
  return `${name}_${cols.join("_")}_${stmt.unique ? "key" : "idx"}`;
}
var CONSTRAINT_KINDS = {
  CONSTR_CHECK: "check",
  CONSTR_FOREIGN: "foreign-key",
  CONSTR_UNIQUE: "unique",
  CONSTR_PRIMARY: "primary-key",
  CONSTR_EXCLUSION: "exclusion"
};
function columnFromDef(model, table, def, origin, filled) {
  const type = typeRef(def.typeName);
  const column = {
    name: def.colname ?? "",
    type,
    notNull: false,
    identity: false,
    addedBy: origin,
    filled
  };
  if (type.name === "serial" || type.name === "bigserial" || type.name === "smallserial") {
    column.notNull = true;
  }
  const constraints = [];
  for (const c of def.constraints ?? []) {
    const con = nodeAs(c, "Constraint");
    if (!con) continue;
    switch (con.contype) {
      case "CONSTR_NOTNULL":
        column.notNull = true;
        break;
      case "CONSTR_DEFAULT":
        if (con.raw_expr) column.defaultExpr = con.raw_expr;
        break;
      case "CONSTR_IDENTITY":
        column.identity = true;
        column.notNull = true;
        break;
      case "CONSTR_GENERATED":
        column.generated = "stored";
        break;
      case "CONSTR_PRIMARY":
        column.notNull = true;
        constraints.push(constraintFromNode(model, table, con, [column.name], origin));
        break;
      default:
        if (CONSTRAINT_KINDS[con.contype ?? ""]) {
          constraints.push(constraintFromNode(model, table, con, [column.name], origin));
        }
    }
  }
  return { column, constraints };
}
function constraintFromNode(model, table, con, columnsIfInline, origin) {
  const kind = CONSTRAINT_KINDS[con.contype ?? ""] ?? "check";
  const keyNames = nameParts(kind === "foreign-key" ? con.fk_attrs : con.keys);
  const columns = keyNames.length ? keyNames : columnsIfInline;
  const suffix = kind === "foreign-key" ? "fkey" : kind === "primary-key" ? "pkey" : kind === "unique" ? "key" : kind === "exclusion" ? "excl" : "check";
  const name = con.conname ?? (kind === "primary-key" ? `${table.name}_pkey` : `${table.name}_${columns.join("_") || "expr"}_${suffix}`);
  const model_ = {
    name,
    kind,
    columns,
    validated: !con.skip_validation,
    addedBy: origin
  };
  if (con.raw_expr) model_.expr = con.raw_expr;
  if (kind === "foreign-key") {
    model_.references = {
      table: relationName(model, con.pktable),
      columns: nameParts(con.pk_attrs)
    };
  }
  if (con.indexname) model_.index = con.indexname;
  return model_;
}
function createTable(model, stmt, origin) {
  const name = relationName(model, stmt.relation);
  if (model.tables.has(name) && stmt.if_not_exists) return;
  const kind = stmt.partspec ? "partitioned-table" : "table";
  const table = newTable(name, kind, origin);
  table.unlogged = stmt.relation?.relpersistence === "u";
  if (stmt.partbound || stmt.inhRelations?.length) table.columnsUnknown = true;
  for (const elt of stmt.tableElts ?? []) {
    const colDef = nodeAs(elt, "ColumnDef");
    if (colDef) {
      const { column, constraints } = columnFromDef(model, table, colDef, origin, false);
      table.columns.set(column.name, column);
      table.constraints.push(...constraints);
      continue;
    }
    const con = nodeAs(elt, "Constraint");
    if (con) {
      const c = constraintFromNode(model, table, con, [], origin);
      table.constraints.push(c);
      if (c.kind === "primary-key") {
        for (const colName of c.columns) {
          const col = table.columns.get(colName);
          if (col) col.notNull = true;
        }
      }
      continue;
    }
    const like = nodeAs(elt, "TableLikeClause");
    if (like) {
      const source = model.tables.get(relationName(model, like.relation));
      if (!source || source.columnsUnknown) table.columnsUnknown = true;
      for (const col of source?.columns.values() ?? []) {
        table.columns.set(col.name, { ...col, addedBy: origin, filled: false });
      }
    }
  }
  model.tables.set(name, table);
  for (const c of table.constraints) {
    if (c.kind === "unique" || c.kind === "primary-key") {
      const indexName = qualify(table.schema, c.index ?? c.name);
      model.indexes.set(indexName, {
        name: indexName,
        table: name,
        columns: c.columns,
        unique: true,
        method: "btree",
        builtOnData: false,
        addedBy: origin
      });
    }
  }
}
function replayDrop(model, stmt) {
  const objects = stmt.objects ?? [];
  for (const obj of objects) {
    const parts = nameParts(nodeAs(obj, "List")?.items ?? [obj]);
    switch (stmt.removeType) {
      case "OBJECT_TABLE":
      case "OBJECT_VIEW":
      case "OBJECT_MATVIEW":
      case "OBJECT_FOREIGN_TABLE": {
        const name = model.resolveRelation(
          parts.length >= 2 ? parts[parts.length - 2] : void 0,
          parts.at(-1) ?? ""
        );
        model.tables.delete(name);
        for (const [key, index] of model.indexes)
          if (index.table === name) model.indexes.delete(key);
        break;
      }
      case "OBJECT_INDEX": {
        const name = model.resolveRelation(
          parts.length >= 2 ? parts[parts.length - 2] : void 0,
          parts.at(-1) ?? ""
        );
        model.indexes.delete(name);
        break;
      }
      case "OBJECT_POLICY": {
        const policy = parts.at(-1) ?? "";
        const tableParts = parts.slice(0, -1);
        const table = model.tables.get(
          model.resolveRelation(
            tableParts.length >= 2 ? tableParts[tableParts.length - 2] : void 0,
            tableParts.at(-1) ?? ""
          )
        );
        table?.policies.delete(policy);
        break;
      }
      case "OBJECT_FUNCTION":
      case "OBJECT_PROCEDURE": {
        const fn = nodeAs(obj, "ObjectWithArgs");
        if (fn) model.functions.delete(listName(fn.objname, model.defaultSchema));
        break;
      }
      case "OBJECT_SCHEMA": {
        const schema = parts[0] ?? "";
        model.schemas.delete(schema);
        for (const [key, t] of model.tables) if (t.schema === schema) model.tables.delete(key);
        break;
      }
      default:
        break;
    }
  }
}
function replayRename(model, stmt) {
  const newname = stmt.newname ?? "";
  switch (stmt.renameType) {
    case "OBJECT_TABLE":
    case "OBJECT_VIEW":
    case "OBJECT_MATVIEW": {
      const from = relationName(model, stmt.relation);
      const table = model.tables.get(from);
      if (!table) return;
      model.tables.delete(from);
      table.name = newname;
      const to = qualify(table.schema, newname);
      model.tables.set(to, table);
      for (const index of model.indexes.values()) if (index.table === from) index.table = to;
      return;
    }
    case "OBJECT_COLUMN": {
      const table = model.tables.get(relationName(model, stmt.relation));
      const col = table?.columns.get(stmt.subname ?? "");
      if (!table || !col) return;
      table.columns.delete(col.name);
      const oldName = col.name;
      col.name = newname;
      table.columns.set(newname, col);
      for (const c of table.constraints)
        c.columns = c.columns.map((n) => n === oldName ? newname : n);
      return;
    }
    case "OBJECT_INDEX": {
      const from = relationName(model, stmt.relation);
      const index = model.indexes.get(from);
      if (!index) return;
      model.indexes.delete(from);
      index.name = qualify(splitName(from).schema, newname);
      model.indexes.set(index.name, index);
      return;
    }
    case "OBJECT_TABCONSTRAINT": {
      const c = model.constraint(relationName(model, stmt.relation), stmt.subname ?? "");
      if (c) c.name = newname;
      return;
    }
    case "OBJECT_POLICY": {
      const table = model.tables.get(relationName(model, stmt.relation));
      const policy = table?.policies.get(stmt.subname ?? "");
      if (!table || !policy) return;
      table.policies.delete(policy.name);
      policy.name = newname;
      table.policies.set(newname, policy);
      return;
    }
    default:
      return;
  }
}

// src/core/rules/drop-column/index.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var dropColumn = {
  meta: {
    id: "drop-column",
    defaultSeverity: "error",
    category: "breaking",
    summary: "DROP COLUMN on an existing table breaks running code that still uses the column, unless it was marked deprecated long enough ago.",
    fix: "COMMENT ON COLUMN table_name.column_name IS 'deprecated: <what replaces it>';  -- ship first; drop the column in a later migration, after the deprecation window"
  },
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, "AlterTableStmt");
    if (!stmt) return;
    if (stmt.objtype !== "OBJECT_TABLE" && stmt.objtype !== "OBJECT_FOREIGN_TABLE") return;
    const tableName = relationName(ctx.schema, stmt.relation);
    if (ctx.isNew(tableName)) return;
    const table = ctx.schema.table(tableName);
    if (!table && stmt.missing_ok) return;
    if (table?.kind === "view" || table?.kind === "materialized-view") return;
    for (const item of stmt.cmds ?? []) {
      const cmd = nodeAs(item, "AlterTableCmd");
      if (cmd?.subtype !== "AT_DropColumn" || !cmd.name) continue;
      const qualified = `${tableName}.${cmd.name}`;
      const column = table?.columns.get(cmd.name);
      if (!column && cmd.missing_ok && table && !table.columnsUnknown) continue;
      if (column && ctx.isNewOrigin(column.addedBy)) continue;
      if (column?.generated !== void 0 || !column) {
        if (regeneratedInTransaction(ctx, tableName, cmd.name)) continue;
      }
      const deprecatedAt = column?.deprecatedAt ?? ctx.schema.untrackedColumnDeprecations.get(qualified);
      const report2 = verdict3(ctx, qualified, deprecatedAt);
      if (report2) ctx.report(report2);
    }
  }
};
function regeneratedInTransaction(ctx, table, column) {
  const top = ctx.statement.parent ?? ctx.statement;
  for (const s of ctx.statements) {
    if (s.index < top.index) continue;
    if (s.index > top.index && nodeAs(s.node, "TransactionStmt")?.kind === "TRANS_STMT_COMMIT") {
      return false;
    }
    const stmt = nodeAs(s.node, "AlterTableStmt");
    if (!stmt?.relation || relationName(ctx.schema, stmt.relation) !== table) continue;
    for (const item of stmt.cmds ?? []) {
      const cmd = nodeAs(item, "AlterTableCmd");
      const def = cmd?.subtype === "AT_AddColumn" ? nodeAs(cmd.def, "ColumnDef") : void 0;
      if (def?.colname !== column) continue;
      return (def.constraints ?? []).some(
        (c) => nodeAs(c, "Constraint")?.contype === "CONSTR_GENERATED"
      );
    }
  }
  return false;
}
function verdict3(ctx, column, deprecatedAt) {
  const days = ctx.options.deprecationDays;
  const consequence = "queries of the running app that name it fail as soon as this migration commits, and its data is gone for good (migrations are one-way)";
  if (!deprecatedAt) {
    return {
      message: `DROP COLUMN ${column} removes a column that is not marked deprecated: ${consequence}.`,
      fix: `COMMENT ON COLUMN ${column} IS 'deprecated: <what replaces it>';  -- ship this and stop using the column in code; drop it in a migration at least ${plural(days, "day")} later`
    };
  }
  if (deprecatedAt.file === ctx.file.path) {
    return {
      message: `DROP COLUMN ${column} follows its deprecation comment in the same file, so running code has had no time to stop using it: ${consequence}.`,
      fix: `Keep the COMMENT ON COLUMN ${column} here and move the DROP COLUMN to a migration at least ${plural(days, "day")} later.`
    };
  }
  if (ctx.isNewOrigin(deprecatedAt)) {
    return {
      message: `DROP COLUMN ${column} is in the same change as its deprecation comment (${deprecatedAt.file}), so production gets both at once and running code has no time to stop using it: ${consequence}.`,
      fix: `Ship the COMMENT ON COLUMN ${column} on its own first; drop the column in a later change, at least ${plural(days, "day")} after it is deployed.`
    };
  }
  const markedAt = versionTime(deprecatedAt.version);
  const droppedAt = versionTime(ctx.file.version);
  if (!markedAt || !droppedAt) return null;
  const elapsed = (droppedAt.getTime() - markedAt.getTime()) / DAY_MS;
  if (elapsed >= days) return null;
  const left = Math.max(1, Math.ceil(days - elapsed));
  const earliest = versionOf(new Date(markedAt.getTime() + days * DAY_MS));
  const ago = elapsed < 1 ? "less than a day" : plural(Math.floor(elapsed), "day");
  return {
    message: `DROP COLUMN ${column} comes ${ago} after the column was marked deprecated (in ${deprecatedAt.file}); the deprecation window is ${plural(days, "day")}, so ${plural(left, "day")} ${left === 1 ? "is" : "are"} left. Until then ${consequence}.`,
    fix: `Move the DROP COLUMN to a migration versioned ${earliest} or later.`
  };
}
function plural(n, unit) {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
function versionOf(date) {
  return date.toISOString().replace(/[-:T]/g, "").replace(/\.\d+Z$/, "");
}

// src/core/rules/drop-table/index.ts
var dropTable = {
  meta: {
    id: "drop-table",
    defaultSeverity: "error",
    category: "breaking",
    summary: "DROP TABLE of a table that existed before this file breaks code still using it and loses its data for good.",
    fix: "ALTER TABLE table_name RENAME TO table_name_retired;  -- once no code uses it; DROP TABLE table_name_retired in a later migration"
  },
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, "DropStmt");
    if (stmt?.removeType !== "OBJECT_TABLE") return;
    const existing = [];
    for (const object of stmt.objects ?? []) {
      const parts = nameParts(nodeAs(object, "List")?.items ?? [object]);
      const name = parts.at(-1);
      if (name === void 0) continue;
      const table = ctx.schema.resolveRelation(parts.length >= 2 ? parts.at(-2) : void 0, name);
      if (ctx.isNew(table)) continue;
      const model = ctx.schema.table(table);
      if (!model && stmt.missing_ok) continue;
      if (model?.kind === "view" || model?.kind === "materialized-view") continue;
      existing.push(table);
    }
    const first = existing[0];
    if (first === void 0) return;
    const list = existing.join(", ");
    const cascade = stmt.behavior === "DROP_CASCADE" ? " CASCADE also drops the views and foreign keys that depend on it." : "";
    ctx.report({
      message: `DROP TABLE ${list} takes an ACCESS EXCLUSIVE lock and deletes the table with all its rows: running code that reads or writes it fails from the moment this migration commits, and there is no rollback (migrations are one-way).${cascade}`,
      fix: `ALTER TABLE ${first} RENAME TO ${retiredName(first)};  -- after the app stops using it; DROP TABLE ${retiredName(first)} in a later migration`
    });
  }
};
function retiredName(table) {
  const name = table.slice(table.indexOf(".") + 1);
  return `${name}_retired`;
}

// src/core/rules/rename-column/index.ts
var RELATIONS = /* @__PURE__ */ new Set([
  "OBJECT_TABLE",
  "OBJECT_VIEW",
  "OBJECT_MATVIEW",
  "OBJECT_FOREIGN_TABLE"
]);
var renameColumn = {
  meta: {
    id: "rename-column",
    defaultSeverity: "error",
    category: "breaking",
    summary: "RENAME COLUMN on an existing table breaks running code that still uses the old column name.",
    fix: "ALTER TABLE table_name ADD COLUMN new_name <type>;  -- write both, backfill, switch reads, then retire old_name after the deprecation window"
  },
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, "RenameStmt");
    if (stmt?.renameType !== "OBJECT_COLUMN" || !RELATIONS.has(stmt.relationType ?? "")) return;
    const tableName = relationName(ctx.schema, stmt.relation);
    if (ctx.isNew(tableName)) return;
    const table = ctx.schema.table(tableName);
    if (!table && stmt.missing_ok) return;
    const from = stmt.subname ?? "";
    const to = stmt.newname ?? "";
    const column = table?.columns.get(from);
    if (column && ctx.isNewOrigin(column.addedBy)) return;
    ctx.report({
      message: `RENAME COLUMN ${tableName}.${from} to ${to} takes a brief ACCESS EXCLUSIVE lock and breaks every running query and API request that names ${from}: they fail from the moment this migration commits until new code is deployed.`,
      fix: isView(stmt.relationType, table) ? `CREATE OR REPLACE VIEW ${tableName} AS SELECT ..., ${from}, ${from} AS ${to} FROM ...;  -- keep ${from}, append ${to} at the end; drop ${from} once no code uses it` : `ALTER TABLE ${tableName} ADD COLUMN ${to} ${column?.type.display ?? "<type>"};  -- write both columns and backfill ${to}, switch reads to it, then mark ${from} deprecated and drop it after the deprecation window`
    });
  }
};
function isView(relationType, table) {
  if (table) return table.kind === "view" || table.kind === "materialized-view";
  return relationType === "OBJECT_VIEW" || relationType === "OBJECT_MATVIEW";
}

// src/core/rules/rename-table/index.ts
var RENAMED_KINDS = {
  OBJECT_TABLE: "table",
  OBJECT_VIEW: "view",
  OBJECT_MATVIEW: "materialized view",
  OBJECT_FOREIGN_TABLE: "foreign table"
};
var renameTable = {
  meta: {
    id: "rename-table",
    defaultSeverity: "error",
    category: "breaking",
    summary: "RENAME TO on an existing table or view breaks running code that still uses the old name, unless a compatibility view keeps it.",
    fix: "ALTER TABLE old_name RENAME TO new_name;\nCREATE VIEW old_name WITH (security_invoker = true) AS SELECT * FROM new_name;  -- same migration; drop the view once no code uses old_name"
  },
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, "RenameStmt");
    const word = RENAMED_KINDS[stmt?.renameType ?? ""];
    if (!stmt || word === void 0 || !stmt.newname) return;
    const from = relationName(ctx.schema, stmt.relation);
    if (ctx.isNew(from)) return;
    const model = ctx.schema.table(from);
    if (!model && stmt.missing_ok) return;
    if (!model && ctx.schema.indexes.has(from)) return;
    const { schema, name } = splitName(from);
    const to = stmt.newname;
    const kind = model ? kindWord(model) : word;
    const compatView = `CREATE VIEW ${from} WITH (security_invoker = true) AS SELECT * FROM ${schema}.${to};`;
    const replacement3 = replacementOf(ctx, schema, name, to);
    if (replacement3?.kind === "compatibility-view") {
      if (!needsSecurityInvoker(ctx, model) || laterSetsSecurityInvoker(ctx, replacement3.view)) {
        return;
      }
      ctx.report({
        message: `RENAME ${kind} ${from} to ${to} keeps ${name} as a compatibility view, but the view does not set security_invoker: it runs with its owner's rights, so row-level security on ${to} no longer filters what running code reads and writes through ${name}.`,
        fix: compatView
      });
      return;
    }
    if (replacement3?.kind === "table") {
      ctx.report({
        message: `RENAME ${kind} ${from} to ${to} swaps another table in under the name ${name} in this file: rows that running code writes to ${name} after they were copied and before this migration commits stay behind in ${to}, and queries expecting the old columns break.`,
        fix: `LOCK TABLE ${from} IN EXCLUSIVE MODE;  -- before copying the rows, so no write slips past the copy; or change ${name} in place with expand/contract`
      });
      return;
    }
    ctx.report({
      message: `RENAME ${kind} ${from} to ${to} takes an ACCESS EXCLUSIVE lock and breaks every running query and API request that names ${name}: they fail from the moment this migration commits until new code is deployed.`,
      fix: `${compatView}  -- in the same migration, right after the rename; drop the view once no code uses ${name}`
    });
  }
};
function kindWord(model) {
  return model.kind === "partitioned-table" ? "table" : model.kind.replace("-", " ");
}
function laterStatements(ctx) {
  const index = (ctx.statement.parent ?? ctx.statement).index;
  return ctx.statements.filter((s) => s.index > index).map((s) => s.node);
}
function sameName(ctx, schema, rvSchema) {
  return (rvSchema ?? ctx.schema.defaultSchema) === schema;
}
function replacementOf(ctx, schema, name, to) {
  for (const node of laterStatements(ctx)) {
    const view = nodeAs(node, "ViewStmt");
    if (view?.view?.relname === name && sameName(ctx, schema, view.view.schemaname)) {
      return isPassThrough(ctx, view, schema, to) ? { kind: "compatibility-view", view } : { kind: "other-view" };
    }
    const table = nodeAs(node, "CreateStmt");
    if (table?.relation?.relname === name && sameName(ctx, schema, table.relation.schemaname)) {
      return { kind: "table" };
    }
    const rename = nodeAs(node, "RenameStmt");
    if (rename?.newname === name && RENAMED_KINDS[rename.renameType ?? ""] !== void 0 && sameName(ctx, schema, rename.relation?.schemaname)) {
      return { kind: "table" };
    }
  }
  return void 0;
}
function isPassThrough(ctx, view, schema, to) {
  const select = nodeAs(view.query, "SelectStmt");
  if (!select || select.op !== void 0 && select.op !== "SETOP_NONE") return false;
  if (select.whereClause || select.groupClause || select.havingClause) return false;
  if (select.distinctClause || select.limitCount || select.limitOffset || select.withClause) {
    return false;
  }
  const from = select.fromClause ?? [];
  const source = from.length === 1 ? nodeAs(from[0], "RangeVar") : void 0;
  return source?.relname === to && sameName(ctx, schema, source.schemaname);
}
function needsSecurityInvoker(ctx, model) {
  if (ctx.options.pgVersion < 15) return false;
  if (model && (model.kind === "table" || model.kind === "partitioned-table")) {
    return model.rlsEnabled;
  }
  return true;
}
function laterSetsSecurityInvoker(ctx, view) {
  if (securityInvoker(view.options)) return true;
  const name = view.view?.relname;
  return laterStatements(ctx).some((node) => {
    const alter = nodeAs(node, "AlterTableStmt");
    if (alter?.objtype !== "OBJECT_VIEW" || alter.relation?.relname !== name) return false;
    return (alter.cmds ?? []).some((item) => {
      const cmd = nodeAs(item, "AlterTableCmd");
      return cmd?.subtype === "AT_SetRelOptions" && securityInvoker(nodeAs(cmd.def, "List")?.items);
    });
  });
}
function securityInvoker(options) {
  return (options ?? []).some((option) => {
    const def = nodeAs(option, "DefElem");
    if (def?.defname !== "security_invoker") return false;
    if (def.arg === void 0) return true;
    const text = nodeAs(def.arg, "String")?.sval ?? String(nodeAs(def.arg, "Boolean")?.boolval ?? nodeAs(def.arg, "Integer")?.ival ?? "");
    return ["true", "on", "1", "yes"].includes(text.toLowerCase());
  });
}

// src/core/rules/truncate/index.ts
var truncate = {
  meta: {
    id: "truncate",
    defaultSeverity: "error",
    category: "breaking",
    summary: "TRUNCATE of an existing table deletes every row under an ACCESS EXCLUSIVE lock, with no way back.",
    fix: "DELETE FROM table_name WHERE id IN (SELECT id FROM table_name WHERE <condition> LIMIT 5000);  -- repeat in batches until no rows are left, outside the migration",
    predicts: "lock"
  },
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, "TruncateStmt");
    if (!stmt) return;
    const existing = (stmt.relations ?? []).flatMap((node) => {
      const rv = nodeAs(node, "RangeVar");
      if (!rv) return [];
      const table = relationName(ctx.schema, rv);
      const kind = ctx.schema.table(table)?.kind;
      if (kind === "view" || kind === "materialized-view") return [];
      return ctx.isNew(table) ? [] : [table];
    });
    const first = existing[0];
    if (first === void 0) return;
    const key = batchKey(ctx.schema.table(first));
    const cascade = stmt.behavior === "DROP_CASCADE" ? " CASCADE empties every table with a foreign key to it as well." : "";
    ctx.report({
      message: `TRUNCATE ${existing.join(", ")} takes an ACCESS EXCLUSIVE lock, blocking all reads and writes until the migration commits, and deletes every row for good; transactions with an older snapshot see the table empty, unlike with DELETE.${cascade}`,
      fix: `DELETE FROM ${first} WHERE ${key} IN (SELECT ${key} FROM ${first} WHERE <condition> LIMIT 5000);  -- repeat in batches until no rows are left, outside this migration`
    });
  }
};
function batchKey(table) {
  const pk = table?.constraints.find((c) => c.kind === "primary-key");
  return pk?.columns.length === 1 && pk.columns[0] !== void 0 ? pk.columns[0] : "ctid";
}

// src/core/rules/catalogue-breaking.ts
var breakingRules = [
  dropColumn,
  dropTable,
  renameColumn,
  renameTable,
  truncate
];

// src/core/sql/data-change.ts
function dataChangeOf(node) {
  const insert = nodeAs(node, "InsertStmt");
  if (insert) {
    const select = nodeAs(insert.selectStmt, "SelectStmt");
    const literalRows = select === void 0 || select.valuesLists !== void 0 || select.fromClause === void 0 && select.op === "SETOP_NONE";
    return { verb: "INSERT", relation: insert.relation, literalRows };
  }
  const update = nodeAs(node, "UpdateStmt");
  if (update) return { verb: "UPDATE", relation: update.relation, literalRows: false };
  const del = nodeAs(node, "DeleteStmt");
  if (del) return { verb: "DELETE", relation: del.relation, literalRows: false };
  const merge = nodeAs(node, "MergeStmt");
  if (merge) return { verb: "MERGE", relation: merge.relation, literalRows: false };
  const copy = nodeAs(node, "CopyStmt");
  if (copy?.is_from && copy.relation) {
    return { verb: "COPY", relation: copy.relation, literalRows: false };
  }
  return void 0;
}

// src/core/rules/batch-loop-single-transaction/index.ts
var batchLoopSingleTransaction = {
  meta: {
    id: "batch-loop-single-transaction",
    defaultSeverity: "error",
    category: "data",
    summary: "A loop in a DO block or procedure writes rows batch after batch but never COMMITs, so all batches share one transaction.",
    fix: "CREATE PROCEDURE backfill_...() LANGUAGE plpgsql AS $$ ... LOOP ... UPDATE ... ; COMMIT; END LOOP; ... $$;  -- then CALL it outside a transaction block, or run the batches from a script"
  },
  statement(ctx) {
    if (ctx.statement.parent) return;
    const body = ctx.statement.plpgsql;
    if (!body) return;
    const fn = nodeAs(ctx.statement.node, "CreateFunctionStmt");
    if (body.context === "function" && !fn?.is_procedure) return;
    const where = fn ? `procedure ${nameParts(fn.funcname).join(".")}` : "this DO block";
    for (const loop of body.loops) {
      if (!isSingleTransactionBatch(ctx, loop)) continue;
      if (enclosingLoops(loop).some((outer) => isSingleTransactionBatch(ctx, outer))) continue;
      const writes = batchWrites(ctx, loop);
      const first = writes[0];
      if (!first) continue;
      const tables = [...new Set(writes.map((w) => w.table))].join(", ");
      ctx.report({
        line: loop.line,
        message: `This ${loopName(loop)} in ${where} writes ${tables} (${first.change.verb} on line ${first.sql.line}) batch after batch but never COMMITs inside the loop: every batch runs in one transaction, so the row locks and dead row versions of all batches pile up until the end and no batch is visible \u2014 or kept, if anything fails \u2014 before the last one.`,
        fix: body.context === "do" ? "Move the loop into a procedure that COMMITs after each batch and CALL it outside a transaction block (a DO block inside a migration cannot COMMIT), or run the batches from a script; later, migration-guard batch headers will do this for you." : `COMMIT after each batch inside the loop, and CALL ${nameParts(fn?.funcname).join(".")}() outside a transaction block.`
      });
    }
  }
};
function batchWrites(ctx, loop) {
  const runsNow = ctx.statement.plpgsql?.context === "do";
  return loop.statements.flatMap(
    (sql) => sql.nodes.flatMap((node) => {
      const change = dataChangeOf(node);
      if (!change || change.literalRows || change.verb === "COPY") return [];
      const table = relationName(ctx.schema, change.relation);
      if (runsNow && ctx.isNew(table)) return [];
      return [{ change, table, sql }];
    })
  );
}
function isSingleTransactionBatch(ctx, loop) {
  return !loop.commits && batchWrites(ctx, loop).length > 0;
}
function enclosingLoops(loop) {
  const inner = loop.statements[0];
  if (!inner) return [];
  const at = inner.loops.indexOf(loop);
  return at > 0 ? inner.loops.slice(0, at) : [];
}
function loopName(loop) {
  if (loop.kind === "while") return "WHILE loop";
  if (loop.kind === "for") return "FOR loop";
  return "LOOP";
}

// src/core/locks/lock-modes.ts
var LOCK_MODES = [
  "AccessShareLock",
  "RowShareLock",
  "RowExclusiveLock",
  "ShareUpdateExclusiveLock",
  "ShareLock",
  "ShareRowExclusiveLock",
  "ExclusiveLock",
  "AccessExclusiveLock"
];
var LOCK_LABELS = {
  AccessShareLock: "ACCESS SHARE",
  RowShareLock: "ROW SHARE",
  RowExclusiveLock: "ROW EXCLUSIVE",
  ShareUpdateExclusiveLock: "SHARE UPDATE EXCLUSIVE",
  ShareLock: "SHARE",
  ShareRowExclusiveLock: "SHARE ROW EXCLUSIVE",
  ExclusiveLock: "EXCLUSIVE",
  AccessExclusiveLock: "ACCESS EXCLUSIVE"
};
var CONFLICTS = {
  AccessShareLock: ["AccessExclusiveLock"],
  RowShareLock: ["ExclusiveLock", "AccessExclusiveLock"],
  RowExclusiveLock: ["ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"],
  ShareUpdateExclusiveLock: [
    "ShareUpdateExclusiveLock",
    "ShareLock",
    "ShareRowExclusiveLock",
    "ExclusiveLock",
    "AccessExclusiveLock"
  ],
  ShareLock: [
    "RowExclusiveLock",
    "ShareUpdateExclusiveLock",
    "ShareRowExclusiveLock",
    "ExclusiveLock",
    "AccessExclusiveLock"
  ],
  ShareRowExclusiveLock: [
    "RowExclusiveLock",
    "ShareUpdateExclusiveLock",
    "ShareLock",
    "ShareRowExclusiveLock",
    "ExclusiveLock",
    "AccessExclusiveLock"
  ],
  ExclusiveLock: [
    "RowShareLock",
    "RowExclusiveLock",
    "ShareUpdateExclusiveLock",
    "ShareLock",
    "ShareRowExclusiveLock",
    "ExclusiveLock",
    "AccessExclusiveLock"
  ],
  AccessExclusiveLock: [...LOCK_MODES]
};
function lockConflicts(held, requested) {
  return CONFLICTS[held].includes(requested);
}
function strongerLock(a, b) {
  return LOCK_MODES.indexOf(a) >= LOCK_MODES.indexOf(b) ? a : b;
}
function lockModeFromNumber(n) {
  return LOCK_MODES[(n ?? 8) - 1] ?? "AccessExclusiveLock";
}
function blocksOperations(mode) {
  return {
    reads: lockConflicts(mode, "AccessShareLock"),
    writes: lockConflicts(mode, "RowExclusiveLock")
  };
}

// src/core/sql/walk.ts
function walkNodes(root, visit) {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    const keys = Object.keys(value);
    const first = keys[0];
    if (keys.length === 1 && first !== void 0 && /^[A-Z]/.test(first)) {
      const node = value;
      if (visit(node, kindOf(node)) === false) continue;
      stack.push(value[first]);
      continue;
    }
    for (const key of keys) stack.push(value[key]);
  }
}
function findNodes(root, kind) {
  const found = [];
  walkNodes(root, (node, k) => {
    if (k === kind) found.push(nodeAs(node, kind));
    return true;
  });
  return found;
}

// src/core/locks/type-change.ts
var TEMPORAL = /* @__PURE__ */ new Set(["timestamp", "timestamptz", "time"]);
var MAX_TEMPORAL_PRECISION = 6;
function typeChange(from, to, pgVersion) {
  if (sameType(from, to)) return "none";
  if (from.array || to.array || from.schema !== void 0 || to.schema !== void 0) {
    return "rewrite";
  }
  const [fromLimit, fromScale] = from.mods;
  const [toLimit, toScale] = to.mods;
  const widens = toLimit === void 0 || fromLimit !== void 0 && toLimit >= fromLimit;
  switch (`${from.name}->${to.name}`) {
    case "varchar->varchar":
    case "varbit->varbit":
      return widens ? "free" : "rewrite";
    case "varchar->text":
    case "xml->text":
    case "cidr->inet":
      return "free";
    // A length limit must be checked on every row.
    case "text->varchar":
      return toLimit === void 0 ? "free" : "rewrite";
    // bpchar pads with spaces; only dropping the length keeps the stored values as they are.
    case "bpchar->bpchar":
      return toLimit === void 0 ? "free" : "rewrite";
    case "numeric->numeric":
      if (toLimit === void 0) return "free";
      return fromLimit !== void 0 && (fromScale ?? 0) === (toScale ?? 0) && toLimit >= fromLimit ? "free" : "rewrite";
    case "timestamp->timestamptz":
    case "timestamptz->timestamp":
      if (pgVersion < 12 || !keepsPrecision(fromLimit, toLimit)) return "rewrite";
      return "free-in-utc";
    default:
      if (from.name === to.name && TEMPORAL.has(from.name)) {
        return keepsPrecision(fromLimit, toLimit) ? "free" : "rewrite";
      }
      return "rewrite";
  }
}
function sameType(a, b) {
  return a.name === b.name && // `citext` and `extensions.citext` are the same type when one spelling omits the schema.
  (a.schema === void 0 || b.schema === void 0 || a.schema === b.schema) && a.array === b.array && a.mods.length === b.mods.length && a.mods.every((m, i) => m === b.mods[i]);
}
function keepsPrecision(from, to) {
  if (to === void 0 || to >= MAX_TEMPORAL_PRECISION) return true;
  return from !== void 0 && to >= from;
}
function isPlainColumnUsing(expr, column, to) {
  const cast = nodeAs(expr, "TypeCast");
  if (cast) return typeRef(cast.typeName).display === to.display && isColumn(cast.arg, column);
  return isColumn(expr, column);
}
function isColumn(expr, column) {
  const fields = nodeAs(expr, "ColumnRef")?.fields ?? [];
  return fields.length === 1 && nodeAs(fields[0], "String")?.sval === column;
}

// src/core/locks/volatile-functions.ts
var VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
  // core
  "clock_timestamp",
  "gen_random_uuid",
  "nextval",
  "random",
  "random_normal",
  "timeofday",
  "uuidv4",
  "uuidv7",
  // uuid-ossp
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  // pgcrypto
  "gen_random_bytes",
  "gen_salt"
]);
function volatileCall(expr) {
  let found;
  walkNodes(expr, (node) => {
    if (found !== void 0) return false;
    const name = nameParts(nodeAs(node, "FuncCall")?.funcname).at(-1);
    if (name !== void 0 && VOLATILE_FUNCTIONS.has(name)) found = name;
    return true;
  });
  return found;
}

// src/core/locks/column-rewrite.ts
function addColumnWork(def, pgVersion) {
  const type = typeRef(def.typeName);
  let rewrite;
  let scan;
  let hasDefault2 = false;
  let notNull = false;
  let hasForeignKey = false;
  if (type.name.endsWith("serial")) rewrite = `${type.display} fills every row from a sequence`;
  for (const item of def.constraints ?? []) {
    const con = nodeAs(item, "Constraint");
    switch (con?.contype) {
      case "CONSTR_DEFAULT": {
        hasDefault2 = true;
        const call = con.raw_expr ? volatileCall(con.raw_expr) : void 0;
        if (call) rewrite ??= `the default ${call}() is volatile`;
        else if (pgVersion < 11) rewrite ??= "a default before Postgres 11 fills every row";
        break;
      }
      case "CONSTR_IDENTITY":
        rewrite ??= "an identity column fills every row from a sequence";
        break;
      case "CONSTR_GENERATED":
        rewrite ??= "a stored generated column is computed for every row";
        break;
      case "CONSTR_NOTNULL":
        notNull = true;
        break;
      case "CONSTR_CHECK":
        scan ??= "the CHECK constraint is verified against every row";
        break;
      case "CONSTR_UNIQUE":
      case "CONSTR_PRIMARY":
        scan ??= "a unique index is built over every row";
        break;
      case "CONSTR_FOREIGN":
        hasForeignKey = true;
        break;
      default:
        break;
    }
  }
  if (hasForeignKey && (hasDefault2 || type.name.endsWith("serial"))) {
    scan ??= "the foreign key is verified against every row";
  }
  if (notNull && !hasDefault2 && rewrite === void 0) {
    scan ??= "NOT NULL without a default is checked against every row";
  }
  const because = rewrite ?? scan;
  return {
    rewrite: rewrite !== void 0,
    scan: scan !== void 0,
    ...because ? { because } : {}
  };
}
function alterColumnTypeWork(column, def, pgVersion = 15, columnName2 = column?.name ?? "") {
  const to = typeRef(def.typeName);
  const rewrite = (because) => ({ rewrite: true, scan: false, because });
  const name = columnName2;
  if (def.raw_default && !isPlainColumnUsing(def.raw_default, name, to)) {
    return rewrite("a USING expression recomputes every row");
  }
  if (!column) return rewrite(`the column is converted to ${to.display}`);
  const change = typeChange(column.type, to, pgVersion);
  if (change === "none" || change === "free") return { rewrite: false, scan: false };
  return rewrite(`${column.type.display} -> ${to.display} converts every row`);
}

// src/core/locks/predicted-lock.ts
var LockList = class {
  byRelation = /* @__PURE__ */ new Map();
  add(lock) {
    const seen = this.byRelation.get(lock.relation);
    if (!seen) {
      this.byRelation.set(lock.relation, { ...lock });
      return;
    }
    seen.mode = strongerLock(seen.mode, lock.mode);
    seen.rewrite ||= lock.rewrite;
    seen.scan ||= lock.scan;
    if (!seen.reason.includes(lock.reason)) seen.reason = `${seen.reason}; ${lock.reason}`;
  }
  get locks() {
    return [...this.byRelation.values()];
  }
};
function tableLock(relation, mode, reason, work = {}) {
  return {
    relation,
    relationKind: "table",
    mode,
    rewrite: work.rewrite ?? false,
    scan: work.scan ?? false,
    reason
  };
}

// src/core/locks/alter-table-locks.ts
var SUBCOMMAND_LOCKS = {
  // Planner-only or maintenance settings: readers and writers are unaffected.
  AT_SetStatistics: "ShareUpdateExclusiveLock",
  AT_SetOptions: "ShareUpdateExclusiveLock",
  AT_ResetOptions: "ShareUpdateExclusiveLock",
  AT_ClusterOn: "ShareUpdateExclusiveLock",
  AT_DropCluster: "ShareUpdateExclusiveLock",
  AT_ValidateConstraint: "ShareUpdateExclusiveLock",
  AT_DetachPartitionFinalize: "ShareUpdateExclusiveLock",
  // Triggers affect writes only.
  AT_EnableTrig: "ShareRowExclusiveLock",
  AT_EnableAlwaysTrig: "ShareRowExclusiveLock",
  AT_EnableReplicaTrig: "ShareRowExclusiveLock",
  AT_EnableTrigAll: "ShareRowExclusiveLock",
  AT_EnableTrigUser: "ShareRowExclusiveLock",
  AT_DisableTrig: "ShareRowExclusiveLock",
  AT_DisableTrigAll: "ShareRowExclusiveLock",
  AT_DisableTrigUser: "ShareRowExclusiveLock"
};
var SUBCOMMAND_NAMES = {
  AT_AddColumn: "ADD COLUMN",
  AT_DropColumn: "DROP COLUMN",
  AT_AlterColumnType: "ALTER COLUMN TYPE",
  AT_ColumnDefault: "ALTER COLUMN SET/DROP DEFAULT",
  AT_SetNotNull: "SET NOT NULL",
  AT_DropNotNull: "DROP NOT NULL",
  AT_AddConstraint: "ADD CONSTRAINT",
  AT_DropConstraint: "DROP CONSTRAINT",
  AT_ValidateConstraint: "VALIDATE CONSTRAINT",
  AT_SetStatistics: "SET STATISTICS",
  AT_SetOptions: "ALTER COLUMN SET (...)",
  AT_ResetOptions: "ALTER COLUMN RESET (...)",
  AT_SetRelOptions: "SET (...)",
  AT_ResetRelOptions: "RESET (...)",
  AT_ClusterOn: "CLUSTER ON",
  AT_DropCluster: "SET WITHOUT CLUSTER",
  AT_SetTableSpace: "SET TABLESPACE",
  AT_SetLogged: "SET LOGGED",
  AT_SetUnLogged: "SET UNLOGGED",
  AT_SetAccessMethod: "SET ACCESS METHOD",
  AT_EnableRowSecurity: "ENABLE ROW LEVEL SECURITY",
  AT_DisableRowSecurity: "DISABLE ROW LEVEL SECURITY",
  AT_ForceRowSecurity: "FORCE ROW LEVEL SECURITY",
  AT_NoForceRowSecurity: "NO FORCE ROW LEVEL SECURITY",
  AT_ChangeOwner: "OWNER TO",
  AT_ReplicaIdentity: "REPLICA IDENTITY",
  AT_AttachPartition: "ATTACH PARTITION",
  AT_DetachPartition: "DETACH PARTITION",
  AT_AddIdentity: "ADD GENERATED AS IDENTITY",
  AT_SetExpression: "SET EXPRESSION"
};
var LIGHT_STORAGE_PARAMETERS = /* @__PURE__ */ new Set([
  "fillfactor",
  "toast_tuple_target",
  "parallel_workers",
  "vacuum_index_cleanup",
  "vacuum_truncate",
  "log_autovacuum_min_duration",
  "deduplicate_items",
  "gin_pending_list_limit",
  "autosummarize"
]);
function storageParameterLock(cmd) {
  const names = (nodeAs(cmd.def, "List")?.items ?? []).map(
    (item) => nodeAs(item, "DefElem")?.defname ?? ""
  );
  const light = names.every(
    (name) => LIGHT_STORAGE_PARAMETERS.has(name) || name.startsWith("autovacuum_")
  );
  return light && names.length > 0 ? "ShareUpdateExclusiveLock" : "AccessExclusiveLock";
}
function notNullProvenByCheck(schema, table, column) {
  return (schema.table(table)?.constraints ?? []).some((c) => {
    if (c.kind !== "check" || !c.validated) return false;
    let proven = false;
    walkNodes(c.expr, (node) => {
      const test = nodeAs(node, "NullTest");
      const ref = nameParts(nodeAs(test?.arg, "ColumnRef")?.fields).at(-1);
      if (test?.nulltesttype === "IS_NOT_NULL" && ref === column) proven = true;
      const bool = nodeAs(node, "BoolExpr");
      return bool === void 0 || bool.boolop === "AND_EXPR";
    });
    return proven;
  });
}
function addConstraintWork(schema, table, con) {
  const validates = !con.skip_validation;
  switch (con.contype) {
    case "CONSTR_FOREIGN":
      return {
        mode: "ShareRowExclusiveLock",
        work: { rewrite: false, scan: validates },
        referenced: relationName(schema, con.pktable)
      };
    case "CONSTR_PRIMARY":
    case "CONSTR_UNIQUE":
    case "CONSTR_EXCLUSION": {
      if (con.indexname) {
        const index = schema.index(con.indexname, splitSchema(table));
        const nullable = (index?.columns ?? ["?"]).some((c) => !schema.column(table, c)?.notNull);
        return {
          mode: "AccessExclusiveLock",
          work: { rewrite: false, scan: con.contype === "CONSTR_PRIMARY" && nullable }
        };
      }
      return { mode: "AccessExclusiveLock", work: { rewrite: false, scan: true } };
    }
    default:
      return { mode: "AccessExclusiveLock", work: { rewrite: false, scan: validates } };
  }
}
function splitSchema(q) {
  return q.slice(0, q.indexOf("."));
}
function alterTableLocks(stmt, schema, pgVersion) {
  const relation = relationName(schema, stmt.relation);
  const relationKind = stmt.objtype === "OBJECT_INDEX" ? "index" : "table";
  const model = schema.table(relation);
  const list = new LockList();
  const verb = `ALTER ${relationKind === "index" ? "INDEX" : "TABLE"}`;
  for (const item of stmt.cmds ?? []) {
    const cmd = nodeAs(item, "AlterTableCmd");
    if (!cmd?.subtype) continue;
    const name = SUBCOMMAND_NAMES[cmd.subtype] ?? cmd.subtype.replace(/^AT_/, "");
    let mode = SUBCOMMAND_LOCKS[cmd.subtype] ?? "AccessExclusiveLock";
    let work = { rewrite: false, scan: false };
    const other = [];
    switch (cmd.subtype) {
      case "AT_AddColumn": {
        const def = nodeAs(cmd.def, "ColumnDef");
        if (def) work = addColumnWork(def, pgVersion);
        for (const c of def?.constraints ?? []) {
          const con = nodeAs(c, "Constraint");
          if (con?.contype === "CONSTR_FOREIGN") {
            const target = relationName(schema, con.pktable);
            if (target !== relation) {
              other.push({
                relation: target,
                mode: "ShareRowExclusiveLock",
                reason: "referenced by a new foreign key"
              });
            }
          }
        }
        break;
      }
      case "AT_AlterColumnType": {
        const def = nodeAs(cmd.def, "ColumnDef");
        if (def)
          work = alterColumnTypeWork(
            schema.column(relation, cmd.name ?? ""),
            def,
            pgVersion,
            cmd.name ?? ""
          );
        break;
      }
      case "AT_SetNotNull":
        work = {
          rewrite: false,
          scan: !(pgVersion >= 12 && notNullProvenByCheck(schema, relation, cmd.name ?? ""))
        };
        break;
      case "AT_AddConstraint": {
        const con = nodeAs(cmd.def, "Constraint");
        if (!con) break;
        const added = addConstraintWork(schema, relation, con);
        mode = added.mode;
        work = added.work;
        if (added.referenced && added.referenced !== relation) {
          other.push({
            relation: added.referenced,
            mode: added.mode,
            reason: "referenced by a new foreign key"
          });
        }
        break;
      }
      case "AT_ValidateConstraint": {
        const con = schema.constraint(relation, cmd.name ?? "");
        work = { rewrite: false, scan: !con?.validated };
        if (con?.kind === "foreign-key" && con.references && con.references.table !== relation) {
          other.push({
            relation: con.references.table,
            mode: "RowShareLock",
            reason: "referenced by the validated foreign key"
          });
        }
        break;
      }
      case "AT_DropConstraint": {
        const con = schema.constraint(relation, cmd.name ?? "");
        if (con?.kind === "foreign-key" && con.references && con.references.table !== relation) {
          other.push({
            relation: con.references.table,
            mode: "AccessExclusiveLock",
            reason: "its foreign-key triggers are dropped"
          });
        }
        break;
      }
      case "AT_SetRelOptions":
      case "AT_ResetRelOptions":
        mode = storageParameterLock(cmd);
        break;
      case "AT_SetTableSpace":
        work = { rewrite: model?.kind !== "partitioned-table", scan: false };
        break;
      case "AT_SetLogged":
      case "AT_SetUnLogged": {
        const target = cmd.subtype === "AT_SetUnLogged";
        work = { rewrite: model === void 0 || model.unlogged !== target, scan: false };
        break;
      }
      case "AT_SetAccessMethod":
      case "AT_SetExpression":
        work = { rewrite: true, scan: false };
        break;
      case "AT_AttachPartition": {
        mode = pgVersion >= 12 ? "ShareUpdateExclusiveLock" : "AccessExclusiveLock";
        const part = relationName(schema, nodeAs(cmd.def, "PartitionCmd")?.name);
        list.add(
          tableLock(part, "AccessExclusiveLock", `${verb} ... ATTACH PARTITION (attached table)`, {
            scan: true
          })
        );
        break;
      }
      case "AT_DetachPartition": {
        const concurrent = nodeAs(cmd.def, "PartitionCmd")?.concurrent ?? false;
        mode = concurrent ? "ShareUpdateExclusiveLock" : "AccessExclusiveLock";
        const part = relationName(schema, nodeAs(cmd.def, "PartitionCmd")?.name);
        list.add(tableLock(part, mode, `${verb} ... DETACH PARTITION (detached table)`));
        break;
      }
      case "AT_AddInherit":
        other.push({
          relation: relationName(schema, nodeAs(cmd.def, "RangeVar")),
          mode: "ShareUpdateExclusiveLock",
          reason: "becomes an inheritance parent"
        });
        break;
      default:
        break;
    }
    list.add({
      relation,
      relationKind,
      mode,
      rewrite: work.rewrite,
      scan: work.scan,
      reason: `${verb} ... ${name}${work.because ? ` (${work.because})` : ""}`
    });
    for (const o of other)
      list.add(tableLock(o.relation, o.mode, `${verb} ${relation} ... ${name}: ${o.reason}`));
  }
  return list.locks;
}

// src/core/locks/drop-locks.ts
function dropLocks(stmt, schema, list) {
  const cascade = stmt.behavior === "DROP_CASCADE";
  for (const object of stmt.objects ?? []) {
    const parts = nameParts(nodeAs(object, "List")?.items);
    const name = parts.at(-1) ?? "";
    switch (stmt.removeType) {
      case "OBJECT_INDEX": {
        const schemaName = parts.length >= 2 ? parts.at(-2) : void 0;
        const indexName = schema.resolveRelation(schemaName, name);
        const index = schema.indexes.get(indexName);
        const mode = stmt.concurrent ? "ShareUpdateExclusiveLock" : "AccessExclusiveLock";
        const what = `DROP INDEX${stmt.concurrent ? " CONCURRENTLY" : ""} ${indexName}`;
        if (index) list.add(tableLock(index.table, mode, what));
        list.add({ ...tableLock(indexName, mode, what), relationKind: "index" });
        break;
      }
      case "OBJECT_TABLE":
      case "OBJECT_VIEW":
      case "OBJECT_MATVIEW":
      case "OBJECT_FOREIGN_TABLE": {
        const relation = schema.resolveRelation(parts.length >= 2 ? parts.at(-2) : void 0, name);
        list.add(tableLock(relation, "AccessExclusiveLock", `DROP ${dropLabel(stmt.removeType)}`));
        for (const c of schema.table(relation)?.constraints ?? []) {
          if (c.kind === "foreign-key" && c.references && c.references.table !== relation) {
            list.add(
              tableLock(
                c.references.table,
                "AccessExclusiveLock",
                `DROP TABLE ${relation} drops its foreign key's triggers here`
              )
            );
          }
        }
        if (cascade) {
          for (const ref of referencingTables(schema, relation)) {
            list.add(
              tableLock(
                ref,
                "AccessExclusiveLock",
                `DROP ... CASCADE from ${relation} drops this table's foreign key`
              )
            );
          }
        }
        break;
      }
      case "OBJECT_TRIGGER":
      case "OBJECT_POLICY":
      case "OBJECT_RULE": {
        const tableParts = parts.slice(0, -1);
        const relation = schema.resolveRelation(
          tableParts.length >= 2 ? tableParts.at(-2) : void 0,
          tableParts.at(-1) ?? ""
        );
        list.add(
          tableLock(relation, "AccessExclusiveLock", `DROP ${dropLabel(stmt.removeType)} ${name}`)
        );
        break;
      }
      default:
        break;
    }
  }
}
function referencingTables(schema, table) {
  const found = [];
  for (const t of schema.tables.values()) {
    const name = qualify(t.schema, t.name);
    if (name === table) continue;
    if (t.constraints.some((c) => c.kind === "foreign-key" && c.references?.table === table)) {
      found.push(name);
    }
  }
  return found;
}
function dropLabel(removeType) {
  return (removeType ?? "OBJECT_TABLE").replace("OBJECT_", "").replace("_", " ");
}

// src/core/locks/reindex-locks.ts
function reindexLocks(stmt, schema, list) {
  const concurrently = (stmt.params ?? []).some(
    (p) => nodeAs(p, "DefElem")?.defname === "concurrently"
  );
  const tableMode = concurrently ? "ShareUpdateExclusiveLock" : "ShareLock";
  const indexMode = concurrently ? "ShareUpdateExclusiveLock" : "AccessExclusiveLock";
  const what = `REINDEX${concurrently ? " CONCURRENTLY" : ""}`;
  const tableAndIndexes = (table, indexes) => {
    list.add(tableLock(table, tableMode, what, { scan: true }));
    for (const index of indexes) {
      list.add({ ...tableLock(index, indexMode, what, { rewrite: true }), relationKind: "index" });
    }
  };
  const indexesOf = (table) => schema.indexesOf(table).map((i) => i.name);
  switch (stmt.kind) {
    case "REINDEX_OBJECT_INDEX": {
      const name = relationName(schema, stmt.relation);
      const index = schema.indexes.get(name);
      if (index) tableAndIndexes(index.table, [name]);
      else
        list.add({ ...tableLock(name, indexMode, what, { rewrite: true }), relationKind: "index" });
      break;
    }
    case "REINDEX_OBJECT_TABLE": {
      const table = relationName(schema, stmt.relation);
      tableAndIndexes(table, indexesOf(table));
      break;
    }
    case "REINDEX_OBJECT_SCHEMA":
    case "REINDEX_OBJECT_DATABASE":
      for (const t of schema.tables.values()) {
        if (t.kind !== "table" && t.kind !== "materialized-view") continue;
        if (stmt.kind === "REINDEX_OBJECT_SCHEMA" && t.schema !== stmt.name) continue;
        const name = qualify(t.schema, t.name);
        tableAndIndexes(name, indexesOf(name));
      }
      break;
    default:
      break;
  }
}

// src/core/locks/statement-locks.ts
function predictLocks(node, schema, pgVersion = 15) {
  const list = new LockList();
  const table = (rv) => relationName(schema, rv);
  switch (kindOf(node)) {
    case "AlterTableStmt": {
      const stmt = nodeAs(node, "AlterTableStmt");
      if (!stmt || stmt.objtype === "OBJECT_TYPE" || stmt.objtype === "OBJECT_SEQUENCE") break;
      return alterTableLocks(stmt, schema, pgVersion);
    }
    case "IndexStmt": {
      const stmt = nodeAs(node, "IndexStmt");
      if (!stmt) break;
      const mode = stmt.concurrent ? "ShareUpdateExclusiveLock" : "ShareLock";
      const what = `CREATE ${stmt.unique ? "UNIQUE " : ""}INDEX${stmt.concurrent ? " CONCURRENTLY" : ""}`;
      const target = table(stmt.relation);
      const skipped = stmt.if_not_exists === true && stmt.idxname !== void 0 && schema.index(stmt.idxname, splitQualified(target).schema) !== void 0;
      list.add(tableLock(target, mode, what, { scan: !skipped }));
      break;
    }
    case "DropStmt": {
      const stmt = nodeAs(node, "DropStmt");
      if (stmt) dropLocks(stmt, schema, list);
      break;
    }
    case "TruncateStmt": {
      const stmt = nodeAs(node, "TruncateStmt");
      const cascade = stmt?.behavior === "DROP_CASCADE";
      for (const rel of stmt?.relations ?? []) {
        const name = table(nodeAs(rel, "RangeVar"));
        list.add(tableLock(name, "AccessExclusiveLock", "TRUNCATE"));
        if (cascade) {
          for (const ref of referencingTables(schema, name)) {
            list.add(tableLock(ref, "AccessExclusiveLock", `TRUNCATE ... CASCADE from ${name}`));
          }
        }
      }
      break;
    }
    case "VacuumStmt": {
      const stmt = nodeAs(node, "VacuumStmt");
      const options = (stmt?.options ?? []).map((o) => nodeAs(o, "DefElem")?.defname);
      const full = stmt?.is_vacuumcmd === true && options.includes("full");
      const what = full ? "VACUUM FULL" : stmt?.is_vacuumcmd ? "VACUUM" : "ANALYZE";
      for (const rel of stmt?.rels ?? []) {
        const name = table(nodeAs(rel, "VacuumRelation")?.relation);
        if (full) list.add(tableLock(name, "AccessExclusiveLock", what, { rewrite: true }));
        else
          list.add(
            tableLock(name, "ShareUpdateExclusiveLock", what, {
              scan: stmt?.is_vacuumcmd === true
            })
          );
      }
      break;
    }
    case "ClusterStmt": {
      const stmt = nodeAs(node, "ClusterStmt");
      if (stmt?.relation) {
        list.add(
          tableLock(table(stmt.relation), "AccessExclusiveLock", "CLUSTER", { rewrite: true })
        );
      }
      break;
    }
    case "ReindexStmt": {
      const stmt = nodeAs(node, "ReindexStmt");
      if (stmt) reindexLocks(stmt, schema, list);
      break;
    }
    case "RefreshMatViewStmt": {
      const stmt = nodeAs(node, "RefreshMatViewStmt");
      if (!stmt) break;
      const mode = stmt.concurrent ? "ExclusiveLock" : "AccessExclusiveLock";
      const what = `REFRESH MATERIALIZED VIEW${stmt.concurrent ? " CONCURRENTLY" : ""}${stmt.skipData ? " WITH NO DATA" : ""}`;
      list.add(
        tableLock(table(stmt.relation), mode, what, {
          rewrite: !stmt.concurrent,
          scan: !stmt.skipData
        })
      );
      break;
    }
    case "CreateTrigStmt": {
      const stmt = nodeAs(node, "CreateTrigStmt");
      list.add(tableLock(table(stmt?.relation), "ShareRowExclusiveLock", "CREATE TRIGGER"));
      break;
    }
    case "CreatePolicyStmt":
      list.add(
        tableLock(
          table(nodeAs(node, "CreatePolicyStmt")?.table),
          "AccessExclusiveLock",
          "CREATE POLICY"
        )
      );
      break;
    case "AlterPolicyStmt":
      list.add(
        tableLock(
          table(nodeAs(node, "AlterPolicyStmt")?.table),
          "AccessExclusiveLock",
          "ALTER POLICY"
        )
      );
      break;
    case "RuleStmt":
      list.add(
        tableLock(table(nodeAs(node, "RuleStmt")?.relation), "AccessExclusiveLock", "CREATE RULE")
      );
      break;
    case "CreateStmt": {
      const stmt = nodeAs(node, "CreateStmt");
      if (!stmt) break;
      const created = table(stmt.relation);
      if (stmt.if_not_exists && schema.table(created)) break;
      for (const parent of stmt.inhRelations ?? []) {
        const partition = stmt.partbound !== void 0;
        list.add(
          tableLock(
            table(nodeAs(parent, "RangeVar")),
            partition ? "AccessExclusiveLock" : "ShareUpdateExclusiveLock",
            partition ? `CREATE TABLE ${created} PARTITION OF` : `CREATE TABLE ${created} INHERITS`
          )
        );
      }
      for (const ref of foreignKeyTargets(stmt.tableElts)) {
        const target = table(ref);
        if (target === created) continue;
        list.add(
          tableLock(
            target,
            "ShareRowExclusiveLock",
            `CREATE TABLE ${created} with a foreign key to it`
          )
        );
      }
      break;
    }
    case "ViewStmt": {
      const stmt = nodeAs(node, "ViewStmt");
      const view = table(stmt?.view);
      if (stmt?.replace && schema.table(view)) {
        list.add(tableLock(view, "AccessExclusiveLock", "CREATE OR REPLACE VIEW"));
      }
      break;
    }
    case "CreateStatsStmt":
      for (const rel of nodeAs(node, "CreateStatsStmt")?.relations ?? []) {
        list.add(
          tableLock(
            table(nodeAs(rel, "RangeVar")),
            "ShareUpdateExclusiveLock",
            "CREATE STATISTICS"
          )
        );
      }
      break;
    case "RenameStmt": {
      const stmt = nodeAs(node, "RenameStmt");
      if (!stmt?.relation) break;
      const name = table(stmt.relation);
      if (stmt.renameType === "OBJECT_INDEX") {
        const mode = pgVersion >= 12 ? "ShareUpdateExclusiveLock" : "AccessExclusiveLock";
        list.add({ ...tableLock(name, mode, "ALTER INDEX ... RENAME"), relationKind: "index" });
      } else if (stmt.renameType !== "OBJECT_SEQUENCE") {
        list.add(tableLock(name, "AccessExclusiveLock", renameLabel(stmt.renameType)));
      }
      break;
    }
    case "AlterObjectSchemaStmt": {
      const stmt = nodeAs(node, "AlterObjectSchemaStmt");
      if (stmt?.relation && stmt.objectType !== "OBJECT_SEQUENCE") {
        list.add(tableLock(table(stmt.relation), "AccessExclusiveLock", "SET SCHEMA"));
      }
      break;
    }
    case "CommentStmt": {
      const stmt = nodeAs(node, "CommentStmt");
      objectAddressLock(schema, stmt?.objtype, stmt?.object, "COMMENT ON", list);
      break;
    }
    case "SecLabelStmt": {
      const stmt = nodeAs(node, "SecLabelStmt");
      objectAddressLock(schema, stmt?.objtype, stmt?.object, "SECURITY LABEL", list);
      break;
    }
    case "LockStmt": {
      const stmt = nodeAs(node, "LockStmt");
      const mode = lockModeFromNumber(stmt?.mode);
      for (const rel of stmt?.relations ?? []) {
        list.add(tableLock(table(nodeAs(rel, "RangeVar")), mode, "LOCK TABLE"));
      }
      break;
    }
    case "InsertStmt":
      list.add(
        tableLock(table(nodeAs(node, "InsertStmt")?.relation), "RowExclusiveLock", "INSERT")
      );
      break;
    case "UpdateStmt":
      list.add(
        tableLock(table(nodeAs(node, "UpdateStmt")?.relation), "RowExclusiveLock", "UPDATE")
      );
      break;
    case "DeleteStmt":
      list.add(
        tableLock(table(nodeAs(node, "DeleteStmt")?.relation), "RowExclusiveLock", "DELETE")
      );
      break;
    case "MergeStmt":
      list.add(tableLock(table(nodeAs(node, "MergeStmt")?.relation), "RowExclusiveLock", "MERGE"));
      break;
    case "CopyStmt": {
      const stmt = nodeAs(node, "CopyStmt");
      if (stmt?.is_from && stmt.relation) {
        list.add(tableLock(table(stmt.relation), "RowExclusiveLock", "COPY FROM"));
      }
      break;
    }
    default:
      break;
  }
  return list.locks;
}
function objectAddressLock(schema, objtype, object, what, list) {
  const parts = nameParts(nodeAs(object, "List")?.items);
  const tail = {
    OBJECT_TABLE: 0,
    OBJECT_VIEW: 0,
    OBJECT_MATVIEW: 0,
    OBJECT_FOREIGN_TABLE: 0,
    OBJECT_INDEX: 0,
    OBJECT_COLUMN: 1,
    OBJECT_TABCONSTRAINT: 1,
    OBJECT_TRIGGER: 1,
    OBJECT_POLICY: 1,
    OBJECT_RULE: 1
  };
  const skip = tail[objtype ?? ""];
  if (skip === void 0) return;
  const rel = parts.slice(0, parts.length - skip);
  const name = rel.at(-1);
  if (name === void 0) return;
  const relation = schema.resolveRelation(rel.length >= 2 ? rel.at(-2) : void 0, name);
  const lock = tableLock(
    relation,
    "ShareUpdateExclusiveLock",
    `${what} ${objtype?.replace("OBJECT_", "")}`
  );
  list.add(objtype === "OBJECT_INDEX" ? { ...lock, relationKind: "index" } : lock);
}
function foreignKeyTargets(elements) {
  const targets = [];
  for (const element of elements ?? []) {
    const constraints = [
      ...nodeAs(element, "ColumnDef")?.constraints ?? [],
      ...nodeAs(element, "Constraint") ? [element] : []
    ];
    for (const c of constraints) {
      const con = nodeAs(c, "Constraint");
      if (con?.contype === "CONSTR_FOREIGN" && con.pktable) targets.push(con.pktable);
    }
  }
  return targets;
}
var RENAME_LABELS = {
  OBJECT_TABLE: "ALTER TABLE ... RENAME TO",
  OBJECT_COLUMN: "ALTER TABLE ... RENAME COLUMN",
  OBJECT_TABCONSTRAINT: "ALTER TABLE ... RENAME CONSTRAINT",
  OBJECT_TRIGGER: "ALTER TRIGGER ... RENAME",
  OBJECT_POLICY: "ALTER POLICY ... RENAME",
  OBJECT_VIEW: "ALTER VIEW ... RENAME",
  OBJECT_MATVIEW: "ALTER MATERIALIZED VIEW ... RENAME"
};
function renameLabel(renameType) {
  return RENAME_LABELS[renameType ?? ""] ?? "RENAME";
}

// src/core/locks/transaction-block.ts
function transactionBlockForbidden(node) {
  const index = nodeAs(node, "IndexStmt");
  if (index?.concurrent) return "CREATE INDEX CONCURRENTLY";
  const drop = nodeAs(node, "DropStmt");
  if (drop?.concurrent && drop.removeType === "OBJECT_INDEX") return "DROP INDEX CONCURRENTLY";
  const reindex = nodeAs(node, "ReindexStmt");
  if (reindex) {
    const concurrently = (reindex.params ?? []).some(
      (p) => nodeAs(p, "DefElem")?.defname === "concurrently"
    );
    if (concurrently) return "REINDEX CONCURRENTLY";
    if (reindex.kind === "REINDEX_OBJECT_SCHEMA") return "REINDEX SCHEMA";
    if (reindex.kind === "REINDEX_OBJECT_DATABASE") return "REINDEX DATABASE";
    if (reindex.kind === "REINDEX_OBJECT_SYSTEM") return "REINDEX SYSTEM";
    return void 0;
  }
  const alter = nodeAs(node, "AlterTableStmt");
  for (const item of alter?.cmds ?? []) {
    const cmd = nodeAs(item, "AlterTableCmd");
    if (cmd?.subtype === "AT_DetachPartition" && nodeAs(cmd.def, "PartitionCmd")?.concurrent) {
      return "ALTER TABLE ... DETACH PARTITION CONCURRENTLY";
    }
  }
  const vacuum = nodeAs(node, "VacuumStmt");
  if (vacuum?.is_vacuumcmd) return "VACUUM";
  const cluster = nodeAs(node, "ClusterStmt");
  if (cluster && !cluster.relation) return "CLUSTER";
  return void 0;
}

// src/core/sql/plpgsql.ts
var import_libpg_query = __toESM(require_wasm(), 1);
var LOOP_KINDS = {
  PLpgSQL_stmt_loop: "loop",
  PLpgSQL_stmt_while: "while",
  PLpgSQL_stmt_fori: "for",
  PLpgSQL_stmt_fors: "for",
  PLpgSQL_stmt_forc: "for",
  PLpgSQL_stmt_foreach_a: "for",
  PLpgSQL_stmt_dynfors: "for"
};
function parsePlpgsqlBody(statementSql, context, bodyLine) {
  let parsed;
  try {
    parsed = (0, import_libpg_query.parsePlPgSQLSync)(statementSql);
  } catch {
    return void 0;
  }
  const fn = parsed.plpgsql_funcs?.[0]?.PLpgSQL_function;
  if (fn?.action === void 0) return void 0;
  const body = { context, sql: [], loops: [], commits: false, dynamic: false };
  walk(fn.action, { line: 1, loops: [] }, body, bodyLine);
  return body;
}
function walk(value, state, body, bodyLine) {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, state, body, bodyLine);
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === "PLpgSQL_expr") {
      recordExpression(inner, state, body, bodyLine);
      continue;
    }
    if (key.startsWith("PLpgSQL_stmt_") || key === "PLpgSQL_if_elsif" || key === "PLpgSQL_case_when") {
      const lineno = inner.lineno;
      let next = lineno === void 0 ? state : { ...state, line: lineno };
      if (key === "PLpgSQL_stmt_commit" || key === "PLpgSQL_stmt_rollback") {
        body.commits = true;
        for (const loop of state.loops) loop.commits = true;
      }
      if (key === "PLpgSQL_stmt_dynexecute" || key === "PLpgSQL_stmt_dynfors") {
        body.dynamic = true;
      }
      const loopKind = LOOP_KINDS[key];
      if (loopKind !== void 0) {
        const loop = {
          kind: loopKind,
          line: bodyLine + (lineno ?? state.line) - 1,
          commits: false,
          statements: []
        };
        body.loops.push(loop);
        const { body: loopBody, ...header2 } = inner;
        walk(header2, next, body, bodyLine);
        next = { ...next, loops: [...state.loops, loop] };
        walk(loopBody, next, body, bodyLine);
        continue;
      }
      walk(inner, next, body, bodyLine);
      continue;
    }
    walk(inner, state, body, bodyLine);
  }
}
function recordExpression(expr, state, body, bodyLine) {
  const query = expr.query ?? "";
  const isStatement = (expr.parseMode ?? 0) === 0;
  const parsed = isStatement ? { nodes: parseStatements(query), locationShift: 0 } : parseExpression(query, expr.parseMode ?? 2);
  const embedded = {
    sql: query,
    line: bodyLine + state.line - 1,
    mode: isStatement ? "statement" : "expression",
    nodes: parsed.nodes,
    locationShift: parsed.locationShift,
    loops: state.loops
  };
  body.sql.push(embedded);
  if (isStatement) for (const loop of state.loops) loop.statements.push(embedded);
}
function parseStatements(sql) {
  try {
    const result2 = (0, import_libpg_query.parseSync)(sql);
    return (result2.stmts ?? []).map((s) => s.stmt);
  } catch {
    return [];
  }
}
var SELECT_PREFIX = "SELECT ";
function parseExpression(sql, parseMode) {
  let text = sql;
  let textStart = 0;
  if (parseMode >= 3) {
    try {
      const assign = (0, import_libpg_query.scanSync)(sql).tokens.find((t) => t.text === ":=" || t.text === "=");
      if (assign) {
        text = sql.slice(assign.end);
        textStart = assign.end;
      }
    } catch {
      return { nodes: [], locationShift: 0 };
    }
  }
  const locationShift = SELECT_PREFIX.length - textStart;
  try {
    const result2 = (0, import_libpg_query.parseSync)(`${SELECT_PREFIX}${text}`);
    const targets = result2.stmts?.[0]?.stmt.SelectStmt?.targetList ?? [];
    const nodes = targets.flatMap((t) => t.ResTarget?.val ? [t.ResTarget.val] : []);
    return { nodes, locationShift };
  } catch {
    return { nodes: [], locationShift };
  }
}
function embeddedLine(embedded, location) {
  if (location === void 0 || location < 0) return embedded.line;
  const bytes = new TextEncoder().encode(embedded.sql);
  const end = Math.min(bytes.length, Math.max(0, location - embedded.locationShift));
  let newlines = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) newlines++;
  return embedded.line + newlines;
}
function embeddedSqlOf(body, node) {
  return body.sql.find((e) => e.nodes.includes(node));
}

// src/core/rules/mixed-schema-and-data/index.ts
var files = /* @__PURE__ */ new WeakMap();
var mixedSchemaAndData = {
  meta: {
    id: "mixed-schema-and-data",
    defaultSeverity: "warning",
    category: "data",
    summary: "DDL and a data change on the same existing table in one transaction: the DDL lock is held while the data changes.",
    fix: "ALTER TABLE table_name ADD COLUMN column_name type;  -- alone in its migration; backfill afterwards in batches (one transaction each), then add NOT NULL or CHECK in a later migration",
    predicts: "lock"
  },
  statement(ctx) {
    let state = files.get(ctx.statements);
    if (!state) {
      state = { held: /* @__PURE__ */ new Map(), reported: /* @__PURE__ */ new Set() };
      files.set(ctx.statements, state);
    }
    const { statement } = ctx;
    const tx = nodeAs(statement.node, "TransactionStmt")?.kind;
    const ends = tx === "TRANS_STMT_COMMIT" || tx === "TRANS_STMT_ROLLBACK" || tx === "TRANS_STMT_PREPARE";
    const runsAlone = !statement.parent && !ctx.inTransactionBlock && transactionBlockForbidden(statement.node);
    if (ends || runsAlone) {
      state.held.clear();
      return;
    }
    holdDdlLocks(ctx, state);
    reportDataChange(ctx, state);
  }
};
function holdDdlLocks(ctx, state) {
  const { node, line } = ctx.statement;
  if (dataChangeOf(node) || nodeAs(node, "LockStmt")) return;
  for (const lock of predictLocks(node, ctx.schema, ctx.options.pgVersion)) {
    if (lock.relationKind !== "table" || ctx.isNew(lock.relation)) continue;
    const { reads, writes } = blocksOperations(lock.mode);
    if (!reads && !writes) continue;
    const held = state.held.get(lock.relation);
    if (held && strongerLock(held.mode, lock.mode) === held.mode) continue;
    state.held.set(lock.relation, { mode: lock.mode, line, what: lock.reason });
  }
}
function reportDataChange(ctx, state) {
  const change = dataChangeOf(ctx.statement.node);
  if (!change || change.literalRows || commitsEachPass(ctx.statement)) return;
  const table = relationName(ctx.schema, change.relation);
  const held = state.held.get(table);
  if (!held || state.reported.has(table) || ctx.isNew(table)) return;
  if (touchesOneRow(ctx.statement.node, ctx.schema, table)) return;
  state.reported.add(table);
  const blocked = blocksOperations(held.mode).reads ? "every query on it, reads included, waits" : "every INSERT, UPDATE and DELETE on it waits";
  ctx.report({
    message: `${change.verb} on existing table ${table} runs in the same transaction as line ${held.line} (${held.what}), so the ${LOCK_LABELS[held.mode]} lock that statement took on ${table} is held for the whole data change: ${blocked} until the migration commits.`,
    fix: `Let the statement on line ${held.line} commit on its own (a migration file of its own), run this ${change.verb} afterwards in batches of one transaction each, and add any constraint that needs the data in a later migration.`
  });
}
function commitsEachPass(statement) {
  const body = statement.parent?.plpgsql;
  if (!body) return false;
  return embeddedSqlOf(body, statement.node)?.loops.some((l) => l.commits) ?? false;
}
function touchesOneRow(node, schema, table) {
  const where = nodeAs(node, "UpdateStmt")?.whereClause ?? nodeAs(node, "DeleteStmt")?.whereClause;
  if (!where) return false;
  const keys = new Set(
    (schema.table(table)?.constraints ?? []).filter((c) => (c.kind === "primary-key" || c.kind === "unique") && c.columns.length === 1).flatMap((c) => c.columns)
  );
  const bool = nodeAs(where, "BoolExpr");
  const conjuncts = bool?.boolop === "AND_EXPR" ? bool.args ?? [] : [where];
  return conjuncts.some((c) => {
    const expr = nodeAs(c, "A_Expr");
    if (expr?.kind !== "AEXPR_OP" || nameParts(expr.name)[0] !== "=") return false;
    const column = nameParts(nodeAs(expr.lexpr, "ColumnRef")?.fields).at(-1);
    return column !== void 0 && keys.has(column) && isConstant(expr.rexpr);
  });
}
function isConstant(node) {
  if (nodeAs(node, "A_Const")) return true;
  return nodeAs(nodeAs(node, "TypeCast")?.arg, "A_Const") !== void 0;
}

// src/core/rules/null-unsafe-comparison/index.ts
var import_libpg_query2 = __toESM(require_wasm(), 1);
var nullUnsafeComparison = {
  meta: {
    id: "null-unsafe-comparison",
    defaultSeverity: "warning",
    category: "data",
    summary: "A trigger compares OLD.col and NEW.col with = or <>, which yields NULL (not true or false) when either is NULL.",
    fix: "IF OLD.column_name IS DISTINCT FROM NEW.column_name THEN ... END IF;"
  },
  // At file end, so the triggers that bind each function (often written after it) are known.
  fileEnd(ctx) {
    for (const statement of ctx.statements) {
      const fn = nodeAs(statement.node, "CreateFunctionStmt");
      if (fn && statement.plpgsql && returnsTrigger(fn.returnType?.names)) {
        const name = nameParts(fn.funcname);
        const tables = boundTables(ctx, name);
        for (const sql of statement.plpgsql.sql) {
          const found = sql.nodes.flatMap(
            (node) => rowComparisons(node, (location) => embeddedLine(sql, location))
          );
          report(ctx, statement, found, tables, `trigger function ${name.join(".")}`);
        }
      }
      const trigger = nodeAs(statement.node, "CreateTrigStmt");
      if (trigger?.whenClause) {
        const table = relationName(ctx.schema, trigger.relation);
        const found = whenClauseComparisons(statement);
        report(ctx, statement, found, [table], `the WHEN clause of trigger ${trigger.trigname}`);
      }
    }
  }
};
function report(ctx, statement, found, tables, where) {
  const reported = /* @__PURE__ */ new Set();
  for (const cmp of found) {
    if (reported.has(cmp.line) || isNotNullEverywhere(ctx, tables, cmp.columns)) continue;
    reported.add(cmp.line);
    const text = `${cmp.left} ${cmp.op} ${cmp.right}`;
    const safe = `${cmp.left} ${cmp.op === "<>" ? "IS DISTINCT FROM" : "IS NOT DISTINCT FROM"} ${cmp.right}`;
    const missed = cmp.op === "<>" ? "a change from NULL to a value, or from a value to NULL, counts as no change and the branch it guards is skipped" : "two NULLs do not count as equal, and a change to or from NULL is neither equal nor unequal, so the wrong branch runs";
    ctx.report(statement, {
      line: cmp.line,
      message: `${text} in ${where} is NULL, not true or false, when either side is NULL: ${missed}.`,
      fix: `${safe}  -- NULL-safe: compares NULLs as ordinary values`
    });
  }
}
function returnsTrigger(names) {
  return nameParts(names).at(-1) === "trigger";
}
function boundTables(ctx, fnName) {
  const tables = [];
  for (const statement of ctx.statements) {
    const trigger = nodeAs(statement.node, "CreateTrigStmt");
    if (!trigger) continue;
    const called = nameParts(trigger.funcname);
    if (called.at(-1) !== fnName.at(-1)) continue;
    const bothQualified = called.length > 1 && fnName.length > 1;
    if (bothQualified && called.at(-2) !== fnName.at(-2)) continue;
    tables.push(relationName(ctx.schema, trigger.relation));
  }
  return tables;
}
function isNotNullEverywhere(ctx, tables, columns) {
  if (tables.length === 0) return false;
  return tables.every((t) => columns.every((c) => ctx.schema.column(t, c)?.notNull === true));
}
function rowComparisons(root, lineOf) {
  return findNodes(root, "A_Expr").flatMap((expr) => {
    const cmp = rowComparison(expr);
    return cmp ? [{ ...cmp, line: lineOf(nodeAs(expr.lexpr, "ColumnRef")?.location) }] : [];
  });
}
function rowComparison(expr) {
  if (expr.kind !== "AEXPR_OP") return void 0;
  const op = nameParts(expr.name)[0];
  if (op !== "=" && op !== "<>" && op !== "!=") return void 0;
  const left = recordField(expr.lexpr);
  const right = recordField(expr.rexpr);
  if (!left || !right || left.record === right.record) return void 0;
  return {
    op: op === "=" ? "=" : "<>",
    left: `${left.record.toUpperCase()}.${left.column}`,
    right: `${right.record.toUpperCase()}.${right.column}`,
    columns: [.../* @__PURE__ */ new Set([left.column, right.column])]
  };
}
function recordField(node) {
  const parts = nameParts(nodeAs(node, "ColumnRef")?.fields);
  if (parts.length !== 2) return void 0;
  const [record, column] = parts;
  if (record !== "old" && record !== "new" || column === void 0) return void 0;
  return { record, column };
}
function whenClauseComparisons(statement) {
  let when;
  try {
    const parsed = (0, import_libpg_query2.parseSync)(statement.text);
    when = nodeAs(parsed.stmts?.[0]?.stmt, "CreateTrigStmt")?.whenClause;
  } catch {
    return [];
  }
  const bytes = new TextEncoder().encode(statement.text);
  return rowComparisons(when, (location) => {
    let line = statement.line;
    for (let i = 0; i < Math.min(location ?? 0, bytes.length); i++) if (bytes[i] === 10) line++;
    return line;
  });
}

// src/core/rules/rescanning-batch/index.ts
var KEYSET_OPS = /* @__PURE__ */ new Set([">", ">=", "<", "<="]);
var rescanningBatch = {
  meta: {
    id: "rescanning-batch",
    defaultSeverity: "warning",
    category: "data",
    summary: "Batches picked by OFFSET, or by `col IS NULL ... LIMIT n` without a keyset: every pass rescans the table from the start.",
    fix: "SELECT id FROM table_name WHERE id > last_id ORDER BY id LIMIT batch_size;  -- keyset: remember the last id of each batch and start the next one after it",
    predicts: "scan"
  },
  statement(ctx) {
    if (ctx.statement.parent) return;
    const body = ctx.statement.plpgsql;
    if (!body) return;
    const trigger = isTriggerFunction(ctx.statement.node);
    for (const sql of body.sql) {
      if (sql.mode !== "statement") continue;
      const inLoop = sql.loops.length > 0;
      for (const node of sql.nodes) {
        const batchStep = inLoop || body.context === "function" && dataChangeOf(node) !== void 0;
        const report2 = rescan(ctx, node, inLoop, batchStep, trigger);
        if (!report2) continue;
        ctx.report({ line: sql.line, ...report2 });
        break;
      }
    }
  }
};
function rescan(ctx, node, inLoop, batchStep, trigger) {
  for (const select of findNodes(node, "SelectStmt")) {
    if (trigger && readsTransitionTable(ctx, select)) continue;
    const table = tableOf(ctx, select);
    const key = keyColumn(ctx, select);
    if (batchStep && select.limitOffset && !isConstant2(select.limitOffset)) {
      return {
        message: `This batch is picked with a moving OFFSET on ${table}: to skip n rows Postgres must read and discard them, so each pass rereads every batch before it and the job is quadratic in the table size; rows that earlier passes changed also shift the offset, so some are skipped or done twice.`,
        fix: `SELECT ${key} FROM ${table} WHERE ${key} > last_${key} ORDER BY ${key} LIMIT batch_size;  -- keyset: carry the last ${key} of each batch into the next`
      };
    }
    if (!inLoop || !select.limitCount) continue;
    const nullTested = findNodes(select.whereClause, "NullTest").filter((t) => t.nulltesttype === "IS_NULL").map((t) => nameParts(nodeAs(t.arg, "ColumnRef")?.fields).at(-1)).find((c) => c !== void 0);
    if (nullTested === void 0 || hasKeyset(select)) continue;
    return {
      message: `This loop picks each batch of ${table} with \`${nullTested} IS NULL ... LIMIT\` and no keyset: every pass scans the table from the start, through all the rows earlier passes already filled (and their dead versions), so each batch is slower than the last and the job is quadratic in the table size.`,
      fix: `SELECT ${key} FROM ${table} WHERE ${key} > last_${key} AND ${nullTested} IS NULL ORDER BY ${key} LIMIT batch_size;  -- keyset: carry the last ${key} of each batch into the next`
    };
  }
  return void 0;
}
function isTriggerFunction(node) {
  const fn = nodeAs(node, "CreateFunctionStmt");
  return fn?.returnType !== void 0 && typeRef(fn.returnType).name === "trigger";
}
function readsTransitionTable(ctx, select) {
  const rv = nodeAs(select.fromClause?.[0], "RangeVar");
  if (!rv?.relname || rv.schemaname) return false;
  return ctx.schema.table(relationName(ctx.schema, rv)) === void 0;
}
function tableOf(ctx, select) {
  const rv = nodeAs(select.fromClause?.[0], "RangeVar");
  return rv ? relationName(ctx.schema, rv) : "the table";
}
function keyColumn(ctx, select) {
  const rv = nodeAs(select.fromClause?.[0], "RangeVar");
  if (!rv) return "id";
  const pk = ctx.schema.table(relationName(ctx.schema, rv))?.constraints.find((c) => c.kind === "primary-key");
  return pk?.columns.length === 1 ? pk.columns[0] ?? "id" : "id";
}
function hasKeyset(select) {
  const sortKey = nodeAs(select.sortClause?.[0], "SortBy")?.node;
  const leading = columnName(sortKey);
  if (leading === void 0) return false;
  return findNodes(select.whereClause, "A_Expr").some((expr) => {
    if (expr.kind === "AEXPR_BETWEEN" || expr.kind === "AEXPR_BETWEEN_SYM") {
      return columnName(expr.lexpr) === leading;
    }
    if (expr.kind !== "AEXPR_OP" || !KEYSET_OPS.has(nameParts(expr.name)[0] ?? "")) return false;
    const sides = [
      [expr.lexpr, expr.rexpr],
      [expr.rexpr, expr.lexpr]
    ];
    return sides.some(([col, value]) => leadingColumn(col) === leading && !isConstant2(value));
  });
}
function leadingColumn(node) {
  const row = nodeAs(node, "RowExpr");
  return columnName(row ? row.args?.[0] : node);
}
function columnName(node) {
  return nameParts(nodeAs(node, "ColumnRef")?.fields).at(-1);
}
function isConstant2(node) {
  if (nodeAs(node, "A_Const")) return true;
  return nodeAs(nodeAs(node, "TypeCast")?.arg, "A_Const") !== void 0;
}

// src/core/rules/unbatched-data-change/row-filter.ts
var EQUALITY_OPS = /* @__PURE__ */ new Set(["=", "<>", "!="]);
function unboundedFilter(where, scope) {
  if (where === void 0) return { kind: "none" };
  const tested = /* @__PURE__ */ new Map();
  const joined = /* @__PURE__ */ new Set();
  if (!isUnselective(where, scope, tested, joined)) return void 0;
  if (joined.size > 0) return { kind: "join", tables: [...joined] };
  if (tested.size > 0) {
    const nullOnly = [...tested.values()].every((how) => how === "is-null");
    return { kind: "backfill", columns: [...tested.keys()], nullOnly };
  }
  return { kind: "none" };
}
function isUnselective(node, scope, tested, joined) {
  const bool = nodeAs(node, "BoolExpr");
  if (bool) {
    if (bool.boolop === "NOT_EXPR") {
      const column = setColumn(bool.args?.[0], scope);
      if (column === void 0) return false;
      tested.set(column, "value");
      return true;
    }
    return (bool.args ?? []).every((arg) => isUnselective(arg, scope, tested, joined));
  }
  const constant = nodeAs(node, "A_Const");
  if (constant) return constant.boolval?.boolval === true;
  const nullTest = nodeAs(node, "NullTest");
  if (nullTest) {
    const how = nullTest.nulltesttype === "IS_NULL" ? "is-null" : "value";
    return recordTest(setColumn(nullTest.arg, scope), tested, how);
  }
  const boolTest = nodeAs(node, "BooleanTest");
  if (boolTest) return recordTest(setColumn(boolTest.arg, scope), tested, "value");
  const bare = setColumn(node, scope);
  if (bare !== void 0) return recordTest(bare, tested, "value");
  const expr = nodeAs(node, "A_Expr");
  if (!expr) return false;
  const op = nameParts(expr.name)[0] ?? "";
  const comparesValues = expr.kind === "AEXPR_OP" && EQUALITY_OPS.has(op) || expr.kind === "AEXPR_DISTINCT" || expr.kind === "AEXPR_NOT_DISTINCT";
  if (!comparesValues) return false;
  const left = setColumn(expr.lexpr, scope);
  const right = setColumn(expr.rexpr, scope);
  if (left !== void 0 && isConstant3(expr.rexpr)) return recordTest(left, tested, "value");
  if (right !== void 0 && isConstant3(expr.lexpr)) return recordTest(right, tested, "value");
  if (expr.kind === "AEXPR_OP" && op === "=") {
    const table = joinedTable(expr.lexpr, expr.rexpr, scope);
    if (table !== void 0) {
      joined.add(table);
      return true;
    }
  }
  return false;
}
function recordTest(column, tested, how) {
  if (column === void 0) return false;
  tested.set(column, tested.get(column) === "is-null" ? "is-null" : how);
  return true;
}
function setColumn(node, scope) {
  const ref = columnRef(node);
  if (!ref) return void 0;
  const { qualifier, column } = ref;
  if (qualifier !== void 0 && !scope.targetNames.includes(qualifier)) return void 0;
  return scope.setColumns.includes(column) ? column : void 0;
}
function joinedTable(a, b, scope) {
  const left = columnRef(a);
  const right = columnRef(b);
  if (!left || !right) return void 0;
  const isTarget = (q) => q === void 0 || scope.targetNames.includes(q);
  const fromTable = (q) => q === void 0 ? void 0 : scope.fromTables.get(q);
  if (isTarget(left.qualifier)) return fromTable(right.qualifier);
  if (isTarget(right.qualifier)) return fromTable(left.qualifier);
  return void 0;
}
function columnRef(node) {
  const ref = nodeAs(node, "ColumnRef");
  if (!ref) return void 0;
  const parts = nameParts(ref.fields);
  if (parts.length === 0 || parts.length !== (ref.fields ?? []).length) return void 0;
  const column = parts[parts.length - 1] ?? "";
  const qualifier = parts.length >= 2 ? parts[parts.length - 2] : void 0;
  return qualifier === void 0 ? { column } : { qualifier, column };
}
function isConstant3(node) {
  if (nodeAs(node, "A_Const")) return true;
  const cast = nodeAs(node, "TypeCast");
  return cast !== void 0 && nodeAs(cast.arg, "A_Const") !== void 0;
}

// src/core/rules/unbatched-data-change/index.ts
var unbatchedDataChange = {
  meta: {
    id: "unbatched-data-change",
    defaultSeverity: "warning",
    category: "data",
    summary: "UPDATE or DELETE of every row of an existing table (no WHERE, or a WHERE that only tests the column being backfilled) in one transaction.",
    fix: "UPDATE table_name SET col = ... WHERE id IN (SELECT id FROM table_name WHERE id > $last_id AND col IS NULL ORDER BY id LIMIT 5000);  -- one transaction per batch: a procedure that COMMITs per batch, called outside a transaction, or a script"
  },
  statement(ctx) {
    const update = nodeAs(ctx.statement.node, "UpdateStmt");
    const del = nodeAs(ctx.statement.node, "DeleteStmt");
    const target = update?.relation ?? del?.relation;
    if (!target || insideLoop(ctx.statement)) return;
    const table = relationName(ctx.schema, target);
    if (ctx.isNew(table)) return;
    const model = ctx.schema.table(table);
    if (model && model.kind !== "table" && model.kind !== "partitioned-table") return;
    const targetNames = [target.alias?.aliasname ?? target.relname ?? ""];
    const scope = update ? {
      targetNames,
      setColumns: setColumnsOf(update.targetList),
      fromTables: fromTables(update.fromClause)
    } : (
      // A DELETE with USING deletes the rows that match, which is usually the point.
      { targetNames, setColumns: [], fromTables: /* @__PURE__ */ new Map() }
    );
    const filter = unboundedFilter(update ? update.whereClause : del?.whereClause, scope);
    if (!filter || filter.kind === "backfill" && !filter.nullOnly) return;
    ctx.report(
      update ? updateReport(ctx.schema, table, scope.setColumns, filter, (col) => ctx.isNewOrigin(col)) : deleteReport(ctx.schema, table)
    );
  }
};
function insideLoop(statement) {
  const body = statement.parent?.plpgsql;
  if (!body) return false;
  return (embeddedSqlOf(body, statement.node)?.loops.length ?? 0) > 0;
}
function setColumnsOf(targetList) {
  return (targetList ?? []).flatMap((t) => {
    const name = nodeAs(t, "ResTarget")?.name;
    return name ? [name] : [];
  });
}
function fromTables(fromClause) {
  const tables = /* @__PURE__ */ new Map();
  for (const item of fromClause ?? []) {
    const rv = nodeAs(item, "RangeVar");
    if (!rv?.relname) continue;
    const written = rv.schemaname ? `${rv.schemaname}.${rv.relname}` : rv.relname;
    tables.set(rv.alias?.aliasname ?? rv.relname, written);
  }
  return tables;
}
var UPDATE_COST = "in one transaction: each row stays locked until the migration commits (concurrent updates of those rows wait), gets a new row version (table and index bloat, a burst of WAL for replicas to replay), and the change shows only at the end";
var DELETE_COST = "in one transaction: each row stays locked until the migration commits (concurrent updates of those rows wait) and then lingers as a dead row until vacuum, after a burst of WAL for replicas to replay";
function updateReport(schema, table, setColumns, filter, addedHere) {
  const cols = setColumns.join(", ");
  let scope;
  if (filter.kind === "none") {
    scope = `has no WHERE clause, so it rewrites every row of ${table}`;
  } else if (filter.kind === "join") {
    scope = `only joins it to ${filter.tables.join(", ")}, so it rewrites every row that has a match \u2014 in practice the whole table`;
  } else {
    const fresh2 = filter.columns.filter((c) => {
      const column = schema.column(table, c);
      return column !== void 0 && addedHere(column.addedBy) && !column.filled;
    });
    const tested = filter.columns.join(", ");
    if (fresh2.length > 0 && filter.nullOnly) {
      scope = `only tests ${tested} IS NULL, and this migration just added ${tested}, so it is NULL on every row and the UPDATE rewrites all of ${table}`;
    } else {
      scope = `only tests the column it fills (${tested} IS NULL), so it rewrites every row of ${table} not yet backfilled \u2014 on a first backfill, all of them`;
    }
  }
  const key = primaryKeyOf(schema, table);
  const nullTest = filter.kind === "backfill" && filter.nullOnly ? ` AND ${filter.columns[0]} IS NULL` : "";
  return {
    message: `UPDATE of ${cols} on existing table ${table} ${scope}, ${UPDATE_COST}.`,
    fix: `UPDATE ${table} SET ${cols.split(", ")[0] ?? "col"} = ... WHERE ${key} IN (SELECT ${key} FROM ${table} WHERE ${key} > $last_${key}${nullTest} ORDER BY ${key} LIMIT 5000);  -- one transaction per batch: a procedure that COMMITs per batch (called outside a transaction) or a script`
  };
}
function deleteReport(schema, table) {
  const key = primaryKeyOf(schema, table);
  return {
    message: `DELETE on existing table ${table} has no WHERE clause, so it deletes every row ${DELETE_COST}.`,
    fix: `DELETE FROM ${table} WHERE ${key} IN (SELECT ${key} FROM ${table} WHERE ${key} > $last_${key} ORDER BY ${key} LIMIT 5000);  -- in batches, one transaction each; or TRUNCATE ${table} if it really must be emptied (brief ACCESS EXCLUSIVE lock, no dead rows)`
  };
}
function primaryKeyOf(schema, table) {
  const pk = schema.table(table)?.constraints.find((c) => c.kind === "primary-key");
  return pk?.columns.length === 1 ? pk.columns[0] ?? "id" : "id";
}

// src/core/rules/vector-index-before-data/index.ts
var vectorIndexBeforeData = {
  meta: {
    id: "vector-index-before-data",
    defaultSeverity: "warning",
    category: "data",
    summary: "An ivfflat index built on a vector column this migration added or left empty: its lists are trained on no data.",
    fix: "CREATE INDEX CONCURRENTLY index_name ON table_name USING hnsw (embedding vector_cosine_ops);  -- or build the ivfflat index after the backfill, WITH (lists = rows / 1000)"
  },
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, "IndexStmt");
    if (stmt?.accessMethod?.toLowerCase() !== "ivfflat") return;
    const tableName = relationName(ctx.schema, stmt.relation);
    const table = ctx.schema.table(tableName);
    if (!table) return;
    const newTable2 = ctx.isNew(table);
    for (const param of stmt.indexParams ?? []) {
      const elem = nodeAs(param, "IndexElem");
      const column = elem?.name ? table.columns.get(elem.name) : void 0;
      if (!column) continue;
      let why;
      if (newTable2 && !table.rowsWritten) {
        why = `${tableName} is created by this migration and no rows are inserted before the index`;
      } else if ((newTable2 || ctx.isNewOrigin(column.addedBy)) && !column.filled) {
        why = `${column.name} is ${newTable2 ? "part of a table created" : "added"} by this migration and nothing fills it before the index`;
      }
      if (!why) continue;
      const opclass = nameParts(elem?.opclass).join(".") || "vector_cosine_ops";
      const indexName = stmt.idxname ?? "index_name";
      ctx.report({
        message: `ivfflat index ${indexName} on ${tableName} (${column.name}) is built while the column is empty (${why}): ivfflat picks its lists' centroids from the vectors present at build time, so with none the lists are meaningless and nearest-neighbour queries silently miss most matches until the index is rebuilt.`,
        fix: `CREATE INDEX CONCURRENTLY ${indexName} ON ${tableName} USING hnsw (${column.name} ${opclass});  -- HNSW needs no training; or create the ivfflat index in a migration after the backfill, WITH (lists = rows / 1000)`
      });
    }
  }
};

// src/core/rules/catalogue-data.ts
var dataRules = [
  unbatchedDataChange,
  mixedSchemaAndData,
  batchLoopSingleTransaction,
  rescanningBatch,
  nullUnsafeComparison,
  vectorIndexBeforeData
];

// src/core/rules/catalogue-engine.ts
var engineRules = [
  {
    meta: {
      id: "syntax-error",
      defaultSeverity: "error",
      category: "engine",
      summary: "Postgres cannot parse a statement; the rest of the file is still checked.",
      fix: "Fix the SQL at the reported line; run it against a local database to see the full error."
    }
  },
  {
    meta: {
      id: "invalid-suppression",
      defaultSeverity: "error",
      category: "engine",
      summary: "A suppression comment without a reason, naming an unknown rule, or followed by no statement.",
      fix: "-- migration-guard-ignore rule-id: why it is safe here"
    }
  },
  {
    meta: {
      id: "unused-suppression",
      defaultSeverity: "notice",
      category: "engine",
      summary: "A suppression comment that silenced nothing.",
      fix: "Delete the comment."
    }
  }
];

// src/core/rules/migration-deleted/index.ts
var migrationDeleted = {
  meta: {
    id: "migration-deleted",
    defaultSeverity: "error",
    category: "history",
    summary: "A migration that is on the base ref was deleted or renamed to a new version; production still records it.",
    fix: "Restore the file as it is on the base ref; to undo what it did, write a new migration that reverses it."
  },
  history(ctx) {
    const versionsNow = new Set(ctx.files.map((f) => f.version));
    for (const gone of ctx.deleted) {
      if (gone.version === null || versionsNow.has(gone.version)) continue;
      const copies = ctx.files.filter((f) => f.sha256 === gone.sha256 && f.version !== null);
      const consequence = `Production's history table (supabase_migrations.schema_migrations) still lists version ${gone.version}, so \`supabase db push\` stops with "Remote migration versions not found in local migrations directory" and applies nothing until the history is repaired, and fresh databases (supabase db reset, preview branches) no longer get what it created.`;
      const copy = copies[0];
      if (copy) {
        ctx.report(gone, {
          line: 1,
          message: `Migration ${gone.fileName} was renamed to ${copy.fileName}: the same SQL under a new version is a deletion plus a new migration. ${consequence} Once that is repaired, production would see version ${copy.version} as new and run the same SQL a second time.`,
          fix: `git mv ${copy.path} ${gone.path}  -- keep the version production has recorded`
        });
        continue;
      }
      ctx.report(gone, {
        line: 1,
        message: `Migration ${gone.fileName} is on the base ref but deleted here. ${consequence}`,
        fix: `git restore --source=<base-ref> -- ${gone.path}
-- to undo what it did, add a new migration that reverses it: supabase migration new revert_${gone.name}`
      });
    }
  }
};

// src/core/rules/migration-filename/index.ts
var migrationFilename = {
  meta: {
    id: "migration-filename",
    defaultSeverity: "error",
    category: "history",
    summary: "A migration file the Supabase CLI would skip (name not `<digits>_<name>.sql`), or two files with the same version.",
    fix: "Name the file <YYYYMMDDHHMMSS>_<name>.sql with a version no other file uses (supabase migration new <name> writes one)."
  },
  history(ctx) {
    for (const file of ctx.files) {
      if (file.version !== null) continue;
      const problem = namingProblem(file.fileName);
      if (problem === void 0) continue;
      ctx.report(file, {
        line: 1,
        message: `The Supabase CLI skips ${file.fileName} (it prints "Skipping migration" and moves on): ${problem} Its SQL never runs on production or on fresh databases, and migration-guard does not lint it.`,
        fix: `git mv ${file.path} ${dirOf(file)}<YYYYMMDDHHMMSS>_${suggestedName(file.fileName)}.sql`
      });
    }
    reportLegacyInit(ctx.files, ctx.report);
    reportDuplicateVersions(ctx.files, ctx.report);
  }
};
function namingProblem(fileName) {
  if (fileName.startsWith(".")) return void 0;
  const lower = fileName.toLowerCase();
  if (/^[0-9]+_.*\.sql$/.test(lower)) {
    return "the extension must be `.sql` in lower case.";
  }
  if (/^v[0-9]+(?:[._][0-9]+)*__/.test(lower)) {
    return "this is a Flyway-style name; the CLI wants the version digits first, then `_`.";
  }
  const backup = /\.sql(\.[a-z0-9]+|~)$/.exec(lower);
  if (backup) {
    return `it ends in \`${fileName.slice(fileName.length - (backup[1] ?? "~").length)}\`, not \`.sql\`. A backup or disabled copy does not belong in the migrations directory; move it out.`;
  }
  if (/^[0-9]/.test(lower)) {
    if (!lower.endsWith(".sql")) return "the extension must be `.sql`.";
    return "the version must be digits only, followed by `_` and the name (e.g. `20250301120000_add_invoices.sql`).";
  }
  if (lower.endsWith(".sql") || lower.endsWith(".pgsql") || lower.endsWith(".psql")) {
    return "the name has no version: it must start with digits and `_`.";
  }
  return void 0;
}
function reportLegacyInit(files2, report2) {
  const first = [...files2].sort((a, b) => a.fileName < b.fileName ? -1 : 1)[0];
  const match = first ? /([0-9]{14})_init\.sql/.exec(first.fileName) : null;
  if (!first || !match?.[1] || match[1] >= "20211209000000") return;
  report2(first, {
    line: 1,
    message: `The Supabase CLI skips ${first.fileName}: a first migration named \`<timestamp>_init.sql\` older than 20211209000000 is treated as a legacy initial schema and not applied. Its SQL never runs on production or on fresh databases.`,
    fix: `git mv ${first.path} ${dirOf(first)}${match[1]}_initial_schema.sql`
  });
}
function reportDuplicateVersions(files2, report2) {
  const byVersion = /* @__PURE__ */ new Map();
  for (const f of files2) {
    if (f.version === null) continue;
    byVersion.set(f.version, [...byVersion.get(f.version) ?? [], f]);
  }
  for (const [version, group] of byVersion) {
    if (group.length < 2) continue;
    const fresh2 = group.filter((f) => f.status !== "unchanged");
    const blamed = fresh2.length === 0 || fresh2.length === group.length ? group.slice(1) : fresh2;
    for (const file of blamed) {
      const others = group.filter((f) => f !== file).map((f) => f.fileName);
      report2(file, {
        line: 1,
        message: `Version ${version} is also used by ${others.join(", ")}. The Supabase CLI records each version once (it is the primary key of supabase_migrations.schema_migrations), so one of them never runs: the second fails with a duplicate key error (or earlier, on objects the first already created) and the push stops there.`,
        fix: `git mv ${file.path} ${dirOf(file)}<a new YYYYMMDDHHMMSS>_${file.name}.sql`
      });
    }
  }
}
function dirOf(file) {
  return file.path.slice(0, file.path.length - file.fileName.length);
}
function suggestedName(fileName) {
  const base = fileName.replace(/\.[a-z]*sql.*$/i, "").replace(/^v[0-9]+(?:[._][0-9]+)*__/i, "").replace(/^[0-9][0-9_-]*/, "").replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return base === "" ? "name" : base.toLowerCase();
}

// src/core/sql/parse-sql.ts
var import_libpg_query3 = __toESM(require_wasm(), 1);
var ready;
function loadParser() {
  ready ??= (0, import_libpg_query3.loadModule)();
  return ready;
}
function parseSql(text) {
  const source = new SourceText(text);
  const tokens = scanTokens(text);
  const result2 = {
    source,
    statements: [],
    errors: [],
    fileSuppressions: [],
    suppressionProblems: []
  };
  let raws;
  const brokenEnds = [];
  try {
    const parsed = (0, import_libpg_query3.parseSync)(text);
    raws = (parsed.stmts ?? []).map((raw) => ({ raw, byteBase: 0 }));
  } catch {
    raws = parsePieces(text, tokens, source, result2.errors, brokenEnds);
  }
  const commentTokens = tokens.filter(isComment);
  const byteLength = tokens.length > 0 ? tokens[tokens.length - 1]?.end ?? 0 : text.length;
  let previousEnd = 0;
  for (const { raw, byteBase } of raws) {
    const byteStart = byteBase + (raw.stmt_location ?? 0);
    const byteEnd = raw.stmt_len ? byteStart + raw.stmt_len : byteLength;
    const firstToken = codeTokenAtOrAfter(tokens, byteStart);
    const startByte = firstToken && firstToken.start < byteEnd ? firstToken.start : byteStart;
    const start = source.charOffset(startByte);
    let end = source.charOffset(byteEnd);
    const lastToken = codeTokenBefore(tokens, byteEnd);
    if (lastToken && lastToken.end > startByte) end = source.charOffset(lastToken.end);
    const pos = source.position(start);
    const statement = {
      index: result2.statements.length,
      kind: kindOf(raw.stmt),
      node: raw.stmt,
      text: text.slice(start, end),
      start,
      end,
      line: pos.line,
      column: pos.column,
      endLine: source.position(Math.max(start, end - 1)).line,
      suppressions: []
    };
    const from = Math.max(previousEnd, ...brokenEnds.filter((end2) => end2 <= startByte));
    for (let i = firstIndexAtOrAfter(commentTokens, from); i < commentTokens.length; i++) {
      const comment = commentTokens[i];
      if (comment.end > startByte) break;
      if (!isFileSuppression(comment.text)) readSuppression(comment, source, result2, statement);
    }
    previousEnd = byteEnd;
    attachPlpgsql(statement, tokens, source, byteBase);
    result2.statements.push(statement);
  }
  const strayFrom = Math.max(previousEnd, ...brokenEnds);
  for (const comment of commentTokens) {
    if (comment.start >= strayFrom) readSuppression(comment, source, result2, void 0);
    else if (isFileSuppression(comment.text)) readSuppression(comment, source, result2, void 0);
  }
  return result2;
}
function scanTokens(text) {
  try {
    return (0, import_libpg_query3.scanSync)(text).tokens;
  } catch {
    return [];
  }
}
function isComment(token) {
  return token.tokenName === "SQL_COMMENT" || token.tokenName === "C_COMMENT";
}
function firstIndexAtOrAfter(tokens, byte) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if ((tokens[mid]?.start ?? 0) < byte) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function codeTokenAtOrAfter(tokens, byte) {
  for (let i = firstIndexAtOrAfter(tokens, byte); i < tokens.length; i++) {
    if (!isComment(tokens[i])) return tokens[i];
  }
  return void 0;
}
function codeTokenBefore(tokens, byteEnd) {
  for (let i = firstIndexAtOrAfter(tokens, byteEnd) - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.end <= byteEnd && !isComment(t) && t.text !== ";") return t;
  }
  return void 0;
}
function parsePieces(text, tokens, source, errors, brokenEnds) {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  const pieces = [];
  let from = 0;
  for (const token of tokens) {
    if (token.text === ";") {
      pieces.push({ from, to: token.end });
      from = token.end;
    }
  }
  if (from < bytes.length) pieces.push({ from, to: bytes.length });
  if (tokens.length === 0) pieces.splice(0, pieces.length, { from: 0, to: bytes.length });
  const out = [];
  for (const piece of pieces) {
    const pieceText = decoder.decode(bytes.subarray(piece.from, piece.to));
    if (pieceText.trim() === "") continue;
    try {
      const parsed = (0, import_libpg_query3.parseSync)(pieceText);
      for (const raw of parsed.stmts ?? []) out.push({ raw, byteBase: piece.from });
    } catch (error) {
      brokenEnds.push(piece.to);
      const details = error.sqlDetails;
      const firstCode = codeTokenAtOrAfter(tokens, piece.from);
      const byte = details?.cursorPosition !== void 0 ? piece.from + utf8Length(codePointPrefix(pieceText, details.cursorPosition)) : firstCode?.start ?? piece.from;
      const pos = source.position(source.charOffset(byte));
      const syntaxError = {
        message: error.message,
        line: pos.line,
        column: pos.column
      };
      const created = createdTableName(tokens, piece.from, piece.to);
      if (created) syntaxError.createsTable = created;
      errors.push(syntaxError);
    }
  }
  return out;
}
var TABLE_PREFIX_WORDS = /* @__PURE__ */ new Set(["global", "local", "temp", "temporary", "unlogged"]);
function createdTableName(tokens, from, to) {
  const words = [];
  for (let i2 = firstIndexAtOrAfter(tokens, from); i2 < tokens.length && words.length < 9; i2++) {
    const t = tokens[i2];
    if (t.start >= to) break;
    if (!isComment(t)) words.push(t);
  }
  const lower = (t) => t?.text.toLowerCase();
  let i = 0;
  if (lower(words[i++]) !== "create") return void 0;
  while (TABLE_PREFIX_WORDS.has(lower(words[i]) ?? "")) i++;
  if (lower(words[i++]) !== "table") return void 0;
  if (lower(words[i]) === "if" && lower(words[i + 1]) === "not" && lower(words[i + 2]) === "exists") {
    i += 3;
  }
  const first = identifier(words[i]);
  if (first === void 0) return void 0;
  if (words[i + 1]?.text === ".") {
    const second = identifier(words[i + 2]);
    return second === void 0 ? void 0 : { schema: first, name: second };
  }
  return { name: first };
}
function identifier(token) {
  if (!token) return void 0;
  const isName = token.tokenName === "IDENT" || token.keywordKind > 0 && token.keywordName !== "RESERVED_KEYWORD";
  if (!isName) return void 0;
  if (token.text.startsWith('"')) return token.text.slice(1, -1).replace(/""/g, '"');
  return token.text.toLowerCase();
}
function codePointPrefix(text, codePoints) {
  let end = 0;
  for (let n = 0; n < codePoints && end < text.length; n++) {
    end += (text.codePointAt(end) ?? 0) > 65535 ? 2 : 1;
  }
  return text.slice(0, end);
}
function utf8Length(text) {
  return new TextEncoder().encode(text).length;
}
var STATEMENT_MARK = "migration-guard-ignore";
var FILE_MARK = "migration-guard-ignore-file";
function commentBody(text) {
  if (text.startsWith("--")) return text.slice(2).trim();
  return text.replace(/^\/\*/, "").replace(/\*\/$/, "").trim();
}
function startsWithMark(body, mark) {
  return body.startsWith(mark) && (body.length === mark.length || /[\s:,]/.test(body[mark.length] ?? ""));
}
function isFileSuppression(text) {
  return startsWithMark(commentBody(text), FILE_MARK);
}
function readSuppression(comment, source, result2, statement) {
  const body = commentBody(comment.text);
  const scope = startsWithMark(body, FILE_MARK) ? "file" : startsWithMark(body, STATEMENT_MARK) ? "statement" : void 0;
  if (scope === void 0) return;
  const rest = body.slice(scope === "file" ? FILE_MARK.length : STATEMENT_MARK.length);
  const line = source.position(source.charOffset(comment.start)).line;
  if (scope === "statement" && statement === void 0) {
    result2.suppressionProblems.push({
      line,
      message: `'${STATEMENT_MARK}' must stand directly before the statement it silences; none follows it.`
    });
    return;
  }
  const colon = rest.indexOf(":");
  const ruleText = colon === -1 ? rest : rest.slice(0, colon);
  const reason = colon === -1 ? "" : rest.slice(colon + 1).trim();
  const rules = ruleText.split(",").map((r) => r.trim()).filter((r) => r !== "");
  if (rules.length === 0 || reason === "") {
    result2.suppressionProblems.push({
      line,
      message: `A suppression needs rule ids and a reason: '-- ${scope === "file" ? FILE_MARK : STATEMENT_MARK} rule-id: why it is safe here'.`
    });
    return;
  }
  const suppression = { scope, rules, reason, line };
  if (scope === "file") result2.fileSuppressions.push(suppression);
  else statement?.suppressions.push(suppression);
}
function attachPlpgsql(statement, tokens, source, byteBase) {
  const doStmt = nodeAs(statement.node, "DoStmt");
  const fnStmt = nodeAs(statement.node, "CreateFunctionStmt");
  const options = doStmt?.args ?? fnStmt?.options ?? [];
  let language = doStmt ? "plpgsql" : "sql";
  let bodyLocation;
  for (const option of options) {
    const def = nodeAs(option, "DefElem");
    if (!def) continue;
    if (def.defname === "language") {
      language = nodeAs(def.arg, "String")?.sval ?? language;
    }
    if (def.defname === "as" && def.location !== void 0) bodyLocation = byteBase + def.location;
  }
  if (language.toLowerCase() !== "plpgsql" || bodyLocation === void 0) return;
  let bodyToken;
  for (let i = firstIndexAtOrAfter(tokens, bodyLocation); i < tokens.length; i++) {
    if (tokens[i]?.tokenName === "SCONST") {
      bodyToken = tokens[i];
      break;
    }
  }
  const bodyLine = bodyToken ? source.position(source.charOffset(bodyToken.start)).line : statement.line;
  const body = parsePlpgsqlBody(statement.text, doStmt ? "do" : "function", bodyLine);
  if (body) statement.plpgsql = body;
}

// src/core/rules/migration-modified/index.ts
var migrationModified = {
  meta: {
    id: "migration-modified",
    defaultSeverity: "error",
    category: "history",
    summary: "A migration that is already on the base ref was edited; production never runs the edit.",
    fix: "Restore the file as it is on the base ref and put the change in a new migration (supabase migration new <name>)."
  },
  history(ctx) {
    if (!ctx.baseFiles) return;
    const baseByName = new Map(ctx.baseFiles.map((f) => [f.fileName, f]));
    const currentNames = new Set(ctx.files.map((f) => f.fileName));
    const goneByVersion = new Map(
      ctx.baseFiles.filter((f) => f.version !== null && !currentNames.has(f.fileName)).map((f) => [f.version, f])
    );
    for (const file of ctx.files) {
      if (file.version === null) continue;
      let before;
      if (file.status === "modified") before = baseByName.get(file.fileName);
      else if (file.status === "added") before = goneByVersion.get(file.version);
      if (!before || before.sha256 === file.sha256) continue;
      const line = firstChangedLine(before.sql, file.sql);
      const renamed = before.fileName !== file.fileName;
      const name = renamed ? `${file.fileName} (renamed from ${before.fileName})` : file.fileName;
      ctx.report(file, {
        line,
        message: `Migration ${name} was edited after it reached the base ref (first change at line ${line}). ${changeKind(before.sql, file.sql)} Production has already run version ${file.version} and matches migrations by version only, so it will never run this edit: fresh databases (supabase db reset, preview branches) get the new SQL while production keeps the old, and the two drift apart.`,
        fix: `${renamed ? `git rm ${file.path}
` : ""}git restore --source=<base-ref> -- ${before.path}
-- then write the change as a new migration: supabase migration new <name>`
      });
    }
  }
};
function firstChangedLine(before, after) {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) {
    if (a[i] !== b[i]) return i + 1;
  }
  if (b.length > a.length) return common + 1;
  return Math.max(1, b.length);
}
function changeKind(before, after) {
  if (before.replace(/\r\n/g, "\n") === after.replace(/\r\n/g, "\n")) {
    return "Only line endings changed, but the file no longer matches what was reviewed and applied.";
  }
  const a = statementsWithoutPositions(before);
  const b = statementsWithoutPositions(after);
  if (a !== void 0 && a === b) {
    return "Only comments or layout changed: the SQL does the same, but the file no longer matches what was reviewed and applied.";
  }
  return "The SQL itself changed.";
}
function statementsWithoutPositions(sql) {
  const parsed = parseSql(sql);
  if (parsed.errors.length > 0) return void 0;
  return JSON.stringify(
    parsed.statements.map((s) => s.node),
    (key, value) => key === "location" ? void 0 : value
  );
}

// src/core/rules/migration-out-of-order/index.ts
var migrationOutOfOrder = {
  meta: {
    id: "migration-out-of-order",
    defaultSeverity: "error",
    category: "history",
    summary: "A new migration whose version sorts before the newest migration on the base ref; production will refuse it or run it out of order.",
    fix: "Rename the file to a version after the newest migration on the base ref (supabase migration new <name> writes one)."
  },
  history(ctx) {
    if (!ctx.baseFiles) return;
    let newest;
    const baseVersions = /* @__PURE__ */ new Set();
    for (const f of ctx.baseFiles) {
      if (f.version === null) continue;
      baseVersions.add(f.version);
      if (newest?.version == null || f.version > newest.version) newest = f;
    }
    if (newest?.version == null) return;
    const latest = newest.version;
    let late = 0;
    for (const file of ctx.files) {
      if (file.status !== "added" || file.version === null) continue;
      if (baseVersions.has(file.version) || file.version >= latest) continue;
      late += 1;
      const dir = file.path.slice(0, file.path.length - file.fileName.length);
      ctx.report(file, {
        line: 1,
        message: `Version ${file.version} sorts before ${latest} (${newest.fileName}), the newest migration on the base ref; versions compare as text. Production has already run ${latest}, so \`supabase db push\` refuses the whole push ("Found local migration files to be inserted before the last migration on remote database") and applies nothing; with \`--include-all\` it runs this file after ${latest}, in a different order than \`supabase db reset\` and preview branches ran it.`,
        fix: `git mv ${file.path} ${dir}${versionAfter(latest, late)}_${file.name}.sql`
      });
    }
  }
};
function versionAfter(version, seconds) {
  const time = versionTime(version);
  if (version.length !== 14 || time === null) return `<version after ${version}>`;
  const next = new Date(time.getTime() + seconds * 1e3);
  const pad = (n, width = 2) => String(n).padStart(width, "0");
  return `${pad(next.getUTCFullYear(), 4)}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}${pad(next.getUTCHours())}${pad(next.getUTCMinutes())}${pad(next.getUTCSeconds())}`;
}

// src/core/rules/catalogue-history.ts
var historyRules = [
  migrationModified,
  migrationDeleted,
  migrationOutOfOrder,
  migrationFilename
];

// src/core/rules/concurrently-in-transaction/index.ts
var concurrentlyInTransaction = {
  meta: {
    id: "concurrently-in-transaction",
    defaultSeverity: "error",
    category: "locks",
    summary: "CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and other commands Postgres refuses inside a transaction block, written inside BEGIN ... COMMIT or a DO block.",
    fix: "Move the statement out of BEGIN ... COMMIT (and out of DO blocks), into a migration file of its own."
  },
  statement(ctx) {
    const command = transactionBlockForbidden(ctx.statement.node);
    if (command === void 0) return;
    const parent = ctx.statement.parent;
    if (parent) {
      ctx.report({
        message: `${command} inside a DO block always fails ("cannot be executed from a function"): the block runs as one statement in the migration's transaction.`,
        fix: `-- in a migration file of its own, as a top-level statement:
${ctx.statement.text.trim()};`
      });
      return;
    }
    if (!ctx.inTransactionBlock) return;
    ctx.report({
      message: `${command} cannot run inside a transaction block: this statement sits between BEGIN and COMMIT, so the migration fails here with SQLSTATE 25001 and everything before it in the block is rolled back.`,
      fix: `-- remove BEGIN/COMMIT around it, or move it to a migration file of its own:
${ctx.statement.text.trim()};`
    });
  }
};

// src/core/rules/drop-index-non-concurrent/index.ts
var dropIndexNonConcurrent = {
  meta: {
    id: "drop-index-non-concurrent",
    defaultSeverity: "warning",
    category: "locks",
    summary: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table of the index, queuing every read and write behind it.",
    fix: "DROP INDEX CONCURRENTLY IF EXISTS index_name;  -- one index per statement, in a migration file of its own",
    predicts: "lock"
  },
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, "DropStmt");
    if (stmt?.removeType !== "OBJECT_INDEX" || stmt.concurrent) return;
    const dropped = [];
    for (const object of stmt.objects ?? []) {
      const parts = nameParts(nodeAs(object, "List")?.items);
      const name = parts.at(-1);
      if (name === void 0) continue;
      const qualified = ctx.schema.resolveRelation(parts.at(-2), name);
      const index = ctx.schema.indexes.get(qualified);
      if (index) {
        if (ctx.isNew(index.table)) continue;
        if (ctx.schema.table(index.table)?.kind === "partitioned-table") continue;
      }
      dropped.push({ index: qualified, table: index?.table });
    }
    if (dropped.length === 0) return;
    const names = dropped.map((d) => d.index).join(", ");
    const tables = [...new Set(dropped.map((d) => d.table ?? `the table of ${d.index}`))].join(
      ", "
    );
    ctx.report({
      message: `DROP INDEX ${names} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on ${tables}: the drop itself is quick, but it first waits for every running query on the table, and all reads and writes queue behind it meanwhile.`,
      fix: dropped.map((d) => `DROP INDEX CONCURRENTLY IF EXISTS ${d.index};`).join("\n").concat("  -- outside a transaction block, one index per statement")
    });
  }
};

// src/core/rules/refresh-matview-non-concurrent/index.ts
var refreshMatviewNonConcurrent = {
  meta: {
    id: "refresh-matview-non-concurrent",
    defaultSeverity: "warning",
    category: "locks",
    summary: "REFRESH MATERIALIZED VIEW without CONCURRENTLY locks the view ACCESS EXCLUSIVE, so every read of it waits for the whole refresh.",
    fix: "CREATE UNIQUE INDEX CONCURRENTLY view_key ON view_name (key_columns);  -- once\nREFRESH MATERIALIZED VIEW CONCURRENTLY view_name;",
    predicts: "lock"
  },
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, "RefreshMatViewStmt");
    if (!stmt || stmt.concurrent || stmt.skipData) return;
    const name = relationName(ctx.schema, stmt.relation);
    const view = ctx.schema.table(name);
    if (view) {
      if (view.kind !== "materialized-view" || ctx.isNew(view)) return;
      if (!view.rowsWritten) return;
    }
    const key = ctx.schema.indexesOf(name).find((i) => i.unique && !i.columns.includes("(expression)"));
    const fix = key ? `REFRESH MATERIALIZED VIEW CONCURRENTLY ${name};  -- uses unique index ${key.name}` : `CREATE UNIQUE INDEX CONCURRENTLY ${name.replace(/^.*\./, "")}_key ON ${name} (key_columns);  -- in its own migration file first
REFRESH MATERIALIZED VIEW CONCURRENTLY ${name};`;
    ctx.report({
      message: `REFRESH MATERIALIZED VIEW ${name} without CONCURRENTLY holds an ACCESS EXCLUSIVE lock while the view's query re-runs: every SELECT on ${name} waits until the refresh and the migration's transaction end.${key ? "" : " CONCURRENTLY needs a unique index on the view first."}`,
      fix
    });
  }
};

// src/core/rules/reindex-non-concurrent/index.ts
var reindexNonConcurrent = {
  meta: {
    id: "reindex-non-concurrent",
    defaultSeverity: "warning",
    category: "locks",
    summary: "REINDEX without CONCURRENTLY blocks writes to the table and queries that would use the index while it rebuilds.",
    fix: "REINDEX INDEX CONCURRENTLY index_name;  -- Postgres 12+, outside a transaction block",
    predicts: "lock"
  },
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, "ReindexStmt");
    if (!stmt) return;
    const concurrently = (stmt.params ?? []).some(
      (p) => nodeAs(p, "DefElem")?.defname === "concurrently"
    );
    if (concurrently || stmt.kind === "REINDEX_OBJECT_SYSTEM") return;
    const modern = ctx.options.pgVersion >= 12;
    let target;
    let table;
    let fix;
    switch (stmt.kind) {
      case "REINDEX_OBJECT_INDEX": {
        const name = relationName(ctx.schema, stmt.relation);
        const index = ctx.schema.indexes.get(name);
        table = index?.table;
        if (table && ctx.isNew(table)) return;
        target = `index ${name}`;
        fix = modern ? `REINDEX INDEX CONCURRENTLY ${name};` : swapFix(name, index);
        break;
      }
      case "REINDEX_OBJECT_TABLE": {
        table = relationName(ctx.schema, stmt.relation);
        if (ctx.isNew(table)) return;
        target = `the indexes of ${table}`;
        fix = modern ? `REINDEX TABLE CONCURRENTLY ${table};` : swapFix(`${splitQualified(table).schema}.index_name`);
        break;
      }
      default: {
        const scope = stmt.kind === "REINDEX_OBJECT_SCHEMA" ? `SCHEMA ${stmt.name}` : `DATABASE ${stmt.name ?? ""}`.trim();
        target = `every index in ${scope.toLowerCase()}`;
        fix = modern ? `REINDEX ${scope} CONCURRENTLY;` : swapFix(`${stmt.name ?? "public"}.index_name`);
        break;
      }
    }
    const where = table ?? "each table";
    ctx.report({
      message: `REINDEX of ${target} without CONCURRENTLY locks ${where} against writes (SHARE) and each index it rebuilds ACCESS EXCLUSIVE, so inserts, updates, deletes and any query the planner would run against that index wait until the rebuild ends.${modern ? "" : ` Postgres ${ctx.options.pgVersion} has no REINDEX CONCURRENTLY: build a replacement index concurrently and swap it in.`}`,
      fix: `${fix}  -- outside a transaction block, in a migration file of its own`
    });
  }
};
function swapFix(index, model) {
  const { schema, name } = splitQualified(index);
  const plain = model && model.method === "btree" && !model.columns.includes("(expression)");
  const definition2 = plain ? `ON ${model.table} (${model.columns.join(", ")})` : "ON table_name (same columns, method and options)";
  return [
    `CREATE ${model?.unique ? "UNIQUE " : ""}INDEX CONCURRENTLY ${name}_new ${definition2};`,
    `DROP INDEX CONCURRENTLY ${index};`,
    `ALTER INDEX ${schema}.${name}_new RENAME TO ${name};`
  ].join("\n");
}

// src/core/rules/statements-after-exclusive-lock/long-running-work.ts
var DML_KINDS = /* @__PURE__ */ new Set([
  "UpdateStmt",
  "DeleteStmt",
  "InsertStmt",
  "MergeStmt"
]);
var CATALOG_SCHEMAS = /* @__PURE__ */ new Set(["pg_catalog", "information_schema"]);
function longRunningWork(statement, locks, tx) {
  const reason = workReason(statement, locks, tx);
  return reason === void 0 ? void 0 : { reason };
}
function workReason(statement, locks, tx) {
  const node = statement.node;
  const hasRows = (t) => !tx.isNew(t) || tx.schema.table(t)?.rowsWritten === true;
  switch (kindOf(node)) {
    case "DoStmt": {
      const body = statement.plpgsql;
      const changesData = body?.loops.some(
        (loop) => loop.statements.some((sql) => sql.nodes.some((n) => DML_KINDS.has(kindOf(n))))
      );
      return changesData ? "a DO block that changes data in a loop" : void 0;
    }
    case "CallStmt":
      return "a procedure CALL";
    case "SelectStmt":
      return queryWork(node, tx);
    case "UpdateStmt":
    case "DeleteStmt":
    case "MergeStmt": {
      const target = locks[0]?.relation;
      const verb = kindOf(node).replace("Stmt", "").toUpperCase();
      if (target && hasRows(target)) return `${verb} of ${target}`;
      break;
    }
    case "InsertStmt": {
      const target = locks[0]?.relation;
      const source = nodeAs(nodeAs(node, "InsertStmt")?.selectStmt, "SelectStmt");
      if (target && (source?.fromClause?.length ?? 0) > 0)
        return `INSERT ... SELECT into ${target}`;
      break;
    }
    case "CopyStmt": {
      const target = locks[0]?.relation;
      if (target) return `COPY into ${target}`;
      break;
    }
    default:
      break;
  }
  for (const lock of locks) {
    if (lock.relationKind !== "table" || !hasRows(lock.relation)) continue;
    if (lock.rewrite) return `${lock.reason} rewrites ${lock.relation}`;
    if (lock.scan) return `${lock.reason} reads every row of ${lock.relation}`;
  }
  return void 0;
}
function queryWork(node, tx) {
  let found;
  walkNodes(node, (n) => {
    if (found) return false;
    const rv = nodeAs(n, "RangeVar");
    if (rv) {
      const name = relationName(tx.schema, rv);
      if (!CATALOG_SCHEMAS.has(name.slice(0, name.indexOf(".")))) found = `a query reading ${name}`;
    }
    const call = nodeAs(n, "FuncCall");
    if (call) {
      const parts = nameParts(call.funcname);
      const fn = parts.at(-1) ?? "";
      const schema = parts.length >= 2 ? parts.at(-2) : void 0;
      const defined = [...tx.schema.functions.values()].some(
        (f) => f.name === fn && (schema === void 0 || f.schema === schema)
      );
      if (defined) found = `a call of ${parts.join(".")}(), a function the migrations define`;
    }
    return true;
  });
  return found;
}

// src/core/rules/statements-after-exclusive-lock/index.ts
var EMPTY = /* @__PURE__ */ new Set();
var transactions = /* @__PURE__ */ new WeakMap();
function fresh() {
  return { held: /* @__PURE__ */ new Map(), exclusive: [] };
}
var statementsAfterExclusiveLock = {
  meta: {
    id: "statements-after-exclusive-lock",
    defaultSeverity: "warning",
    category: "locks",
    summary: "Long-running statements after one that took an ACCESS EXCLUSIVE lock in the same transaction keep that table blocked while they run.",
    fix: "Put the statement that takes the ACCESS EXCLUSIVE lock last in its transaction, or in a migration file of its own, and do the slow work in another file.",
    predicts: "lock"
  },
  statement(ctx) {
    let tx = transactions.get(ctx.statements);
    if (!tx) {
      tx = fresh();
      transactions.set(ctx.statements, tx);
    }
    const { statement } = ctx;
    const control = nodeAs(statement.node, "TransactionStmt")?.kind;
    if (control === "TRANS_STMT_COMMIT" || control === "TRANS_STMT_ROLLBACK" || control === "TRANS_STMT_PREPARE") {
      transactions.set(ctx.statements, fresh());
      return;
    }
    if (!statement.parent && !ctx.inTransactionBlock && transactionBlockForbidden(statement.node)) {
      transactions.set(ctx.statements, fresh());
      return;
    }
    const open = tx;
    const locks = predictLocks(statement.node, ctx.schema, ctx.options.pgVersion);
    const changed = dataChangeOf(statement.node);
    const changedTable = changed?.relation ? relationName(ctx.schema, changed.relation) : void 0;
    const pending = open.exclusive.filter((l) => !l.reported && l.table !== changedTable);
    if (pending.length > 0) {
      const work = longRunningWork(statement, locks, {
        schema: ctx.schema,
        isNew: (t) => ctx.isNew(t),
        held: (t) => open.held.get(t) ?? EMPTY
      });
      if (work !== void 0) {
        for (const l of pending) l.reported = true;
        const tables = pending.map((l) => l.table).join(", ");
        const taken = pending.map((l) => `${l.table} at line ${l.line} (${l.reason})`).join("; ");
        const consequence = `every read and write on ${tables} keeps waiting until it finishes and the transaction commits`;
        ctx.report({
          message: `This statement (${work.reason}) runs while the transaction still holds the ACCESS EXCLUSIVE lock taken on ${taken}: ${consequence}.`,
          fix: `-- end the transaction right after the statement at line ${pending[0]?.line ?? 1}: move it to a migration file of its own (with SET lock_timeout = '2s'), then do this work in the next file`
        });
      }
    }
    for (const lock of locks) {
      let modes = open.held.get(lock.relation);
      if (!modes) {
        modes = /* @__PURE__ */ new Set();
        open.held.set(lock.relation, modes);
      }
      const first = !modes.has("AccessExclusiveLock");
      modes.add(lock.mode);
      if (first && lock.mode === "AccessExclusiveLock" && lock.relationKind === "table" && !ctx.isNew(lock.relation)) {
        open.exclusive.push({
          table: lock.relation,
          line: statement.line,
          reason: lock.reason,
          reported: false
        });
      }
    }
  }
};

// src/core/rules/table-rewrite-command/index.ts
var REWRITE_COMMANDS = {
  AT_SetTableSpace: "ALTER TABLE ... SET TABLESPACE",
  AT_SetLogged: "ALTER TABLE ... SET LOGGED",
  AT_SetUnLogged: "ALTER TABLE ... SET UNLOGGED",
  AT_SetAccessMethod: "ALTER TABLE ... SET ACCESS METHOD"
};
var FIXES = {
  "VACUUM FULL": "VACUUM (ANALYZE) table_name;  -- reclaims space for reuse without a lock; to shrink the file online use pg_repack",
  CLUSTER: "-- keep the table online: pg_repack --table=table_name --order-by=column, or rely on an index instead of physical order",
  "ALTER TABLE ... SET LOGGED": "-- copy into a new logged table in batches and swap names in a short transaction, or schedule a maintenance window",
  "ALTER TABLE ... SET UNLOGGED": "-- unlogged tables are emptied after a crash and not replicated; keep the table logged"
};
var tableRewriteCommand = {
  meta: {
    id: "table-rewrite-command",
    defaultSeverity: "error",
    category: "locks",
    summary: "VACUUM FULL, CLUSTER, SET TABLESPACE, SET LOGGED/UNLOGGED and SET ACCESS METHOD rewrite an existing table under an ACCESS EXCLUSIVE lock.",
    fix: "Use pg_repack (online) or a maintenance window; for space reuse, plain VACUUM needs no exclusive lock.",
    predicts: "rewrite"
  },
  statement(ctx) {
    const found = rewriteCommand(ctx.statement.node);
    if (found === void 0) return;
    const { command, node } = found;
    const rewritten = predictLocks(node, ctx.schema, ctx.options.pgVersion).filter(
      (l) => l.rewrite && l.relationKind === "table" && ctx.schema.table(l.relation)?.kind !== "view" && !ctx.isNew(l.relation)
    );
    const vacuum = nodeAs(node, "VacuumStmt");
    const cluster = nodeAs(node, "ClusterStmt");
    const everything = vacuum && !vacuum.rels?.length || cluster && !cluster.relation;
    if (everything) {
      ctx.report({
        message: `${command} without a table name rewrites every ${cluster ? "previously clustered " : ""}table in the database, one after another, each under an ACCESS EXCLUSIVE lock that blocks all reads and writes until its copy is done.`,
        fix: FIXES[command] ?? tableRewriteCommand.meta.fix
      });
      return;
    }
    if (rewritten.length === 0) return;
    const tables = rewritten.map((l) => l.relation).join(", ");
    ctx.report({
      message: `${command} rewrites ${tables} into new files while holding an ACCESS EXCLUSIVE lock: every read and write on ${rewritten.length > 1 ? "these tables" : "the table"} waits until the whole table is copied and its indexes rebuilt, and the disk needs room for a second copy.`,
      fix: FIXES[command] ?? tableRewriteCommand.meta.fix
    });
  }
};
function rewriteCommand(node) {
  const vacuum = nodeAs(node, "VacuumStmt");
  if (vacuum?.is_vacuumcmd) {
    const full = (vacuum.options ?? []).some((o) => nodeAs(o, "DefElem")?.defname === "full");
    return full ? { command: "VACUUM FULL", node } : void 0;
  }
  if (nodeAs(node, "ClusterStmt")) return { command: "CLUSTER", node };
  const alter = nodeAs(node, "AlterTableStmt");
  if (!alter || alter.objtype === "OBJECT_INDEX") return void 0;
  for (const item of alter.cmds ?? []) {
    const subtype = nodeAs(item, "AlterTableCmd")?.subtype;
    const command = subtype ? REWRITE_COMMANDS[subtype] : void 0;
    if (command) return { command, node: { AlterTableStmt: { ...alter, cmds: [item] } } };
  }
  return void 0;
}

// src/core/rules/catalogue-lock-commands.ts
var lockCommandRules = [
  dropIndexNonConcurrent,
  concurrentlyInTransaction,
  tableRewriteCommand,
  reindexNonConcurrent,
  refreshMatviewNonConcurrent,
  statementsAfterExclusiveLock
];

// src/core/rules/altered-table.ts
function existingTableAlter(ctx) {
  const stmt = nodeAs(ctx.statement.node, "AlterTableStmt");
  if (stmt?.objtype !== "OBJECT_TABLE") return void 0;
  const name = relationName(ctx.schema, stmt.relation);
  if (ctx.isNew(name)) return void 0;
  const table = ctx.schema.table(name);
  if (table && table.kind !== "table" && table.kind !== "partitioned-table") return void 0;
  const cmds = (stmt.cmds ?? []).flatMap((c) => {
    const cmd = nodeAs(c, "AlterTableCmd");
    return cmd ? [cmd] : [];
  });
  return { stmt, name, table, cmds };
}
function addedColumn(alter, cmd) {
  if (cmd.subtype !== "AT_AddColumn") return void 0;
  const def = nodeAs(cmd.def, "ColumnDef");
  if (!def?.colname) return void 0;
  if (cmd.missing_ok && alter.table?.columns.has(def.colname)) return void 0;
  return def;
}
function columnConstraints(def) {
  return (def.constraints ?? []).flatMap((c) => {
    const con = nodeAs(c, "Constraint");
    return con ? [con] : [];
  });
}
function addedConstraint(cmd) {
  if (cmd.subtype !== "AT_AddConstraint") return void 0;
  return nodeAs(cmd.def, "Constraint");
}
function isNullConstant(expr) {
  return nodeAs(expr, "A_Const")?.isnull === true;
}
var SERIAL_TYPES = /* @__PURE__ */ new Set([
  "serial",
  "bigserial",
  "smallserial",
  "serial2",
  "serial4",
  "serial8"
]);
function isSerialType(typeName) {
  return SERIAL_TYPES.has(typeName);
}

// src/core/rules/add-column-required/index.ts
var addColumnRequired = {
  meta: {
    id: "add-column-required",
    defaultSeverity: "error",
    category: "locks",
    summary: "ADD COLUMN ... NOT NULL without a DEFAULT on an existing table fails when the table has rows and breaks inserts from code already deployed.",
    fix: "ALTER TABLE t ADD COLUMN c type NOT NULL DEFAULT <constant>;  -- or add it nullable, backfill, then SET NOT NULL safely"
  },
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    for (const cmd of alter.cmds) {
      const def = addedColumn(alter, cmd);
      const required = def ? requiredWithoutValue(def) : void 0;
      if (!def || !required) continue;
      const column = def.colname ?? "column";
      const type = typeRef(def.typeName).display;
      ctx.report({
        message: `ADD COLUMN ${column} ${type} ${required} on existing table ${alter.name} has no DEFAULT: the migration fails ("column contains null values") as soon as the table holds a row, and once it succeeds, inserts from application code that does not yet set ${column} fail.`,
        fix: `ALTER TABLE ${alter.name} ADD COLUMN ${column} ${type} NOT NULL DEFAULT <constant>;  -- instant on Postgres 11+ for a constant
-- or: ADD COLUMN ${column} ${type} (nullable); deploy code that writes it; backfill in batches;
-- then ADD CONSTRAINT ... CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE it in a later file, SET NOT NULL`
      });
    }
  }
};
function requiredWithoutValue(def) {
  if (isSerialType(typeRef(def.typeName).name)) return void 0;
  let required;
  for (const con of columnConstraints(def)) {
    switch (con.contype) {
      case "CONSTR_NOTNULL":
        required ??= "NOT NULL";
        break;
      case "CONSTR_PRIMARY":
        required = "PRIMARY KEY";
        break;
      case "CONSTR_IDENTITY":
      case "CONSTR_GENERATED":
        return void 0;
      case "CONSTR_DEFAULT":
        if (!isNullConstant(con.raw_expr)) return void 0;
        break;
      default:
        break;
    }
  }
  return required;
}

// src/core/rules/add-column-rewrite/index.ts
var addColumnRewrite = {
  meta: {
    id: "add-column-rewrite",
    defaultSeverity: "error",
    category: "locks",
    summary: "ADD COLUMN whose value must be computed per row (volatile default, serial, identity, stored generated) rewrites an existing table under ACCESS EXCLUSIVE.",
    fix: "ALTER TABLE t ADD COLUMN c type;  -- no default: instant\nALTER TABLE t ALTER COLUMN c SET DEFAULT expr;  -- new rows only\n-- then backfill existing rows in batches",
    predicts: "rewrite"
  },
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    for (const cmd of alter.cmds) {
      const def = addedColumn(alter, cmd);
      if (!def) continue;
      const cause = rewriteCause(def, alter.name, ctx.options.pgVersion);
      if (!cause) continue;
      ctx.report({
        message: `ADD COLUMN ${def.colname} on existing table ${alter.name} ${cause.what}, so Postgres rewrites the whole table and rebuilds its indexes under an ACCESS EXCLUSIVE lock: every read and write of ${alter.name} waits until the rewrite ends.`,
        fix: cause.fix
      });
    }
  }
};
function rewriteCause(def, table, pgVersion) {
  const column = def.colname ?? "column";
  const type = typeRef(def.typeName);
  const plain = `ALTER TABLE ${table} ADD COLUMN ${column} ${plainType(type.name, type.display)};  -- no default: instant`;
  if (isSerialType(type.name)) {
    return {
      what: `is ${type.name}: its sequence default gives every existing row a new value`,
      fix: `${plain}
CREATE SEQUENCE ${table}_${column}_seq OWNED BY ${table}.${column};
ALTER TABLE ${table} ALTER COLUMN ${column} SET DEFAULT nextval('${table}_${column}_seq');  -- new rows only
-- backfill existing rows in batches: UPDATE ... SET ${column} = nextval(...) WHERE ${column} IS NULL AND id BETWEEN ...`
    };
  }
  for (const con of columnConstraints(def)) {
    if (con.contype === "CONSTR_IDENTITY") {
      return {
        what: "is an identity column: every existing row gets a sequence value",
        fix: `${plain}
-- backfill existing rows in batches, make the column NOT NULL through a validated CHECK, then:
ALTER TABLE ${table} ALTER COLUMN ${column} ADD GENERATED BY DEFAULT AS IDENTITY;  -- then setval() past the largest value`
      };
    }
    if (con.contype === "CONSTR_GENERATED" && con.generated_kind !== "v") {
      return {
        what: "is a STORED generated column: its value is computed and written for every existing row",
        fix: `${plain}
-- keep it filled with a BEFORE INSERT OR UPDATE trigger, backfill existing rows in batches;
-- on Postgres 18, GENERATED ALWAYS AS (...) VIRTUAL adds the column without a rewrite`
      };
    }
    if (con.contype !== "CONSTR_DEFAULT" || !con.raw_expr || isNullConstant(con.raw_expr)) continue;
    const volatile = volatileCall(con.raw_expr);
    if (volatile !== void 0) {
      const value = defaultText(con.raw_expr);
      return {
        what: `has a volatile DEFAULT calling ${volatile}(): it is evaluated once per existing row`,
        fix: `${plain}
ALTER TABLE ${table} ALTER COLUMN ${column} SET DEFAULT ${value};  -- new rows only
-- backfill existing rows in batches: UPDATE ${table} SET ${column} = ${value} WHERE ${column} IS NULL AND id BETWEEN ...`
      };
    }
    if (pgVersion < 11) {
      return {
        what: `has a DEFAULT, and before Postgres 11 (pgVersion is ${pgVersion}) any non-null default is written into every existing row`,
        fix: `${plain}
ALTER TABLE ${table} ALTER COLUMN ${column} SET DEFAULT ...;  -- new rows only
-- backfill existing rows in batches`
      };
    }
  }
  return void 0;
}
function defaultText(expr) {
  const call = nodeAs(expr, "FuncCall");
  const name = nameParts(call?.funcname).join(".");
  if (call && name && !call.args?.length) return `${name}()`;
  return "<the same default>";
}
function plainType(name, display) {
  if (name === "bigserial" || name === "serial8") return "bigint";
  if (name === "smallserial" || name === "serial2") return "smallint";
  if (name === "serial" || name === "serial4") return "integer";
  return display;
}

// src/core/schema/not-null-proof.ts
function notNullCheck(table, column) {
  const checks = table.constraints.filter(
    (c) => c.kind === "check" && c.expr !== void 0 && provesNotNull(c.expr, column)
  );
  return checks.find((c) => c.validated) ?? checks[0];
}
function provesNotNull(expr, column) {
  const test = nodeAs(expr, "NullTest");
  if (test) {
    const fields = nodeAs(test.arg, "ColumnRef")?.fields ?? [];
    const name = nodeAs(fields[fields.length - 1], "String")?.sval;
    return test.nulltesttype === "IS_NOT_NULL" && name === column;
  }
  const bool = nodeAs(expr, "BoolExpr");
  if (bool?.boolop === "AND_EXPR") return (bool.args ?? []).some((a) => provesNotNull(a, column));
  return false;
}

// src/core/rules/add-primary-key/index.ts
var CHECK_SKIPS_SCAN_SINCE = 12;
var addPrimaryKey = {
  meta: {
    id: "add-primary-key",
    defaultSeverity: "error",
    category: "locks",
    summary: "ADD PRIMARY KEY on an existing table builds its index (and checks NOT NULL) under ACCESS EXCLUSIVE; build the index CONCURRENTLY and attach it with USING INDEX.",
    fix: "CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON t (id);  -- in a migration file of its own\nALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey;",
    predicts: "lock"
  },
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    const { schema, name: tableName } = splitQualified(alter.name);
    const pgVersion = ctx.options.pgVersion;
    for (const cmd of alter.cmds) {
      const con = addedConstraint(cmd);
      if (con?.contype === "CONSTR_PRIMARY") {
        const name = con.conname ?? `${tableName}_pkey`;
        if (con.indexname) {
          const index = ctx.schema.index(con.indexname, schema);
          const nullable2 = nullableColumns(alter.table, index?.columns ?? [], pgVersion);
          if (nullable2.length === 0) continue;
          const attach = `ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} PRIMARY KEY USING INDEX ${con.indexname};`;
          ctx.report({
            message: `ADD CONSTRAINT ${name} PRIMARY KEY USING INDEX on existing table ${alter.name} must also make ${nullable2.join(", ")} NOT NULL, which reads every row under an ACCESS EXCLUSIVE lock: all reads and writes of ${alter.name} wait for the scan${oldVersionNote(pgVersion)}.`,
            fix: pgVersion < CHECK_SKIPS_SCAN_SINCE ? `-- Postgres ${pgVersion} always scans to make key columns NOT NULL: run this in a maintenance window,
-- or keep the unique index (it enforces uniqueness) and add the primary key after upgrading.` : `${notNullFirst(alter.name, tableName, nullable2)}
-- then, in a file after the VALIDATE:
${attach}`
          });
          continue;
        }
        const columns = nameParts(con.keys);
        const nullable = nullableColumns(alter.table, columns, pgVersion);
        const alsoScan = nullable.length > 0 ? `, and scans it again to make ${nullable.join(", ")} NOT NULL` : "";
        ctx.report({
          message: `ADD CONSTRAINT ${name} PRIMARY KEY on existing table ${alter.name} builds a unique index over every row${alsoScan}, all under an ACCESS EXCLUSIVE lock: every read and write of ${alter.name} waits until it ends.`,
          fix: `${nullable.length > 0 ? `${notNullFirst(alter.name, tableName, nullable)}
` : ""}-- in a migration file of its own (CONCURRENTLY cannot run in a transaction block):
CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${alter.name} (${columns.join(", ")});
-- then, in a later file:
ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} PRIMARY KEY USING INDEX ${name};`
        });
        continue;
      }
      const def = addedColumn(alter, cmd);
      if (!def || !columnConstraints(def).some((c) => c.contype === "CONSTR_PRIMARY")) continue;
      const column = def.colname ?? "column";
      ctx.report({
        message: `ADD COLUMN ${column} ... PRIMARY KEY on existing table ${alter.name} builds a unique index over every row under the ACCESS EXCLUSIVE lock of ADD COLUMN: every read and write of ${alter.name} waits until it ends.`,
        fix: `ALTER TABLE ${alter.name} ADD COLUMN ${column} ${typeRef(def.typeName).display};  -- without PRIMARY KEY
-- fill it in batches and make it NOT NULL through a validated CHECK, then in a file of its own:
CREATE UNIQUE INDEX CONCURRENTLY ${tableName}_pkey ON ${alter.name} (${column});
-- and in a later file:
ALTER TABLE ${alter.name} ADD CONSTRAINT ${tableName}_pkey PRIMARY KEY USING INDEX ${tableName}_pkey;`
      });
    }
  }
};
function nullableColumns(table, columns, pgVersion) {
  if (!table) return [];
  return columns.filter((name) => {
    const column = table.columns.get(name);
    if (!column || column.notNull && !column.notNullPending) return false;
    const check2 = notNullCheck(table, name);
    return !(check2?.validated && pgVersion >= CHECK_SKIPS_SCAN_SINCE);
  });
}
function oldVersionNote(pgVersion) {
  return pgVersion < CHECK_SKIPS_SCAN_SINCE ? ` (Postgres ${pgVersion} cannot use a validated CHECK to skip it)` : "";
}
function notNullFirst(table, tableName, columns) {
  return columns.map((c) => {
    const check2 = `${tableName}_${c}_not_null`;
    return `ALTER TABLE ${table} ADD CONSTRAINT ${check2} CHECK (${c} IS NOT NULL) NOT VALID;
-- in a later file: ALTER TABLE ${table} VALIDATE CONSTRAINT ${check2};`;
  }).join("\n");
}

// src/core/rules/add-unique-constraint/index.ts
var addUniqueConstraint = {
  meta: {
    id: "add-unique-constraint",
    defaultSeverity: "error",
    category: "locks",
    summary: "ADD CONSTRAINT ... UNIQUE on an existing table builds its index under ACCESS EXCLUSIVE; build it CONCURRENTLY and attach it with USING INDEX.",
    fix: "CREATE UNIQUE INDEX CONCURRENTLY t_c_key ON t (c);  -- in a migration file of its own\nALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE USING INDEX t_c_key;",
    predicts: "lock"
  },
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    const tableName = splitQualified(alter.name).name;
    for (const cmd of alter.cmds) {
      const con = addedConstraint(cmd);
      if (con?.contype === "CONSTR_UNIQUE" && !con.indexname) {
        const columns = nameParts(con.keys);
        const name2 = con.conname ?? `${tableName}_${columns.join("_")}_key`;
        const nulls = con.nulls_not_distinct ? " NULLS NOT DISTINCT" : "";
        ctx.report({
          message: `ADD CONSTRAINT ${name2} UNIQUE on existing table ${alter.name} builds a unique index over every row while holding an ACCESS EXCLUSIVE lock: all reads and writes of ${alter.name} wait until the index is built.`,
          fix: `-- in a migration file of its own (CONCURRENTLY cannot run in a transaction block):
CREATE UNIQUE INDEX CONCURRENTLY ${name2} ON ${alter.name} (${columns.join(", ")})${nulls};
-- then, in a later file (brief lock, no build):
ALTER TABLE ${alter.name} ADD CONSTRAINT ${name2} UNIQUE USING INDEX ${name2};`
        });
        continue;
      }
      const def = addedColumn(alter, cmd);
      if (!def || !columnConstraints(def).some((c) => c.contype === "CONSTR_UNIQUE")) continue;
      const column = def.colname ?? "column";
      const name = `${tableName}_${column}_key`;
      ctx.report({
        message: `ADD COLUMN ${column} ... UNIQUE on existing table ${alter.name} builds a unique index over every row under the ACCESS EXCLUSIVE lock of ADD COLUMN: all reads and writes of ${alter.name} wait until the index is built.`,
        fix: `ALTER TABLE ${alter.name} ADD COLUMN ${column} ${typeRef(def.typeName).display};  -- without UNIQUE: instant
-- in a migration file of its own:
CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${alter.name} (${column});
-- then, in a later file:
ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} UNIQUE USING INDEX ${name};`
      });
    }
  }
};

// src/core/rules/alter-column-type/session-time-zone.ts
var ZERO_OFFSET_ZONES = /* @__PURE__ */ new Set([
  "utc",
  "etc/utc",
  "uct",
  "etc/uct",
  "gmt",
  "etc/gmt",
  "universal",
  "etc/universal",
  "zulu",
  "etc/zulu",
  "greenwich",
  "etc/greenwich"
]);
function fileSetsUtc(statements, before) {
  let utc = false;
  let local = false;
  for (const statement of statements) {
    if (statement.index >= before) break;
    const tx = nodeAs(statement.node, "TransactionStmt");
    if (tx && local && (tx.kind === "TRANS_STMT_COMMIT" || tx.kind === "TRANS_STMT_ROLLBACK")) {
      utc = false;
      local = false;
    }
    const set = nodeAs(statement.node, "VariableSetStmt");
    if (set?.name !== "timezone") continue;
    utc = set.kind === "VAR_SET_VALUE" && isZeroOffset(set.args?.[0]);
    local = set.is_local === true;
  }
  return utc;
}
function isZeroOffset(arg) {
  const value = nodeAs(arg, "A_Const");
  if (!value) return false;
  if (value.sval?.sval !== void 0) return ZERO_OFFSET_ZONES.has(value.sval.sval.toLowerCase());
  return value.ival !== void 0 && (value.ival.ival ?? 0) === 0;
}

// src/core/rules/alter-column-type/index.ts
var alterColumnType = {
  meta: {
    id: "alter-column-type",
    defaultSeverity: "error",
    category: "locks",
    summary: "ALTER COLUMN ... TYPE on an existing table rewrites it and rebuilds its indexes under ACCESS EXCLUSIVE, unless the change is binary-coercible.",
    fix: "ALTER TABLE t ADD COLUMN c_new new_type;  -- then dual-write, backfill in batches, switch reads, drop the old column",
    predicts: "rewrite"
  },
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== "AT_AlterColumnType" || !cmd.name) continue;
      const def = nodeAs(cmd.def, "ColumnDef");
      if (!def?.typeName) continue;
      const column = cmd.name;
      const to = typeRef(def.typeName);
      const from = alter.table?.columns.get(column)?.type;
      const where = `${alter.name}.${column}`;
      const lock = `rewrites ${alter.name} and rebuilds its indexes under an ACCESS EXCLUSIVE lock: every read and write of the table waits until it ends`;
      const fix = expandContract(alter.name, column, to.display);
      if (def.raw_default && !isPlainColumnUsing(def.raw_default, column, to)) {
        ctx.report({
          message: `ALTER COLUMN ${where} TYPE ${to.display} USING an expression ${lock}.`,
          fix
        });
        continue;
      }
      if (!from) {
        ctx.report({
          message: `ALTER COLUMN ${where} TYPE ${to.display}: the column's current type is unknown to the migrations, so this may rewrite the table under an ACCESS EXCLUSIVE lock. Only a widening such as varchar(n) to varchar(m >= n) or text skips the rewrite.`,
          fix
        });
        continue;
      }
      const change = typeChange(from, to, ctx.options.pgVersion);
      if (change === "none" || change === "free") continue;
      if (change === "free-in-utc") {
        if (fileSetsUtc(ctx.statements, ctx.statement.index)) continue;
        ctx.report({
          message: `ALTER COLUMN ${where} TYPE ${from.display} -> ${to.display} skips the rewrite only when the session TimeZone is UTC; in any other zone it ${lock}. The file does not set the time zone, so the result depends on the role's and database's settings.`,
          fix: `SET LOCAL timezone = 'UTC';  -- makes the change catalog-only (Postgres 12+)
ALTER TABLE ${alter.name} ALTER COLUMN ${column} TYPE ${to.display};`
        });
        continue;
      }
      ctx.report({
        message: `ALTER COLUMN ${where} TYPE ${from.display} -> ${to.display} ${lock}.`,
        fix
      });
    }
  }
};
function expandContract(table, column, type) {
  return `ALTER TABLE ${table} ADD COLUMN ${column}_new ${type};  -- instant
-- keep ${column}_new in step with a trigger, backfill it in batches, switch the code to it,
-- then in a later migration drop ${column} and rename ${column}_new to ${column}`;
}

// src/core/rules/constraint-not-valid-missing/index.ts
var NOT_VALID_FK_ON_PARTITIONED_SINCE = 18;
var constraintNotValidMissing = {
  meta: {
    id: "constraint-not-valid-missing",
    defaultSeverity: "error",
    category: "locks",
    summary: "ADD CONSTRAINT ... CHECK or FOREIGN KEY on an existing table without NOT VALID scans it under lock; VALIDATE belongs in a later file.",
    fix: "ALTER TABLE t ADD CONSTRAINT c ... NOT VALID;\n-- in a later migration file:\nALTER TABLE t VALIDATE CONSTRAINT c;",
    predicts: "scan"
  },
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    for (const cmd of alter.cmds) {
      const report2 = addedConstraintReport(ctx, alter, cmd) ?? addedColumnReport(ctx, alter, cmd) ?? validateReport(ctx, alter, cmd);
      if (report2) ctx.report(report2);
    }
  }
};
function addedConstraintReport(ctx, alter, cmd) {
  const con = addedConstraint(cmd);
  if (!con || con.skip_validation || con.is_enforced === false) return void 0;
  const name = con.conname ?? "constraint_name";
  const later = `-- in a later migration file (the scan runs under SHARE UPDATE EXCLUSIVE; reads and writes continue):
ALTER TABLE ${alter.name} VALIDATE CONSTRAINT ${name};`;
  if (con.contype === "CONSTR_CHECK") {
    return {
      message: `ADD CONSTRAINT ${name} CHECK on existing table ${alter.name} reads every row to check it while holding an ACCESS EXCLUSIVE lock: all reads and writes of ${alter.name} wait for the whole scan.`,
      fix: `ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} CHECK (...) NOT VALID;  -- checks new rows only
${later}`
    };
  }
  if (con.contype !== "CONSTR_FOREIGN") return void 0;
  const referenced = relationName(ctx.schema, con.pktable);
  const partitioned = alter.table?.kind === "partitioned-table" && ctx.options.pgVersion < NOT_VALID_FK_ON_PARTITIONED_SINCE;
  return {
    message: `ADD CONSTRAINT ${name} FOREIGN KEY on existing table ${alter.name} looks up every row in ${referenced} while holding SHARE ROW EXCLUSIVE locks on both tables: inserts, updates and deletes on ${alter.name} and ${referenced} wait for the whole scan.`,
    fix: partitioned ? `-- Postgres ${ctx.options.pgVersion} rejects NOT VALID foreign keys on a partitioned table: add the key NOT VALID
-- to each partition, VALIDATE each in a later file, then add it to ${alter.name}, which adopts the validated
-- partition constraints instead of checking the rows again.` : `ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} FOREIGN KEY (...) REFERENCES ${referenced} (...) NOT VALID;
${later}`
  };
}
function addedColumnReport(ctx, alter, cmd) {
  const def = addedColumn(alter, cmd);
  if (!def) return void 0;
  const column = def.colname ?? "column";
  const type = typeRef(def.typeName).display;
  const constraints = columnConstraints(def);
  const check2 = constraints.find((c) => c.contype === "CONSTR_CHECK" && c.is_enforced !== false);
  const steps = `ALTER TABLE ${alter.name} ADD COLUMN ${column} ${type};  -- no constraint: instant`;
  if (check2) {
    const rows = hasDefault(def) ? `every existing row gets the default, and each one is checked` : `every existing row is NULL and passes, yet Postgres still reads each one`;
    return {
      message: `ADD COLUMN ${column} with a CHECK on existing table ${alter.name}: ${rows}, all under the ACCESS EXCLUSIVE lock of ADD COLUMN, which blocks every read and write of ${alter.name} for the whole scan.`,
      fix: `${steps}
ALTER TABLE ${alter.name} ADD CONSTRAINT ${check2.conname ?? `${splitQualified(alter.name).name}_${column}_check`} CHECK (...) NOT VALID;
-- VALIDATE CONSTRAINT in a later migration file`
    };
  }
  const foreign = constraints.find((c) => c.contype === "CONSTR_FOREIGN");
  if (!foreign || !hasDefault(def)) return void 0;
  const referenced = relationName(ctx.schema, foreign.pktable);
  return {
    message: `ADD COLUMN ${column} with a DEFAULT and REFERENCES ${referenced} on existing table ${alter.name}: Postgres checks the default of every row against ${referenced}, holding ACCESS EXCLUSIVE on ${alter.name} and SHARE ROW EXCLUSIVE on ${referenced} (no writes to either) for the whole scan.`,
    fix: `${steps}
ALTER TABLE ${alter.name} ADD CONSTRAINT ${foreign.conname ?? `${splitQualified(alter.name).name}_${column}_fkey`} FOREIGN KEY (${column}) REFERENCES ${referenced}${referencedColumns(foreign)} NOT VALID;
-- set the default, backfill in batches, then VALIDATE CONSTRAINT in a later migration file`
  };
}
function referencedColumns(con) {
  const columns = nameParts(con.pk_attrs);
  return columns.length > 0 ? ` (${columns.join(", ")})` : "";
}
function hasDefault(def) {
  return isSerialType(typeRef(def.typeName).name) || columnConstraints(def).some((c) => c.contype === "CONSTR_DEFAULT");
}
function validateReport(ctx, alter, cmd) {
  if (cmd.subtype !== "AT_ValidateConstraint" || !cmd.name) return void 0;
  const name = cmd.name;
  const con = alter.table?.constraints.find((c) => c.name === name && !c.validated);
  const pendingNotNull = [...alter.table?.columns.values() ?? []].find(
    (c) => c.notNullPending?.constraint === name
  )?.notNullPending;
  const modelled = con?.addedBy ?? pendingNotNull?.addedBy;
  const unmodelled = alter.table ? void 0 : notValidAddInFile(ctx, alter, name);
  const added = modelled ?? (unmodelled && { file: ctx.file.path, statement: unmodelled.statement });
  if (!added || added.file !== ctx.file.path) return void 0;
  if (committedBetween(ctx.statements, added.statement, ctx.statement.index)) return void 0;
  const addLine = ctx.statements[added.statement]?.line;
  const foreignKey = con ? con.kind === "foreign-key" : unmodelled?.constraint.contype === "CONSTR_FOREIGN";
  const referenced = con?.references?.table ?? (unmodelled?.constraint.pktable ? relationName(ctx.schema, unmodelled.constraint.pktable) : void 0);
  const held = foreignKey ? `SHARE ROW EXCLUSIVE locks the add took on ${alter.name} and ${referenced ?? "the referenced table"} (no writes to either) are` : `ACCESS EXCLUSIVE lock the add took on ${alter.name} (no reads or writes) is`;
  return {
    message: `VALIDATE CONSTRAINT ${name} runs in the same transaction as the ADD CONSTRAINT ... NOT VALID${addLine === void 0 ? "" : ` on line ${addLine}`}: the ${held} held until the file commits, so the validation scan runs under them and NOT VALID gains nothing.`,
    fix: `-- move this statement to a later migration file, so it runs after the add has committed:
ALTER TABLE ${alter.name} VALIDATE CONSTRAINT ${name};`
  };
}
function notValidAddInFile(ctx, alter, name) {
  const top = ctx.statement.parent ?? ctx.statement;
  for (const s of ctx.statements) {
    if (s.index >= top.index) break;
    const stmt = nodeAs(s.node, "AlterTableStmt");
    if (!stmt?.relation || relationName(ctx.schema, stmt.relation) !== alter.name) continue;
    for (const c of stmt.cmds ?? []) {
      const con = addedConstraint(nodeAs(c, "AlterTableCmd") ?? {});
      if (con?.conname === name && con.skip_validation)
        return { statement: s.index, constraint: con };
    }
  }
  return void 0;
}
function committedBetween(statements, from, to) {
  return statements.some((s) => {
    if (s.index <= from || s.index >= to) return false;
    return nodeAs(s.node, "TransactionStmt")?.kind === "TRANS_STMT_COMMIT";
  });
}

// src/core/rules/create-index-non-concurrent/concurrent-index-sql.ts
var import_libpg_query4 = __toESM(require_wasm(), 1);
function concurrentIndexSql(statementText) {
  let tokens;
  try {
    tokens = (0, import_libpg_query4.scanSync)(statementText).tokens;
  } catch {
    return void 0;
  }
  const index = tokens.find((t) => t.text.toUpperCase() === "INDEX");
  if (!index) return void 0;
  const bytes = new TextEncoder().encode(statementText);
  const decoder = new TextDecoder();
  const before = decoder.decode(bytes.subarray(0, index.end));
  const after = decoder.decode(bytes.subarray(index.end));
  const keyword = index.text === "index" ? "concurrently" : "CONCURRENTLY";
  return `${before} ${keyword}${after};`;
}

// src/core/rules/create-index-non-concurrent/index.ts
var createIndexNonConcurrent = {
  meta: {
    id: "create-index-non-concurrent",
    defaultSeverity: "error",
    category: "locks",
    summary: "CREATE INDEX without CONCURRENTLY on a table that existed before this file blocks writes while the index builds.",
    fix: "CREATE INDEX CONCURRENTLY idx_name ON table_name (column_name);  -- in a migration file of its own",
    predicts: "lock"
  },
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, "IndexStmt");
    if (!stmt || stmt.concurrent) return;
    const table = relationName(ctx.schema, stmt.relation);
    if (ctx.isNew(table)) return;
    const existing = stmt.idxname ? ctx.schema.index(stmt.idxname, splitQualified(table).schema) : void 0;
    if (stmt.if_not_exists && existing) return;
    const model = ctx.schema.table(table);
    if (model && model.kind !== "table" && model.kind !== "partitioned-table") {
      if (model.kind !== "materialized-view") return;
    }
    if (model?.kind === "partitioned-table") return;
    ctx.report({
      message: `CREATE INDEX on existing table ${table} takes a SHARE lock: inserts, updates and deletes wait until the whole index is built.`,
      fix: `-- in a migration file of its own (CONCURRENTLY cannot run inside a transaction block):
${concurrentIndexSql(ctx.statement.text) ?? `CREATE INDEX CONCURRENTLY ${stmt.idxname ?? "index_name"} ON ${table} (...);`}`
    });
  }
};

// src/core/rules/set-not-null/index.ts
var CHECK_SKIPS_SCAN_SINCE2 = 12;
var NOT_NULL_NOT_VALID_SINCE = 18;
var setNotNull = {
  meta: {
    id: "set-not-null",
    defaultSeverity: "error",
    category: "locks",
    summary: "ALTER COLUMN ... SET NOT NULL on an existing table scans every row under ACCESS EXCLUSIVE unless a validated CHECK (col IS NOT NULL) proves it.",
    fix: "ALTER TABLE t ADD CONSTRAINT t_c_not_null CHECK (c IS NOT NULL) NOT VALID;\n-- in a later migration:\nALTER TABLE t VALIDATE CONSTRAINT t_c_not_null;\nALTER TABLE t ALTER COLUMN c SET NOT NULL;\nALTER TABLE t DROP CONSTRAINT t_c_not_null;",
    predicts: "scan"
  },
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    for (const cmd of alter.cmds) {
      let column;
      let verb = "SET NOT NULL";
      if (cmd.subtype === "AT_SetNotNull") column = cmd.name;
      const con = addedConstraint(cmd);
      if (con?.contype === "CONSTR_NOTNULL" && !con.skip_validation) {
        column = nameParts(con.keys)[0];
        verb = "ADD CONSTRAINT ... NOT NULL";
      }
      if (column === void 0) continue;
      const scan = scanCause(alter.table, column, ctx.options.pgVersion);
      if (scan === void 0) continue;
      const table = alter.name;
      const check2 = `${splitQualified(table).name}_${column}_not_null`;
      const checkSteps = `ALTER TABLE ${table} ADD CONSTRAINT ${check2} CHECK (${column} IS NOT NULL) NOT VALID;
-- in a later migration file (the scan runs under SHARE UPDATE EXCLUSIVE, which blocks no reads or writes):
ALTER TABLE ${table} VALIDATE CONSTRAINT ${check2};
ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL;  -- uses the CHECK: no scan
ALTER TABLE ${table} DROP CONSTRAINT ${check2};`;
      const nativeSteps = `ALTER TABLE ${table} ADD CONSTRAINT ${check2} NOT NULL ${column} NOT VALID;
-- in a later migration file (the scan runs under SHARE UPDATE EXCLUSIVE):
ALTER TABLE ${table} VALIDATE CONSTRAINT ${check2};`;
      const fixes = {
        "no-check": ctx.options.pgVersion >= NOT_NULL_NOT_VALID_SINCE ? nativeSteps : checkSteps,
        "check-not-validated": `-- in a migration file before this one:
ALTER TABLE ${table} VALIDATE CONSTRAINT ${scan.constraint};`,
        "pending-not-null": `-- in a migration file before this one (SET NOT NULL is then a no-op):
ALTER TABLE ${table} VALIDATE CONSTRAINT ${scan.constraint};`,
        "old-version": `-- Postgres ${ctx.options.pgVersion} always scans for SET NOT NULL. The validated CHECK ${scan.constraint}
-- already keeps NULLs out: leave the column nullable, or run this in a maintenance window.`
      };
      ctx.report({
        message: `${verb} on ${table}.${column} reads every row of the existing table to prove there is no NULL, holding an ACCESS EXCLUSIVE lock that blocks all reads and writes of ${table} for the whole scan${scan.detail}.`,
        fix: fixes[scan.kind]
      });
    }
  }
};
function scanCause(table, column, pgVersion) {
  const model = table?.columns.get(column);
  const pending = model?.notNullPending?.constraint;
  if (model?.notNull && pending === void 0) return void 0;
  const check2 = table ? notNullCheck(table, column) : void 0;
  if (check2?.validated && pgVersion >= CHECK_SKIPS_SCAN_SINCE2) return void 0;
  if (pending !== void 0) {
    return {
      kind: "pending-not-null",
      constraint: pending,
      detail: ` (it validates the NOT VALID constraint ${pending} under that lock)`
    };
  }
  if (!check2) return { kind: "no-check", constraint: "", detail: "" };
  if (!check2.validated) {
    return {
      kind: "check-not-validated",
      constraint: check2.name,
      detail: ` (CHECK ${check2.name} is still NOT VALID here, so it proves nothing)`
    };
  }
  return {
    kind: "old-version",
    constraint: check2.name,
    detail: ` (Postgres ${pgVersion} ignores the validated CHECK ${check2.name}; only Postgres 12 and later use it to skip the scan)`
  };
}

// src/core/rules/catalogue-locks.ts
var lockRules = [
  createIndexNonConcurrent,
  addColumnRewrite,
  addColumnRequired,
  alterColumnType,
  setNotNull,
  constraintNotValidMissing,
  addUniqueConstraint,
  addPrimaryKey
];

// src/core/rules/column-definitions.ts
var import_libpg_query5 = __toESM(require_wasm(), 1);
function columnDefinitions(statement, schema) {
  const kind = statement.kind;
  if (kind !== "CreateStmt" && kind !== "AlterTableStmt") return [];
  const located = locate(statement);
  const lineOf = (def) => {
    const offset = def.location ?? def.typeName?.location;
    if (!located || offset === void 0 || offset < 0) return statement.line;
    const position = located.source.position(located.source.charOffset(offset));
    return statement.line + position.line - 1;
  };
  const create = nodeAs(located?.node ?? statement.node, "CreateStmt");
  if (create) {
    const table2 = relationName(schema, create.relation);
    if (create.if_not_exists && schema.table(table2)) return [];
    const keyColumns = /* @__PURE__ */ new Set();
    for (const elt of create.tableElts ?? []) {
      const con = nodeAs(elt, "Constraint");
      if (con?.contype === "CONSTR_PRIMARY") for (const k of nameParts(con.keys)) keyColumns.add(k);
    }
    return (create.tableElts ?? []).flatMap((elt) => {
      const def = nodeAs(elt, "ColumnDef");
      if (!def?.colname || !def.typeName) return [];
      const primaryKey = keyColumns.has(def.colname) || hasInlinePrimaryKey(def);
      return [definition(table2, def.colname, def, "create-table", primaryKey, lineOf(def))];
    });
  }
  const alter = nodeAs(located?.node ?? statement.node, "AlterTableStmt");
  if (alter?.objtype !== "OBJECT_TABLE") return [];
  const table = relationName(schema, alter.relation);
  return (alter.cmds ?? []).flatMap((item) => {
    const cmd = nodeAs(item, "AlterTableCmd");
    const def = nodeAs(cmd?.def, "ColumnDef");
    if (!cmd || !def?.typeName) return [];
    if (cmd.subtype === "AT_AddColumn" && def.colname) {
      if (cmd.missing_ok && schema.column(table, def.colname)) return [];
      const primaryKey = hasInlinePrimaryKey(def);
      return [definition(table, def.colname, def, "add-column", primaryKey, lineOf(def))];
    }
    if (cmd.subtype === "AT_AlterColumnType" && cmd.name) {
      return [definition(table, cmd.name, def, "alter-type", false, lineOf(def))];
    }
    return [];
  });
}
function definition(table, column, def, via, primaryKey, line) {
  return { table, column, type: typeRef(def.typeName), def, via, primaryKey, line };
}
function hasInlinePrimaryKey(def) {
  return (def.constraints ?? []).some((c) => nodeAs(c, "Constraint")?.contype === "CONSTR_PRIMARY");
}
var locatedStatements = /* @__PURE__ */ new WeakMap();
function locate(statement) {
  const cached = locatedStatements.get(statement);
  if (cached !== void 0) return cached;
  let located = null;
  try {
    const parsed = (0, import_libpg_query5.parseSync)(statement.text);
    const only = parsed.stmts?.length === 1 ? parsed.stmts[0]?.stmt : void 0;
    if (only && kindOf(only) === statement.kind) {
      located = { node: only, source: new SourceText(statement.text) };
    }
  } catch {
    located = null;
  }
  locatedStatements.set(statement, located);
  return located;
}

// src/core/rules/prefer-bigint-identity/index.ts
var SERIAL_TYPES2 = {
  smallserial: "smallint",
  serial2: "smallint",
  serial: "integer",
  serial4: "integer",
  bigserial: "bigint",
  serial8: "bigint"
};
var SMALL_INTEGERS = { int2: "smallint", int4: "integer" };
var LIMITS = { smallint: "32,767", integer: "2,147,483,647" };
var preferBigintIdentity = {
  meta: {
    id: "prefer-bigint-identity",
    defaultSeverity: "off",
    category: "style",
    summary: "Generated ids should be bigint identity columns, not serial types or 2- and 4-byte integers.",
    fix: "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
  },
  statement(ctx) {
    const columns = columnDefinitions(ctx.statement, ctx.schema);
    for (const column of columns) {
      const message = verdict4(column);
      if (message === void 0) continue;
      ctx.report({
        line: column.line,
        message,
        fix: `${column.column} bigint GENERATED ALWAYS AS IDENTITY${column.primaryKey ? " PRIMARY KEY" : ""}`
      });
    }
    const alter = nodeAs(ctx.statement.node, "AlterTableStmt");
    if (!alter) return;
    const table = relationName(ctx.schema, alter.relation);
    for (const item of alter.cmds ?? []) {
      const cmd = nodeAs(item, "AlterTableCmd");
      if (cmd?.subtype !== "AT_AddIdentity" || !cmd.name) continue;
      const retyped = columns.find((c) => c.via === "alter-type" && c.column === cmd.name);
      const type = retyped?.type ?? ctx.schema.column(table, cmd.name)?.type;
      const size = SMALL_INTEGERS[type?.name ?? ""];
      if (size === void 0) continue;
      ctx.report({
        message: `${table}.${cmd.name} becomes an identity column of type ${size}: it runs out after ${LIMITS[size]} ids, and widening it later rewrites the table and every column that references it.`,
        fix: `ALTER TABLE ${table} ALTER COLUMN ${cmd.name} TYPE bigint;  -- before adding the identity, while the table is small`
      });
    }
  }
};
function verdict4(column) {
  const name = `${column.table}.${column.column}`;
  const serialSize = SERIAL_TYPES2[column.type.name];
  if (serialSize !== void 0 && column.type.schema === void 0) {
    const limit2 = LIMITS[serialSize];
    const overflow = limit2 ? `, ${article(serialSize)} underneath: its ids run out after ${limit2}, and` : ":";
    return `${name} is ${column.type.name}${overflow} its sequence is a separate object with its own ownership and grants, unlike a standard identity column.`;
  }
  const size = SMALL_INTEGERS[column.type.name];
  if (size === void 0 || column.type.array) return void 0;
  const limit = LIMITS[size];
  if (isIdentity(column)) {
    return `${name} is ${article(size)} identity column: it runs out after ${limit} ids, and widening it later rewrites the table and every column that references it.`;
  }
  if (column.primaryKey && hasSequenceDefault(column)) {
    return `${name} is ${article(size)} primary key filled from a sequence: it runs out after ${limit} ids, and widening it later rewrites the table and every column that references it.`;
  }
  return void 0;
}
function isIdentity(column) {
  return (column.def.constraints ?? []).some(
    (c) => nodeAs(c, "Constraint")?.contype === "CONSTR_IDENTITY"
  );
}
function hasSequenceDefault(column) {
  return (column.def.constraints ?? []).some((c) => {
    const con = nodeAs(c, "Constraint");
    if (con?.contype !== "CONSTR_DEFAULT") return false;
    let found = false;
    walkNodes(con.raw_expr, (node) => {
      const call = nodeAs(node, "FuncCall");
      const fn = call?.funcname?.at(-1);
      if (nodeAs(fn, "String")?.sval === "nextval") found = true;
      return !found;
    });
    return found;
  });
}
function article(size) {
  return `${/^[aeiou]/.test(size) ? "an" : "a"} ${size}`;
}

// src/core/rules/prefer-jsonb/index.ts
var preferJsonb = {
  meta: {
    id: "prefer-jsonb",
    defaultSeverity: "off",
    category: "style",
    summary: "A json column stores raw text that is parsed again on every access and cannot be indexed or compared.",
    fix: "settings jsonb NOT NULL DEFAULT '{}'::jsonb"
  },
  statement(ctx) {
    for (const column of columnDefinitions(ctx.statement, ctx.schema)) {
      if (column.type.name !== "json" || column.type.schema !== void 0) continue;
      const type = `jsonb${column.type.array ? "[]" : ""}`;
      ctx.report({
        line: column.line,
        message: `${column.table}.${column.column} is ${column.type.display}: json keeps the input text as is, so every ->, ->> or containment test parses it again, it has no equality operator (no DISTINCT, GROUP BY or UNIQUE on it) and no GIN index can speed up queries on it.`,
        fix: column.via === "alter-type" ? `ALTER TABLE ${column.table} ALTER COLUMN ${column.column} TYPE ${type};` : `${column.column} ${type}`
      });
    }
  }
};

// src/core/rules/prefer-text/index.ts
var preferText = {
  meta: {
    id: "prefer-text",
    defaultSeverity: "off",
    category: "style",
    summary: "varchar(n) and char(n) columns put a length limit in the type, where changing it later means ALTER COLUMN TYPE.",
    fix: "name text NOT NULL CHECK (char_length(name) <= 200)"
  },
  statement(ctx) {
    for (const column of columnDefinitions(ctx.statement, ctx.schema)) {
      if (column.type.schema !== void 0) continue;
      const limit = column.type.mods[0];
      if (limit === void 0) continue;
      if (column.type.name !== "varchar" && column.type.name !== "bpchar") continue;
      const padding = column.type.name === "bpchar" ? " char(n) also pads values with spaces and ignores trailing spaces in comparisons." : "";
      ctx.report({
        line: column.line,
        message: `${column.table}.${column.column} is ${column.type.display}: the limit lives in the type, so changing it later is an ALTER COLUMN TYPE under an ACCESS EXCLUSIVE lock (a table rewrite when it shrinks, and refused while a view uses the column), where a CHECK constraint can be swapped with NOT VALID and VALIDATE.${padding}`,
        fix: replacement(column, limit)
      });
    }
  }
};
function replacement(column, limit) {
  const { table, column: name } = column;
  if (column.type.array) {
    return column.via === "alter-type" ? `ALTER TABLE ${table} ALTER COLUMN ${name} TYPE text[];` : `${name} text[]`;
  }
  const check2 = `CHECK (char_length(${name}) <= ${limit})`;
  if (column.via === "alter-type") {
    return `ALTER TABLE ${table} ALTER COLUMN ${name} TYPE text;
ALTER TABLE ${table} ADD CONSTRAINT ${column.table.slice(column.table.indexOf(".") + 1)}_${name}_length ${check2} NOT VALID;`;
  }
  return `${name} text ${check2}`;
}

// src/core/rules/prefer-timestamptz/index.ts
var preferTimestamptz = {
  meta: {
    id: "prefer-timestamptz",
    defaultSeverity: "off",
    category: "style",
    summary: "A column of type timestamp (without time zone) stores wall-clock times that cannot be placed on the timeline.",
    fix: "created_at timestamptz NOT NULL DEFAULT now()"
  },
  statement(ctx) {
    for (const column of columnDefinitions(ctx.statement, ctx.schema)) {
      if (column.type.name !== "timestamp" || column.type.schema !== void 0) continue;
      ctx.report({
        line: column.line,
        message: `${column.table}.${column.column} is ${column.type.display} without time zone: it keeps no offset, so values written by sessions or clients in different time zones cannot be compared or converted reliably, and now() is silently converted to the session's TimeZone on write.`,
        fix: replacement2(column)
      });
    }
  }
};
function replacement2(column) {
  const precision = column.type.mods.length ? `(${column.type.mods.join(",")})` : "";
  const type = `timestamptz${precision}${column.type.array ? "[]" : ""}`;
  if (column.via === "alter-type") {
    return `ALTER TABLE ${column.table} ALTER COLUMN ${column.column} TYPE ${type};`;
  }
  return `${column.column} ${type}`;
}

// src/core/rules/catalogue-style.ts
var styleRules = [
  preferTimestamptz,
  preferJsonb,
  preferBigintIdentity,
  preferText
];

// src/core/rules/catalogue-trace.ts
var traceRules = [
  {
    meta: {
      id: "trace-dangerous-lock",
      defaultSeverity: "error",
      category: "trace",
      summary: "On staging, a statement held a lock that blocks reads or writes on an existing table while rows were read or copied, and no lint rule predicted it.",
      fix: "Split the work so the blocking lock is only held for a catalog change: build indexes CONCURRENTLY, add constraints NOT VALID and VALIDATE them separately, backfill in batches outside the DDL transaction."
    }
  },
  {
    meta: {
      id: "trace-table-rewrite",
      defaultSeverity: "error",
      category: "trace",
      summary: "On staging, a statement rewrote an existing table (its file was replaced) and no lint rule predicted it.",
      fix: "Add a new column, backfill it in batches, and switch over (expand/contract) instead of changing the table in place."
    }
  },
  {
    meta: {
      id: "trace-statement-failed",
      defaultSeverity: "error",
      category: "trace",
      summary: "A statement failed when the migration was applied on the staging database.",
      fix: "Fix the statement at the reported line; the message is the one Postgres gave."
    }
  },
  {
    meta: {
      id: "trace-not-validated",
      defaultSeverity: "warning",
      category: "trace",
      summary: "A statement could not be checked on staging: the target lacks something it needs (an extension, a Supabase schema), or it cannot run in a rollback-only run.",
      fix: "Enable the missing extension on the staging target, or validate the statement on a Supabase preview branch."
    }
  }
];

// src/core/rules/catalogue.ts
var RULES = [
  ...lockRules,
  ...lockCommandRules,
  ...breakingRules,
  ...dataRules,
  ...historyRules,
  ...styleRules,
  ...traceRules,
  ...engineRules
];
var RULE_IDS = new Set(RULES.map((r) => r.meta.id));

// src/pipeline/run-check.ts
import { access } from "node:fs/promises";
import { resolve } from "node:path";

// src/core/report/finding.ts
function compareFindings(a, b) {
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

// src/core/schema/schema-model.ts
var SchemaModel = class {
  tables = /* @__PURE__ */ new Map();
  indexes = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  schemas = /* @__PURE__ */ new Set(["public"]);
  extensions = /* @__PURE__ */ new Set();
  types = /* @__PURE__ */ new Set();
  /**
   * Deprecation comments on columns the model holds no column for (tables created outside the
   * migrations, or with unknown columns), by `schema.table.column`.
   */
  untrackedColumnDeprecations = /* @__PURE__ */ new Map();
  /** The current search_path: unqualified names are created in the first, found in any. */
  searchPath = ["public"];
  /** Where unqualified names are created. */
  get defaultSchema() {
    return this.searchPath[0] ?? "public";
  }
  /**
   * The qualified name an unqualified or qualified relation reference points to: an existing
   * relation on the search path if there is one, else the name in the default schema.
   */
  resolveRelation(schema, name) {
    if (schema !== void 0) return qualify(schema, name);
    for (const s of this.searchPath) {
      const q = qualify(s, name);
      if (this.tables.has(q) || this.indexes.has(q)) return q;
    }
    if (this.tables.has(qualify("public", name))) return qualify("public", name);
    return qualify(this.defaultSchema, name);
  }
  table(name) {
    return this.tables.get(name);
  }
  column(table, column) {
    return this.tables.get(table)?.columns.get(column);
  }
  /** Indexes of a table. */
  indexesOf(table) {
    return [...this.indexes.values()].filter((i) => i.table === table);
  }
  /** Index by name; an unqualified name is looked up on the search path. */
  index(name, schema) {
    return this.indexes.get(this.resolveRelation(schema, name));
  }
  /** A constraint of a table by name. */
  constraint(table, name) {
    return this.tables.get(table)?.constraints.find((c) => c.name === name);
  }
  /** The table whose constraint has this name, in any table of the schema. */
  tableOfConstraint(name) {
    for (const t of this.tables.values()) if (t.constraints.some((c) => c.name === name)) return t;
    return void 0;
  }
};

// src/core/lint/lint-migrations.ts
function lintMigrations(request) {
  const { config } = request;
  const active = request.rules.flatMap((rule) => {
    const setting = config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    return setting === "off" ? [] : [{ rule, severity: setting }];
  });
  const known = new Set([...request.rules, ...engineRules].map((r) => r.meta.id));
  const activeIds = new Set(active.map((a) => a.rule.meta.id));
  for (const id of ENGINE_IDS) if (engineSetting(config, id) !== "off") activeIds.add(id);
  const parsedFiles = /* @__PURE__ */ new Map();
  const added = request.added ?? /* @__PURE__ */ new Set();
  const model = new SchemaModel();
  const results = /* @__PURE__ */ new Map();
  const ordered = [...request.files].sort(compareMigrations);
  const finding = (rule, r, line, column, stmt) => {
    const f = {
      rule: rule.rule.meta.id,
      severity: rule.severity,
      line: r.line ?? line,
      column: r.column ?? column,
      message: r.message,
      source: "lint",
      fix: r.fix ?? rule.rule.meta.fix,
      docs: ruleDocsUrl(rule.rule.meta.id)
    };
    if (stmt !== void 0) f.statement = stmt;
    return f;
  };
  for (const file of ordered) {
    if (file.version === null) {
      if (request.checked.has(file.path)) {
        results.set(file.path, { file, findings: [], statements: [] });
      }
      continue;
    }
    const parsed = parseSql(file.sql);
    const checking = request.checked.has(file.path);
    for (const error of parsed.errors) {
      if (!error.createsTable) continue;
      const name = model.resolveRelation(error.createsTable.schema, error.createsTable.name);
      if (model.tables.has(name)) continue;
      const table = newTable(name, "table", {
        file: file.path,
        version: file.version,
        statement: -1
      });
      table.columnsUnknown = true;
      model.tables.set(name, table);
    }
    const findings = [];
    const isNew = (t) => {
      const table = typeof t === "string" ? model.table(t) : t;
      if (!table) return false;
      return table.createdBy.file === file.path || added.has(table.createdBy.file);
    };
    const base = {
      file,
      options: config,
      statements: parsed.statements,
      isNew,
      isNewOrigin: (origin) => origin.file === file.path || added.has(origin.file)
    };
    let inTransactionBlock = false;
    for (const statement of parsed.statements) {
      const origin = { file: file.path, version: file.version, statement: statement.index };
      const units = [statement, ...embeddedStatements(statement)];
      for (const unit of units) {
        if (checking) {
          for (const rule of active) {
            if (!rule.rule.statement) continue;
            rule.rule.statement({
              ...base,
              statement: unit,
              schema: model,
              inTransactionBlock,
              report: (r) => findings.push(finding(rule, r, unit.line, unit.column, statement.index))
            });
          }
        }
        applyStatement(model, unit.node, origin);
      }
      const tx = nodeAs(statement.node, "TransactionStmt");
      if (tx?.kind === "TRANS_STMT_BEGIN" || tx?.kind === "TRANS_STMT_START") {
        inTransactionBlock = true;
      } else if (tx?.kind === "TRANS_STMT_COMMIT" || tx?.kind === "TRANS_STMT_ROLLBACK" || tx?.kind === "TRANS_STMT_PREPARE") {
        inTransactionBlock = false;
      }
    }
    if (!checking) continue;
    for (const rule of active) {
      rule.rule.fileEnd?.({
        ...base,
        schema: model,
        report: (statement, r) => findings.push(finding(rule, r, statement.line, statement.column, statement.index))
      });
    }
    for (const error of parsed.errors) {
      const message = `Postgres cannot parse this: ${error.message}.`;
      findings.push({
        ...engineFinding("syntax-error", error.line, message),
        column: error.column
      });
    }
    results.set(file.path, { file, findings, statements: parsed.statements });
    parsedFiles.set(file.path, parsed);
  }
  runHistoryRules(request, active, results);
  for (const [path, parsed] of parsedFiles) {
    const result2 = results.get(path);
    if (!result2) continue;
    const kept = applySuppressions(
      result2.findings,
      parsed.statements,
      parsed.fileSuppressions,
      known,
      activeIds
    );
    for (const problem of parsed.suppressionProblems) {
      kept.push(engineFinding("invalid-suppression", problem.line, problem.message));
    }
    result2.findings = withEngineSeverities(kept, config);
  }
  for (const result2 of results.values()) result2.findings.sort(compareFindings);
  return [...results.values()].sort((a, b) => compareMigrations(a.file, b.file));
}
function embeddedStatements(statement) {
  if (statement.plpgsql?.context !== "do") return [];
  return statement.plpgsql.sql.flatMap(
    (sql) => sql.mode === "statement" ? sql.nodes.map((node) => ({
      index: statement.index,
      kind: kindOf(node),
      node,
      text: sql.sql,
      start: statement.start,
      end: statement.end,
      line: sql.line,
      column: 1,
      endLine: sql.line,
      suppressions: statement.suppressions,
      parent: statement
    })) : []
  );
}
var ENGINE_IDS = engineRules.map((r) => r.meta.id);
function engineSetting(config, id) {
  const rule = engineRules.find((r) => r.meta.id === id);
  return config.rules[id] ?? rule?.meta.defaultSeverity ?? "error";
}
function engineFinding(rule, line, message) {
  const meta = engineRules.find((r) => r.meta.id === rule)?.meta;
  const severity = meta?.defaultSeverity === "off" ? "notice" : meta?.defaultSeverity ?? "error";
  return {
    rule,
    severity,
    line,
    column: 1,
    message,
    source: "lint",
    ...meta ? { fix: meta.fix } : {},
    docs: ruleDocsUrl(rule)
  };
}
function withEngineSeverities(findings, config) {
  return findings.flatMap((f) => {
    if (!ENGINE_IDS.includes(f.rule)) return [f];
    const setting = engineSetting(config, f.rule);
    return setting === "off" ? [] : [{ ...f, severity: setting }];
  });
}
function applySuppressions(findings, statements, fileSuppressions, known, activeIds) {
  const kept = [];
  for (const f of findings) {
    const statement = f.statement === void 0 ? void 0 : statements[f.statement];
    const match = statement?.suppressions.find((s) => s.rules.includes(f.rule)) ?? fileSuppressions.find((s) => s.rules.includes(f.rule));
    if (match) match.used = true;
    else kept.push(f);
  }
  const all = [...statements.flatMap((s) => s.suppressions), ...fileSuppressions];
  for (const s of all) {
    const unknown = s.rules.filter((r) => !known.has(r));
    if (unknown.length > 0) {
      kept.push(
        engineFinding(
          "invalid-suppression",
          s.line,
          `Unknown rule id${unknown.length > 1 ? "s" : ""} ${unknown.map((r) => `'${r}'`).join(", ")} in a suppression comment.`
        )
      );
    } else if (!s.used && s.rules.some((r) => activeIds.has(r))) {
      kept.push(
        engineFinding(
          "unused-suppression",
          s.line,
          `This suppression of ${s.rules.join(", ")} matched no finding; remove it so it cannot hide a future one.`
        )
      );
    }
  }
  return kept;
}
function runHistoryRules(request, active, results) {
  const ordered = [...request.files].sort(compareMigrations);
  for (const rule of active) {
    rule.rule.history?.({
      files: ordered,
      baseFiles: request.baseFiles,
      deleted: request.deleted ?? [],
      options: request.config,
      report: (file, r) => {
        let result2 = results.get(file.path);
        if (!result2) {
          result2 = { file, findings: [], statements: [] };
          results.set(file.path, result2);
        }
        result2.findings.push({
          rule: rule.rule.meta.id,
          severity: rule.severity,
          line: r.line ?? 1,
          column: r.column ?? 1,
          message: r.message,
          source: "lint",
          fix: r.fix ?? rule.rule.meta.fix,
          docs: ruleDocsUrl(rule.rule.meta.id)
        });
      }
    });
  }
}

// src/core/report/build-report.ts
function buildReport(results, target = { kind: "none", serverVersion: null }) {
  const migrations = results.map((r) => ({
    file: r.file.path,
    version: r.file.version,
    name: r.file.name,
    status: r.file.status,
    sha256: r.file.sha256,
    findings: r.findings,
    statements: r.statements.map((s) => ({
      line: s.line,
      sql: s.text,
      durationMs: null,
      locks: [],
      rewrites: []
    }))
  }));
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    target,
    summary: summarize(migrations),
    migrations,
    checks: []
  };
}

// src/workspace/config-file.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";

// src/core/config/config.ts
var DEFAULT_CONFIG = {
  pgVersion: 15,
  deprecationDays: 7,
  exposedSchemas: ["public"],
  tenantColumns: [
    "workspace_id",
    "account_id",
    "org_id",
    "organization_id",
    "team_id",
    "tenant_id"
  ],
  rules: {},
  migrationsDir: "supabase/migrations"
};
var ConfigError = class extends Error {
  constructor(key, message) {
    super(message);
    this.key = key;
    this.name = "ConfigError";
  }
  key;
};
var SETTINGS = ["error", "warning", "notice", "off"];
function parseConfig(value, knownRules) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigError("(root)", "the config must be a JSON object");
  }
  const input = value;
  const config = { ...DEFAULT_CONFIG, rules: {} };
  for (const [key, v] of Object.entries(input)) {
    switch (key) {
      case "$schema":
        break;
      case "pgVersion":
        config.pgVersion = integer(key, v, 9, 99);
        break;
      case "deprecationDays":
        config.deprecationDays = integer(key, v, 0, 3650);
        break;
      case "exposedSchemas":
        config.exposedSchemas = stringList(key, v);
        break;
      case "tenantColumns":
        config.tenantColumns = stringList(key, v);
        break;
      case "migrationsDir":
        if (typeof v !== "string" || v === "") {
          throw new ConfigError(key, `'${key}' must be a non-empty string`);
        }
        config.migrationsDir = v;
        break;
      case "rules": {
        if (v === null || typeof v !== "object" || Array.isArray(v)) {
          throw new ConfigError(key, `'rules' must be an object of rule id to severity`);
        }
        for (const [rule, setting] of Object.entries(v)) {
          if (!knownRules.has(rule)) {
            throw new ConfigError(`rules.${rule}`, `unknown rule id '${rule}' in 'rules'`);
          }
          if (typeof setting !== "string" || !SETTINGS.includes(setting)) {
            throw new ConfigError(
              `rules.${rule}`,
              `'rules.${rule}' must be one of ${SETTINGS.join(", ")}`
            );
          }
          config.rules[rule] = setting;
        }
        break;
      }
      default:
        throw new ConfigError(key, `unknown key '${key}'`);
    }
  }
  return config;
}
function integer(key, v, min, max) {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
    throw new ConfigError(key, `'${key}' must be an integer from ${min} to ${max}`);
  }
  return v;
}
function stringList(key, v) {
  if (!Array.isArray(v) || !v.every((s) => typeof s === "string" && s !== "")) {
    throw new ConfigError(key, `'${key}' must be a list of non-empty strings`);
  }
  return v;
}
function parseJsonc(text) {
  let out = "";
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === "\\") {
        out += text[i + 1] ?? "";
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      i++;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, "$1"));
}

// src/workspace/input-error.ts
var InputError = class extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = "InputError";
  }
  hint;
};

// src/workspace/config-file.ts
var CONFIG_FILE_NAMES = ["migration-guard.config.json", "migration-guard.config.jsonc"];
async function loadConfig(searchDirs, explicitPath) {
  const candidates = explicitPath ? [explicitPath] : [...new Set(searchDirs)].flatMap((dir) => CONFIG_FILE_NAMES.map((n) => join(dir, n)));
  for (const path of candidates) {
    let text;
    try {
      text = await readFile(path, "utf8");
    } catch {
      if (explicitPath) {
        throw new InputError(`cannot read config file ${path}`, "check the --config path");
      }
      continue;
    }
    let value;
    try {
      value = parseJsonc(text);
    } catch (error) {
      throw new InputError(
        `${path} is not valid JSON: ${error.message}`,
        "fix the syntax (comments and trailing commas are allowed)"
      );
    }
    try {
      return { config: parseConfig(value, RULE_IDS), path };
    } catch (error) {
      if (error instanceof ConfigError) {
        throw new InputError(
          `${path}: ${error.message}`,
          `fix or remove the key '${error.key}'; see the README's Configuration section`
        );
      }
      throw error;
    }
  }
  return { config: { ...DEFAULT_CONFIG, rules: {} }, path: null };
}

// src/workspace/git-base.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(args, cwd) {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = String(error.stderr ?? "").trim();
    throw new InputError(
      `git ${args.join(" ")} failed: ${stderr.split("\n")[0] || error.message}`,
      "check that --base names a commit, branch or tag of this repository (fetch it first in CI: fetch-depth: 0)"
    );
  }
}
async function gitRoot(cwd) {
  try {
    const { stdout } = await run("git", ["rev-parse", "--show-toplevel"], { cwd });
    return stdout.trim();
  } catch {
    return null;
  }
}
async function readBaseFiles(ref, root, dirFromRoot) {
  await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], root);
  const dir = dirFromRoot.replace(/\/+$/, "");
  const listing = await git(["ls-tree", "-z", "--name-only", `${ref}`, "--", `${dir}/`], root);
  const paths = listing.split("\0").filter((p) => p !== "" && p.slice(dir.length + 1).indexOf("/") === -1);
  const files2 = [];
  for (const path of paths) {
    const sql = await git(["show", `${ref}:${path}`], root);
    files2.push(await migrationFile(path, sql, "unchanged"));
  }
  return files2;
}
function classifyAgainstBase(current, base) {
  const baseByPath = new Map(base.map((f) => [f.path, f]));
  const files2 = current.map((f) => {
    const before = baseByPath.get(f.path);
    const status = !before ? "added" : before.sha256 === f.sha256 ? "unchanged" : "modified";
    return { ...f, status };
  });
  const currentPaths = new Set(current.map((f) => f.path));
  const deleted = base.filter((f) => !currentPaths.has(f.path)).map((f) => ({ ...f, status: "deleted" }));
  return { files: files2, deleted };
}

// src/workspace/migration-dir.ts
import { readdir, readFile as readFile2, stat } from "node:fs/promises";
import { join as join2, relative } from "node:path";
var MAX_MIGRATION_BYTES = 20 * 1024 * 1024;
async function readMigrationDir(dir, root) {
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") {
      throw new InputError(
        `no migrations directory at ${dir}`,
        "run inside a Supabase project, or pass --dir <path to the migrations>"
      );
    }
    if (code === "ENOTDIR") {
      throw new InputError(`${dir} is not a directory`, "pass --dir <directory of .sql files>");
    }
    throw error;
  }
  entries.sort();
  const files2 = [];
  for (const name of entries) {
    files2.push(await readMigration(join2(dir, name), root));
  }
  return files2;
}
async function readMigration(path, root) {
  let size;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new InputError(`cannot read ${path}: no such file`, "check the path");
  }
  if (size > MAX_MIGRATION_BYTES) {
    throw new InputError(
      `${path} is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_MIGRATION_BYTES / 1024 / 1024} MiB limit`,
      "split the file, or move bulk data into a seed or a COPY outside migrations"
    );
  }
  const sql = await readFile2(path, "utf8");
  return migrationFile(toReportPath(path, root), sql);
}
function toReportPath(path, root) {
  const rel = relative(root, path);
  return (rel.startsWith("..") ? path : rel).split("\\").join("/");
}

// src/pipeline/run-check.ts
async function runCheck(request) {
  const root = await gitRoot(request.cwd) ?? request.cwd;
  const { config: loaded } = await loadConfig([request.cwd, root], request.configPath);
  const config = { ...loaded };
  if (request.pgVersion !== void 0) config.pgVersion = request.pgVersion;
  const explicit = request.files.map((f) => resolve(request.cwd, f));
  const dir = request.dir ? resolve(request.cwd, request.dir) : explicit.length > 0 ? commonDir(explicit) : await defaultDir(request.cwd, root, config.migrationsDir);
  let files2 = await readMigrationDir(dir, root);
  const checked = /* @__PURE__ */ new Set();
  let added = /* @__PURE__ */ new Set();
  let baseFiles;
  let deleted = [];
  if (request.base) {
    baseFiles = await readBaseFiles(request.base, root, toReportPath(dir, root));
    const classified = classifyAgainstBase(files2, baseFiles);
    files2 = classified.files;
    deleted = classified.deleted;
    added = new Set(files2.filter((f) => f.status === "added").map((f) => f.path));
    for (const f of files2) if (f.status === "added" || f.status === "modified") checked.add(f.path);
  }
  if (explicit.length > 0) {
    checked.clear();
    const known = new Set(files2.map((f) => f.path));
    for (const path of explicit) {
      const rel = toReportPath(path, root);
      if (!known.has(rel)) {
        throw new InputError(
          `${rel} is not a file in the migrations directory ${toReportPath(dir, root)}`,
          "pass files from one migrations directory, or use --dir"
        );
      }
      checked.add(rel);
    }
  } else if (!request.base) {
    for (const f of files2) checked.add(f.path);
  }
  await loadParser();
  const results = lintMigrations({
    files: files2,
    checked,
    added,
    ...baseFiles ? { baseFiles, deleted } : {},
    config,
    rules: RULES
  });
  const sources = new Map(files2.map((f) => [f.path, f.sql]));
  return { report: buildReport(results), config, sources, results };
}
async function defaultDir(cwd, root, migrationsDir) {
  const here = resolve(cwd, migrationsDir);
  if (cwd === root) return here;
  try {
    await access(here);
    return here;
  } catch {
    return resolve(root, migrationsDir);
  }
}
function commonDir(paths) {
  const dirs = new Set(paths.map((p) => p.slice(0, p.lastIndexOf("/"))));
  if (dirs.size > 1) {
    throw new InputError(
      "the files given are in different directories",
      "check one migrations directory at a time"
    );
  }
  return [...dirs][0] ?? ".";
}

// src/cli/cli.ts
var FORMATS = ["text", "json", "markdown", "sarif"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var USAGE = `Usage: ${TOOL_NAME} check [FILES...] [options]

Checks Supabase migrations: parses them with the Postgres parser, replays the history into a
schema model, and reports what would lock, rewrite, break running code or lose data.

Options:
  --dir DIR            migrations directory (default: supabase/migrations, or the config's migrationsDir)
  --base GIT_REF       check only files added or modified since GIT_REF; report edits, deletions
                       and out-of-order versions
  --format FORMAT      text | json | markdown | sarif (default: text)
  --output FILE        write the report to FILE instead of standard output
  --fail-on LEVEL      error | warning | notice | never: exit 1 when a finding reaches LEVEL
                       (default: error)
  --config FILE        config file (default: migration-guard.config.json or .jsonc at the repo root)
  --pg-version N       Postgres major version of production (default: 15, or the config's pgVersion)
  --no-color           plain text even on a terminal (NO_COLOR is honoured too)
  -h, --help           this help
  -v, --version        the version

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, input or
config error.`;
async function main(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${TOOL_NAME}: ${error.message}
  fix: ${error.hint}
`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `${TOOL_NAME}: internal error: ${message}
  this is a bug; please report it with the command you ran
`
    );
    return 2;
  }
}
async function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    io.stdout(`${USAGE}
`);
    return command === void 0 ? 2 : 0;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  if (command !== "check") {
    throw new InputError(`unknown command '${command}'`, `run '${TOOL_NAME} --help'`);
  }
  return check(rest, io);
}
async function check(args, io) {
  let parsed;
  try {
    parsed = parseCheckArgs(args);
  } catch (error) {
    throw new InputError(error.message, `run '${TOOL_NAME} --help'`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}
`);
    return 0;
  }
  const format = oneOf("--format", values.format ?? "text", FORMATS);
  const failOn = oneOf("--fail-on", values["fail-on"] ?? "error", FAIL_ON);
  let pgVersion;
  if (values["pg-version"] !== void 0) {
    pgVersion = Number(values["pg-version"]);
    if (!Number.isInteger(pgVersion) || pgVersion < 9 || pgVersion > 99) {
      throw new InputError(
        `--pg-version must be a Postgres major version such as 15, not '${values["pg-version"]}'`,
        "pass the major version production runs"
      );
    }
  }
  const outcome = await runCheck({
    cwd: io.cwd,
    files: positionals,
    ...values.dir !== void 0 ? { dir: values.dir } : {},
    ...values.base !== void 0 ? { base: values.base } : {},
    ...values.config !== void 0 ? { configPath: values.config } : {},
    ...pgVersion !== void 0 ? { pgVersion } : {}
  });
  const color = format === "text" && values.output === void 0 && io.isTty && !values["no-color"] && !io.env["NO_COLOR"];
  const rendered = render2(format, outcome.report, outcome.sources, color);
  if (values.output !== void 0) {
    try {
      await writeFile(values.output, rendered);
    } catch (error) {
      throw new InputError(
        `cannot write ${values.output}: ${error.message}`,
        "check the --output path"
      );
    }
  } else {
    io.stdout(rendered.endsWith("\n") ? rendered : `${rendered}
`);
  }
  return reachesThreshold(outcome.report, failOn) ? 1 : 0;
}
function render2(format, ...[report2, sources, color]) {
  switch (format) {
    case "json":
      return renderJson(report2);
    case "markdown":
      return renderMarkdown(report2, {});
    case "sarif":
      return renderSarif(report2, RULES);
    default:
      return renderText(report2, { color, sources });
  }
}
function parseCheckArgs(args) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      dir: { type: "string" },
      base: { type: "string" },
      format: { type: "string" },
      output: { type: "string" },
      "fail-on": { type: "string" },
      config: { type: "string" },
      "pg-version": { type: "string" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
}
function oneOf(flag, value, allowed) {
  if (!allowed.includes(value)) {
    throw new InputError(
      `${flag} must be one of ${allowed.join(", ")}, not '${value}'`,
      `run '${TOOL_NAME} --help'`
    );
  }
  return value;
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd()
});
