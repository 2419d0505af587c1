import { writeSync } from 'node:fs';

/**
 * The embedded database's data directory written as a tar straight to a file descriptor, in the
 * layout PGlite's `loadDataDir` reads back (`dumpDataDir('none')` writes the same): a ustar entry
 * per directory and regular file, named from the data directory with a leading `/`.
 *
 * PGlite's own dump builds the tar in memory and hands it over as a Blob: four copies of 40-70
 * MB before it reaches the disk. Here each file's bytes are read once from the in-memory file
 * system and written as they are.
 */

/** The part of Emscripten's FS this reads. */
export interface DataDirFs {
  readdir(path: string): string[];
  stat(path: string): { mode: number; mtime: Date | number };
  isDir(mode: number): boolean;
  isFile(mode: number): boolean;
  readFile(path: string, options: { encoding: 'binary' }): Uint8Array;
}

const BLOCK = 512;
/** Headers and small files are gathered into one buffer and written in large writes. */
const BUFFER_BYTES = 1 << 20;

const REGULAR_FILE = '0';
const DIRECTORY = '5';

/** Write the tar of the tree at `root` to `fd`; returns the bytes written. */
export function writeDataDirTar(fs: DataDirFs, root: string, fd: number): number {
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
      } else if (fs.isFile(stat.mode)) {
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
    const encoded = new TextEncoder().encode(name);
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
    // The checksum is summed with its own field as spaces: 6 octal digits, NUL, space.
    header.fill(0x20, 148, 156);
    const sum = header.reduce((total, byte) => total + byte, 0);
    writeAscii(header, 148, `${sum.toString(8).padStart(6, '0')}\u0000 `);
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
