export const id = 4064;
export const ids = [4064];
export const modules = {

/***/ 71998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ sha256Of),
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   hW: () => (/* binding */ digestTree),
/* harmony export */   qW: () => (/* binding */ digestOfSet)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21645);





/** The sha256 (hex) of bytes in memory. */
function sha256Of(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * The sha256 (hex) and size of a file, read in large reads (model files can be gigabytes) into one
 * buffer: a stream's fresh chunk per read leaves the whole file as garbage for the collector, which
 * showed as a hundred megabytes of peak memory hashing a gigabyte.
 */
async function hashFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(_files_js__WEBPACK_IMPORTED_MODULE_4__/* .READ_CHUNK */ .vA);
    let size = 0;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            size += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    return { sha256: hash.digest('hex'), size };
}
/** The sha256 (hex) of a file, streamed; see {@link hashFile}. */
async function sha256File(path) {
    return (await hashFile(path)).sha256;
}
/**
 * Every regular file under a path (itself when it is a file), sorted, with digests relative to `root`.
 * A symbolic link to a file inside `root` is hashed as that file; a link leading out of `root` is an
 * error (it would ship a file from elsewhere); a link to a folder is not followed (it could loop).
 */
async function digestTree(path, root) {
    const out = [];
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    const visit = async (p) => {
        let info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(p);
        if (info.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(p).catch(() => undefined);
            if (!target || !(target === realRoot || target.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_2__.sep))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, p)}' is a symbolic link leading out of the workspace (or nowhere); copy the file in instead`);
            }
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(p);
            if (info.isDirectory())
                return;
        }
        if (info.isDirectory()) {
            for (const entry of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(p)).sort())
                await visit((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(p, entry));
        }
        else if (info.isFile()) {
            out.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'), sha256: await sha256File(p), size: info.size });
        }
    };
    await visit(path);
    return out;
}
/**
 * One digest for a set of files: sha256 over sorted `path NUL sha256 NUL size LF` lines, so the same
 * files with the same content give the same digest wherever they were produced.
 */
function digestOfSet(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
        hash.update(`${f.path}\0${f.sha256}\0${f.size}\n`);
    return `sha256:${hash.digest('hex')}`;
}


/***/ }),

/***/ 74064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  keepFooters: () => (/* binding */ keepFooters),
  keptFooters: () => (/* binding */ keptFooters),
  parquetFooter: () => (/* binding */ parquetFooter),
  readParquet: () => (/* binding */ readParquet)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(51609);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 8 modules
var read = __webpack_require__(27992);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(20138);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/hashing.js
var hashing = __webpack_require__(71998);
// EXTERNAL MODULE: ./build/data/column-validator.js + 1 modules
var column_validator = __webpack_require__(15843);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var src_column = __webpack_require__(16167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 4 modules
var datapage = __webpack_require__(53002);
;// CONCATENATED MODULE: ./build/data/hysnappy-wasm.js
/**
 * The WebAssembly Snappy decoder of hysnappy 1.1.1 (MIT, by Hyperparam), copied by scripts/vendor-hysnappy.mjs.
 *
 * The MIT License (MIT)
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:
 * The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
/** The hysnappy version this copy is from. */
const HYSNAPPY_VERSION = '1.1.1';
/** The module, base64: exports `memory` and `uncompress(inputStart, inputLength, outputStart)`. */
const HYSNAPPY_WASM = 'AGFzbQEAAAABEANgAABgA39/fwF/YAF/AX8DBgUAAQEBAgUDAQACBj8KfwFBoIwEC38AQYAIC38AQaAMC38AQaAMC38AQaCMBAt/AEGACAt/AEGgjAQLfwBBgIAIC38AQQALfwBBAQsHwQEOBm1lbW9yeQIAEV9fd2FzbV9jYWxsX2N0b3JzAAAGbWVtY3B5AAEHbWVtbW92ZQACCnVuY29tcHJlc3MAAwxfX2Rzb19oYW5kbGUDAQpfX2RhdGFfZW5kAwILX19zdGFja19sb3cDAwxfX3N0YWNrX2hpZ2gDBA1fX2dsb2JhbF9iYXNlAwULX19oZWFwX2Jhc2UDBgpfX2hlYXBfZW5kAwcNX19tZW1vcnlfYmFzZQMIDF9fdGFibGVfYmFzZQMJCuASBQIAC8sBAQN/AkAgAkUNAAJAAkAgAkEHcSIDDQAgACEEIAIhBQwBCyAAIQQgAiEFA0AgBCABLQAAOgAAIARBAWohBCABQQFqIQEgBUF/aiEFIANBf2oiAw0ACwsgAkEISQ0AA0AgBCABLQAAOgAAIAQgAS0AAToAASAEIAEtAAI6AAIgBCABLQADOgADIAQgAS0ABDoABCAEIAEtAAU6AAUgBCABLQAGOgAGIAQgAS0ABzoAByAEQQhqIQQgAUEIaiEBIAVBeGoiBQ0ACwsgAAugAwEEfwJAIAAgAUYNAAJAAkAgACABSQ0AIAEgAmoiAyAASw0BCyACRQ0BAkACQCACQQdxIgMNACAAIQQgAiEFDAELIAAhBCACIQUDQCAEIAEtAAA6AAAgBEEBaiEEIAFBAWohASAFQX9qIQUgA0F/aiIDDQALCyACQQhJDQEDQCAEIAEtAAA6AAAgBCABLQABOgABIAQgAS0AAjoAAiAEIAEtAAM6AAMgBCABLQAEOgAEIAQgAS0ABToABSAEIAEtAAY6AAYgBCABLQAHOgAHIARBCGohBCABQQhqIQEgBUF4aiIFDQAMAgsLIAJFDQACQAJAIAJBA3EiBA0AIAAgAmohBiACIQUMAQsgAiEFA0AgBUF/aiIFIABqIgYgBSABaiIDLQAAOgAAIARBf2oiBA0ACwsgAkEESQ0AIAZBfGohASADQXxqIQQDQCABQQNqIARBA2otAAA6AAAgAUECaiAEQQJqLQAAOgAAIAFBAWogBEEBai0AADoAACABIAQtAAA6AAAgAUF8aiEBIARBfGohBCAFQXxqIgUNAAsLIAALswoBCX8jgICAgABBIGsiAySAgICAACADQQlqQgA3AAAgA0IANwIEIAMgA0EYajYCAEF/IQQCQCABRQ0AIAMgAUF/aiIFNgIcIAMgAEEBajYCGCAALAAAIgZB/wBxIQcCQCAGQX9KDQAgBUUNASADIAFBfmoiBTYCHCADIABBAmo2AhggACwAASIGQf8AcUEHdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfWoiBTYCHCADIABBA2o2AhggACwAAiIGQf8AcUEOdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfGoiBTYCHCADIABBBGo2AhggACwAAyIGQf8AcUEVdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBe2o2AhwgAyAAQQVqNgIYIAAsAAQiAUEASA0BIAFBHHQgB3IhBwsgAiAHaiEIAkACQCADEISAgIAADQAgAiEADAELIAMoAgQhASACIQADQAJAIAMoAgggAWtBBEoNACADIAE2AgQgAxCEgICAAEUNAiADKAIEIQELIAFBAWohBQJAAkAgAS0AACIGQQNxDQAgCCAAayEJIAMoAggiCiAFayEEIAZBAnYiC0EBaiEHAkAgBkE/Sw0AIARBEEkNACAJQRBIDQAgACABKAIBNgIAIAAgASgCBTYCBCAAIAEoAgk2AgggACABKAINNgIMIAAgB2ohACADKAIIIAUgB2oiAWtBBEoNAyADIAE2AgQgAxCEgICAAEUNBAwCCwJAAkAgBkHwAU8NACAFIQYMAQsgCiAFIAtBRWoiAWoiBmshBCABQQJ0QYCIgIAAaigCACAFKAIAcUEBaiEHCwJAIAcgBE0NAANAIAggAGsgBEkNBSAAIAYgBBCBgICAACEAIAMoAgAiASABKAIAIgkgAygCDCIFaiIGNgIAIAFBBGoiASABKAIAIgogBWsiATYCACADIAE2AgwgACAEaiEAIAFFDQUgAyAJIApqNgIIIAcgBGshByABIQQgByABSw0ACyAIIABrIQkLIAkgB0kNAyAAIAYgBxCBgICAACAHaiEAIAMoAgggBiAHaiIBa0EESg0CIAMgATYCBCADEISAgIAADQEMAwsgACACayAGQQF0QaCIgIAAai8BACIBQQt2IgpBAnRBgIiAgABqKAIAIAUoAgBxIAFBgA5xaiIHQX9qTQ0CIAggAGshBAJAAkAgAUH/AXEiCUEQSw0AIAdBCEkNACAEQRBJDQAgACAAIAdrIgEoAgA2AgAgACABKAIENgIEIAAgASgCCDYCCCAAIAFBDGooAgA2AgwMAQsCQAJAAkAgBCAJQQpqSQ0AIAAgB2shBCAAIQEgCSEGIAdBB0wNAQwCCyAEIAlJDQUgCUEBaiEEQQAgB2shByAAIQEDQCABIAEgB2otAAA6AAAgAUEBaiEBIARBf2oiBEEBSw0ADAMLCwNAIAEgBCgCADYCACABIAQoAgQ2AgQgBiAHayEGIAEgB2oiASAEayIHQQhIDQALCyAGQQFIDQAgBkEIaiEHA0AgASAEKAIANgIAIAEgBCgCBDYCBCABQQhqIQEgBEEIaiEEIAdBeGoiB0EISw0ACwsgACAJaiEAIAMoAgggBSAKaiIBa0EESg0BIAMgATYCBCADEISAgIAARQ0CCyADKAIEIQEMAAsLIAMoAgAiASABKAIEIAMoAgwiBGs2AgQgASAEIAEoAgBqNgIAAkAgAy0AEA0AQX4hBAwBC0EAQX0gCCAARhshBAsgA0EgaiSAgICAACAEC7YDAQd/AkAgACgCBCIBIAAoAggiAkcNACAAKAIAIgIgAigCACIDIAAoAgwiBGoiATYCACACQQRqIgIgAigCACICIARrIgU2AgAgACAFNgIMAkAgAiAERw0AIABBAToAEEEADwsgACADIAJqIgI2AggLAkACQAJAIAIgAWsiAiABLQAAQQF0QaCIgIAAai8BAEELdkEBaiIFTw0AIABBEWogASACEIKAgIAAIQYgACgCDCEEQQAhByAAQQA2AgwgACgCACIBIAEoAgQgBGs2AgQgASAEIAEoAgBqIgM2AgADQCABQQRqKAIAIgFFDQMgBiACaiADIAUgAmsiBCABIAQgAUkbIgQQgYCAgAAaIAAoAgAiASABKAIEIARrNgIEIAEgASgCACAEaiIDNgIAIAQgAmoiAiAFSQ0ACyAAIAY2AgQgACAGIAVqNgIIDAELAkAgAkEESw0AIAAgAEERaiABIAIQgoCAgAAiASACajYCCCAAIAE2AgQgACgCDCECIABBADYCDCAAKAIAIgEgASgCBCACazYCBCABIAIgASgCAGo2AgAMAQsgACABNgIEC0EBIQcLIAcLC6gEAQBBgAgLoAQAAAAA/wAAAP//AAD///8A/////wAAAAAAAAAAAAAAAAEABAgBEAEgAgAFCAIQAiADAAYIAxADIAQABwgEEAQgBQAICAUQBSAGAAkIBhAGIAcACggHEAcgCAALCAgQCCAJAAQJCRAJIAoABQkKEAogCwAGCQsQCyAMAAcJDBAMIA0ACAkNEA0gDgAJCQ4QDiAPAAoJDxAPIBAACwkQEBAgEQAEChEQESASAAUKEhASIBMABgoTEBMgFAAHChQQFCAVAAgKFRAVIBYACQoWEBYgFwAKChcQFyAYAAsKGBAYIBkABAsZEBkgGgAFCxoQGiAbAAYLGxAbIBwABwscEBwgHQAICx0QHSAeAAkLHhAeIB8ACgsfEB8gIAALCyAQICAhAAQMIRAhICIABQwiECIgIwAGDCMQIyAkAAcMJBAkICUACAwlECUgJgAJDCYQJiAnAAoMJxAnICgACwwoECggKQAEDSkQKSAqAAUNKhAqICsABg0rECsgLAAHDSwQLCAtAAgNLRAtIC4ACQ0uEC4gLwAKDS8QLyAwAAsNMBAwIDEABA4xEDEgMgAFDjIQMiAzAAYOMxAzIDQABw40EDQgNQAIDjUQNSA2AAkONhA2IDcACg43EDcgOAALDjgQOCA5AAQPORA5IDoABQ86EDogOwAGDzsQOyA8AAcPPBA8IAEICA89ED0gARAJDz4QPiABGAoPPxA/IAEgCw9AEEAgAGQEbmFtZQE9BQARX193YXNtX2NhbGxfY3RvcnMBBm1lbWNweQIHbWVtbW92ZQMKdW5jb21wcmVzcwQKcmVmaWxsX3RhZwcSAQAPX19zdGFja19wb2ludGVyCQoBAAcucm9kYXRhADIJcHJvZHVjZXJzAQxwcm9jZXNzZWQtYnkBDFVidW50dSBjbGFuZwsxNi4wLjYgKDE1KQAsD3RhcmdldF9mZWF0dXJlcwIrD211dGFibGUtZ2xvYmFscysIc2lnbi1leHQ=';

;// CONCATENATED MODULE: ./build/data/parquet-buffers.js



/** One typed array used again and again: {@link take} gives its first `n` slots, growing it (doubling) when short. */
class Reusable {
    make;
    array;
    constructor(make) {
        this.make = make;
        this.array = make(0);
    }
    take(n) {
        if (this.array.length < n)
            this.array = this.make(Math.max(n, this.array.length * 2));
        return this.array.subarray(0, n);
    }
}
/**
 * A page's decoded parts (its levels, dictionary indexes, bits, joined INT64s), used while the page
 * is decoded and then written over by the next one: fresh buffers per page were much of the memory
 * of a run (dead pages awaiting collection), not just time.
 */
const PAGE = {
    levels: new Reusable((n) => new Uint8Array(n)),
    bits: new Reusable((n) => new Uint8Array(n)),
    indexes: new Reusable((n) => new Int32Array(n)),
    joined: new Reusable((n) => new Float64Array(n)),
};
// The project's TypeScript libraries do not declare WebAssembly; Node has it.
const { Instance, Module } = globalThis
    .WebAssembly;
let snappy;
// hysnappy's own wrapper puts the input here: the module's C code uses the memory below.
const INPUT_START = 68_000;
// A Snappy copy of 64 bytes takes 3: no valid page uncompresses to more than ~22 times its size.
const MAX_RATIO = 22;
/**
 * A page's bytes uncompressed: Snappy (the writers' default) by hysnappy's WebAssembly decoder, read
 * in place in its memory (valid until the next page; hysnappy's wrapper copies every page out, which
 * left ~60 MiB of dead pages for the collector), other codecs as hyparquet does.
 */
function decompress(raw, size, codec) {
    if (codec !== 'SNAPPY')
        return (0,datapage/* decompressPage */.tC)(raw, size, codec, src/* compressors */.Vm);
    if (size > raw.length * MAX_RATIO + 64)
        throw new Error(`snappy: a page of ${raw.length} bytes cannot hold ${size}`);
    let claimed = 0;
    for (let p = 0, shift = 0; p < raw.length && shift < 35; p++, shift += 7) {
        claimed += (raw[p] & 0x7f) * 2 ** shift;
        if (raw[p] < 0x80)
            break;
    }
    if (claimed !== size)
        throw new Error(`snappy: the page holds ${claimed} bytes, its header says ${size}`);
    const module = (snappy ??= new Instance(new Module(Buffer.from(HYSNAPPY_WASM, 'base64'))).exports);
    const outputStart = INPUT_START + raw.length;
    const need = outputStart + size;
    if (module.memory.buffer.byteLength < need)
        module.memory.grow(Math.ceil((need - module.memory.buffer.byteLength) / 65_536));
    new Uint8Array(module.memory.buffer, INPUT_START, raw.length).set(raw);
    const result = module.uncompress(INPUT_START, raw.length, outputStart);
    if (result !== 0)
        throw new Error(`snappy: the page is damaged (hysnappy's code ${result})`);
    return new Uint8Array(module.memory.buffer, outputStart, size);
}
/**
 * The arrays of the last column decoded with `reuse`, handed out again (zeroed) for the next: a
 * column checked and dropped before the next is read need not cost a fresh megabyte or two (and the
 * collections that follow). A column kept while another is decoded (a key column) takes new arrays.
 */
const POOL = {
    values: new Reusable((n) => new Float64Array(n)),
    starts: new Reusable((n) => new Int32Array(n)),
    ends: new Reusable((n) => new Int32Array(n)),
    indexes: new Reusable((n) => new Int32Array(n)),
    nulls: new Reusable((n) => new Uint8Array(n)),
    /** The bytes buffer of a text column, kept whole (it is grown as pages are copied in). */
    data: Buffer.alloc(0),
};

;// CONCATENATED MODULE: ./build/data/parquet-rle.js
/**
 * The RLE / bit-packed hybrid (Parquet's levels and dictionary indexes): `count` values of `width`
 * bits into `out`, reading up to byte `end` of the view.
 */
function rleHybrid(r, width, out, count, end) {
    const view = new Uint8Array(r.view.buffer, r.view.byteOffset, r.view.byteLength);
    const limit = Math.min(end, view.length);
    const bytes = (width + 7) >> 3;
    const mask = width >= 32 ? 0xffffffff : (1 << width) - 1;
    const corrupt = (what) => new Error(`levels or dictionary indexes: ${what} at byte ${r.offset}`);
    let n = 0;
    while (n < count && r.offset < limit) {
        let header = 0;
        for (let shift = 0;; shift += 7) {
            if (r.offset >= limit || shift > 35)
                throw corrupt('a run header that does not end');
            const b = view[r.offset++];
            header += (b & 0x7f) * 2 ** shift;
            if (b < 0x80)
                break;
        }
        if (header % 2 === 0) {
            if (r.offset + bytes > limit)
                throw corrupt('a run without its value');
            let value = 0;
            for (let i = 0; i < bytes; i++)
                value += view[r.offset++] * 2 ** (8 * i);
            if (value > mask)
                throw corrupt(`the value ${value} in ${width} bits`);
            const run = Math.min(header / 2, count - n);
            out.fill(value, n, n + run);
            n += run;
            continue;
        }
        const groups = Math.floor(header / 2);
        const stop = r.offset + groups * width;
        if (stop > limit)
            throw corrupt(`${groups} bit-packed groups past the end`);
        const total = Math.min(groups * 8, count - n);
        let p = r.offset;
        let bits = 0;
        if (width <= 24) {
            // Integer arithmetic: at most 24 + 7 bits are held.
            let acc = 0;
            for (let i = 0; i < total; i++) {
                while (bits < width) {
                    acc |= view[p++] << bits;
                    bits += 8;
                }
                out[n++] = acc & mask;
                acc >>>= width;
                bits -= width;
            }
        }
        else {
            let acc = 0;
            for (let i = 0; i < total; i++) {
                while (bits < width) {
                    acc += view[p++] * 2 ** bits;
                    bits += 8;
                }
                out[n++] = acc % (mask + 1);
                acc = Math.floor(acc / (mask + 1));
                bits -= width;
            }
        }
        r.offset = stop;
    }
    if (n < count)
        throw new Error(`levels or indexes end after ${n} of ${count} values`);
}

;// CONCATENATED MODULE: ./build/data/parquet-output.js


/** A column chunk this decoder does not handle (an encoding, type or nesting): read it another way. */
class Unsupported extends Error {
}
/** Aligned room for a page's values, reused page after page (a thread decodes one page at a time). */
let scratch = new ArrayBuffer(0);
/** The dictionary page's values, as a column of their own. */
function plainColumn(page, type, count, kind) {
    const column = kind === 'bytes'
        ? { kind: 'bytes', data: Buffer.alloc(0), starts: new Int32Array(count), ends: new Int32Array(count) }
        : { kind: 'number', logical: kind, values: new Float64Array(count) };
    const out = new Output(column);
    out.plain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, type, kind, 0, count, undefined, false);
    return out.finish();
}
/** Writes decoded pages into a column's slots. */
class Output {
    column;
    reuse;
    data;
    at = 0;
    dictionaryBytes = 0;
    constructor(column, reuse = false) {
        this.column = column;
        this.reuse = reuse;
        const size = column.kind === 'bytes' ? Math.max(1024, column.starts.length * 16) : 0;
        this.data = reuse && POOL.data.length >= size ? POOL.data : Buffer.allocUnsafe(size);
    }
    /** Each slot's dictionary index is kept; bytes columns keep the dictionary's bytes at the front of their buffer, so a slot can point into it. */
    useDictionary(dictionary) {
        const column = this.column;
        if (this.at > 0 || column.indexes)
            throw new Unsupported('a second dictionary page');
        const rows = column.kind === 'bytes' ? column.starts.length : column.values.length;
        column.indexes = (this.reuse ? POOL.indexes.take(rows) : new Int32Array(rows)).fill(-1);
        if (column.kind === 'number' || dictionary.kind === 'number') {
            if (column.kind === 'number' && dictionary.kind === 'number')
                column.dictionary = dictionary.values;
            return;
        }
        column.dictionary = dictionary;
        this.reserve(dictionary.data.length);
        dictionary.data.copy(this.data, 0);
        this.at = this.dictionaryBytes = dictionary.data.length;
    }
    plain(r, type, kind, row, count, levels, rle) {
        const column = this.column;
        const view = r.view;
        if (column.kind === 'bytes') {
            // The page's values, length prefixes and all, in one copy; the slots point past the prefixes.
            const page = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
            this.reserve(view.byteLength - r.offset);
            const base = this.at - r.offset;
            this.data.set(page.subarray(r.offset), this.at);
            let p = r.offset;
            for (let i = 0; i < count; i++) {
                if (levels && levels[i] === 0)
                    continue;
                if (p + 4 > page.length)
                    throw new Error('a text runs past its page');
                const length = page[p] | (page[p + 1] << 8) | (page[p + 2] << 16) | (page[p + 3] << 24);
                if (length < 0 || p + 4 + length > page.length)
                    throw new Error('a text runs past its page');
                column.starts[row + i] = base + p + 4;
                p += 4 + length;
                column.ends[row + i] = base + p;
            }
            this.at = base + p;
            r.offset = p;
            return;
        }
        const values = column.values;
        const present = levels ? count - countZeros(levels, count) : count;
        if (type === 'BOOLEAN') {
            const bits = PAGE.bits.take(present);
            if (rle)
                rleHybrid({ view, offset: 4 }, 1, bits, present, 4 + view.getUint32(0, true));
            else {
                const page = new Uint8Array(view.buffer, view.byteOffset + r.offset, view.byteLength - r.offset);
                if (page.length * 8 < present)
                    throw new Error('the values run past their page');
                for (let j = 0; j < present; j++)
                    bits[j] = (page[j >> 3] >> (j & 7)) & 1;
            }
            scatter(values, row, count, levels, bits);
            return;
        }
        const size = type === 'INT32' || type === 'FLOAT' ? 4 : 8;
        if (r.offset + present * size > view.byteLength)
            throw new Error('the values run past their page');
        // One copy into an aligned array, then typed reads: a DataView call per value was the decoder's cost.
        if (scratch.byteLength < present * size)
            scratch = new ArrayBuffer(Math.max(present * size, scratch.byteLength * 2));
        const raw = new Uint8Array(scratch, 0, present * size);
        raw.set(new Uint8Array(view.buffer, view.byteOffset + r.offset, present * size));
        r.offset += present * size;
        if (type === 'INT32')
            scatter(values, row, count, levels, new Int32Array(scratch, 0, present));
        else if (type === 'FLOAT')
            scatter(values, row, count, levels, new Float32Array(scratch, 0, present));
        else if (type === 'DOUBLE')
            scatter(values, row, count, levels, new Float64Array(scratch, 0, present));
        else {
            const a = new Int32Array(scratch, 0, 2 * present);
            const joined = PAGE.joined.take(present);
            for (let j = 0; j < present; j++) {
                const high = a[2 * j + 1];
                // Beyond 2^53 a double cannot hold the integer: the caller reads the column as BigInts.
                if (high >= 0x200000 || high < -0x200000)
                    throw new Unsupported('an INT64 beyond 2^53');
                joined[j] = high * 4294967296 + (a[2 * j] >>> 0);
            }
            scatter(values, row, count, levels, joined);
        }
    }
    /** Notes each slot's dictionary index; {@link expandDictionary} fills in the values when they are wanted. */
    fromDictionary(dictionary, indexes, row, count, levels) {
        const size = dictionary.kind === 'bytes' ? dictionary.starts.length : dictionary.values.length;
        const present = levels ? count - countZeros(levels, count) : count;
        // Every index checked here, so that whatever reads the dictionary later reads it unchecked.
        for (let j = 0; j < present; j++) {
            const k = indexes[j];
            if (k >= size || k < 0)
                throw new Error(`dictionary index ${k} of ${size} entries`);
        }
        const slots = this.column.indexes;
        if (!levels)
            slots.set(indexes.subarray(0, count), row);
        else
            for (let i = 0, j = 0; i < count; i++)
                if (levels[i] === 1)
                    slots[row + i] = indexes[j++];
    }
    finish() {
        if (this.column.kind === 'bytes') {
            this.column.data = this.data.subarray(0, this.at);
            if (this.reuse)
                POOL.data = this.data;
        }
        return this.column;
    }
    reserve(more) {
        if (this.at + more <= this.data.length)
            return;
        const grown = Buffer.allocUnsafe(Math.max(this.at + more, this.data.length * 2));
        this.data.copy(grown, 0, 0, this.at);
        this.data = grown;
    }
}
function countZeros(levels, count) {
    let zeros = 0;
    for (let i = 0; i < count; i++)
        if (levels[i] === 0)
            zeros++;
    return zeros;
}
/** Puts the present values `from` into the slots of `values` from `row`, skipping null levels. */
function scatter(values, row, count, levels, from) {
    if (!levels) {
        if (from instanceof Float64Array)
            values.set(from.subarray(0, count), row);
        else
            for (let i = 0; i < count; i++)
                values[row + i] = from[i];
        return;
    }
    for (let i = 0, j = 0; i < count; i++)
        if (levels[i] === 1)
            values[row + i] = from[j++];
}

;// CONCATENATED MODULE: ./build/data/parquet-columns.js





/**
 * The kind a flat column decodes to, or undefined when this decoder leaves it to hyparquet. It reads
 * the annotations as hyparquet converts values (its `convert`), so that a chunk read here and one read
 * by hyparquet give the same text: a date by the converted type DATE, a logical type other than a
 * signed INTEGER or STRING (a TIMESTAMP, UINT, DECIMAL, UUID...) left to hyparquet.
 */
function decodedKind(element) {
    if (element.num_children || element.repetition_type === 'REPEATED')
        return undefined;
    const logical = element.logical_type;
    const converted = element.converted_type;
    switch (element.type) {
        case 'BOOLEAN':
            return logical || converted ? undefined : 'boolean';
        case 'INT32':
        case 'INT64':
            if (converted === 'DATE')
                return element.type === 'INT32' && (!logical || logical.type === 'DATE') ? 'date' : undefined;
            if (logical && !(logical.type === 'INTEGER' && logical.isSigned) && logical.type !== 'DATE')
                return undefined;
            if (converted && !/^INT_(8|16|32|64)$/.test(converted))
                return undefined;
            // A logical DATE without the converted type: hyparquet gives the day number, and so does this.
            return 'integer';
        case 'FLOAT':
        case 'DOUBLE':
            return logical || converted ? undefined : 'float';
        case 'BYTE_ARRAY':
            // hyparquet reads a BYTE_ARRAY as UTF-8 text unless an annotation says otherwise.
            return (!logical || logical.type === 'STRING') && (!converted || converted === 'UTF8') ? 'bytes' : undefined;
        default:
            return undefined;
    }
}
/**
 * Decodes one column chunk (`bytes`: the chunk as stored, from its first page) of `rows` rows.
 * `optional`: the column may hold nulls (definition level 1). `reuse`: into the pooled arrays
 * (parquet-buffers.ts). `lazy`: dictionary-encoded slots hold only their index until
 * {@link expandDictionary}.
 */
function decodeChunk(bytes, meta, element, rows, optional, reuse = false, lazy = false) {
    const kind = decodedKind(element);
    if (!kind)
        throw new Unsupported(`${element.type} ${element.logical_type?.type ?? element.converted_type ?? ''}`);
    const nulls = optional ? (reuse ? POOL.nulls.take(rows).fill(0) : new Uint8Array(rows)) : undefined;
    const column = kind === 'bytes'
        ? {
            kind: 'bytes',
            data: Buffer.alloc(0),
            starts: reuse ? POOL.starts.take(rows).fill(0) : new Int32Array(rows),
            ends: reuse ? POOL.ends.take(rows).fill(0) : new Int32Array(rows),
        }
        : { kind: 'number', logical: kind, values: reuse ? POOL.values.take(rows).fill(0) : new Float64Array(rows) };
    const out = new Output(column, reuse);
    let dictionary;
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    let row = 0;
    let sawNull = false;
    while (row < rows) {
        if (reader.offset >= bytes.byteLength)
            throw new Error(`the column chunk ends after ${row} of ${rows} rows`);
        const before = reader.offset;
        const header = (0,src_column/* parquetHeader */.wK)(reader);
        const start = reader.offset;
        const size = header.compressed_page_size;
        if (!(size >= 0) || start + size > bytes.byteLength || start <= before)
            throw new Error(`a page of ${size} bytes at byte ${start} of a ${bytes.byteLength}-byte column chunk`);
        reader.offset += size;
        const raw = bytes.subarray(start, start + header.compressed_page_size);
        if (header.type === 'DICTIONARY_PAGE') {
            const page = decompress(raw, header.uncompressed_page_size, meta.codec);
            const count = header.dictionary_page_header?.num_values ?? 0;
            dictionary = plainColumn(page, element.type, count, kind);
            out.useDictionary(dictionary);
            continue;
        }
        let levels;
        let values;
        let count;
        let encoding;
        if (header.type === 'DATA_PAGE') {
            const h = header.data_page_header;
            if (!h)
                throw new Error('a data page without its header');
            const page = decompress(raw, header.uncompressed_page_size, meta.codec);
            count = h.num_values;
            encoding = h.encoding;
            const r = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
            if (optional) {
                const length = r.view.getUint32(0, true);
                levels = PAGE.levels.take(count);
                rleHybrid({ view: r.view, offset: 4 }, 1, levels, count, 4 + length);
                r.offset = 4 + length;
            }
            values = page.subarray(r.offset);
        }
        else if (header.type === 'DATA_PAGE_V2') {
            const h = header.data_page_header_v2;
            if (!h)
                throw new Error('a data page v2 without its header');
            if (h.repetition_levels_byte_length > 0)
                throw new Unsupported('repetition levels');
            count = h.num_values;
            encoding = h.encoding;
            const levelBytes = h.definition_levels_byte_length;
            if (optional) {
                levels = PAGE.levels.take(count);
                rleHybrid({ view: new DataView(raw.buffer, raw.byteOffset, levelBytes), offset: 0 }, 1, levels, count, levelBytes);
            }
            if (levelBytes > raw.length)
                throw new Error('definition levels run past their page');
            const rest = raw.subarray(levelBytes);
            const size = header.uncompressed_page_size - levelBytes;
            // An all-null page may have no value bytes at all (hyparquet skips decompressing it too).
            values = h.is_compressed === false || size === 0 ? rest : decompress(rest, size, meta.codec);
        }
        else
            continue;
        if (row + count > rows)
            throw new Error(`the column chunk holds more than its ${rows} rows`);
        let present = count;
        if (levels && nulls) {
            present = 0;
            for (let i = 0; i < count; i++)
                present += levels[i];
            if (present < count) {
                sawNull = true;
                for (let i = 0; i < count; i++)
                    if (levels[i] === 0)
                        nulls[row + i] = 1;
                // A page without nulls is decoded as a required one.
            }
            else
                levels = undefined;
        }
        const v = { view: new DataView(values.buffer, values.byteOffset, values.byteLength), offset: 0 };
        if (encoding === 'PLAIN' || (encoding === 'RLE' && element.type === 'BOOLEAN')) {
            out.plain(v, element.type, kind, row, count, levels, encoding === 'RLE');
        }
        else if (encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY') {
            if (!dictionary)
                throw new Error('a dictionary-encoded page before any dictionary page');
            const width = values.length > 0 ? v.view.getUint8(0) : 0;
            if (width > 32)
                throw new Error(`a dictionary index width of ${width} bits`);
            const indexes = PAGE.indexes.take(present);
            if (width > 0)
                rleHybrid({ view: v.view, offset: 1 }, width, indexes, present, values.byteLength);
            else
                indexes.fill(0);
            out.fromDictionary(dictionary, indexes, row, count, levels);
        }
        else
            throw new Unsupported(`encoding ${encoding}`);
        row += count;
    }
    if (sawNull)
        column.nulls = nulls;
    const decoded = out.finish();
    return lazy ? decoded : expandDictionary(decoded);
}
/**
 * Fills the slots of a column decoded with `lazy` from its dictionary (each slot's value, or its
 * text's place in the column's bytes), once; returns the column. Checks that count by value (see
 * parquet-checker.ts) read the indexes alone, which saves this pass.
 */
function expandDictionary(column) {
    const indexes = column.indexes;
    if (!indexes || column.expanded)
        return column;
    column.expanded = true;
    if (column.kind === 'bytes') {
        const dictionary = column.dictionary;
        if (!dictionary)
            return column;
        const { starts, ends } = dictionary;
        for (let i = 0; i < indexes.length; i++) {
            const k = indexes[i];
            if (k < 0)
                continue;
            column.starts[i] = starts[k];
            column.ends[i] = ends[k];
        }
        return column;
    }
    const entries = column.dictionary;
    if (!entries)
        return column;
    const values = column.values;
    for (let i = 0; i < indexes.length; i++) {
        const k = indexes[i];
        if (k >= 0)
            values[i] = entries[k];
    }
    return column;
}

// EXTERNAL MODULE: ./build/data/sources.js
var sources = __webpack_require__(14895);
;// CONCATENATED MODULE: ./build/data/parquet-checker.js
/**
 * Checks Parquet columns decoded by row group (parquet-columns.ts, or hyparquet's values) against the
 * fields, cell by cell in row order, through the same row validator the CSV path uses.
 */



/** A text cell hyparquet read, kept as its bytes. */
class TextBytes {
    buffer;
    constructor(bytes) {
        this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
}
/** Feeds decoded columns to the validator, cell by cell, in row order. */
class ColumnChecker {
    validator;
    fields;
    options;
    at = { index: 0, line: 0 };
    scratch = Buffer.allocUnsafe(256);
    builder = new sources/* RecordBuilder */.xx();
    constructor(validator, fields, options) {
        this.validator = validator;
        this.fields = fields;
        this.options = options;
    }
    /** Checks field `f` on its column of the row group starting at data row `groupStart`. */
    check(f, column, groupStart, rows) {
        const field = this.fields[f];
        const validator = this.validator;
        const at = this.at;
        if (column.kind === 'bytes') {
            if (column.indexes && validator.countable(f) && this.byValue(f, column, groupStart, rows))
                return;
            expandDictionary(column);
            const { data, starts, ends, nulls } = column;
            at.index = groupStart + 1;
            if (validator.texts(f, data, starts, ends, nulls, rows, at))
                return;
            for (let i = 0; i < rows; i++) {
                at.index = groupStart + i + 1;
                validator.cell(f, data, starts[i], ends[i], nulls !== undefined && nulls[i] === 1, at);
            }
            return;
        }
        if (column.kind === 'values') {
            for (let i = 0; i < rows; i++) {
                at.index = groupStart + i + 1;
                const value = column.values[i];
                if (value instanceof TextBytes)
                    validator.cell(f, value.buffer, 0, value.buffer.length, false, at);
                else
                    this.text(f, (0,sources/* cellText */.Ie)(value, this.options.typeOf?.(field.name)));
            }
            return;
        }
        const fast = this.fastKind(field, column.logical);
        const { values, nulls, dictionary, indexes } = column;
        at.index = groupStart + 1;
        if (fast && fast !== 'boolean' && dictionary && indexes && validator.numberCounts(f, dictionary, indexes, nulls, rows, fast, at))
            return;
        expandDictionary(column);
        if (fast && validator.numbers(f, values, nulls, rows, fast, at))
            return;
        for (let i = 0; i < rows; i++) {
            at.index = groupStart + i + 1;
            if (nulls !== undefined && nulls[i] === 1) {
                validator.cell(f, this.scratch, 0, 0, true, at);
                continue;
            }
            const v = values[i] + 0; // -0 is written "0" in a CSV
            if (fast && this.exact(fast, v) && validator.tryNumber(f, v, at))
                continue;
            this.text(f, numberText(column.logical, v, this.options.typeOf?.(field.name)));
        }
    }
    /**
     * A dictionary-encoded column checked once per value, when every value it holds passes: each null
     * still gets its own row, and values are counted in the order they first appear (the profile keeps
     * the first categories it meets). Returns false, having done nothing, when some value fails, or a
     * page was not dictionary-encoded: the caller checks each cell.
     */
    byValue(f, column, groupStart, rows) {
        const indexes = column.indexes;
        const dictionary = column.dictionary;
        if (!dictionary)
            return false;
        const nulls = column.nulls;
        const counts = new Float64Array(this.dictionarySize(indexes, rows));
        const order = [];
        for (let i = 0; i < rows; i++) {
            if (nulls !== undefined && nulls[i] === 1)
                continue;
            const k = indexes[i];
            if (k < 0)
                return false;
            if (counts[k] === 0)
                order.push(k);
            counts[k] = counts[k] + 1;
        }
        const data = column.data;
        const { starts, ends } = dictionary;
        for (const k of order)
            if (!this.validator.textPasses(f, data, starts[k], ends[k]))
                return false;
        if (nulls !== undefined) {
            for (let i = 0; i < rows; i++) {
                if (nulls[i] !== 1)
                    continue;
                this.at.index = groupStart + i + 1;
                this.validator.cell(f, data, 0, 0, true, this.at);
            }
        }
        for (const k of order)
            this.validator.countText(f, data, starts[k], ends[k], counts[k]);
        return true;
    }
    dictionarySize(indexes, rows) {
        let max = -1;
        for (let i = 0; i < rows; i++)
            if (indexes[i] > max)
                max = indexes[i];
        return max + 1;
    }
    /** Checks the composite keys (and counts the rows) from the key columns of a row group. */
    keys(held, labels, groupStart, rows) {
        const builder = this.builder;
        const width = labels.length;
        // The text each key cell has in a CSV, by its field's type (a date as YYYY-MM-DD), as the checks see it.
        const types = labels.map((label) => this.options.typeOf?.(label));
        this.validator.restrict(new Uint8Array(this.fields.length));
        try {
            for (const column of held.values())
                if (column.kind !== 'values')
                    expandDictionary(column);
            for (let i = 0; i < rows; i++) {
                builder.reset(width, 0, groupStart + i + 1);
                for (let c = 0; c < width; c++) {
                    const column = held.get(c);
                    // A null is the empty cell a CSV holds for it: a CSV cannot tell it from an empty text, so neither may a key.
                    if (!column)
                        builder.set(c, null);
                    else if (column.kind === 'bytes') {
                        if (column.nulls?.[i] === 1)
                            builder.set(c, '');
                        else
                            builder.setBytes(c, column.data, column.starts[i], column.ends[i]);
                    }
                    else if (column.kind === 'values') {
                        const value = column.values[i];
                        if (value instanceof TextBytes)
                            builder.setBytes(c, value.buffer, 0, value.buffer.length);
                        else
                            builder.set(c, (0,sources/* cellText */.Ie)(value, types[c]) ?? '');
                    }
                    else
                        builder.set(c, column.nulls?.[i] === 1 ? '' : numberText(column.logical, column.values[i] + 0, types[c]));
                }
                this.validator.row(builder.record);
            }
        }
        finally {
            this.validator.restrict(undefined);
        }
    }
    /** How field `f` reads a typed value without its text, or undefined when it needs the text. */
    fastKind(field, logical) {
        if (!field.missingIsEmpty)
            return undefined;
        const kind = field.parseKind;
        if (logical === 'boolean')
            return kind === 5 /* ParseKind.Boolean */ ? 'boolean' : undefined;
        if (logical === 'date')
            return kind === 3 /* ParseKind.Date */ ? 'date' : undefined;
        return kind === 1 /* ParseKind.Integer */ ? 'integer' : kind === 2 /* ParseKind.Number */ ? 'number' : undefined;
    }
    /** Whether the text of `v` parses back to `v` in the field's fast kind. */
    exact(kind, v) {
        if (kind === 'integer')
            return Number.isSafeInteger(v);
        if (kind === 'date')
            return v >= column_validator/* FIRST_DAY */.Cc && v <= column_validator/* LAST_DAY */.Gy;
        return true;
    }
    text(f, text) {
        if (text === null) {
            this.validator.cell(f, this.scratch, 0, 0, true, this.at);
            return;
        }
        const need = Buffer.byteLength(text);
        if (need > this.scratch.length)
            this.scratch = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2));
        const n = this.scratch.write(text, 0);
        this.validator.cell(f, this.scratch, 0, n, false, this.at);
    }
}
/** The text a CSV holds for a typed value, as {@link cellText} writes hyparquet's value of it. */
function numberText(logical, v, type) {
    if (logical === 'boolean')
        return v === 1 ? 'true' : 'false';
    if (logical === 'date')
        return (0,sources/* cellText */.Ie)(new Date(v * 86400000), type);
    return (0,sources/* cellText */.Ie)(v, type);
}

;// CONCATENATED MODULE: ./build/data/parquet-source.js







// Footers read ahead by the split planner, taken by the reader: one validation parses each footer
// once in this thread. A few at most are kept, each while its file's size and mtime hold.
const FOOTERS_KEPT = 8;
const footers = new Map();
/** The footers kept here of `paths` (read ahead by the split planner), to hand to the worker thread. */
function keptFooters(paths) {
    return paths.flatMap((path) => {
        const kept = footers.get(path);
        return kept ? [{ path, size: kept.size, mtimeMs: kept.mtimeMs, metadata: kept.metadata }] : [];
    });
}
/** Keeps footers parsed by another thread for this thread's reader, which then parses none of them. */
function keepFooters(list) {
    for (const { path, size, mtimeMs, metadata } of list)
        footers.set(path, { size, mtimeMs, metadata });
    for (const old of footers.keys())
        if (footers.size > FOOTERS_KEPT)
            footers.delete(old);
}
/**
 * A Parquet file's buffer and parsed footer. `keep`: hold it for the reader of this thread, which takes
 * it (read ahead by the split planner); otherwise a kept one is taken, or the file read.
 */
async function parquetFooter(path, keep = false) {
    const { size, mtimeMs } = await (0,promises_.stat)(path);
    const kept = footers.get(path);
    footers.delete(path);
    if (kept && kept.size === size && kept.mtimeMs === mtimeMs) {
        kept.buffer ??= await (0,node/* asyncBufferFromFile */.Rv)(path);
        if (keep)
            footers.set(path, kept);
        return { buffer: kept.buffer, metadata: kept.metadata };
    }
    const buffer = await (0,node/* asyncBufferFromFile */.Rv)(path);
    const metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
    if (keep) {
        footers.set(path, { size, mtimeMs, buffer, metadata });
        for (const old of footers.keys())
            if (footers.size > FOOTERS_KEPT)
                footers.delete(old);
    }
    return { buffer, metadata };
}
/**
 * Reads a Parquet file column by column, one row group at a time, and checks each field's column as
 * it is decoded (memory is bounded by the largest column chunk, and the key columns of a row group
 * when the schema has keys). Every cell gets the result the CSV path gives the text a CSV would hold
 * (the same checks, messages and row numbers, no line numbers): typed values take a fast path where
 * it is exact, and their text otherwise. Returns the file's sha256 ('' with `skipHash`).
 */
async function readParquet(file, handlers, options, target) {
    const fail = (error) => {
        // A damaged footer or page makes the parsers trip over what is missing: that says the file is damaged.
        const why = error instanceof TypeError || error instanceof RangeError ? 'its metadata or a page is damaged' : error.message;
        throw new errors/* UserError */.yo(`data: ${file.display}: not a readable Parquet file (${why})`, { file: file.display });
    };
    const { buffer, metadata } = await parquetFooter(file.path).catch(fail);
    const columns = topLevelColumns(metadata);
    const labels = columns.map((c) => c.element.name);
    handlers.onHeader(labels);
    const { validator, fields } = target;
    const handle = await (0,promises_.open)(file.path, 'r');
    try {
        const checker = new ColumnChecker(validator, fields, options);
        let groupStart = 0;
        for (const [g, group] of metadata.row_groups.entries()) {
            const rows = Number(group.num_rows);
            // A field's column is checked and dropped before the next is read: its arrays are reused; key columns are held together.
            const read = async (c, reuse) => readColumn(handle, buffer, metadata, g, groupStart, rows, columns[c], reuse).catch((error) => {
                if (error instanceof errors/* UserError */.yo)
                    throw error;
                return fail(error);
            });
            validator.deferEncoding();
            for (let f = 0; f < fields.length; f++) {
                const c = validator.columnOf(f);
                if (c >= 0 && validator.owns(f))
                    checker.check(f, await read(c, true), groupStart, rows);
            }
            const keyColumns = validator.keyColumns(labels.length);
            if (keyColumns.length > 0) {
                const held = new Map();
                for (const c of keyColumns)
                    held.set(c, await read(c, false));
                checker.keys(held, labels, groupStart, rows);
            }
            else
                validator.countRows(rows);
            validator.flushEncoding();
            handlers.onBytes(Number(group.total_compressed_size ?? group.total_byte_size));
            groupStart += rows;
        }
    }
    catch (error) {
        // What the decoder throws on a corrupt chunk (or a value no text can hold) names the file.
        if (error instanceof errors/* UserError */.yo)
            throw error;
        fail(error);
    }
    finally {
        await handle.close();
    }
    return options.skipHash ? '' : (0,hashing/* sha256File */.Q3)(file.path);
}
/** The top-level columns, in order, skipping nested groups' descendants. */
function topLevelColumns(metadata) {
    const out = [];
    const schema = metadata.schema;
    let leaves = 0;
    for (let i = 1, left = schema[0]?.num_children ?? 0; i < schema.length && left > 0; left--) {
        const element = schema[i];
        let skip = element.num_children ?? 0;
        out.push(skip === 0 ? { element, leaf: leaves++ } : { element });
        i++;
        while (skip > 0 && i < schema.length) {
            const child = schema[i];
            if (!child.num_children)
                leaves++;
            skip += (child.num_children ?? 0) - 1;
            i++;
        }
    }
    return out;
}
let chunkBuffer = Buffer.alloc(0);
/** One column of row group `g`: decoded here when it can be, by hyparquet otherwise. */
async function readColumn(handle, buffer, metadata, g, groupStart, rows, column, reuse) {
    const chunk = column.leaf === undefined ? undefined : metadata.row_groups[g]?.columns[column.leaf];
    const meta = chunk?.meta_data;
    if (meta && decodedKind(column.element)) {
        const dictionary = meta.dictionary_page_offset;
        const start = Number(dictionary !== undefined && dictionary > 0n && dictionary < meta.data_page_offset ? dictionary : meta.data_page_offset);
        const length = Number(meta.total_compressed_size);
        // One buffer for every chunk read: decoded columns hold copies, never this buffer.
        if (chunkBuffer.length < length)
            chunkBuffer = Buffer.allocUnsafe(Math.max(length, chunkBuffer.length * 2));
        const bytes = chunkBuffer.subarray(0, length);
        const { bytesRead } = await handle.read(bytes, 0, length, start);
        if (bytesRead < bytes.length)
            throw new Error(`column '${column.element.name}' runs past the end of the file`);
        try {
            return decodeChunk(bytes, meta, column.element, rows, column.element.repetition_type !== 'REQUIRED', reuse, true);
        }
        catch (error) {
            if (!(error instanceof Unsupported))
                throw error;
        }
    }
    const values = new Array(rows).fill(null);
    // A text column's cells as their bytes, as this decoder keeps them: hyparquet's TextDecoder drops a
    // leading U+FEFF and turns invalid UTF-8 into U+FFFD, which the CSV twin's checks would see.
    const texts = column.leaf !== undefined && decodedKind(column.element) === 'bytes';
    await (0,read/* parquetRead */.bA)({
        file: buffer,
        metadata,
        compressors: src/* compressors */.Vm,
        ...(texts ? { parsers: { stringFromBytes: (bytes) => new TextBytes(bytes) } } : {}),
        rowStart: groupStart,
        rowEnd: groupStart + rows,
        columns: [column.element.name],
        onChunk: ({ columnData, rowStart }) => {
            for (let i = 0; i < columnData.length; i++)
                values[rowStart - groupStart + i] = columnData[i];
        },
    });
    return { kind: 'values', values };
}


/***/ })

};
