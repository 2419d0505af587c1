import { writeSync } from 'node:fs';

/**
 * The embedded database's data directory as a tar: written straight to a file descriptor, and
 * unpacked into the in-memory file system before Postgres starts. The layout is the one PGlite's
 * `dumpDataDir('none')` writes and `loadDataDir` reads: a ustar entry per directory and regular
 * file, named from the data directory with a leading `/`.
 *
 * PGlite's own dump builds the tar in memory and hands it over as a Blob: four copies of 30-70
 * MB before it reaches the disk; its load copies every file twice. Here each file's bytes are
 * read once and written as they are, and a loaded file is a view of the snapshot's bytes until
 * Postgres grows it.
 */

/** The part of Emscripten's FS this reads. */
export interface DataDirFs {
  readdir(path: string): string[];
  stat(path: string): { mode: number; mtime: Date | number };
  isDir(mode: number): boolean;
  isFile(mode: number): boolean;
  readFile(path: string, options: { encoding: 'binary' }): Uint8Array;
}

/** The part of Emscripten's FS the unpacking writes with. */
export interface DataDirTargetFs {
  mkdirTree(path: string): void;
  writeFile(path: string, data: Uint8Array, options: { canOwn: boolean }): void;
}

const BLOCK = 512;
const utf8 = new TextDecoder();
const utf8Encoder = new TextEncoder();
/** Headers and small files are gathered into one buffer and written in large writes. */
const BUFFER_BYTES = 1 << 20;

const REGULAR_FILE = '0';
const DIRECTORY = '5';

/**
 * Write the tar of the tree at `root` to `fd`; returns the bytes written. `leaveOut` names
 * regular files (as entry names, `/pg_wal/...`) to skip.
 */
export function writeDataDirTar(
  fs: DataDirFs,
  root: string,
  fd: number,
  leaveOut: (entryName: string) => boolean = () => false,
): number {
  const out = new TarOut(fd);
  const walk = (dir: string): void => {
    for (const name of fs.readdir(dir)) {
      if (name === '.' || name === '..') continue;
      const path = `${dir}/${name}`;
      const stat = fs.stat(path);
      const entryName = path.slice(root.length);
      if (fs.isDir(stat.mode)) {
        out.header(entryName, DIRECTORY, stat, 0);
        walk(path);
      } else if (fs.isFile(stat.mode) && !leaveOut(entryName)) {
        const data = fs.readFile(path, { encoding: 'binary' });
        out.header(entryName, REGULAR_FILE, stat, data.byteLength);
        out.data(data);
      }
    }
  };
  walk(root);
  // The end of the archive: two empty blocks.
  out.data(new Uint8Array(2 * BLOCK));
  return out.finish();
}

class TarOut {
  readonly #fd: number;
  readonly #buffer = new Uint8Array(BUFFER_BYTES);
  #used = 0;
  #written = 0;

  constructor(fd: number) {
    this.#fd = fd;
  }

  header(name: string, type: string, stat: { mode: number; mtime: Date | number }, size: number) {
    const header = new Uint8Array(BLOCK);
    const encoded = utf8Encoder.encode(name);
    if (encoded.byteLength > 100) {
      throw new Error(`a data directory path is too long for a tar header: ${name}`);
    }
    header.set(encoded, 0);
    writeOctal(header, 100, 8, stat.mode & 0o7777);
    writeOctal(header, 108, 8, 0);
    writeOctal(header, 116, 8, 0);
    writeOctal(header, 124, 12, size);
    const mtime = stat.mtime instanceof Date ? stat.mtime.getTime() : Number(stat.mtime);
    writeOctal(header, 136, 12, Math.max(0, Math.floor(mtime / 1000)));
    header[156] = type.charCodeAt(0);
    writeAscii(header, 257, 'ustar\u000000');
    // 6 octal digits, NUL, space.
    writeAscii(header, 148, `${checksumOf(header).toString(8).padStart(6, '0')}\u0000 `);
    this.data(header);
  }

  /** Bytes, padded to a whole block. */
  data(bytes: Uint8Array): void {
    if (bytes.byteLength >= BUFFER_BYTES / 2) {
      this.#flush();
      this.#write(bytes);
    } else {
      if (this.#used + bytes.byteLength > BUFFER_BYTES) this.#flush();
      this.#buffer.set(bytes, this.#used);
      this.#used += bytes.byteLength;
    }
    const padding = (BLOCK - (bytes.byteLength % BLOCK)) % BLOCK;
    if (padding > 0) {
      if (this.#used + padding > BUFFER_BYTES) this.#flush();
      this.#buffer.fill(0, this.#used, this.#used + padding);
      this.#used += padding;
    }
  }

  finish(): number {
    this.#flush();
    return this.#written;
  }

  #flush(): void {
    this.#write(this.#buffer.subarray(0, this.#used));
    this.#used = 0;
  }

  #write(bytes: Uint8Array): void {
    for (let offset = 0; offset < bytes.byteLength; ) {
      offset += writeSync(this.#fd, bytes, offset, bytes.byteLength - offset);
    }
    this.#written += bytes.byteLength;
  }
}

/** A number as zero-padded octal digits and a NUL, filling `length` bytes. */
function writeOctal(header: Uint8Array, offset: number, length: number, value: number): void {
  writeAscii(header, offset, `${value.toString(8).padStart(length - 1, '0')}\u0000`);
}

function writeAscii(header: Uint8Array, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) header[offset + i] = text.charCodeAt(i);
}

/**
 * Unpack a tar `writeDataDirTar` (or PGlite's dump) wrote into `root`. Each file takes a view of
 * `tar` as its contents (Emscripten's `canOwn`), so `tar` must not be used afterwards. Throws on
 * a damaged archive (bad checksum, cut short, a name that leaves `root`).
 */
export function unpackDataDirTar(fs: DataDirTargetFs, root: string, tar: Uint8Array): void {
  const made = new Set<string>();
  const makeDir = (path: string) => {
    if (made.has(path)) return;
    fs.mkdirTree(path);
    made.add(path);
  };
  makeDir(root);
  for (let offset = 0; ; ) {
    if (offset + BLOCK > tar.byteLength) throw new Error('the snapshot ends inside a tar header');
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) return;
    if (readOctal(header, 148, 8) !== checksumOf(header)) {
      throw new Error(`the snapshot's tar header at byte ${offset} fails its checksum`);
    }
    const name = entryName(header);
    const size = readOctal(header, 124, 12);
    const start = offset + BLOCK;
    if (start + size > tar.byteLength) throw new Error(`the snapshot ends inside ${name}`);
    const path = `${root}/${name}`;
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === DIRECTORY) {
      makeDir(path);
    } else if (type === REGULAR_FILE || type === '\u0000') {
      makeDir(path.slice(0, path.lastIndexOf('/')));
      // The file's time is the unpacking's: Postgres reads no data file's mtime.
      fs.writeFile(path, tar.subarray(start, start + size), { canOwn: true });
    }
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
}

/** The entry's path from the data directory, without leading or doubled slashes. */
function entryName(header: Uint8Array): string {
  const field = (from: number, length: number) => {
    const bytes = header.subarray(from, from + length);
    const end = bytes.indexOf(0);
    return utf8.decode(end === -1 ? bytes : bytes.subarray(0, end));
  };
  const prefix = field(257, 6) === 'ustar' ? field(345, 155) : '';
  const full = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
  const parts = full.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.includes('..')) {
    throw new Error(`the snapshot holds an entry outside the data directory: ${full}`);
  }
  return parts.join('/');
}

function readOctal(header: Uint8Array, offset: number, length: number): number {
  const field = header.subarray(offset, offset + length);
  const end = field.indexOf(0);
  const text = String.fromCharCode(...(end === -1 ? field : field.subarray(0, end))).trim();
  return /^[0-7]+$/.test(text) ? Number.parseInt(text, 8) : Number.NaN;
}

/** The header's bytes summed with the checksum field counted as spaces. */
function checksumOf(header: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return sum;
}

/**
 * Whether a data directory entry is a WAL segment file of the same timeline after `inUse` (both
 * named as Postgres names them: 24 hex digits, timeline first).
 */
export function isLaterWalSegment(entryName: string, inUse: string): boolean {
  const match = /^\/pg_wal\/([0-9A-F]{24})$/.exec(entryName);
  const segment = match?.[1];
  if (segment === undefined || !/^[0-9A-F]{24}$/.test(inUse)) return false;
  return segment.slice(0, 8) === inUse.slice(0, 8) && segment > inUse;
}
