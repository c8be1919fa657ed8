// Makes each wasm bundle of dist/ and its wasm-bindgen script smaller without touching the code:
// 1. every function the bundle imports from its script gets a short name (a, b, …, aa, …) in both
//    files. wasm-bindgen names each import after the binding and a 16-digit hash
//    (`__wbg_querySelector_1555c239948f2bf0`); the names travel twice, in the wasm's import section
//    and as the keys of the script's import object, and their hashes do not compress: about 6 KB
//    gzip of the survey page. Only the import section's names change: the code, its function
//    indices and every other section are copied byte for byte, and each new name is checked in the
//    module as compiled.
// 2. the two custom sections the Rust toolchain leaves, `producers` (the compiler's name and
//    version) and `target_features` (for linkers), which no browser reads, are left out.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readLeb, readName, sections } from './wasm-binary.mjs';

/** The unsigned LEB128 encoding of `value`. */
function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** A wasm name: its length, then its UTF-8 bytes. */
const wasmName = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text)]);

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** The `index`th short name: a … Z, aa, ab, … (keys of an object, where keywords are allowed too). */
function shortName(index) {
  let name = '';
  let rest = index + 1;
  while (rest > 0) {
    rest -= 1;
    name = LETTERS[rest % LETTERS.length] + name;
    rest = Math.floor(rest / LETTERS.length);
  }
  return name;
}

/** The import section rewritten with short names, and the old name → new name of each import. */
function shortenImportSection(body) {
  let [count, at] = readLeb(body, 0);
  const parts = [leb(count)];
  const renamed = new Map();
  let next = 0;
  for (let i = 0; i < count; i += 1) {
    let module;
    let name;
    [module, at] = readName(body, at);
    [name, at] = readName(body, at);
    const descriptionStart = at;
    const kind = body[at++];
    if (kind === 0) [, at] = readLeb(body, at); // a function: its type index
    else if (kind === 1) {
      at += 1; // a table: its element type, then limits
      const [flags, afterFlags] = readLeb(body, at);
      [, at] = readLeb(body, afterFlags);
      if (flags & 1) [, at] = readLeb(body, at);
    } else if (kind === 2) {
      const [flags, afterFlags] = readLeb(body, at); // a memory: its limits
      [, at] = readLeb(body, afterFlags);
      if (flags & 1) [, at] = readLeb(body, at);
    } else if (kind === 3) at += 2; // a global: its type and mutability
    else throw new Error(`unknown import kind ${kind} for ${name}`);
    // Only functions are renamed: a memory or table import keeps the name the script gives it.
    let newName = name;
    if (kind === 0) {
      newName = shortName(next++);
      renamed.set(name, newName);
    }
    parts.push(wasmName(module), wasmName(newName), body.subarray(descriptionStart, at));
  }
  if (at !== body.length) throw new Error('the import section has bytes after its last import');
  return { section: Buffer.concat(parts), renamed };
}

/** `script` with each import renamed: each is one key of the script's import object, named exactly once. */
function renameImports(script, renamed) {
  for (const [name, newName] of renamed) {
    const pattern = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const uses = script.match(pattern)?.length ?? 0;
    if (uses !== 1) throw new Error(`the script names the import ${name} ${uses} times, not once`);
    script = script.replace(pattern, () => newName);
  }
  return script;
}

/** The custom sections only tools read. */
const TOOL_SECTIONS = new Set(['producers', 'target_features']);

/** Slims one wasm file and the wasm-bindgen script beside it. */
async function slimBundle(dir, wasmFile) {
  const scriptFile = wasmFile.replace(/_bg\.wasm$/, '.js');
  const wasm = await readFile(join(dir, wasmFile));
  let script = await readFile(join(dir, scriptFile), 'utf8');
  const parts = [wasm.subarray(0, 8)];
  let renamed = new Map();
  for (const { id, start, end, body } of sections(wasm)) {
    if (id === 0 && TOOL_SECTIONS.has(readName(body, 0)[0])) continue;
    if (id === 2) {
      const shortened = shortenImportSection(body);
      renamed = shortened.renamed;
      parts.push(Buffer.from([id]), leb(shortened.section.length), shortened.section);
    } else {
      parts.push(wasm.subarray(start, end));
    }
  }
  script = renameImports(script, renamed);
  const shortened = Buffer.concat(parts);
  const expected = [...renamed.values()];
  const compiled = WebAssembly.Module.imports(new WebAssembly.Module(shortened))
    .filter((entry) => entry.kind === 'function')
    .map((entry) => entry.name);
  if (compiled.join() !== expected.join()) throw new Error(`${wasmFile}: the shortened imports do not compile as named`);
  await writeFile(join(dir, wasmFile), shortened);
  await writeFile(join(dir, scriptFile), script);
  return wasm.length - shortened.length;
}

/** Slims every wasm bundle of `dir` and its script; a line for each, saying what it saved. */
export async function slimWasm(dir) {
  const said = [];
  for (const wasmFile of (await readdir(dir)).filter((name) => name.endsWith('_bg.wasm')).sort()) {
    const saved = await slimBundle(dir, wasmFile);
    said.push(`${wasmFile}: short import names, no tool sections, ${saved} bytes smaller (and its script)`);
  }
  return said;
}
